//! Signpost's browser app: thin Leptos components over `signpost_core`.

mod app;
mod components;
mod config;
mod data;
mod i18n;
mod packs;
mod page;
mod pages;

pub use app::App;
#[cfg(feature = "bench-hooks")]
pub mod bench;
pub mod startup;
