use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::translated::{EnglishName, Translated};
use crate::data;
use crate::i18n::use_locale;

/// The glossary terms a text uses, explained where the reader needs them. The texts are
/// the English ones: terms and their expansions are English acronyms.
#[component]
pub fn TermsUsed(texts: Vec<String>) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let terms = catalog.terms_in(&texts);
    (!terms.is_empty()).then(|| {
        view! {
            <section aria-labelledby="terms-heading">
                <h2 id="terms-heading">{locale.strings().record_terms()}</h2>
                <dl class="terms-used">
                    {terms.into_iter().map(|term| view! {
                        <dt><A href=locale.href(&format!("/glossary#{}", term.id))>{term.term.clone()}</A>
                            {term.expansion.clone().map(|expansion| view! { {locale.strings().language_colon()} <EnglishName>{expansion}</EnglishName> })}</dt>
                        <dd><Translated text=&term.definition /></dd>
                    }).collect_view()}
                </dl>
            </section>
        }
    })
}
