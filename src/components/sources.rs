use leptos::prelude::*;
use signpost_core::model::Source;

use crate::components::details::DetailsStatus;
use crate::i18n::use_locale;

/// A record's sources as links, for anyone who needs to cite or check them. Their titles
/// are the documents' own, in the language each was published in.
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

/// The sources section with the review date that ends every record page. The sources come
/// with the full catalog: only this section is drawn again when they arrive.
#[component]
pub fn Provenance(#[prop(into)] sources: Signal<Vec<Source>>, reviewed: String) -> impl IntoView {
    let t = use_locale().strings();
    view! {
        <section class="provenance" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.record_sources()}</h2>
            <DetailsStatus />
            {move || view! { <SourceList sources=sources.get() /> }}
            <p class="reviewed">{t.record_reviewed()} " " <time datetime=reviewed.clone()>{reviewed.clone()}</time></p>
        </section>
    }
}
