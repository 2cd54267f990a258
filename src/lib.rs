//! Signpost's browser app: thin Leptos components over `signpost_core`.

mod app;
mod components;
mod data;
mod pages;

pub use app::App;
pub mod bench;
