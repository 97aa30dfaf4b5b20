//! The employers' part of the API document: organisations, members,
//! requests, the anonymised pool and introductions (docs/employers.md).

use super::account::{body, csrf_response, error_response, object_response, status_response};
use serde_json::{json, Value};

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn nullable(description: &str) -> Value {
    json!({ "type": "string", "nullable": true, "description": description })
}

fn strings(description: &str) -> Value {
    json!({ "type": "array", "items": { "type": "string" }, "description": description })
}

fn list_of(description: &str, key: &str, item: Value) -> Value {
    object_response(
        description,
        json!({ key: { "type": "array", "items": item } }),
    )
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The shapes of the employers' answers, for `components.schemas`.
pub fn schemas() -> Value {
    let object = |properties: Value| {
        let required: Vec<String> = properties
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        json!({ "type": "object", "required": required, "properties": properties })
    };
    let whole = |d: &str| json!({ "type": "integer", "description": d });
    let pool_cell = |more: Value| {
        let mut properties = json!({
            "fit": text("How well the person fits the work package"),
            "availability": text("How their availability matches the request"),
            "band": text("Distance band"),
        });
        if let (Some(p), Some(more)) = (properties.as_object_mut(), more.as_object()) {
            p.extend(more.clone());
        }
        object(properties)
    };
    json!({
        "WorkRequest": object(json!({
            "id": text("Request id"),
            "package": text("Work package code"),
            "people": whole("How many people are asked for"),
            "filled": whole("How many were placed"),
            "postcode": text("Where"),
            "place": text("The place's name"),
            "starts_on": text("YYYY-MM-DD"),
            "ends_on": nullable("YYYY-MM-DD, or null when open-ended"),
            "dayparts": strings("Slot codes such as mon_morning"),
            "hours_per_week": whole("Hours per week"),
            "notes": nullable("Notes for the candidates"),
            "status": text("open, partly_filled, filled or closed"),
            "created_at": text("RFC 3339"),
        })),
        "EmployerIntroduction": object(json!({
            "id": text("Introduction id"),
            "card": text("The card the organisation asked about"),
            "status": text("asked, accepted, declined, placed, not_selected …"),
            "asked_at": text("RFC 3339"),
            "answered_at": nullable("RFC 3339"),
            "outcome_reason": nullable("Why not selected"),
            "outcome_note": nullable("The organisation's note"),
            "candidate": {
                "type": "object", "nullable": true,
                "description": "Name and contact details, only after the candidate said yes",
                "required": ["name", "email", "phone"],
                "properties": { "name": text("Name"), "email": text("E-mail address"), "phone": text("Phone number") },
            },
        })),
        "Pool": object(json!({
            "counts": { "type": "array", "items": pool_cell(json!({
                "count": { "type": "integer", "nullable": true, "description": "null: fewer than 5" }
            })) },
            "cards": { "type": "array", "items": pool_cell(json!({
                "id": text("Card id: ask for an introduction with it"),
                "age_band": nullable("Age band"),
                "hours_per_week": { "type": "integer", "nullable": true },
                "dayparts": strings("Slot codes the person is available in"),
                "qualifications": strings("Qualification codes"),
                "available_from": text("YYYY-MM-DD"),
                "available_until": nullable("YYYY-MM-DD"),
            })) },
            "more": whole("Cards not shown"),
        })),
        "Organisation": object(json!({
            "id": text("Organisation id"), "name": text("Name"), "kvk": text("KvK number"),
            "sector": text("Sector"), "postcode": text("Postcode"),
            "contact_name": text("Contact person"), "contact_email": text("Contact person's e-mail address"),
            "language": text("nl or en"), "status": text("pending, approved or rejected"),
            "created_at": text("RFC 3339"),
        })),
        "StaffMember": object(json!({
            "name": text("Name"), "email": text("E-mail address"),
            "role": text("employer or admin"), "language": text("nl or en"),
            "csrf": text("Send as X-CSRF-Token with every change"),
            "organisation": {
                "type": "object", "nullable": true, "description": "null for an administrator without one",
                "required": ["id", "name", "kvk", "sector", "postcode", "status"],
                "properties": {
                    "id": text("Organisation id"), "name": text("Name"), "kvk": text("KvK number"),
                    "sector": text("Sector"), "postcode": text("Postcode"), "status": text("pending, approved or rejected"),
                },
            },
        })),
    })
}

fn id_parameter() -> Value {
    json!([{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }])
}

/// An operation for a signed-in member; `change` adds the CSRF token.
fn staff(summary: &str, change: bool, responses: Value) -> Value {
    let mut operation = json!({
        "summary": summary,
        "security": [if change { json!({ "staff": [], "csrf": [] }) } else { json!({ "staff": [] }) }],
        "responses": responses,
    });
    let r = &mut operation["responses"];
    r["401"] = error_response("Not signed in as a member");
    r["403"] = error_response(if change {
        "Not allowed for this member (organisation not approved, not an employer or administrator), or the X-CSRF-Token header is wrong"
    } else {
        "Not allowed for this member (organisation not approved, not an employer or administrator)"
    });
    r["503"] = error_response("Storage is unavailable");
    operation
}

fn with_id(mut operation: Value) -> Value {
    operation["parameters"] = id_parameter();
    operation["responses"]["404"] = error_response("No such thing for this organisation");
    operation
}

fn request_form() -> Value {
    body(
        json!({
            "package": text("Work package code (GET /api/work-packages)"),
            "people": text("How many people, 1-200"),
            "postcode": text("Where, a Dutch postcode"),
            "starts_on": text("YYYY-MM-DD, today or later"),
            "ends_on": text("YYYY-MM-DD or empty"),
            "dayparts": { "type": "array", "items": { "type": "string" }, "description": "Slot codes such as mon_morning" },
            "hours_per_week": text("1-60"),
            "notes": text("Up to 1000 characters"),
        }),
        &[
            "package",
            "people",
            "postcode",
            "starts_on",
            "dayparts",
            "hours_per_week",
        ],
    )
}

fn pool_parameters() -> Value {
    json!([
        { "name": "max_km", "in": "query", "schema": { "type": "string" }, "description": "1-300 km" },
        { "name": "dayparts", "in": "query", "schema": { "type": "string" }, "description": "Comma-separated slot codes" },
        { "name": "hours", "in": "query", "schema": { "type": "string" }, "description": "1-60" }
    ])
}

pub fn paths() -> Value {
    let ok = |d: &str| json!({ "description": d });
    let pool_ok = json!({ "description": "Counts by fit, availability and distance band (null: fewer than 5) and anonymous cards",
        "content": { "application/json": { "schema": reference("Pool") } } });
    let mut pool = with_id(staff(
        "The anonymised pool of a request",
        false,
        json!({ "200": pool_ok, "422": error_response("A filter value is not valid") }),
    ));
    if let (Some(list), Some(more)) = (
        pool["parameters"].as_array_mut(),
        pool_parameters().as_array(),
    ) {
        list.extend(more.iter().cloned());
    }
    let mut explore = staff(
        "Counts for a work package and place, without a request",
        false,
        json!({ "200": { "description": "Counts (null: fewer than 5); no cards", "content": { "application/json": { "schema": reference("Pool") } } }, "422": error_response("A filter value is not valid") }),
    );
    explore["parameters"] = json!([
        { "name": "package", "in": "query", "required": true, "schema": { "type": "string" } },
        { "name": "postcode", "in": "query", "required": true, "schema": { "type": "string" } }
    ]);
    if let (Some(list), Some(more)) = (
        explore["parameters"].as_array_mut(),
        pool_parameters().as_array(),
    ) {
        list.extend(more.iter().cloned());
    }
    let mut register = json!({
        "summary": "Register an organisation; it waits for an administrator's approval",
        "requestBody": body(json!({
            "name": text("Name of the organisation"), "kvk": text("KvK number, 8 digits"),
            "sector": { "type": "string", "enum": ["care", "education", "enforcement", "childcare"] },
            "postcode": text("Dutch postcode"), "contact_name": text("Contact person"),
            "contact_email": text("Contact person's e-mail address; they sign in with it"),
            "language": { "type": "string", "enum": ["nl", "en"] },
        }), &["name", "kvk", "sector", "postcode", "contact_name", "contact_email"]),
        "responses": {
            "201": status_response("Registered, pending approval", "pending"),
            "409": error_response("kvk_taken or email_taken"),
            "422": error_response("Fields that are missing or not valid"),
            "429": error_response("Too many requests from this client"),
        }
    });
    register["responses"]["503"] = error_response("Storage is unavailable");
    let mut introduce = with_id(staff(
        "Ask to be introduced to the person behind a card",
        true,
        json!({
            "201": { "description": "Asked; the candidate gets a mail and answers on their own page",
                     "content": { "application/json": { "schema": reference("EmployerIntroduction") } } },
            "409": error_response("already_asked or request_not_open"),
            "410": error_response("card_gone: the card is not in this request's pool (any more)"),
            "429": error_response("introduction_limit: this organisation asked for its maximum today"),
        }),
    ));
    introduce["requestBody"] = body(
        json!({ "card": text("A card id from the request's pool") }),
        &["card"],
    );
    let mut outcome = with_id(staff(
        "Record what came of an accepted introduction",
        true,
        json!({
            "204": ok("Recorded; the candidate is told"),
            "409": error_response("not_accepted: the candidate has not said yes"),
            "422": error_response("outcome, reason or note not valid"),
        }),
    ));
    outcome["requestBody"] = body(
        json!({
            "outcome": { "type": "string", "enum": ["placed", "not_selected"] },
            "reason": { "type": "string", "enum": ["time", "place", "qualification", "other"] },
            "note": text("Up to 500 characters"),
        }),
        &["outcome"],
    );
    let mut create = staff(
        "File a request",
        true,
        json!({ "201": { "description": "The request", "content": { "application/json": { "schema": reference("WorkRequest") } } }, "422": error_response("Fields that are missing or not valid") }),
    );
    create["requestBody"] = request_form();
    let candidate_answer = |summary: &str| {
        json!({
            "summary": summary,
            "security": [{ "session": [], "csrf": [] }],
            "parameters": id_parameter(),
            "responses": {
                "204": { "description": "Answered; the organisation is told" },
                "401": error_response("Not signed in"),
                "403": error_response("The X-CSRF-Token header is missing or wrong"),
                "404": error_response("No such introduction for this person"),
                "409": error_response("already_answered"),
                "503": error_response("Storage is unavailable"),
            }
        })
    };
    let mut add_member = staff(
        "Add a colleague, who signs in by link with their own address",
        true,
        json!({ "201": ok("Added"), "409": error_response("email_taken"), "422": error_response("Name or address not valid") }),
    );
    add_member["requestBody"] = body(
        json!({ "name": text("Name"), "email": text("E-mail address") }),
        &["name", "email"],
    );
    json!({
        "/api/organisations": { "post": register },
        "/api/staff/sign-in": { "post": {
            "summary": "Send a member a sign-in link",
            "description": "The same answer, at the same pace, whether or not the address is known.",
            "requestBody": body(json!({ "address": text("The member's e-mail address") }), &["address"]),
            "responses": { "202": status_response("A link is on its way if the address is known", "sent_if_known"),
                           "422": error_response("Not an e-mail address"), "429": error_response("Too many links asked") }
        }},
        "/api/staff/sessions": { "post": {
            "summary": "Open a member's sign-in link: start a session (cookie handen_staff)",
            "requestBody": body(json!({ "token": text("The token from the link's #token= fragment") }), &["token"]),
            "responses": { "200": csrf_response("Signed in: an HttpOnly cookie handen_staff is set; the body holds the CSRF token"),
                           "400": error_response("link_invalid_or_expired, or the body is not JSON"),
                           "429": error_response("Too many requests from this client; see Retry-After"),
                           "503": error_response("Storage is unavailable") }
        }},
        "/api/staff/sign-out": { "post": staff("Sign out", true, json!({ "204": ok("Signed out") })) },
        "/api/staff/me": { "get": staff("The signed-in member, their role and organisation", false, json!({
            "200": { "description": "The member", "content": { "application/json": { "schema": reference("StaffMember") } } }
        })) },
        "/api/admin/organisations": { "get": staff("All organisations (administrators)", false, json!({ "200": list_of("Organisations, pending first", "organisations", reference("Organisation")) })) },
        "/api/admin/organisations/{id}/approve": { "post": with_id(staff("Approve an organisation", true, json!({ "204": ok("Approved; the contact person is told") }))) },
        "/api/admin/organisations/{id}/reject": { "post": with_id(staff("Reject an organisation", true, json!({ "204": ok("Rejected; the contact person is told") }))) },
        "/api/employer/requests": {
            "get": staff("The organisation's requests", false, json!({ "200": list_of("Requests, newest first", "requests", reference("WorkRequest")) })),
            "post": create,
        },
        "/api/employer/members": {
            "get": staff("The organisation's members", false, json!({ "200": list_of("Name and address of each member", "members", json!({
                "type": "object", "required": ["name", "email"], "properties": { "name": text("Name"), "email": text("E-mail address") }
            })) })),
            "post": add_member,
        },
        "/api/employer/requests/{id}": { "get": with_id(staff("A request and its introductions (identities only after a yes)", false, json!({ "200": { "description": "The request", "content": { "application/json": { "schema": { "allOf": [
                reference("WorkRequest"),
                { "type": "object", "required": ["introductions"], "properties": { "introductions": { "type": "array", "items": reference("EmployerIntroduction") } } }
            ] } } } } }))) },
        "/api/employer/requests/{id}/close": { "post": with_id(staff("Close a request", true, json!({ "204": ok("Closed") }))) },
        "/api/employer/requests/{id}/pool": { "get": pool },
        "/api/employer/requests/{id}/introductions": { "post": introduce },
        "/api/employer/pool": { "get": explore },
        "/api/employer/introductions/{id}/outcome": { "post": outcome },
        "/api/me/introductions/{id}/accept": { "post": candidate_answer("Say yes to an introduction: the organisation then sees name, e-mail and phone") },
        "/api/me/introductions/{id}/decline": { "post": candidate_answer("Say no to an introduction") },
    })
}
