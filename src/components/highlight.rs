use leptos::prelude::*;
use signpost_core::text::fold;

/// Text with the words that matched a search marked, so a reader sees why a result came up.
#[component]
pub fn Highlight(text: String, matched: Vec<String>) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() == current.chars().next().is_none_or(|c| c.is_alphanumeric()) {
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
