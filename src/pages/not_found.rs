use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::search::search_href;
use crate::data;
use crate::i18n::use_locale;

/// A suggestion's score as a share of the best one's, below which it is not close enough.
const CLOSE_TO_BEST: f32 = 0.7;

/// Shown for any unknown address and any unknown record id, with a way forward: records
/// whose names look like what the address asked for, and the search. `missing` says what
/// was asked for, in the reader's language ("Signpost has no issue “x” at this address:").
#[component]
pub fn NotFoundPage(#[prop(optional, into)] missing: Option<String>) -> impl IntoView {
    let location = use_location();
    let locale = use_locale();
    let t = locale.strings();
    let path = location.pathname.get_untracked();
    let words = path
        .rsplit('/')
        .find(|segment| !segment.is_empty())
        .unwrap_or("")
        .replace(['-', '_'], " ");
    let catalog = data::catalog();
    // Only close matches: a good answer to the address's last words and the hits near it in
    // score (a typo, "spma"), or nothing rather than records that merely share a letter.
    let route = (!words.is_empty()).then(|| catalog.route(data::index(), &words, None, 5));
    let suggestions: Vec<_> = match route.filter(|route| route.good_match) {
        None => Vec::new(),
        Some(route) => {
            let best = route.hits.first().map_or(0.0, |hit| hit.score);
            route
                .hits
                .into_iter()
                .filter(|hit| hit.score >= best * CLOSE_TO_BEST)
                .filter_map(|hit| {
                    catalog
                        .label(hit.kind, &hit.id, locale.lang())
                        .map(|label| (locale.href(&hit.kind.path(&hit.id)), label.name))
                })
                .collect()
        }
    };
    let what = missing.unwrap_or_else(|| t.not_found_page().to_string());
    view! {
        <Title text=t.not_found_title() />
        <article class="page not-found">
            <h1>{t.not_found_title()}</h1>
            <p class="lead">{what} " " <code dir="ltr">{path.clone()}</code></p>
            {(!suggestions.is_empty()).then(|| view! {
                <section aria-labelledby="suggestions-heading">
                    <h2 id="suggestions-heading">{t.not_found_suggestions()}</h2>
                    <ul>
                        {suggestions.into_iter().map(|(href, name)| view! { <li><A href=href>{name}</A></li> }).collect_view()}
                    </ul>
                </section>
            })}
            <ul class="ways-forward">
                <li><A href=locale.href(&search_href("/", &words))>{t.not_found_search(&words)}</A></li>
                <li><A href=locale.href("/")>{t.not_found_browse()}</A></li>
                <li><A href=locale.href("/glossary")>{t.not_found_glossary()}</A></li>
            </ul>
        </article>
    }
}
