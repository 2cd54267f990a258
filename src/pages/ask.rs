use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Basket, Lang};

use crate::data;

/// The guided-questions entry point. Until the question flow exists, it says so and offers
/// the first step of it: choosing the area of the issue.
#[component]
pub fn AskPage() -> impl IntoView {
    let catalog = data::catalog();
    view! {
        <Title text="Guided questions" />
        <article class="page">
            <h1>"Find your issue step by step"</h1>
            <p class="notice">
                "The full guided questions (who you are, what happened, where) are not built yet. "
                "Today this page offers the first step: pick the area your issue belongs to, then the issue. "
                "You can also describe it in your own words on the "
                <A href="/">"search page"</A> "."
            </p>
            <h2>"Which area is your issue in?"</h2>
            {Basket::ALL.into_iter().map(|basket| {
                let issues: Vec<_> = catalog.issues.iter().filter(|issue| issue.basket == basket).collect();
                view! {
                    <details class="ask-basket">
                        <summary>{basket.label()} " (" {issues.len()} ")"</summary>
                        <ul>
                            {issues.into_iter().map(|issue| view! {
                                <li>
                                    <A href=format!("/issues/{}", issue.id)>{issue.name.get(Lang::En).to_string()}</A>
                                    ": " {issue.summary.get(Lang::En).to_string()}
                                </li>
                            }).collect_view()}
                        </ul>
                    </details>
                }
            }).collect_view()}
        </article>
    }
}
