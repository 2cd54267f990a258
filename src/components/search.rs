use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use signpost_core::model::{HomeStatus, Lang};
use signpost_core::search::Hit;
use signpost_core::RecordKind;

use crate::components::highlight::Highlight;
use crate::components::issue_parts::HomeBadge;
use crate::data;

/// Results shown while typing; enough to choose from without scrolling forever.
const RESULT_LIMIT: usize = 20;

/// The query in the URL (`?q=`), the single source of truth for what was typed.
pub fn use_url_query() -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("q").unwrap_or_default())
}

/// `path?q=query`, or `path` alone for an empty query.
pub fn search_href(path: &str, query: &str) -> String {
    let mut params = ParamsMap::new();
    if !query.is_empty() {
        params.insert("q", query.to_string());
    }
    format!("{path}{}", params.to_query_string())
}

/// A search box bound to `?q=` of `target` (the current path when `None`). Typing replaces
/// the history entry, so back and forward move between pages, not keystrokes.
#[component]
pub fn SearchBox(#[prop(optional)] target: Option<&'static str>) -> impl IntoView {
    let query = use_url_query();
    let location = use_location();
    let navigate = use_navigate();
    let go = move |value: String, replace: bool| {
        let path = target
            .map(str::to_string)
            .unwrap_or_else(|| location.pathname.get_untracked());
        navigate(
            &search_href(&path, &value),
            NavigateOptions {
                replace: replace && target.is_none(),
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_input = {
        let go = go.clone();
        move |event: leptos::ev::Event| go(event_target_value(&event), true)
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        go(query.get_untracked(), false);
    };
    view! {
        <form role="search" class="search-form" on:submit=on_submit>
            <label for="search-input" class="search-label">
                "Describe your issue, or name an organisation, term or country"
            </label>
            <input
                id="search-input"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                placeholder="e.g. my domain name was taken, courrier indésirable, IPv6 Senegal"
                aria-describedby="search-help"
                aria-controls="search-results"
                prop:value=move || query.get()
                on:input=on_input
            />
            <p id="search-help" class="hint">
                "Plain words in English, French, Spanish or Portuguese; typos and acronyms are fine."
            </p>
        </form>
    }
}

/// Ranked results for the URL's query, with why each matched.
#[component]
pub fn SearchResults() -> impl IntoView {
    let query = use_url_query();
    let hits = Memo::new(move |_| data::index().search(&query.read(), RESULT_LIMIT));
    let status = move || {
        let count = hits.read().len();
        match (query.read().trim().is_empty(), count) {
            (true, _) => String::new(),
            (false, 0) => "No matches.".to_string(),
            (false, 1) => "1 match.".to_string(),
            (false, n) if n >= RESULT_LIMIT => format!("Top {n} matches."),
            (false, n) => format!("{n} matches."),
        }
    };
    view! {
        <p class="result-count" role="status" aria-live="polite">{status}</p>
        <Show when=move || !query.read().trim().is_empty() && hits.read().is_empty()>
            <NoMatch query=query />
        </Show>
        <ol id="search-results" class="results">
            <For
                each=move || hits.get()
                key=|hit| (hit.kind, hit.id.clone())
                children=move |hit| view! { <ResultItem hit=hit /> }
            />
        </ol>
    }
}

#[component]
fn NoMatch(query: Memo<String>) -> impl IntoView {
    view! {
        <div class="notice">
            <p>
                "Nothing in Signpost matches “" {move || query.get()} "”. "
                "Try other words or a shorter phrase, or answer the "
                <A href="/ask">"guided questions"</A> "."
            </p>
            <p>
                "If your issue has no home anywhere, the Internet Governance Forum and its national and regional initiatives are the open venues to raise it: "
                <A href="/organisations/igf">"IGF"</A> "."
            </p>
        </div>
    }
}

fn kind_label(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Issue => "Issue",
        RecordKind::Organisation => "Organisation",
        RecordKind::Resource => "Resource",
        RecordKind::Term => "Glossary",
        RecordKind::Country => "Country",
    }
}

#[component]
fn ResultItem(hit: Hit) -> impl IntoView {
    let catalog = data::catalog();
    let label = catalog.label(hit.kind, &hit.id, Lang::En);
    let Some(label) = label else {
        return ().into_any();
    };
    let matched: Vec<String> = hit
        .matched_words()
        .into_iter()
        .map(str::to_string)
        .collect();
    let why = hit
        .reasons
        .iter()
        .map(|reason| format!("{} “{}”", reason.field.label(), reason.matched))
        .collect::<Vec<_>>()
        .join(", ");
    let issue = (hit.kind == RecordKind::Issue)
        .then(|| catalog.issue(&hit.id))
        .flatten();
    let venues = issue.map(|issue| {
        let mut names: Vec<(String, String)> = Vec::new();
        for (role, links) in catalog.roles_by_kind(issue) {
            for link in links {
                if names.len() < 4 && !names.iter().any(|(id, _)| *id == link.organisation) {
                    if let Some(organisation) = catalog.organisation(&link.organisation) {
                        let name = organisation
                            .acronym
                            .clone()
                            .unwrap_or_else(|| organisation.name.clone());
                        names.push((
                            link.organisation.clone(),
                            format!("{name} ({})", role.label().to_lowercase()),
                        ));
                    }
                }
            }
        }
        names
    });
    let home = issue
        .map(|issue| issue.home.status)
        .filter(|status| *status != HomeStatus::Clear);
    let title = {
        let matched = matched.clone();
        let acronym = label.acronym.clone().map(|acronym| {
            let matched = matched.clone();
            view! { " (" <Highlight text=acronym matched=matched /> ")" }
        });
        view! { <Highlight text=label.name.clone() matched=matched /> {acronym} }
    };
    view! {
        <li class="result">
            <span class="kind">{kind_label(hit.kind)}</span>
            <h2 class="result-title">
                <A href=hit.kind.path(&hit.id)>{title}</A>
            </h2>
            {home.map(|status| view! { <HomeBadge status=status /> })}
            <p class="summary"><Highlight text=label.summary matched=matched /></p>
            {venues.filter(|venues| !venues.is_empty()).map(|venues| view! {
                <p class="venues">
                    "Where to take it: "
                    {venues.into_iter().enumerate().map(|(position, (id, text))| view! {
                        {(position > 0).then_some(", ")}
                        <A href=format!("/organisations/{id}")>{text}</A>
                    }).collect_view()}
                </p>
            })}
            <p class="why">"Matched: " {why}</p>
        </li>
    }
    .into_any()
}
