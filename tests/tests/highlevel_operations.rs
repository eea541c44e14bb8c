//! Every operation of the generated Opportunities client against a loopback
//! server (wiremock on 127.0.0.1): each sends its method, path, query and
//! body, and decodes its answer; and the page walkers the spec's
//! `x-pagination` declares follow the cursor or the offset to the last page.

use futures_util::{StreamExt, TryStreamExt};
use highlevel::types::{
    FollowersActionType, FollowersDto, OpportunityStatus, UpdateOpportunityDto, UpdateStatusDto,
    UpsertOpportunityDto,
};
use highlevel::{Client, SearchOpportunityCall, StaticToken};
use serde_json::{Value, json};
use wiremock::matchers::{
    body_json, body_partial_json, header, method, path, query_param, query_param_is_missing,
};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "pit-5ecret-70ken";

fn client(server: &MockServer) -> Client {
    Client::builder().bearer(StaticToken::new(TOKEN)).base_url(server.uri()).build()
}

fn json_answer(status: u16, body: &Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}

/// Answers `method path` (with the token and the Version header) once, with `body`.
async fn expect(server: &MockServer, verb: &str, route: &str, status: u16, body: Value) {
    Mock::given(method(verb))
        .and(path(route))
        .and(header("Authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("Version", "2021-07-28"))
        .respond_with(json_answer(status, &body))
        .expect(1)
        .mount(server)
        .await;
}

fn opportunity(id: &str) -> Value {
    json!({ "id": id, "name": "Deal", "status": "open", "monetaryValue": 220 })
}

#[tokio::test]
async fn get_update_delete_and_status_send_their_method_and_path() {
    let server = MockServer::start().await;
    let client = client(&server);
    let id = "yWQob/CRIh";
    // The id is percent-encoded, so a `/` in it cannot change the path.
    let route = "/opportunities/yWQob%2FCRIh";
    expect(&server, "GET", route, 200, json!({ "opportunity": opportunity(id) })).await;
    let got = client.get_opportunity(id).send().await.unwrap_or_else(|e| panic!("{e}"));
    let found = got.opportunity.as_ref().and_then(|o| o.id.as_deref());
    assert_eq!(found, Some(id));

    Mock::given(method("PUT"))
        .and(path(route))
        .and(body_json(json!({ "name": "Renamed", "status": "won" })))
        .respond_with(json_answer(200, &json!({ "opportunity": opportunity(id) })))
        .expect(1)
        .mount(&server)
        .await;
    let update = UpdateOpportunityDto::new().with_name("Renamed").with_status(OpportunityStatus::Won);
    client.update_opportunity(id, &update).send().await.unwrap_or_else(|e| panic!("{e}"));

    Mock::given(method("PUT"))
        .and(path(format!("{route}/status")))
        .and(body_json(json!({ "status": "lost", "lostReasonId": "r1" })))
        .respond_with(json_answer(200, &json!({ "succeded": true })))
        .expect(1)
        .mount(&server)
        .await;
    let status = UpdateStatusDto::new(OpportunityStatus::Lost).with_lost_reason_id("r1");
    let updated =
        client.update_opportunity_status(id, &status).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(updated.succeded, Some(true));

    expect(&server, "DELETE", route, 200, json!({ "succeded": true })).await;
    let deleted = client.delete_opportunity(id).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(deleted.succeded, Some(true));
}

#[tokio::test]
async fn upsert_followers_and_pipelines_decode_their_answers() {
    let server = MockServer::start().await;
    let client = client(&server);

    Mock::given(method("POST"))
        .and(path("/opportunities/upsert"))
        .and(body_json(json!({
            "pipelineId": "p1",
            "locationId": "l1",
            "followers": ["u1"],
            "isRemoveAllFollowers": false,
            "followersActionType": "add",
            "monetaryValue": 99.5
        })))
        .respond_with(json_answer(200, &json!({ "opportunity": opportunity("o1"), "new": true })))
        .expect(1)
        .mount(&server)
        .await;
    let upsert = UpsertOpportunityDto::new("p1", "l1", ["u1".to_owned()], false, FollowersActionType::Add)
        .with_monetary_value(99.5);
    let upserted = client.upsert_opportunity(&upsert).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(upserted.new);
    assert_eq!(upserted.opportunity.id.as_deref(), Some("o1"));

    let followers = FollowersDto::new(["u2".to_owned(), "u3".to_owned()]);
    Mock::given(method("POST"))
        .and(path("/opportunities/o1/followers"))
        .and(body_json(json!({ "followers": ["u2", "u3"] })))
        .respond_with(json_answer(
            201,
            &json!({ "followers": ["u1", "u2", "u3"], "followersAdded": ["u2", "u3"] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let added =
        client.add_followers_opportunity("o1", &followers).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(added.followers_added.as_deref(), Some(&["u2".to_owned(), "u3".to_owned()][..]));

    Mock::given(method("DELETE"))
        .and(path("/opportunities/o1/followers"))
        .and(query_param("isRemoveAllFollowers", "true"))
        .and(body_json(json!({ "followers": ["u2", "u3"] })))
        .respond_with(json_answer(200, &json!({ "followers": [], "followersRemoved": ["u1", "u2", "u3"] })))
        .expect(1)
        .mount(&server)
        .await;
    let removed = client
        .remove_followers_opportunity("o1", &followers)
        .is_remove_all_followers(true)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(removed.followers_removed.as_ref().map(Vec::len), Some(3));

    Mock::given(method("GET"))
        .and(path("/opportunities/pipelines"))
        .and(query_param("locationId", "l1"))
        .respond_with(json_answer(
            200,
            &json!({ "pipelines": [{ "id": "p1", "name": "Sales", "stages": [{ "id": "s1", "name": "New" }] }] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let pipelines = client.get_pipelines("l1").send().await.unwrap_or_else(|e| panic!("{e}"));
    let stages = pipelines.pipelines.as_ref().and_then(|p| p.first()).and_then(|p| p.stages.as_ref());
    assert_eq!(stages.map(Vec::len), Some(1));
}

#[tokio::test]
async fn advanced_search_posts_its_filters() {
    let server = MockServer::start().await;
    let body = json!({
        "locationId": "l1",
        "query": "deo",
        "limit": 10,
        "page": 1,
        "searchAfter": [],
        "additionalDetails": { "notes": true, "tasks": false, "calendarEvents": false, "unReadConversations": false }
    });
    Mock::given(method("POST"))
        .and(path("/opportunities/search"))
        .and(body_json(&body))
        .respond_with(json_answer(200, &json!({ "opportunities": [opportunity("o1")], "total": 1 })))
        .expect(1)
        .mount(&server)
        .await;
    let filters = serde_json::from_value(body).unwrap_or_else(|e| panic!("{e}"));
    let found = client(&server)
        .search_opportunities_advanced(&filters)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found.total, 1);
}

/// One page of `GET /opportunities/search`, answered when the request carries
/// `cursor` (or no cursor at all for the first page).
async fn search_page(
    server: &MockServer,
    cursor: Option<(&str, &str)>,
    ids: &[&str],
    next: Option<(i64, &str)>,
) {
    let opportunities: Vec<Value> = ids.iter().map(|id| opportunity(id)).collect();
    let mut meta = json!({ "total": 5 });
    if let Some((start_after, start_after_id)) = next {
        meta["startAfter"] = json!(start_after);
        meta["startAfterId"] = json!(start_after_id);
    }
    let mock =
        Mock::given(method("GET")).and(path("/opportunities/search")).and(query_param("location_id", "l1"));
    let mock = match cursor {
        Some((start_after, start_after_id)) => {
            mock.and(query_param("startAfter", start_after)).and(query_param("startAfterId", start_after_id))
        }
        None => mock.and(query_param_is_missing("startAfter")),
    };
    mock.respond_with(json_answer(200, &json!({ "opportunities": opportunities, "meta": meta })))
        .expect(1)
        .mount(server)
        .await;
}

/// Walks every page and returns the ids seen, page by page.
async fn walk_search(call: SearchOpportunityCall<'_>) -> Vec<Vec<String>> {
    let mut pages = call.pages();
    let mut seen = Vec::new();
    while let Some(page) = pages.next_page().await.unwrap_or_else(|e| panic!("{e}")) {
        let ids = page.opportunities.iter().flatten().filter_map(|o| o.id.clone()).collect();
        seen.push(ids);
    }
    // A finished walk stays finished.
    assert!(pages.next_page().await.unwrap_or_else(|e| panic!("{e}")).is_none());
    seen
}

#[tokio::test]
async fn search_pages_follow_the_cursor_to_an_empty_page() {
    let server = MockServer::start().await;
    search_page(&server, None, &["o1", "o2"], Some((1_625_203_104_328, "o2"))).await;
    search_page(&server, Some(("1625203104328", "o2")), &["o3", "o4"], Some((1_625_203_104_999, "o4"))).await;
    search_page(&server, Some(("1625203104999", "o4")), &[], None).await;
    let client = client(&server);
    let seen = walk_search(client.search_opportunity("l1").limit(2)).await;
    assert_eq!(seen, [vec!["o1", "o2"], vec!["o3", "o4"], vec![]]);
}

#[tokio::test]
async fn search_pages_and_their_items_are_streams() {
    let server = MockServer::start().await;
    search_page(&server, None, &["o1", "o2"], Some((1, "o2"))).await;
    search_page(&server, Some(("1", "o2")), &["o3"], Some((2, "o3"))).await;
    search_page(&server, Some(("2", "o3")), &[], None).await;
    let client = client(&server);
    let ids: Vec<String> = client
        .search_opportunity("l1")
        .pages()
        .items()
        .map_ok(|opportunity| opportunity.id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ids, ["o1", "o2", "o3"]);
    // Each page is fetched once more, and only when the stream gets to it.
    server.reset().await;
    search_page(&server, None, &["o1", "o2"], Some((1, "o2"))).await;
    let mut pages = Box::pin(client.search_opportunity("l1").pages().into_stream());
    let first = pages.next().await.map(|page| page.map(|p| p.opportunities.as_ref().map(Vec::len)));
    assert!(matches!(first, Some(Ok(Some(2)))), "{first:?}");
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
}

#[tokio::test]
async fn a_page_without_a_cursor_or_with_the_same_cursor_is_the_last() {
    let server = MockServer::start().await;
    search_page(&server, None, &["o1"], None).await;
    assert_eq!(walk_search(client(&server).search_opportunity("l1")).await, [vec!["o1"]]);

    // A server that hands back the cursor it was given must not loop the caller.
    let server = MockServer::start().await;
    search_page(&server, Some(("7", "o1")), &["o1"], Some((7, "o1"))).await;
    let client = client(&server);
    let call = client.search_opportunity("l1").start_after(7).start_after_id("o1");
    assert_eq!(walk_search(call).await, [vec!["o1"]]);
}

#[tokio::test]
async fn a_failed_page_is_asked_for_again() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .respond_with(json_answer(400, &json!({ "statusCode": 400, "message": "Bad Request" })))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    search_page(&server, None, &["o1"], None).await;
    let client = client(&server);
    let mut pages = client.search_opportunity("l1").pages();
    let error = pages.next_page().await.err().unwrap_or_else(|| panic!("the 400 is an error"));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    let page = pages.next_page().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(page.is_some_and(|p| p.opportunities.as_ref().is_some_and(|o| o.len() == 1)));
}

#[tokio::test]
async fn lost_reason_pages_advance_skip_by_the_items_received() {
    let server = MockServer::start().await;
    for (skip, names) in [(None, &["a", "b", "c"][..]), (Some("3"), &["d", "e"][..]), (Some("5"), &[][..])] {
        let reasons: Vec<Value> = names.iter().map(|n| json!({ "id": n, "name": n })).collect();
        let mock = Mock::given(method("GET")).and(path("/opportunities/lost-reason"));
        let mock = match skip {
            Some(skip) => mock.and(query_param("skip", skip)),
            None => mock.and(query_param_is_missing("skip")),
        };
        mock.and(query_param("limit", "3"))
            .respond_with(json_answer(200, &json!({ "lostReasons": reasons, "total": 5 })))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names: Vec<Option<String>> = client
        .get_lost_reason("l1")
        .limit(3)
        .pages()
        .items()
        .map_ok(|reason| reason.name)
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names.into_iter().flatten().collect::<Vec<_>>(), ["a", "b", "c", "d", "e"]);
}

#[tokio::test]
async fn advanced_search_pages_advance_the_page_number_in_the_body() {
    let server = MockServer::start().await;
    for (number, ids) in [(1, &["o1", "o2"][..]), (2, &["o3"][..]), (3, &[][..])] {
        let opportunities: Vec<Value> = ids.iter().map(|id| opportunity(id)).collect();
        Mock::given(method("POST"))
            .and(path("/opportunities/search"))
            .and(body_partial_json(json!({ "locationId": "l1", "page": number, "limit": 2 })))
            .respond_with(json_answer(200, &json!({ "opportunities": opportunities, "total": 3 })))
            .expect(1)
            .mount(&server)
            .await;
    }
    let filters = serde_json::from_value(json!({
        "locationId": "l1",
        "query": "",
        "limit": 2,
        "page": 1,
        "searchAfter": [],
        "additionalDetails": { "notes": false, "tasks": false, "calendarEvents": false, "unReadConversations": false }
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    let client = client(&server);
    let ids: Vec<Option<String>> = client
        .search_opportunities_advanced(&filters)
        .pages()
        .items()
        .map_ok(|opportunity| opportunity.id)
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ids.into_iter().flatten().collect::<Vec<_>>(), ["o1", "o2", "o3"]);
}
