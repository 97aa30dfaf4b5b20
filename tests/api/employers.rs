//! Employers: organisations, approval, requests, the anonymised pool,
//! introductions and outcomes, and who may read what. Nobody reads a
//! candidate's identity before that candidate said yes, and no
//! organisation reads another's requests.

use crate::support::{Mail, Options, Session, TestServer};
use reqwest::Method;
use serde_json::{json, Value};
use std::process::Command;
use std::time::{Duration, Instant};

const ADMIN: &str = "beheer@handen.example";

/// Waits for a mail to `to` whose subject or body holds `needle`; the newest such.
async fn mail_to(server: &TestServer, to: &str, needle: &str) -> Mail {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found =
            server.decoded_mail(0).await.into_iter().rev().find(|m| {
                m.to.contains(to) && (m.body.contains(needle) || m.subject.contains(needle))
            });
        if let Some(mail) = found {
            return mail;
        }
        assert!(
            Instant::now() < deadline,
            "no mail to {to} with {needle}; log:\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn handen(server: &TestServer, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_handen"))
        .args(args)
        .args(["--database-url", &server.database_url()])
        .env("HANDEN_PUBLIC_URL", &server.base)
        .output()
        .expect("run handen");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn call(
    server: &TestServer,
    method: Method,
    path: &str,
    who: Option<&Session>,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = server.client.request(method, server.url(path));
    if let Some(s) = who {
        request = request
            .header("cookie", &s.cookie)
            .header("x-csrf-token", &s.csrf);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn get(server: &TestServer, path: &str, who: &Session) -> Value {
    let (status, body) = call(server, Method::GET, path, Some(who), None).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

async fn post(server: &TestServer, path: &str, who: &Session, body: Value) -> (u16, Value) {
    call(server, Method::POST, path, Some(who), Some(body)).await
}

fn code(body: &Value) -> &str {
    body["errors"][0]["code"].as_str().unwrap_or_default()
}

async fn staff_session(server: &TestServer, email: &str) -> Session {
    let (status, _) = call(
        server,
        Method::POST,
        "/api/staff/sign-in",
        None,
        Some(json!({ "address": email })),
    )
    .await;
    assert_eq!(status, 202);
    let token = mail_to(server, email, "/employer/sign-in")
        .await
        .token("/employer/sign-in");
    let session = Session::from_response(
        server
            .post_json("/api/staff/sessions", None, &json!({ "token": token }))
            .await,
    )
    .await;
    assert!(session.cookie.starts_with("handen_staff="));
    session
}

fn organisation(name: &str, kvk: &str, email: &str) -> Value {
    json!({ "name": name, "kvk": kvk, "sector": "care", "postcode": "3512 JE",
            "contact_name": "Anna de Vries", "contact_email": email, "language": "nl" })
}

/// Registers an organisation and signs its contact person in; approved
/// by the administrator when `approve`.
async fn employer(server: &TestServer, admin: Option<&Session>, kvk: &str, email: &str) -> Session {
    let (status, body) = call(
        server,
        Method::POST,
        "/api/organisations",
        None,
        Some(organisation("Zorggroep", kvk, email)),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    if let Some(admin) = admin {
        let list = get(server, "/api/admin/organisations", admin).await;
        let id = list["organisations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["kvk"] == kvk)
            .expect("listed")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (status, _) = post(
            server,
            &format!("/api/admin/organisations/{id}/approve"),
            admin,
            json!({}),
        )
        .await;
        assert_eq!(status, 204, "{}", server.log());
    }
    staff_session(server, email).await
}

/// An administrator and organisation A, approved, signed in.
async fn approved(server: &TestServer) -> (Session, Session) {
    let admin = admin(server).await;
    let a = employer(server, Some(&admin), "11111111", "a@zorg-a.nl").await;
    (admin, a)
}

async fn admin(server: &TestServer) -> Session {
    handen(
        server,
        &["admin", "add", "--email", ADMIN, "--name", "Beheer"],
    );
    staff_session(server, ADMIN).await
}

/// A candidate like the example (Utrecht, Monday and Wednesday mornings),
/// told apart by `n` so duplicate detection keeps them apart.
async fn candidate(server: &TestServer, n: usize) -> (String, String) {
    const NAMES: [(&str, &str); 8] = [
        ("Sanne", "Berg"),
        ("Joost", "Visser"),
        ("Fatima", "El Amrani"),
        ("Pieter", "Smit"),
        ("Lotte", "Mulder"),
        ("Daan", "Bos"),
        ("Noor", "Dekker"),
        ("Ruben", "Meijer"),
    ];
    let (given, surname) = NAMES[n];
    let email = format!("kandidaat{n}@voorbeeld.nl");
    let id = server
        .sign_up(json!({
            "given_names": given, "name_prefix": "", "surname": surname,
            "birth_date": format!("19{}-0{}-1{}", 70 + n, 1 + n % 9, n % 10),
            "email": email, "phone": format!("06-2{}345{}7{}", n, n, n),
            "house_number": format!("{}", 10 + n),
        }))
        .await;
    (id, email)
}

fn request_body() -> Value {
    let start = (time::OffsetDateTime::now_utc() + time::Duration::days(10)).date();
    json!({ "package": "serve_meals", "people": "1", "postcode": "3512 JE", "starts_on": start.to_string(),
            "ends_on": "", "dayparts": ["mon_morning", "wed_morning"], "hours_per_week": "8", "notes": "Ingang B" })
}

async fn file_request(server: &TestServer, who: &Session) -> String {
    let (status, body) = post(server, "/api/employer/requests", who, request_body()).await;
    assert_eq!(status, 201, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

async fn pool(server: &TestServer, who: &Session, request: &str) -> Value {
    get(
        server,
        &format!("/api/employer/requests/{request}/pool"),
        who,
    )
    .await
}

/// Asks for an introduction to `card` for `request`.
async fn ask(server: &TestServer, who: &Session, request: &str, card: Value) -> (u16, Value) {
    let path = format!("/api/employer/requests/{request}/introductions");
    post(server, &path, who, json!({ "card": card })).await
}

fn card_ids(pool: &Value) -> Vec<String> {
    pool["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn candidate_session(server: &TestServer, email: &str) -> Session {
    let token = mail_to(server, email, "/my/introductions")
        .await
        .token("/sign-in");
    session_from(server, token).await
}

async fn session_from(server: &TestServer, token: String) -> Session {
    Session::from_response(server.start_session(&token).await).await
}

#[tokio::test]
async fn an_organisation_sees_nothing_until_an_administrator_approves_it() {
    let server = TestServer::start().await;
    let (status, body) = call(&server, Method::POST, "/api/organisations", None,
        Some(json!({ "name": "", "kvk": "1234567", "sector": "space", "postcode": "0000", "contact_email": "nope" }))).await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "name",
            "kvk",
            "sector",
            "postcode",
            "contact_name",
            "contact_email"
        ]
    );

    let member = employer(&server, None, "12345678", "anna@zorggroep.nl").await;
    let (status, body) = call(
        &server,
        Method::POST,
        "/api/organisations",
        None,
        Some(organisation("Ander", "12 34 56 78", "b@x.nl")),
    )
    .await;
    assert_eq!((status, code(&body)), (409, "kvk_taken"));

    let me = get(&server, "/api/staff/me", &member).await;
    assert_eq!(me["organisation"]["status"], "pending");
    assert_eq!(me["role"], "member");
    let (status, body) = call(
        &server,
        Method::GET,
        "/api/employer/requests",
        Some(&member),
        None,
    )
    .await;
    assert_eq!((status, code(&body)), (403, "organisation_not_approved"));

    let admin = admin(&server).await;
    let list = get(&server, "/api/admin/organisations", &admin).await;
    let id = list["organisations"][0]["id"].as_str().unwrap().to_owned();
    let (status, _) = post(
        &server,
        &format!("/api/admin/organisations/{id}/approve"),
        &admin,
        json!({}),
    )
    .await;
    assert_eq!(status, 204);
    mail_to(&server, "anna@zorggroep.nl", "/employer").await;
    let me = get(&server, "/api/staff/me", &member).await;
    assert_eq!(me["organisation"]["status"], "approved");
    let requests = get(&server, "/api/employer/requests", &member).await;
    assert_eq!(requests["requests"], json!([]));

    let (status, body) = post(
        &server,
        "/api/employer/requests",
        &member,
        json!({ "dayparts": ["mon_brunch"] }),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["field"] == "dayparts" && e["code"] == "dayparts_invalid"));
    let id = file_request(&server, &member).await;
    let detail = get(&server, &format!("/api/employer/requests/{id}"), &member).await;
    assert_eq!(detail["status"], "open");
    assert!(detail["place"].as_str().unwrap().starts_with("3512"));
    // Open requests are the open demand of the fit preview.
    let demand = server
        .client
        .get(server.url("/api/demand"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(demand.len() > 8);
}

#[tokio::test]
async fn every_endpoint_refuses_who_may_not_use_it() {
    let server = TestServer::start().await;
    let (admin, a) = approved(&server).await;
    let b = employer(&server, Some(&admin), "22222222", "b@zorg-b.nl").await;
    let pending = employer(&server, None, "33333333", "c@zorg-c.nl").await;
    let (_, email) = candidate(&server, 0).await;
    let request = file_request(&server, &a).await;
    let card = card_ids(&pool(&server, &a, &request).await)[0].clone();
    let (status, intro) = ask(&server, &a, &request, json!(card)).await;
    assert_eq!(status, 201, "{intro}");
    let intro_id = intro["id"].as_str().unwrap().to_owned();
    let person = candidate_session(&server, &email).await;

    let employer_calls: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/api/employer/requests".into(), None),
        (Method::GET, "/api/employer/members".into(), None),
        (
            Method::POST,
            "/api/employer/members".into(),
            Some(json!({ "name": "X", "email": "x@y.nl" })),
        ),
        (
            Method::POST,
            "/api/employer/requests".into(),
            Some(request_body()),
        ),
        (
            Method::GET,
            format!("/api/employer/requests/{request}"),
            None,
        ),
        (
            Method::POST,
            format!("/api/employer/requests/{request}/close"),
            Some(json!({})),
        ),
        (
            Method::GET,
            format!("/api/employer/requests/{request}/pool"),
            None,
        ),
        (
            Method::GET,
            "/api/employer/pool?package=serve_meals&postcode=3512JE".into(),
            None,
        ),
        (
            Method::POST,
            format!("/api/employer/requests/{request}/introductions"),
            Some(json!({ "card": card })),
        ),
        (
            Method::POST,
            format!("/api/employer/introductions/{intro_id}/outcome"),
            Some(json!({ "outcome": "placed" })),
        ),
    ];
    let admin_calls: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/api/admin/organisations".into(), None),
        (
            Method::POST,
            "/api/admin/organisations/x/approve".into(),
            Some(json!({})),
        ),
        (
            Method::POST,
            "/api/admin/organisations/x/reject".into(),
            Some(json!({})),
        ),
    ];
    let candidate_calls: Vec<(Method, String, Option<Value>)> = vec![
        (
            Method::POST,
            format!("/api/me/introductions/{intro_id}/accept"),
            Some(json!({})),
        ),
        (
            Method::POST,
            format!("/api/me/introductions/{intro_id}/decline"),
            Some(json!({})),
        ),
    ];
    let expect = |who: Option<&Session>,
                  calls: &[(Method, String, Option<Value>)],
                  status: u16,
                  error: &str| {
        let server = &server;
        let calls = calls.to_vec();
        let who = who.map(|s| Session {
            cookie: s.cookie.clone(),
            csrf: s.csrf.clone(),
        });
        let error = error.to_owned();
        async move {
            for (method, path, body) in calls {
                let (got, answer) = call(server, method.clone(), &path, who.as_ref(), body).await;
                assert_eq!(
                    (got, code(&answer)),
                    (status, error.as_str()),
                    "{method} {path}"
                );
            }
        }
    };
    // Anonymous: nothing.
    expect(None, &employer_calls, 401, "not_signed_in").await;
    expect(None, &admin_calls, 401, "not_signed_in").await;
    expect(None, &candidate_calls, 401, "not_signed_in").await;
    // A candidate's session is not a member's.
    expect(Some(&person), &employer_calls, 401, "not_signed_in").await;
    expect(Some(&person), &admin_calls, 401, "not_signed_in").await;
    // An organisation not approved (yet).
    expect(
        Some(&pending),
        &employer_calls,
        403,
        "organisation_not_approved",
    )
    .await;
    expect(Some(&pending), &admin_calls, 403, "not_an_admin").await;
    // An administrator approves; it does not browse people.
    expect(Some(&admin), &employer_calls, 403, "not_an_employer").await;
    // Members are not administrators, nor candidates.
    expect(Some(&a), &admin_calls, 403, "not_an_admin").await;
    expect(Some(&a), &candidate_calls, 401, "not_signed_in").await;
    // Another organisation: A's request and introduction do not exist for B.
    let others: Vec<_> = employer_calls[2..]
        .iter()
        .filter(|(_, p, _)| p.contains(&request) || p.contains(&intro_id))
        .cloned()
        .collect();
    expect(Some(&b), &others, 404, "not_found").await;
    assert_eq!(
        get(&server, "/api/employer/requests", &b).await["requests"],
        json!([])
    );
    // A change without the CSRF token.
    let without = Session {
        cookie: a.cookie.clone(),
        csrf: "wrong".into(),
    };
    expect(
        Some(&without),
        &employer_calls[2..4],
        403,
        "csrf_token_invalid",
    )
    .await;

    // Before the candidate says yes: no identity anywhere A can read.
    let detail = get(&server, &format!("/api/employer/requests/{request}"), &a).await;
    assert_eq!(detail["introductions"][0]["candidate"], Value::Null);
    // Ids are random hex and may contain "1970" or "3511" by chance.
    let seen = without_ids(&format!("{detail}{}", pool(&server, &a, &request).await));
    for secret in [
        email.as_str(),
        "Sanne",
        "Berg",
        "1970",
        "3511",
        "+3162",
        "Not during",
    ] {
        assert!(!seen.contains(secret), "{secret} leaked: {seen}");
    }
    // Another candidate cannot answer for this one.
    server.sign_up(json!({ "given_names": "Kees", "surname": "Jansen", "name_prefix": "", "email": "kees@voorbeeld.nl",
        "phone": "06-99887766", "birth_date": "1960-05-05" })).await;
    let (status, _) = call(
        &server,
        Method::POST,
        "/api/sign-in",
        None,
        Some(json!({ "address": "kees@voorbeeld.nl" })),
    )
    .await;
    assert_eq!(status, 202);
    let kees = session_from(
        &server,
        mail_to(&server, "kees@voorbeeld.nl", "/sign-in#token=")
            .await
            .token("/sign-in"),
    )
    .await;
    let (status, body) = post(
        &server,
        &format!("/api/me/introductions/{intro_id}/accept"),
        &kees,
        json!({}),
    )
    .await;
    assert_eq!((status, code(&body)), (404, "not_found"));

    // After yes: the name and contact details, for A only.
    let (status, _) = post(
        &server,
        &format!("/api/me/introductions/{intro_id}/accept"),
        &person,
        json!({}),
    )
    .await;
    assert_eq!(status, 204);
    let detail = get(&server, &format!("/api/employer/requests/{request}"), &a).await;
    assert_eq!(detail["introductions"][0]["candidate"]["email"], email);
    assert_eq!(
        detail["introductions"][0]["candidate"]["name"],
        "Sanne Berg"
    );
    let (status, _) = call(
        &server,
        Method::GET,
        &format!("/api/employer/requests/{request}"),
        Some(&b),
        None,
    )
    .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn counts_under_five_are_suppressed() {
    let server = TestServer::start().await;
    let (_, a) = approved(&server).await;
    for n in 0..4 {
        candidate(&server, n).await;
    }
    let request = file_request(&server, &a).await;
    let counts = |pool: &Value| -> Vec<Value> { pool["counts"].as_array().unwrap().clone() };
    let four = pool(&server, &a, &request).await;
    assert_eq!(counts(&four).len(), 16, "every cell is there");
    assert!(counts(&four).iter().all(|c| c["count"].is_null()), "{four}");
    assert_eq!(card_ids(&four).len(), 4);
    candidate(&server, 4).await;
    let five = pool(&server, &a, &request).await;
    let shown: Vec<&Value> = counts(&five)
        .iter()
        .filter(|c| !c["count"].is_null())
        .cloned()
        .collect::<Vec<_>>()
        .leak()
        .iter()
        .collect();
    assert_eq!(shown.len(), 1, "{five}");
    assert_eq!(shown[0]["count"], 5);
    assert_eq!(
        (shown[0]["fit"].as_str(), shown[0]["band"].as_str()),
        (Some("now"), Some("0-5"))
    );
    // Cards speak in bands: an age band, no birth date.
    let card = &five["cards"][0];
    assert!(card["age_band"].is_string() && card.get("birth_date").is_none());
    // The filter without a request counts the same people.
    let explored = get(&server, "/api/employer/pool?package=serve_meals&postcode=3512JE&dayparts=mon_morning,wed_morning&hours=8", &a).await;
    assert_eq!(explored["cards"], json!([]));
    assert!(counts(&explored).iter().any(|c| c["count"] == 5));
    let (status, body) = call(
        &server,
        Method::GET,
        "/api/employer/pool?package=x&postcode=1&max_km=0",
        Some(&a),
        None,
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"].as_array().unwrap().len(), 3, "{body}");
}

#[tokio::test]
async fn card_ids_cannot_follow_a_person_across_requests() {
    let server = TestServer::start().await;
    let (admin, a) = approved(&server).await;
    let b = employer(&server, Some(&admin), "22222222", "b@zorg-b.nl").await;
    for n in 0..3 {
        candidate(&server, n).await;
    }
    let first = file_request(&server, &a).await;
    let second = file_request(&server, &a).await;
    let other = file_request(&server, &b).await;
    let ids = |p: &Value| {
        card_ids(p)
            .into_iter()
            .collect::<std::collections::BTreeSet<_>>()
    };
    let one = ids(&pool(&server, &a, &first).await);
    assert_eq!(one.len(), 3);
    assert_eq!(
        one,
        ids(&pool(&server, &a, &first).await),
        "stable within a request"
    );
    let two = ids(&pool(&server, &a, &second).await);
    let three = ids(&pool(&server, &b, &other).await);
    assert!(one.is_disjoint(&two) && one.is_disjoint(&three) && two.is_disjoint(&three));
    // A card of one request means nothing in another.
    let foreign = one.iter().next().unwrap();
    let (status, body) = ask(&server, &a, &second, json!(foreign)).await;
    assert_eq!((status, code(&body)), (410, "card_gone"));
}

#[tokio::test]
async fn an_introduction_runs_from_asking_to_placing() {
    let server = TestServer::start().await;
    let (_, a) = approved(&server).await;
    let (_, email) = candidate(&server, 0).await;
    let request = file_request(&server, &a).await;
    let other_request = file_request(&server, &a).await;
    let card = card_ids(&pool(&server, &a, &request).await)[0].clone();
    let (status, _) = ask(&server, &a, &request, json!(card)).await;
    assert_eq!(status, 201);
    // Asked once is asked: out of every pool while it runs.
    assert!(card_ids(&pool(&server, &a, &other_request).await).is_empty());
    let (status, body) = ask(&server, &a, &request, json!(card)).await;
    assert_eq!((status, code(&body)), (409, "already_asked"));

    let mail = mail_to(&server, &email, "/my/introductions").await;
    assert!(mail.subject.contains("Zorggroep"), "{}", mail.subject);
    assert!(mail.body.contains("Maaltijden rondbrengen") && mail.body.contains("3512"));
    let person = candidate_session(&server, &email).await;
    let me = server.me(&person).await;
    let intro = &me["introductions"][0];
    assert_eq!(
        (intro["organisation"].as_str(), intro["status"].as_str()),
        (Some("Zorggroep"), Some("asked"))
    );
    let id = intro["id"].as_str().unwrap().to_owned();
    let (status, body) = post(
        &server,
        &format!("/api/employer/introductions/{id}/outcome"),
        &a,
        json!({ "outcome": "placed" }),
    )
    .await;
    assert_eq!((status, code(&body)), (409, "not_accepted"));

    assert_eq!(
        post(
            &server,
            &format!("/api/me/introductions/{id}/accept"),
            &person,
            json!({})
        )
        .await
        .0,
        204
    );
    let (status, body) = post(
        &server,
        &format!("/api/me/introductions/{id}/decline"),
        &person,
        json!({}),
    )
    .await;
    assert_eq!((status, code(&body)), (409, "already_answered"));
    mail_to(&server, "a@zorg-a.nl", "ja gezegd").await;

    let (status, body) = post(
        &server,
        &format!("/api/employer/introductions/{id}/outcome"),
        &a,
        json!({ "outcome": "not_selected" }),
    )
    .await;
    assert_eq!(
        (status, body["errors"][0]["field"].as_str()),
        (422, Some("reason"))
    );
    assert_eq!(
        post(
            &server,
            &format!("/api/employer/introductions/{id}/outcome"),
            &a,
            json!({ "outcome": "placed", "note": "Start maandag" })
        )
        .await
        .0,
        204
    );
    let detail = get(&server, &format!("/api/employer/requests/{request}"), &a).await;
    assert_eq!(
        (detail["filled"].as_i64(), detail["status"].as_str()),
        (Some(1), Some("filled"))
    );
    assert_eq!(detail["introductions"][0]["status"], "placed");
    let placed = mail_to(&server, &email, "geplaatst").await;
    assert!(placed.subject.contains("Zorggroep"));
    let me = server.me(&person).await;
    let timeline: Vec<&str> = me["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        timeline,
        ["received", "proposed", "introduction_accepted", "placed"]
    );
    // Placed: out of pools.
    assert!(card_ids(&pool(&server, &a, &other_request).await).is_empty());
    // What the person gave, they can take: the introductions are in the export.
    let export = get(&server, "/api/me/export", &person).await;
    assert_eq!(export["data"]["introductions"][0]["status"], "placed");
}

#[tokio::test]
async fn not_selected_is_back_in_the_pool_and_declined_is_not_asked_again() {
    let server = TestServer::start_with(Options {
        env: vec![("HANDEN_INTRODUCTIONS_PER_DAY", "3".into())],
        ..Options::default()
    })
    .await;
    let (_, a) = approved(&server).await;
    let (_, first) = candidate(&server, 0).await;
    let (_, second) = candidate(&server, 1).await;
    let request = file_request(&server, &a).await;
    let later = file_request(&server, &a).await;
    let cards = card_ids(&pool(&server, &a, &request).await);
    for card in &cards {
        assert_eq!(ask(&server, &a, &request, json!(card)).await.0, 201);
    }
    // Declined: not asked again for this request.
    let one = candidate_session(&server, &first).await;
    let id = server.me(&one).await["introductions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        post(
            &server,
            &format!("/api/me/introductions/{id}/decline"),
            &one,
            json!({})
        )
        .await
        .0,
        204
    );
    mail_to(&server, "a@zorg-a.nl", "kan helaas niet").await;
    let detail = get(&server, &format!("/api/employer/requests/{request}"), &a).await;
    let declined = detail["introductions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "declined")
        .unwrap();
    assert_eq!(
        declined["candidate"],
        Value::Null,
        "a no keeps the person unknown"
    );
    let (status, body) = ask(&server, &a, &request, json!(declined["card"])).await;
    assert_eq!((status, code(&body)), (409, "already_asked"));
    // …but back for other requests at once.
    assert_eq!(card_ids(&pool(&server, &a, &later).await).len(), 1);

    // Not selected: told kindly, back in the pool at once.
    let two = candidate_session(&server, &second).await;
    let id = server.me(&two).await["introductions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        post(
            &server,
            &format!("/api/me/introductions/{id}/accept"),
            &two,
            json!({})
        )
        .await
        .0,
        204
    );
    let (status, _) = post(
        &server,
        &format!("/api/employer/introductions/{id}/outcome"),
        &a,
        json!({ "outcome": "not_selected", "reason": "time", "note": "Alleen ochtenden" }),
    )
    .await;
    assert_eq!(status, 204);
    let told = mail_to(&server, &second, "iemand anders gekozen").await;
    assert!(told.body.contains("tijden") && told.body.contains("meteen weer beschikbaar"));
    assert_eq!(card_ids(&pool(&server, &a, &later).await).len(), 2);
    let me = server.me(&two).await;
    assert_eq!(
        me["timeline"].as_array().unwrap().last().unwrap()["status"],
        "not_selected"
    );

    // Three a day for this organisation.
    let cards = card_ids(&pool(&server, &a, &later).await);
    assert_eq!(ask(&server, &a, &later, json!(cards[0])).await.0, 201);
    let (status, body) = ask(&server, &a, &later, json!(cards[1])).await;
    assert_eq!((status, code(&body)), (429, "introduction_limit"));
}

#[tokio::test]
async fn unanswered_introductions_are_reminded_after_two_working_days() {
    let server = TestServer::start().await;
    let (_, a) = approved(&server).await;
    let (_, email) = candidate(&server, 0).await;
    let request = file_request(&server, &a).await;
    let card = card_ids(&pool(&server, &a, &request).await)[0].clone();
    assert_eq!(ask(&server, &a, &request, json!(card)).await.0, 201);
    let now = time::OffsetDateTime::now_utc();
    let at = |days: i64| {
        (now + time::Duration::days(days))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    let run = |days| -> Value {
        serde_json::from_str(&handen(&server, &["freshness", "--now", &at(days)])).unwrap()
    };
    assert_eq!(run(0)["introduction_reminders"], 0);
    // Four calendar days always hold two working days.
    assert_eq!(run(4)["introduction_reminders"], 1);
    assert_eq!(run(5)["introduction_reminders"], 0, "once");
    let reminder = mail_to(&server, &email, "Herinnering").await;
    let person = candidate_session(&server, &email).await;
    assert!(reminder.body.contains("/my/introductions"));
    let id = server.me(&person).await["introductions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        post(
            &server,
            &format!("/api/me/introductions/{id}/accept"),
            &person,
            json!({})
        )
        .await
        .0,
        204
    );
    assert_eq!(run(0)["outcome_reminders"], 0);
    assert_eq!(run(4)["outcome_reminders"], 1);
    mail_to(&server, "a@zorg-a.nl", "twee werkdagen").await;
}

#[tokio::test]
async fn a_member_adds_a_colleague_who_signs_in_by_link() {
    let server = TestServer::start().await;
    let (admin, a) = approved(&server).await;
    let b = employer(&server, Some(&admin), "22222222", "b@zorg-b.nl").await;
    let (status, body) = post(
        &server,
        "/api/employer/members",
        &a,
        json!({ "name": "", "email": "x" }),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = post(
        &server,
        "/api/employer/members",
        &a,
        json!({ "name": "Bram", "email": "bram@zorg-a.nl" }),
    )
    .await;
    assert_eq!(status, 201);
    let (status, body) = post(
        &server,
        "/api/employer/members",
        &b,
        json!({ "name": "Bram", "email": "bram@zorg-a.nl" }),
    )
    .await;
    assert_eq!((status, code(&body)), (409, "email_taken"));
    let bram = staff_session(&server, "bram@zorg-a.nl").await;
    let me = get(&server, "/api/staff/me", &bram).await;
    assert_eq!(me["organisation"]["kvk"], "11111111");
    let members = get(&server, "/api/employer/members", &a).await;
    assert_eq!(members["members"].as_array().unwrap().len(), 2);
    let theirs = get(&server, "/api/employer/members", &b).await;
    assert!(!theirs.to_string().contains("bram"));
}

/// axum answers a path or query it cannot read in plain text; the API
/// answers JSON naming the parameter, as for every other bad input.
#[tokio::test]
async fn an_unreadable_id_or_a_filter_given_twice_gets_a_json_error_naming_it() {
    let server = TestServer::start().await;
    let (admin, a) = approved(&server).await;
    let request = file_request(&server, &a).await;
    let twice = format!("/api/employer/requests/{request}/pool?hours=8&hours=9");
    for path in [
        "/api/employer/pool?package=serve_meals&postcode=3512JE&package=serve_meals",
        twice.as_str(),
    ] {
        let (status, body) = call(&server, Method::GET, path, Some(&a), None).await;
        assert_eq!(status, 422, "GET {path}: {body}");
        assert_eq!(code(&body), "wrong_type");
        let named = body["errors"][0]["field"].as_str().unwrap_or_default();
        assert!(["package", "hours"].contains(&named), "{body}");
    }
    for (method, path, who) in [
        (Method::GET, "/api/employer/requests/%FF", &a),
        (Method::GET, "/api/employer/requests/%FF/pool", &a),
        (Method::POST, "/api/employer/requests/%C3%28/close", &a),
        (Method::POST, "/api/admin/organisations/%FF/approve", &admin),
    ] {
        let (status, body) = call(&server, method, path, Some(who), None).await;
        assert_eq!(status, 404, "{path}: {body}");
        assert_eq!(code(&body), "not_found");
        assert_eq!(body["errors"][0]["field"], "id");
    }
}

/// The text with every 32-hex-digit id replaced, so a check for leaked
/// digits cannot trip over an id that happens to contain them.
fn without_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_hexdigit() {
            run.push(c);
            continue;
        }
        out.push_str(if run.len() == 32 { "<id>" } else { &run });
        run.clear();
        out.push(c);
    }
    out.pop();
    out
}
