//! Timing the routing engine inside the browser, on the embedded data, with no rendering.
//! `src/main.rs` exports it to JavaScript for `bench/browser-keystroke.mjs`; the app never
//! calls it.

use crate::data;

/// Routes each query once; returns how long each took, in milliseconds by `now`.
pub fn time_routes(queries: &[String], now: impl Fn() -> f64) -> Vec<f64> {
    if data::load().is_err() {
        return Vec::new();
    }
    let catalog = data::catalog();
    let index = data::index();
    queries
        .iter()
        .map(|query| {
            let started = now();
            std::hint::black_box(catalog.route(index, query, None, 20));
            now() - started
        })
        .collect()
}
