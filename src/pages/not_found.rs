use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use signpost_core::model::Lang;

use crate::components::search::search_href;
use crate::data;

/// Shown for any unknown address and any unknown record id, with a way forward: records
/// whose names look like what the address asked for, and the search.
#[component]
pub fn NotFoundPage(#[prop(optional, into)] missing: Option<String>) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let words = path
        .rsplit('/')
        .find(|segment| !segment.is_empty())
        .unwrap_or("")
        .replace(['-', '_'], " ");
    let catalog = data::catalog();
    let suggestions: Vec<_> = if words.is_empty() {
        Vec::new()
    } else {
        data::index()
            .search(&words, 5)
            .into_iter()
            .filter_map(|hit| {
                catalog
                    .label(hit.kind, &hit.id, Lang::En)
                    .map(|label| (hit.kind.path(&hit.id), label.name))
            })
            .collect()
    };
    let what = missing.unwrap_or_else(|| "page".to_string());
    view! {
        <Title text="Not found" />
        <article class="page not-found">
            <h1>"Not found"</h1>
            <p class="lead">"Signpost has no " {what} " at " <code>{path.clone()}</code> "."</p>
            {(!suggestions.is_empty()).then(|| view! {
                <section aria-labelledby="suggestions-heading">
                    <h2 id="suggestions-heading">"Did you mean"</h2>
                    <ul>
                        {suggestions.into_iter().map(|(href, name)| view! { <li><A href=href>{name}</A></li> }).collect_view()}
                    </ul>
                </section>
            })}
            <p>
                <A href=search_href("/", &words)>"Search for “" {words.clone()} "”"</A>
                ", browse the " <A href="/">"issues by area"</A> ", or read the " <A href="/glossary">"glossary"</A> "."
            </p>
        </article>
    }
}
