pub mod about;
pub mod ask;
pub mod changes;
pub mod cite;
pub mod compare;
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
use leptos_router::hooks::use_location;
use signpost_core::address::{split_language, Page};

/// The page the address names, its language prefix aside.
fn page_at(path: &str) -> Page {
    Page::parse(split_language(path).1)
}

/// Which page the address names, record ids left out (reactive): a page of the same kind
/// (issue -> issue) keeps its view, which follows the id through `route_param`; only a
/// different kind of page, not a different query, draws the page again.
pub fn current_page() -> Page {
    let kind_only = |page: Page| match page {
        Page::Issue(_) => Page::Issue(String::new()),
        Page::Organisation(_) => Page::Organisation(String::new()),
        Page::Resource(_) => Page::Resource(String::new()),
        Page::Country(_) => Page::Country(String::new()),
        Page::RecordChanges(kind, _) => Page::RecordChanges(kind, String::new()),
        other => other,
    };
    let location = use_location();
    Memo::new(move |_| location.pathname.with(|path| kind_only(page_at(path)))).get()
}

/// The record id (or country code) of the current record page, or of the record whose
/// history it shows, reactive.
pub fn route_param() -> Memo<String> {
    let location = use_location();
    Memo::new(
        move |_| match location.pathname.with(|path| page_at(path)) {
            Page::RecordChanges(_, id) => id,
            page => page
                .record()
                .map(|(_, id)| id.to_string())
                .unwrap_or_default(),
        },
    )
}
