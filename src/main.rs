// Talc instead of the default dlmalloc: decoding the embedded catalog makes thousands of small
// allocations, and talc is both faster and smaller in WebAssembly.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook::set_once();
    signpost::startup::start();
}

/// Benchmark hook for `bench/browser-keystroke.mjs` and `bench/browser-engines.mjs` (exports
/// must live in the binary).
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_route(queries: Vec<String>) -> Vec<f64> {
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return Vec::new();
    };
    signpost::bench::time_routes(&queries, || performance.now())
}

/// Quality hook for `bench/browser-engines.mjs`: the ids the golden set judges, per query.
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_leading_ids(queries: Vec<String>, countries: Vec<String>) -> Vec<String> {
    signpost::bench::leading_ids(&queries, &countries)
}

/// Quality hook for `bench/browser-engines.mjs`: the organisations routed for each issue.
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_routed_organisations(issues: Vec<String>, countries: Vec<String>) -> Vec<String> {
    signpost::bench::routed_organisations(&issues, &countries)
}
