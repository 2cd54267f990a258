//! Timing and judging the routing engine inside the browser, on the embedded data, with no
//! rendering. `src/main.rs` exports these to JavaScript for the browser benchmarks in
//! `bench/` when built with the `bench-hooks` feature; the app never calls them.

use signpost_core::{Catalog, SearchIndex};

use crate::data;

/// The embedded catalog and its index, or nothing when the data could not be read.
fn engine() -> Option<(&'static Catalog, &'static SearchIndex)> {
    data::load().ok()?;
    Some((data::catalog(), data::index()))
}

/// Routes each query once; returns how long each took, in milliseconds by `now`.
pub fn time_routes(queries: &[String], now: impl Fn() -> f64) -> Vec<f64> {
    let Some((catalog, index)) = engine() else {
        return Vec::new();
    };
    queries
        .iter()
        .map(|query| {
            let started = now();
            std::hint::black_box(catalog.route(index, query, None, 20));
            now() - started
        })
        .collect()
}

/// What `tests/golden.rs` judges, for `bench/browser-engines.mjs`: for each query, routed
/// with its country code (`""` for none), the `kind:id` of the first three hits, then `|`,
/// then the first three organisations routed for the best issue (space-separated).
pub fn leading_ids(queries: &[String], countries: &[String]) -> Vec<String> {
    let Some((catalog, index)) = engine() else {
        return Vec::new();
    };
    queries
        .iter()
        .enumerate()
        .map(|(i, query)| {
            let country = countries.get(i).filter(|code| !code.is_empty());
            let route = catalog.route(index, query, country.map(String::as_str), 10);
            let ids: Vec<String> = route
                .leading_ids(3)
                .iter()
                .map(|(kind, id)| format!("{}:{id}", kind.code()))
                .collect();
            let hits = route.hits.len().min(3);
            format!("{} | {}", ids[..hits].join(" "), ids[hits..].join(" "))
        })
        .collect()
}

/// The same routing step for other engines' answers, for `bench/browser-engines.mjs`: for
/// each issue id, with its country code (`""` for none), its first three organisations
/// (space-separated; empty for an unknown issue).
pub fn routed_organisations(issues: &[String], countries: &[String]) -> Vec<String> {
    let Some((catalog, _)) = engine() else {
        return Vec::new();
    };
    issues
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let country = countries.get(i).and_then(|code| catalog.country(code));
            catalog
                .issue(id)
                .map(|issue| {
                    catalog
                        .route_issue(issue, country)
                        .top_organisations(3)
                        .join(" ")
                })
                .unwrap_or_default()
        })
        .collect()
}
