//! The self-service part of the API document: signing in by link and a
//! person's own registration.

use serde_json::{json, Value};

pub(super) fn error_response(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Errors" } } } })
}

pub(super) fn body(properties: Value, required: &[&str]) -> Value {
    json!({ "required": true, "content": { "application/json": { "schema": {
        "type": "object", "required": required, "properties": properties
    }}}})
}

fn token_body() -> Value {
    body(
        json!({ "token": { "type": "string", "description": "The token from the link's #token= fragment" } }),
        &["token"],
    )
}

/// A JSON answer whose object has these properties, all of them always there.
pub(super) fn object_response(description: &str, properties: Value) -> Value {
    let required: Vec<String> = properties
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    json!({ "description": description, "content": { "application/json": { "schema": {
        "type": "object", "required": required, "properties": properties
    }}}})
}

/// `{"status": …}`, the answer of the "send me a link" operations.
pub(super) fn status_response(description: &str, status: &str) -> Value {
    object_response(
        description,
        json!({ "status": { "type": "string", "enum": [status] } }),
    )
}

/// A link from mail opened: `{"confirmed": true}`.
fn confirmed(description: &str) -> Value {
    object_response(description, json!({ "confirmed": { "type": "boolean" } }))
}

/// A token from a mailed link: limited per client, and storage may fail.
fn token_operation(summary: &str, ok: Value) -> Value {
    json!({
        "summary": summary,
        "requestBody": token_body(),
        "responses": {
            "200": ok,
            "400": error_response("The link is unknown, used or expired (link_invalid_or_expired), or the body is not JSON"),
            "429": error_response("Too many requests from this client; see Retry-After"),
            "503": error_response("Storage is unavailable")
        }
    })
}

pub(super) fn csrf_response(description: &str) -> Value {
    object_response(
        description,
        json!({ "csrf": { "type": "string", "description": "Send as X-CSRF-Token with every change" } }),
    )
}

fn signed_in(summary: &str, responses: Value) -> Value {
    let mut operation = json!({
        "summary": summary,
        "security": [{ "session": [] }],
        "responses": responses,
    });
    operation["responses"]["401"] = error_response("Not signed in, or the session expired");
    operation
}

/// A change: also needs the CSRF token the session was given.
fn change(summary: &str, request: Option<Value>, responses: Value) -> Value {
    let mut operation = signed_in(summary, responses);
    operation["security"] = json!([{ "session": [], "csrf": [] }]);
    operation["responses"]["403"] = error_response("The X-CSRF-Token header is missing or wrong");
    operation["responses"]["503"] = error_response("Storage is unavailable; nothing changed");
    if let Some(request) = request {
        operation["requestBody"] = request;
    }
    operation
}

pub fn paths() -> Value {
    let ok = |d: &str| json!({ "description": d });
    json!({
        "/api/sign-in": { "post": {
            "summary": "Send a sign-in link to the e-mail address of a registration",
            "description": "The same answer, at the same pace, whether or not the address is known. The link works once, for 30 minutes.",
            "requestBody": body(json!({ "address": { "type": "string", "description": "E-mail address or mobile number given at sign-up" } }), &["address"]),
            "responses": {
                "202": status_response("A link is on its way if the address is known", "sent_if_known"),
                "422": error_response("The address is missing or not an e-mail address or phone number"),
                "429": error_response("Too many links asked for this address or from this client; see Retry-After")
            }
        }},
        "/api/sessions": { "post": token_operation(
            "Open a sign-in link: start a session",
            csrf_response("Signed in: an HttpOnly session cookie is set; the body holds the CSRF token"),
        )},
        "/api/sign-out": { "post": change("End the session", None, json!({ "204": ok("Signed out; the cookie is cleared") })) },
        "/api/me": {
            "get": signed_in("My registration: answers as a form, contact details, pause, and the status timeline", json!({
                "200": { "description": "The registration", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Me" } } } }
            })),
            "delete": change("Withdraw consent and erase my registration for good", None, json!({
                "200": object_response("Erased; a confirmation goes to the e-mail address, then that mail is deleted too", json!({ "erased": { "type": "boolean" } }))
            }))
        },
        "/api/me/profile": { "put": change(
            "Change availability, travel distance, background and sectors",
            Some(json!({ "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RegistrationForm" } } } })),
            json!({ "204": ok("Saved; this also confirms the availability is current"), "422": error_response("Invalid fields, each named") })
        )},
        "/api/me/pause": { "post": change(
            "Pause until a date",
            Some(body(json!({
                "pause_until": { "type": "string", "format": "date", "description": "After today, at most a year ahead" },
                "pause_reason": { "type": "string", "enum": ["placed_elsewhere", "ill", "holiday", "other"] }
            }), &["pause_until", "pause_reason"])),
            json!({ "204": ok("Paused"), "422": error_response("Invalid fields, each named") })
        )},
        "/api/me/resume": { "post": change("End a pause", None, json!({ "204": ok("Available again") })) },
        "/api/me/contact": { "post": change(
            "Change phone number (at once) or e-mail address (after its confirmation link)",
            Some(body(json!({ "email": { "type": "string" }, "phone": { "type": "string" } }), &[])),
            json!({
                "200": object_response("Saved", json!({ "email_pending": { "type": "boolean", "description": "A confirmation link went to the new address" } })),
                "422": error_response("Invalid fields, each named")
            })
        )},
        "/api/me/export": { "get": signed_in("Download everything stored about me (JSON)", json!({
            "200": { "description": "A JSON attachment", "content": { "application/json": { "schema": { "type": "object" } } } }
        }))},
        "/api/confirm-email": { "post": token_operation(
            "Open the link sent to a new e-mail address",
            confirmed("The new address counts"),
        )},
        "/api/still-available": { "post": token_operation(
            "\"Still available? Yes, as before\" from a reminder",
            confirmed("Availability confirmed; back in the pools"),
        )}
    })
}

