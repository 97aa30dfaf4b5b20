//! Headers on every answer that tell the browser what the app may do: a
//! Content-Security-Policy allowing scripts only from this origin plus the
//! one inline bootstrap per page Trunk writes (allowed by its SHA-256, read
//! from the built `index.html` files at start-up), WebAssembly, and nothing
//! framed, sniffed or referred.

use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

/// The pages whose inline bootstrap scripts are allowed.
const PAGES: [&str; 4] = [
    "index.html",
    "account/index.html",
    "staff/index.html",
    "employers/index.html",
];

/// The inline scripts of an HTML page: `<script …>…</script>` without `src`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            out.push(&body[..close]);
        }
        rest = &body[close..];
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The policy for the app built into `dist`.
pub fn content_security_policy(dist: &Path) -> String {
    let mut hashes: Vec<String> = PAGES
        .iter()
        .filter_map(|page| std::fs::read_to_string(dist.join(page)).ok())
        .flat_map(|html| {
            inline_scripts(&html)
                .into_iter()
                .map(|s| format!("'sha256-{}'", base64(&Sha256::digest(s.as_bytes()))))
                .collect::<Vec<_>>()
        })
        .collect();
    hashes.sort();
    hashes.dedup();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}{}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'",
        if hashes.is_empty() { "" } else { " " },
        hashes.join(" ")
    )
}

#[derive(Clone)]
pub struct SecurityHeaders(Arc<Vec<(HeaderName, HeaderValue)>>);

impl SecurityHeaders {
    pub fn for_dist(dist: &Path) -> SecurityHeaders {
        let csp = HeaderValue::from_str(&content_security_policy(dist))
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
        SecurityHeaders(Arc::new(vec![
            (header::CONTENT_SECURITY_POLICY, csp),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            ),
            (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                HeaderValue::from_static("same-origin"),
            ),
            (
                HeaderName::from_static("permissions-policy"),
                HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
            ),
        ]))
    }
}

pub async fn add(
    axum::extract::State(headers): axum::extract::State<SecurityHeaders>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    for (name, value) in headers.0.iter() {
        response.headers_mut().insert(name.clone(), value.clone());
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inline_scripts_only() {
        let html = "<head><script type=module>import x;</script><script src=/a.js></script>\
                    <script>b()</script></head>";
        assert_eq!(inline_scripts(html), ["import x;", "b()"]);
        assert!(inline_scripts("<script>unclosed").is_empty());
    }

    #[test]
    fn base64_as_csp_wants_it() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        // SHA-256 of "" in base64, as browsers print it.
        assert_eq!(
            base64(&Sha256::digest(b"")),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }
}
