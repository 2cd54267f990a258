//! Running text with the glossary's terms marked: each term (first use only) is a button
//! that opens its definition in a native pop-over (keyboard, Escape and light dismiss come
//! from the browser), with a link to the glossary entry.

use std::cell::Cell;

use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::{Lang, Term};

use crate::data;

thread_local! {
    /// Pop-over ids must be unique in the page, and a term can appear in several texts.
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

#[component]
pub fn TermText(text: String) -> impl IntoView {
    let segments: Vec<(String, Option<&'static Term>)> = data::catalog()
        .mark_terms(&text)
        .into_iter()
        .map(|segment| (segment.text.to_string(), segment.term))
        .collect();
    segments
        .into_iter()
        .map(|(words, term)| match term {
            None => words.into_any(),
            Some(term) => view! { <TermPopover term=term words=words /> }.into_any(),
        })
        .collect_view()
}

#[component]
fn TermPopover(term: &'static Term, words: String) -> impl IntoView {
    let id = NEXT_ID.with(|next| {
        next.set(next.get() + 1);
        format!("term-{}-{}", term.id, next.get())
    });
    view! {
        <button type="button" class="term" popovertarget=id.clone()>{words}</button>
        <span popover="auto" id=id class="term-popover">
            <strong>{term.term.clone()}</strong>
            {term.expansion.clone().map(|expansion| format!(" ({expansion})"))}
            ": " {term.definition.get(Lang::En).to_string()} " "
            <A href=format!("/glossary#{}", term.id)>"In the glossary"</A>
        </span>
    }
}