pub fn me_schema() -> Value {
    let text = |description: &str| json!({ "type": "string", "description": description });
    let candidate_introduction = json!({
        "type": "object",
        "required": ["id", "organisation", "package", "place", "starts_on", "ends_on", "dayparts", "hours_per_week", "status", "asked_at"],
        "properties": {
            "id": text("Answer with POST /api/me/introductions/{id}/accept or /decline"),
            "organisation": text("The organisation that asks"),
            "package": text("Work package code"),
            "place": text("Where"),
            "starts_on": text("YYYY-MM-DD"),
            "ends_on": { "type": "string", "nullable": true, "description": "YYYY-MM-DD, or null when open-ended" },
            "dayparts": { "type": "array", "items": { "type": "string" } },
            "hours_per_week": { "type": "integer" },
            "status": text("asked, accepted, declined, placed, not_selected …"),
            "asked_at": text("RFC 3339"),
        }
    });
    json!({
        "type": "object",
        "required": ["reference", "name", "email", "phone", "address", "language", "paused_until", "pause_reason",
                     "left_out_of_pools", "availability_confirmed_at", "signed_up_at", "csrf", "form", "timeline", "introductions"],
        "properties": {
            "introductions": { "type": "array", "items": candidate_introduction, "description": "Organisations that asked to meet the person" },
            "reference": { "type": "string" },
            "name": { "type": "string" },
            "email": { "type": "string" },
            "phone": { "type": "string" },
            "address": { "type": "string" },
            "language": { "type": "string", "enum": ["nl", "en"] },
            "paused_until": { "type": "string", "format": "date", "nullable": true },
            "pause_reason": { "type": "string", "nullable": true },
            "left_out_of_pools": { "type": "boolean", "description": "Two reminders went unanswered; organisations do not see the person until they confirm" },
            "availability_confirmed_at": { "type": "string", "format": "date-time" },
            "signed_up_at": { "type": "string", "format": "date-time" },
            "csrf": { "type": "string", "description": "Send as X-CSRF-Token with every change" },
            "form": { "$ref": "#/components/schemas/RegistrationForm" },
            "timeline": { "type": "array", "items": { "type": "object", "required": ["status", "at", "detail"], "properties": {
                "status": { "type": "string" }, "at": { "type": "string", "format": "date-time" }, "detail": { "type": "string", "nullable": true }
            }}}
        }
    })
}

pub fn security_schemes() -> Value {
    json!({
        "session": { "type": "apiKey", "in": "cookie", "name": "handen_session" },
        "csrf": { "type": "apiKey", "in": "header", "name": "X-CSRF-Token" },
        "staff": { "type": "apiKey", "in": "cookie", "name": "handen_staff" }
    })
}
