//! Serves Trunk's `dist/`: files by name, every other path gets `index.html`
//! (the app's router decides what to show, including its not-found page).
//! The self-service pages (`/sign-in`, `/my` …) are a second app, built into
//! `dist/account/`, the recruiters' pages (`/clean-list`) a third, in
//! `dist/staff/`, and the employers' (`/employer…`, `/admin`) a fourth, in
//! `dist/employers/`; they get their app's `index.html` instead
//! (`handen_core::bundle::Bundle` decides, for the apps' routers too).
//!
//! Caching follows the file names: Trunk puts a content hash in the names of
//! what it builds, so those never change and may be cached for a year;
//! `index.html` names them and must be revalidated on every load.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use handen_core::bundle::Bundle;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use tower::util::ServiceExt;
use tower::Service;
use tower_http::services::{ServeDir, ServeFile};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const NO_CACHE: &str = "no-cache";
/// Unhashed files (manifest, icons): short, so a new release shows soon.
const SHORT: &str = "public, max-age=3600";

pub fn service(
    dist: &Path,
) -> impl Service<Request, Response = Response, Error = Infallible, Future = impl Send> + Clone + Send
{
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    let page = |file: PathBuf| ServeFile::new(file).precompressed_br().precompressed_gzip();
    let index = page(dist.join("index.html"));
    let account_index = page(dist.join("account").join("index.html"));
    let staff_index = page(dist.join("staff").join("index.html"));
    let employer_index = page(dist.join("employers").join("index.html"));
    tower::service_fn(move |request: Request| {
        let files = files.clone();
        let index = match Bundle::for_path(request.uri().path()) {
            Bundle::SignUp => index.clone(),
            Bundle::Account => account_index.clone(),
            Bundle::Staff => staff_index.clone(),
            Bundle::Employer => employer_index.clone(),
        };
        async move {
            let path = request.uri().path().to_owned();
            let names_a_file = last_segment(&path).contains('.');
            let served = if names_a_file {
                files.oneshot(request).await
            } else {
                index.oneshot(request).await
            };
            let mut response = match served {
                Ok(response) => response.map(Body::new),
                Err(never) => match never {},
            };
            if !names_a_file && response.status() == StatusCode::NOT_FOUND {
                return Ok(app_not_built());
            }
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
                let policy = if !names_a_file || path.ends_with(".html") || is_worker_file(&path) {
                    NO_CACHE
                } else if is_content_hashed(&path) {
                    IMMUTABLE
                } else {
                    SHORT
                };
                response
                    .headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
            }
            Ok(response)
        }
    })
}

fn app_not_built() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "The Handen app has not been built. Run `make run`.\n",
    )
        .into_response()
}

fn last_segment(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
}

/// The workers' files (the fit worker, the duplicate finder) keep their
/// names across releases, because the app that starts one must know where
/// to find it; their glue and wasm must never be mixed from two releases,
/// so they are revalidated like `index.html`.
fn is_worker_file(path: &str) -> bool {
    let name = last_segment(path);
    (name.ends_with(".js") || name.ends_with(".wasm")) && !is_content_hashed(path)
}

/// Trunk names built files `<name>-<hash>[_bg].<ext>`, the hash a u64 in
/// hex without leading zeros: usually 16 digits, sometimes fewer. Twelve or
/// more tells it from names such as `icon-192`.
fn is_content_hashed(path: &str) -> bool {
    let name = last_segment(path);
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => {
            (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunk_hashed_names() {
        for (path, hashed) in [
            ("/handen-app-3f1e0c1a2b3c4d5e_bg.wasm", true),
            ("/handen-app-3f1e0c1a2b3c4d5e.js", true),
            ("/main-00112233aabbccdd.css", true),
            ("/icons/icon-192.png", false),
            ("/manifest.webmanifest", false),
            ("/handen-app-3f1e0c1a2b3c4d5.js", true),
            ("/handen-app-ba585d462955d01_bg.wasm", true),
            ("/handen-app-3f1e0c1a2.js", false),
            ("/handen-app-3f1e0c1a2b3c4d5g.js", false),
            ("/index.html", false),
        ] {
            assert_eq!(is_content_hashed(path), hashed, "{path}");
        }
    }

    #[test]
    fn recognises_worker_files() {
        for (path, worker) in [
            ("/handen-worker_loader.js", true),
            ("/handen-worker_bg.wasm", true),
            ("/staff/handen-dedup.js", true),
            ("/staff/handen-dedup_bg.wasm", true),
            ("/staff/handen-staff-3f1e0c1a2b3c4d5e.js", false),
            ("/icons/icon-192.png", false),
            ("/manifest.webmanifest", false),
        ] {
            assert_eq!(is_worker_file(path), worker, "{path}");
        }
    }
}
