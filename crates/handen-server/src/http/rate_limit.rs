//! Rate limits, token buckets: per client address on every API request (a
//! generous one) and on public writes (a tighter one), per IP address or
//! /64 for IPv6, which hands each household a whole prefix; generous,
//! because a mobile carrier puts many people behind one address. And per
//! identity: per signed-in person or member, and per contact address named
//! in a public write (a sign-up, a duplicate check, an organisation), so
//! one address cannot be flooded with mail from many clients.

use super::errors::{api_error, Rejection};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Above this many tracked clients, full buckets are forgotten (and all
/// of them when that frees too little).
const MAX_TRACKED: usize = 100_000;

/// `capacity` requests per `window` per key, refilled evenly.
#[derive(Debug)]
pub struct RateLimiter<K = IpAddr> {
    capacity: u32,
    window: Duration,
    buckets: Mutex<HashMap<K, Bucket>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

impl RateLimiter<IpAddr> {
    pub fn new(per_minute: u32) -> Arc<RateLimiter<IpAddr>> {
        RateLimiter::per(per_minute, Duration::from_secs(60))
    }
}

impl<K: std::hash::Hash + Eq> RateLimiter<K> {
    pub fn per(capacity: u32, window: Duration) -> Arc<RateLimiter<K>> {
        Arc::new(RateLimiter {
            capacity: capacity.max(1),
            window,
            buckets: Mutex::new(HashMap::new()),
        })
    }

    /// Takes a token, or says how long until one is there.
    pub fn check(&self, key: K, now: Instant) -> Result<(), Duration> {
        let capacity = f64::from(self.capacity);
        let per_second = capacity / self.window.as_secs_f64().max(1.0);
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if buckets.len() >= MAX_TRACKED {
            buckets.retain(|_, b| refill(*b, now, per_second, capacity).tokens < capacity);
            // Still crowded (a rush of new addresses, each bucket in use):
            // forget them all rather than scan the map on every request;
            // this limit then starts afresh, the others still hold.
            if buckets.len() >= MAX_TRACKED / 2 {
                buckets.clear();
            }
        }
        let bucket = buckets.entry(key).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        *bucket = refill(*bucket, now, per_second, capacity);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_second))
        }
    }
}

fn refill(bucket: Bucket, now: Instant, per_second: f64, capacity: f64) -> Bucket {
    let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
    Bucket {
        tokens: (bucket.tokens + elapsed * per_second).min(capacity),
        updated: now,
    }
}

fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::from(segments)
            }
        },
    }
}

pub async fn limit(
    State(limiter): State<Arc<RateLimiter<IpAddr>>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    match limiter.check(client_key(peer.ip()), Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(wait) => too_many(wait),
    }
}

/// 429 with the seconds to wait.
pub fn too_many(wait: Duration) -> Response {
    let mut response = api_error(StatusCode::TOO_MANY_REQUESTS, None, "rate_limited");
    set_retry_after(&mut response, wait);
    response
}

pub fn set_retry_after(response: &mut Response, wait: Duration) {
    let seconds = wait.as_secs() + 1;
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
}

/// A signed-in identity's request (`r:` registration, `m:` member).
pub fn per_identity(limiter: &RateLimiter<String>, identity: String) -> Result<(), Rejection> {
    limiter
        .check(identity, Instant::now())
        .map_err(|wait| Rejection::rate_limited(None, wait))
}

/// A contact address named in a public write, hashed so the limiter's
/// memory holds no addresses; the 429 names the field.
pub fn per_address(
    limiter: &RateLimiter<String>,
    field: &str,
    address: &str,
) -> Result<(), Rejection> {
    let key = crate::storage::sha256_hex(format!("{field}:{address}").as_bytes());
    limiter
        .check(key, Instant::now())
        .map_err(|wait| Rejection::rate_limited(Some(field), wait))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_a_burst_then_refills() {
        let limiter = RateLimiter::new(3);
        let ip = client_key("192.0.2.1".parse().unwrap());
        let t0 = Instant::now();
        assert!(limiter.check(ip, t0).is_ok());
        assert!(limiter.check(ip, t0).is_ok());
        assert!(limiter.check(ip, t0).is_ok());
        let wait = limiter.check(ip, t0).unwrap_err();
        assert!(wait <= Duration::from_secs(20) && wait > Duration::from_secs(19));
        assert!(limiter.check(ip, t0 + Duration::from_secs(20)).is_ok());
        // Another client has its own bucket.
        assert!(limiter
            .check(client_key("192.0.2.2".parse().unwrap()), t0)
            .is_ok());
    }

    /// A rush of new keys never makes every check scan the whole map: once
    /// it is crowded with buckets in use, it starts afresh.
    #[test]
    fn a_crowd_of_keys_in_use_is_forgotten_at_once() {
        let limiter = RateLimiter::<u32>::per(10, Duration::from_secs(3600));
        let t0 = Instant::now();
        for key in 0..u32::try_from(MAX_TRACKED).unwrap() {
            assert!(limiter.check(key, t0).is_ok());
        }
        assert!(limiter.check(u32::MAX, t0).is_ok());
        let tracked = limiter
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len();
        assert_eq!(tracked, 1, "only the newest key is left");
    }

    #[test]
    fn ipv6_counts_per_64() {
        let limiter = RateLimiter::new(1);
        let t0 = Instant::now();
        assert!(limiter
            .check(client_key("2001:db8:1:2::1".parse().unwrap()), t0)
            .is_ok());
        assert!(limiter
            .check(client_key("2001:db8:1:2:ffff::9".parse().unwrap()), t0)
            .is_err());
        assert!(limiter
            .check(client_key("2001:db8:1:3::1".parse().unwrap()), t0)
            .is_ok());
    }
}
