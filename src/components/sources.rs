use leptos::prelude::*;
use leptos_router::components::A;
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
pub fn Provenance(
    #[prop(into)] sources: Signal<Vec<Source>>,
    reviewed: String,
    /// The record's address (`/issues/spam`), for its change history and citation.
    #[prop(optional)]
    record_path: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let record_links = record_path.map(|path| {
        view! {
            <p class="record-links">
                <A href=locale.href(&format!("/changes{path}"))>{t.record_history_link()}</A>
                " · "
                <A href=locale.href(&format!("/cite?path={path}"))>{t.record_cite_link()}</A>
            </p>
        }
    });
    view! {
        <section class="provenance" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.record_sources()}</h2>
            <DetailsStatus />
            {move || view! { <SourceList sources=sources.get() /> }}
            <p class="reviewed">{t.record_reviewed()} " " <time datetime=reviewed.clone()>{reviewed.clone()}</time></p>
            {record_links}
        </section>
    }
}
