use leptos::prelude::*;
use signpost_core::text::{fold, is_word_char};

/// Text with the words that matched a search marked, so a reader sees why a result came up.
#[component]
pub fn Highlight(text: String, matched: Vec<String>) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if is_word_char(ch) == current.chars().next().is_none_or(is_word_char) {
            current.push(ch);
        } else {
            pieces.push(std::mem::take(&mut current));
            current.push(ch);
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
        .into_iter()
        .map(|piece| {
            let folded = fold(&piece);
            let hit = !folded.is_empty() && matched.contains(&folded);
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
