use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::Basket;
use signpost_core::order::sort_by_key;
use signpost_core::text::fold;

use crate::components::search::{provide_search_route, use_url_query, SearchBox, SearchResults};
use crate::components::translated::Translated;
use crate::data;
use crate::i18n::use_locale;

#[component]
pub fn HomePage() -> impl IntoView {
    let query = use_url_query();
    provide_search_route();
    let t = use_locale().strings();
    // `try_get`: a page drawn ahead of time (`prerender`) reads its title once the page is
    // drawn and its query gone.
    let title = move || {
        let query = query.try_get().unwrap_or_default();
        if query.trim().is_empty() {
            String::new()
        } else {
            t.home_quoted(&query)
        }
    };
    view! {
        <Title text=title />
        <div class="page home">
            <h1>{t.home_heading()}</h1>
            <SearchBox />
            <SearchResults />
            <Show when=move || query.read().trim().is_empty()>
                <BrowseByBasket />
            </Show>
        </div>
    }
}

/// Every issue by basket, for people who would rather look than type.
#[component]
fn BrowseByBasket() -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <section aria-labelledby="browse-heading" class="browse">
            <h2 id="browse-heading">{t.home_browse()}</h2>
            <div class="basket-grid">
                {Basket::ALL.into_iter().map(|basket| {
                    let mut issues: Vec<_> = catalog.issues.iter().filter(|issue| issue.basket == basket).collect();
                    sort_by_key(&mut issues, |issue| fold(issue.name.get(locale.lang())));
                    view! {
                        <section class="basket">
                            <h3>{t.basket_label(basket)}</h3>
                            <ul>
                                {issues.into_iter().map(|issue| view! {
                                    <li><A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A></li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}
