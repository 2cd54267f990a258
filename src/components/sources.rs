use leptos::prelude::*;
use signpost_core::model::Source;

use crate::components::details::DetailsStatus;

/// A record's sources as links, for anyone who needs to cite or check them.
#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    if sources.is_empty() {
        return ().into_any();
    }
    view! {
        <ul class="sources">
            {sources.into_iter().map(|source| view! {
                <li><a href=source.url.clone() rel="noopener">{source.title}</a></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The sources section with the review date that ends every record page.
#[component]
pub fn Provenance(sources: Vec<Source>, reviewed: String) -> impl IntoView {
    view! {
        <section class="provenance" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <DetailsStatus />
            <SourceList sources=sources />
            <p class="reviewed">"Last reviewed: " <time datetime=reviewed.clone()>{reviewed.clone()}</time></p>
        </section>
    }
}
