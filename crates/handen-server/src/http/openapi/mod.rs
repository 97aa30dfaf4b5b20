//! `GET /api/openapi.json`: the API described for people and tools, with a
//! complete, valid example registration (the same one the tests post).

mod account;
mod employers;

use axum::Json;
use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::background::{BigProfession, Course, DiplomaLevel, SpokenLanguage, Vog};
use handen_core::interest::{Motivation, Sector};
use handen_core::{ErrorCode, RegistrationForm};
use serde_json::{json, Value};

fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Value {
    Value::from(all.iter().map(|c| code(*c)).collect::<Vec<_>>())
}

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

/// One of `values`, or empty (`""`) while not answered: the form holds
/// what the person chose so far, and `GET /api/me` gives it back as such.
fn choice(description: &str, values: Value) -> Value {
    let mut values = values;
    if let Some(list) = values.as_array_mut() {
        list.push(Value::from(""));
    }
    json!({ "type": "string", "description": format!("{description}; empty while not answered"), "enum": values })
}

fn list(description: &str, values: Value) -> Value {
    json!({ "type": "array", "description": description, "items": { "type": "string", "enum": values } })
}

pub fn document() -> Value {
    let mut doc = core_document();
    for more in [account::paths(), employers::paths()] {
        if let (Some(paths), Some(more)) = (doc["paths"].as_object_mut(), more.as_object()) {
            paths.extend(more.clone());
        }
    }
    doc["components"]["schemas"]["Me"] = account::me_schema();
    if let (Some(schemas), Some(more)) = (
        doc["components"]["schemas"].as_object_mut(),
        employers::schemas().as_object(),
    ) {
        schemas.extend(more.clone());
    }
    doc["components"]["securitySchemes"] = account::security_schemes();
    add_shared_answers(&mut doc);
    doc
}

/// The answers an operation gives because of what it shares with others,
/// added wherever the operation does not describe them itself: every JSON
/// body is read by `JsonBody` (400, 413, 415, 422), every signed-in
/// operation looks up its session (401, 503), every change checks the
/// CSRF token (403), and every request counts against its client address
/// (and a signed-in one against its person) (429).
fn add_shared_answers(doc: &mut Value) {
    let shared_by_body = [
        ("400", "The body is not JSON (malformed_json)"),
        ("413", "The body is larger than 64 KiB (payload_too_large)"),
        (
            "415",
            "The body is not application/json (unsupported_media_type)",
        ),
        (
            "422",
            "A field has a value of the wrong type (wrong_type), or is not valid",
        ),
    ];
    let shared_by_session = [
        (
            "401",
            "Not signed in, or the session expired (not_signed_in)",
        ),
        ("503", "Storage is unavailable"),
    ];
    let Some(paths) = doc["paths"].as_object_mut() else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut())
    {
        let has_body = operation.get("requestBody").is_some();
        let security = operation["security"].to_string();
        let mut answers: Vec<(&str, &str)> = vec![(
            "429",
            "Too many requests from this client address or person (rate_limited); see Retry-After",
        )];
        if has_body {
            answers.extend(shared_by_body);
        }
        if security.contains("session") || security.contains("staff") {
            answers.extend(shared_by_session);
        }
        if security.contains("csrf") {
            answers.push((
                "403",
                "The X-CSRF-Token header is missing or wrong (csrf_token_invalid)",
            ));
        }
        for (status, description) in answers {
            if operation["responses"].get(status).is_none() {
                operation["responses"][status] = account::error_response(description);
            }
        }
    }
}

