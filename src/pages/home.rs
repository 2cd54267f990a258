use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Basket, Lang};

use crate::components::search::{use_url_query, SearchBox, SearchResults};
use crate::data;

#[component]
pub fn HomePage() -> impl IntoView {
    let query = use_url_query();
    let title = move || {
        let query = query.get();
        if query.trim().is_empty() {
            String::new()
        } else {
            format!("“{query}”")
        }
    };
    view! {
        <Title text=title />
        <div class="page home">
            <h1>"Where does this Internet issue belong, and who can help?"</h1>
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
    view! {
        <section aria-labelledby="browse-heading" class="browse">
            <h2 id="browse-heading">"Browse issues by area"</h2>
            <div class="basket-grid">
                {Basket::ALL.into_iter().map(|basket| {
                    let mut issues: Vec<_> = catalog.issues.iter().filter(|issue| issue.basket == basket).collect();
                    issues.sort_by(|a, b| a.name.en.cmp(&b.name.en));
                    view! {
                        <section class="basket">
                            <h3>{basket.label()}</h3>
                            <ul>
                                {issues.into_iter().map(|issue| view! {
                                    <li><A href=format!("/issues/{}", issue.id)>{issue.name.get(Lang::En).to_string()}</A></li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}
