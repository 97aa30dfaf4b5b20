//! `GET /api/demand` and `GET /api/work-packages` over HTTP.

use crate::support::{Options, TestServer};
use handen_core::catalogue::CATALOGUE;
use handen_core::fit::Demand;
use serde_json::Value;

#[tokio::test]
async fn the_catalogue_in_both_languages() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api/work-packages"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let packages: Vec<Value> = response.json().await.unwrap();
    assert_eq!(packages.len(), CATALOGUE.len());
    assert!(packages.len() >= 24);
    for p in &packages {
        assert!(
            p["title"]["nl"].is_string() && p["title"]["en"].is_string(),
            "{p}"
        );
        assert!(p["min_hours_per_week"].as_u64().unwrap() > 0);
        assert!(!p["dayparts"].as_array().unwrap().is_empty());
    }
    let ic = packages.iter().find(|p| p["code"] == "ic_buddy").unwrap();
    assert_eq!(ic["qualification"]["kind"], "care_diploma");
}

#[tokio::test]
async fn no_requests_is_an_empty_but_valid_answer() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api/demand"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/octet-stream"
    );
    let bytes = response.bytes().await.unwrap();
    assert_eq!(Demand::decode(&bytes, &CATALOGUE), Ok(Vec::new()));
}

#[tokio::test]
async fn demo_demand_is_aggregated_concentrated_and_cached() {
    let server = TestServer::start_with(Options {
        env: vec![("HANDEN_DEMO", "true".to_owned())],
        ..Options::default()
    })
    .await;
    let response = server
        .client
        .get(server.url("/api/demand"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "public, max-age=60");
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let bytes = response.bytes().await.unwrap();
    let areas = Demand::decode(&bytes, &CATALOGUE).unwrap();
    assert!(!areas.is_empty());
    // One entry per (package, area): aggregated, not one per request.
    let mut keys: Vec<(usize, u16)> = areas.iter().map(|a| (a.package, a.pc4)).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), areas.len());
    let places: u32 = areas.iter().map(|a| u32::from(a.places)).sum();
    let south: u32 = areas
        .iter()
        .filter(|a| (4600..6600).contains(&a.pc4))
        .map(|a| u32::from(a.places))
        .sum();
    assert!(
        south * 10 >= places * 6,
        "most demand lies in Brabant and Limburg: {south} of {places}"
    );
    // Mostly supporting roles.
    let supporting = [
        "keep_company",
        "serve_meals",
        "host_nursing_home",
        "supporting_care_worker",
        "receive_visitors",
    ];
    let support: u32 = areas
        .iter()
        .filter(|a| supporting.contains(&CATALOGUE[a.package].code))
        .map(|a| u32::from(a.places))
        .sum();
    assert!(support * 2 >= places, "{support} of {places}");

    let again = server
        .client
        .get(server.url("/api/demand"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
}
