//! Calls to `/api` from the browser apps: one request, its status, body
//! and `Retry-After`. Each app adds its own session handling on top.

use crate::json;
use gloo_net::http::{Request, RequestBuilder};

pub struct Answer {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<u32>,
}

/// `None` when no answer came (offline, connection lost).
pub async fn call(
    method: &str,
    path: &str,
    csrf: Option<&str>,
    body: Option<String>,
) -> Option<Answer> {
    let mut builder: RequestBuilder = match method {
        "POST" => Request::post(path),
        "PUT" => Request::put(path),
        "DELETE" => Request::delete(path),
        _ => Request::get(path),
    };
    if let Some(csrf) = csrf {
        builder = builder.header("X-CSRF-Token", csrf);
    }
    let request = match body {
        Some(body) => builder
            .header("Content-Type", "application/json")
            .body(body),
        None => builder.build(),
    }
    .ok()?;
    let response = request.send().await.ok()?;
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|s| s.trim().parse().ok());
    Some(Answer {
        status: response.status(),
        body: response.text().await.unwrap_or_default(),
        retry_after,
    })
}

/// A JSON object of string values.
pub fn object(pairs: &[(&str, &str)]) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_str(&mut out, key);
        out.push(':');
        json::write_str(&mut out, value);
    }
    out.push('}');
    out
}
