//! Signpost's browser app: thin Leptos components over `signpost_core`. Natively the same
//! components draw pages ahead of time as HTML (`prerender`).
// Drawing to HTML natively nests the views' async `Send` bounds deeper than the default.
#![recursion_limit = "512"]

mod app;
mod browser;
mod components;
mod config;
mod data;
mod i18n;
mod national;
mod packs;
mod page;
mod pages;

pub use app::App;
#[cfg(feature = "bench-hooks")]
pub mod bench;
#[cfg(not(target_family = "wasm"))]
pub mod prerender;
pub mod startup;
