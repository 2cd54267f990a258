//! Running text with the glossary's terms marked: each term (first use only) is a button
//! that opens its definition in a native pop-over (keyboard, Escape and light dismiss come
//! from the browser), with a link to the glossary entry. Terms are found by their names, which
//! translations keep (RIR, ccTLD, ICANN...), so they are marked in every language, and the
//! pop-over defines them in the reader's language where the glossary has it.

use std::cell::Cell;

use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::{LocalText, Term};

use crate::components::translated::{pick, EnglishName, Translated, WrittenIn};
use crate::data;
use crate::i18n::use_locale;

thread_local! {
    /// Pop-over ids must be unique in the page, and a term can appear in several texts.
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

#[component]
pub fn TermText(text: &'static LocalText) -> impl IntoView {
    let locale = use_locale();
    let (shown, written) = pick(text, locale);
    let marked = data::catalog()
        .mark_terms(shown)
        .into_iter()
        .map(|segment| match segment.term {
            None => segment.text.into_any(),
            Some(term) => view! { <TermPopover term=term words=segment.text /> }.into_any(),
        })
        .collect_view();
    view! { <WrittenIn written=written>{marked}</WrittenIn> }.into_any()
}

#[component]
fn TermPopover(term: &'static Term, words: &'static str) -> impl IntoView {
    let locale = use_locale();
    let id = NEXT_ID.with(|next| {
        next.set(next.get() + 1);
        format!("term-{}-{}", term.id, next.get())
    });
    view! {
        <button type="button" class="term" popovertarget=id.clone()>{words}</button>
        <span popover="auto" id=id class="term-popover">
            // The term and its expansion are names (English); the definition is in the
            // reader's language where the glossary has it.
            <EnglishName>
                <strong>{term.term.clone()}</strong>
                {term.expansion.clone().map(|expansion| format!(" ({expansion})"))}
            </EnglishName>
            ": " <Translated text=&term.definition />
            " "
            <A href=locale.href(&format!("/glossary#{}", term.id))>{locale.strings().term_in_glossary()}</A>
        </span>
    }
}
