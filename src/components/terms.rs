use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::Lang;

use crate::data;

/// The glossary terms a text uses, explained where the reader needs them.
#[component]
pub fn TermsUsed(texts: Vec<String>) -> impl IntoView {
    let catalog = data::catalog();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let terms = catalog.terms_in(&texts);
    (!terms.is_empty()).then(|| {
        view! {
            <section aria-labelledby="terms-heading">
                <h2 id="terms-heading">"Terms used here"</h2>
                <dl class="terms-used">
                    {terms.into_iter().map(|term| view! {
                        <dt><A href=format!("/glossary#{}", term.id)>{term.term.clone()}</A>
                            {term.expansion.clone().map(|expansion| format!(": {expansion}"))}</dt>
                        <dd>{term.definition.get(Lang::En).to_string()}</dd>
                    }).collect_view()}
                </dl>
            </section>
        }
    })
}
