use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::Lang;
use signpost_core::RecordKind;

use crate::data;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let catalog = data::catalog();
    let mut terms: Vec<_> = catalog.terms.iter().collect();
    terms.sort_by_key(|term| term.term.to_lowercase());
    view! {
        <Title text="Glossary" />
        <article class="page">
            <h1>"Glossary of Internet governance terms"</h1>
            <p class="lead">
                "Acronyms and terms used in Internet governance, starting from the glossary of the IGF 2007 synthesis paper (Annex II), brought up to date. "
                {terms.len()} " terms."
            </p>
            <dl class="glossary">
                {terms.into_iter().map(|term| view! {
                    <dt id=term.id.clone()>
                        <dfn>{term.term.clone()}</dfn>
                        {term.expansion.clone().map(|expansion| view! { <span class="expansion">": " {expansion}</span> })}
                    </dt>
                    <dd>
                        {term.definition.get(Lang::En).to_string()}
                        {(!term.related.is_empty()).then(|| view! {
                            <span class="related">
                                " See: "
                                {term.related.iter().enumerate().map(|(position, id)| {
                                    let kind = catalog.kinds_of(id).into_iter().find(|kind| *kind != RecordKind::Term).unwrap_or(RecordKind::Term);
                                    let label = catalog.label(kind, id, Lang::En).map(|label| label.acronym.filter(|_| kind == RecordKind::Organisation).unwrap_or(label.name)).unwrap_or_else(|| id.clone());
                                    view! { {(position > 0).then_some(", ")} <A href=kind.path(id)>{label}</A> }
                                }).collect_view()}
                            </span>
                        })}
                    </dd>
                }).collect_view()}
            </dl>
        </article>
    }
}
