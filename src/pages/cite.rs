//! How to cite a page (`/cite?path=/issues/spam`): plain text, BibTeX, RIS and CSL-JSON,
//! pinned to the dataset's version and date. Drawn by the app only, since the page's full
//! address and the day it is cited are the reader's.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use signpost_core::address::{split_language, Page};
use signpost_core::cite::Citation;

use crate::data;
use crate::i18n::use_locale;

/// Today, `YYYY-MM-DD`, in the reader's browser.
fn today() -> String {
    if cfg!(target_family = "wasm") {
        js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .and_then(|iso| iso.get(..10).map(str::to_string))
            .unwrap_or_default()
    } else {
        data::catalog().date.clone()
    }
}

#[component]
pub fn CitePage() -> impl IntoView {
    let query = use_query_map();
    let locale = use_locale();
    let t = locale.strings();
    move || {
        let path = query.read().get("path").unwrap_or_default();
        let catalog = data::catalog();
        let page = Page::parse(split_language(&path).1);
        let record = page.record().and_then(|(kind, id)| {
            catalog
                .label(kind, id, locale.lang())
                .map(|label| (kind, id.to_string(), label))
        });
        let Some((kind, id, label)) = record else {
            return view! {
                <Title text=t.cite_title() />
                <article class="page">
                    <h1>{t.cite_title()}</h1>
                    <p>{t.cite_unknown(&path)}</p>
                </article>
            }
            .into_any();
        };
        let origin = crate::browser::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default();
        let url = format!("{origin}{}", kind.path(&id));
        let accessed = today();
        let citation = Citation {
            title: &label.name,
            url: &url,
            version: &catalog.version,
            date: &catalog.date,
            accessed: &accessed,
        };
        let formats = [
            (t.cite_plain(), citation.plain()),
            (t.cite_bibtex(), citation.bibtex()),
            (t.cite_ris(), citation.ris()),
            (t.cite_csl(), citation.csl_json()),
        ];
        let heading = t.cite_heading(&label.name);
        view! {
            <Title text=heading.clone() />
            <article class="page">
                <h1>{heading}</h1>
                <p class="lead">
                    {t.cite_lead(&catalog.version, &catalog.date)} " "
                    <A href=locale.href(&kind.path(&id))>{label.name.clone()}</A>
                </p>
                {formats.into_iter().enumerate().map(|(position, (name, text))| {
                    let heading_id = format!("cite-format-{position}");
                    let labelled_by = heading_id.clone();
                    view! {
                        <section class="citation" aria-labelledby=labelled_by>
                            <h2 id=heading_id>{name}</h2>
                            <pre tabindex="0">{text}</pre>
                        </section>
                    }
                }).collect_view()}
            </article>
        }
        .into_any()
    }
}