fn core_document() -> Value {
    let errors_schema = json!({
        "type": "object",
        "required": ["errors"],
        "properties": { "errors": { "type": "array", "items": {
            "type": "object",
            "required": ["code"],
            "properties": {
                "field": { "type": "string", "description": "The field (JSON key or header) the problem is about." },
                "code": { "type": "string", "description": "Stable code; see x-error-codes." }
            }
        }}}
    });
    let error_response = |d: &str| json!({ "description": d, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Errors" } } } });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Handen API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Crisis staffing: sign-up of people who offer to help. Every field is parsed with the same rules in the app and on the server; errors name the field and carry a stable code.",
            "license": { "name": "EUPL-1.2" }
        },
        "paths": {
            "/api/health": { "get": {
                "summary": "Is this instance able to serve?",
                "responses": {
                    "200": { "description": "Healthy", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
                    "503": { "description": "The database is unreachable", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } }
                }
            }},
            "/api/registrations": { "post": {
                "summary": "Sign up to help",
                "parameters": [{
                    "name": "Idempotency-Key", "in": "header", "required": true,
                    "description": "Created with the draft; a retry with the same key and body gets the same answer and never a second registration. 16-128 characters of A-Z a-z 0-9 - _.",
                    "schema": { "type": "string", "minLength": 16, "maxLength": 128, "pattern": "^[A-Za-z0-9_-]+$" },
                    "example": "draft-6f1c2a9e4b7d4e0f"
                }],
                "requestBody": { "required": true, "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/RegistrationForm" },
                    "example": RegistrationForm::example(crate::clock::date_of(crate::clock::now()))
                }}},
                "responses": {
                    "201": { "description": "Stored; the confirmation mail is on its way", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RegistrationReceipt" } } } },
                    "400": error_response("Malformed JSON, or a missing or invalid Idempotency-Key"),
                    "413": error_response("The body is larger than 64 KiB"),
                    "415": error_response("The body is not application/json"),
                    "422": error_response("Invalid fields (each named), a value of the wrong type, or an Idempotency-Key used before with another body"),
                    "429": error_response("Too many requests from this address; see Retry-After"),
                    "503": error_response("Storage is unavailable; retry with the same Idempotency-Key")
                }
            }},
            "/api/registrations/dedup-check": { "post": {
                "summary": "May this person be registered already? Asked while the sign-up is filled in",
                "description": "The same answer whatever the outcome, given before the check runs; when an earlier registration matches, a sign-in link goes to the contact details on file.",
                "requestBody": { "required": true, "content": { "application/json": { "schema": {
                    "type": "object",
                    "properties": {
                        "given_names": text("Given name(s)"),
                        "name_prefix": text("Tussenvoegsel; may be left empty"),
                        "surname": text("Surname"),
                        "birth_date": text("YYYY-MM-DD"),
                        "email": text("E-mail address; may be left empty"),
                        "phone": text("Mobile number; may be left empty")
                    }
                }}}},
                "responses": {
                    "202": { "description": "Checked", "content": { "application/json": { "schema": {
                        "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["checked"] } } } } } },
                    "422": error_response("Name, birth date, e-mail address or phone number not valid, each named"),
                    "429": error_response("Too many requests from this address; see Retry-After")
                }
            }},
            "/api/demand": { "get": {
                "summary": "Open demand per work package and 4-digit postcode area, for the fit preview",
                "description": "Binary (HND1, see handen-core fit::demand); revalidate with If-None-Match.",
                "responses": {
                    "200": { "description": "The demand", "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } },
                    "304": { "description": "Unchanged since the ETag sent" },
                    "503": error_response("Storage is unavailable")
                }
            }},
            "/api/work-packages": { "get": {
                "summary": "The work-package catalogue in Dutch and English, with what each asks in time, place and qualification",
                "responses": { "200": { "description": "The catalogue", "content": { "application/json": { "schema": { "type": "array", "items": { "type": "object" } } } } } }
            }},
            "/api/openapi.json": { "get": {
                "summary": "This document",
                "responses": { "200": { "description": "OpenAPI 3 document", "content": { "application/json": { "schema": { "type": "object" } } } } }
            }}
        },
        "components": { "schemas": {
            "Health": {
                "type": "object",
                "required": ["status", "version", "database"],
                "properties": {
                    "status": { "type": "string", "enum": ["ok", "degraded"] },
                    "version": { "type": "string" },
                    "database": { "type": "object", "required": ["reachable", "backend"], "properties": {
                        "reachable": { "type": "boolean" }, "backend": { "type": "string" } } }
                }
            },
            "RegistrationReceipt": {
                "type": "object",
                "required": ["reference", "first_contact_by"],
                "properties": {
                    "reference": { "type": "string", "example": "HND-7K3M-Q9PX" },
                    "first_contact_by": { "type": "string", "format": "date", "description": "A recruiter contacts the person on or before this date." }
                }
            },
            "Errors": errors_schema,
            "RegistrationForm": registration_form_schema()
        }},
        "x-error-codes": codes(ErrorCode::ALL, ErrorCode::code)
    })
}

fn registration_form_schema() -> Value {
    let slots: Vec<String> = Weekday::ALL
        .iter()
        .flat_map(|&day| {
            Daypart::ALL
                .iter()
                .map(move |&part| Slot { day, part }.code())
        })
        .collect();
    let yes_no = |d: &str| json!({ "type": "boolean", "nullable": true, "description": d });
    json!({
        "type": "object",
        "description": "Fields as a person types them. Text fields also accept numbers and null (empty).",
        "properties": {
            "given_names": text("Given name(s)"),
            "name_prefix": text("Tussenvoegsel such as \"van der\"; may be left empty"),
            "surname": text("Surname"),
            "birth_date": text("YYYY-MM-DD; at least 16 years old"),
            "email": text("E-mail address"),
            "phone": text("Mobile number; Dutch forms or with a country code"),
            "postcode": text("Dutch postcode, e.g. 1234 AB"),
            "house_number": text("House number, may include the addition (12a)"),
            "house_number_addition": text("House number addition"),
            "travel_km": text("How far the person will travel, in km (0-250)"),
            "available_from": text("YYYY-MM-DD"),
            "available_until": text("YYYY-MM-DD, or empty for open-ended"),
            "hours_per_week": text("1-60"),
            "dayparts": list("Weekday and daypart, e.g. tue_afternoon", Value::from(slots)),
            "availability_notes": text("Up to 500 characters"),
            "care_background": yes_no("Has a background in care"),
            "big_registered": yes_no("Has a BIG registration (asked when care_background)"),
            "big_number": text("11-digit BIG number"),
            "big_profession": choice("BIG profession", codes(BigProfession::ALL, BigProfession::code)),
            "big_status": choice("Registration status", json!(["valid", "expired"])),
            "big_expired_on": text("YYYY-MM-DD, when expired"),
            "diploma_level": choice("Highest relevant diploma", codes(DiplomaLevel::ALL, DiplomaLevel::code)),
            "diploma_field": text("Field of the diploma"),
            "student": yes_no("Currently studying"),
            "student_field": text("Field of study"),
            "student_year": text("Year of study, 1-8"),
            "courses": list("Short courses done", codes(Course::ALL, Course::code)),
            "vog": choice("Certificate of conduct", codes(Vog::ALL, Vog::code)),
            "languages": list("Languages the person can work in", codes(SpokenLanguage::ALL, SpokenLanguage::code)),
            "sectors": list("Sectors of interest", codes(Sector::ALL, Sector::code)),
            "motivation": choice("Why the person signs up", codes(Motivation::ALL, Motivation::code)),
            "consent_crisis": yes_no("Mandatory consent to share data with organisations during the crisis"),
            "consent_reservist": yes_no("Optional consent to stay on file as a reservist"),
            "consent_version": text("The version of the consent texts shown"),
            "language": choice("Language for mail", json!(["nl", "en"]))
        }
    })
}

pub async fn get() -> Json<Value> {
    Json(document())
}
