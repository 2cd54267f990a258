fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(signpost::App);
    signpost::startup::ready();
}

/// Benchmark hook for `bench/browser-keystroke.mjs` (exports must live in the binary).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_route(queries: Vec<String>) -> Vec<f64> {
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return Vec::new();
    };
    signpost::bench::time_routes(&queries, || performance.now())
}
