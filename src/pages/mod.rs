pub mod about;
pub mod ask;
pub mod changes;
pub mod cite;
pub mod countries;
pub mod country;
pub mod glossary;
pub mod handout;
pub mod home;
pub mod issue;
pub mod matrix;
pub mod not_found;
pub mod organisation;
pub mod propose;
pub mod resource;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:name` segment of the current route, reactive.
pub fn route_param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}
