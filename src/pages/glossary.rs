use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::Term;
use signpost_core::order::sort_by_key;
use signpost_core::text::fold;
use signpost_core::RecordKind;

use crate::components::sources::Provenance;
use crate::components::translated::{EnglishName, Translated, TranslationNote};
use crate::data;
use crate::i18n::use_locale;

/// The letter a term is filed under: its first letter once accents are folded.
fn initial(term: &Term) -> char {
    fold(&term.term)
        .chars()
        .next()
        .map(|c| c.to_ascii_uppercase())
        .unwrap_or('#')
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let catalog = data::catalog();
    let mut terms: Vec<&Term> = catalog.terms.iter().collect();
    sort_by_key(&mut terms, |term| fold(&term.term));
    let mut groups: Vec<(char, Vec<&Term>)> = Vec::new();
    for term in terms {
        let letter = initial(term);
        match groups.last_mut() {
            Some((current, members)) if *current == letter => members.push(term),
            _ => groups.push((letter, vec![term])),
        }
    }
    let count = catalog.terms.len();
    let t = use_locale().strings();
    view! {
        <Title text=t.glossary_title() />
        <article class="page">
            <h1>{t.glossary_heading()}</h1>
            <TranslationNote record="glossary.toml".to_string() />
            <p class="lead">{t.glossary_lead()} " " {t.glossary_count(count)}</p>
            <nav aria-label=t.glossary_letters() class="letters">
                <ul>
                    {groups.iter().map(|(letter, _)| view! {
                        <li><a href=format!("#letter-{letter}")>{letter.to_string()}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
            {groups.into_iter().map(|(letter, members)| view! {
                <section class="letter-group" aria-labelledby=format!("letter-{letter}")>
                    <h2 id=format!("letter-{letter}")>{letter.to_string()}</h2>
                    <dl class="glossary">
                        {members.into_iter().map(|term| view! { <TermEntry term=term /> }).collect_view()}
                    </dl>
                </section>
            }).collect_view()}
            {move || {
                let about = &data::detailed().glossary_about;
                view! { <Provenance sources=about.sources.clone() reviewed=about.reviewed.clone() /> }
            }}
        </article>
    }
}

#[component]
fn TermEntry(term: &'static Term) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <dt id=term.id.clone()>
            <dfn>{term.term.clone()}</dfn>
            {term.expansion.clone().map(|expansion| view! { <span class="expansion">{t.language_colon()} <EnglishName>{expansion}</EnglishName></span> })}
        </dt>
        <dd>
            <Translated text=&term.definition />
            {(!term.related.is_empty()).then(|| view! {
                <span class="related">
                    " " {t.glossary_see()} " "
                    {term.related.iter().enumerate().map(|(position, id)| {
                        let kind = catalog.kinds_of(id).into_iter().find(|kind| *kind != RecordKind::Term).unwrap_or(RecordKind::Term);
                        let label = catalog
                            .label(kind, id, locale.lang())
                            .map(|label| label.acronym.filter(|_| kind == RecordKind::Organisation).unwrap_or(label.name))
                            .unwrap_or_else(|| id.clone());
                        view! { {(position > 0).then_some(t.language_separator())} <A href=locale.href(&kind.path(id))>{label}</A> }
                    }).collect_view()}
                </span>
            })}
        </dd>
    }
}
