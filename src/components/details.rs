//! Sources, views and the guided questions come with the full catalog, fetched when a page
//! first needs them: this says they are on their way, or why they are not.

use leptos::prelude::*;

use crate::data::{self, Details};

#[component]
pub fn DetailsStatus() -> impl IntoView {
    move || match data::details() {
        Details::Ready => ().into_any(),
        Details::NotAsked | Details::Loading => view! {
            <p class="details-status" role="status">"Loading sources and details…"</p>
        }
        .into_any(),
        Details::Failed(reason) => view! {
            <div class="details-status" role="alert">
                <p>
                    "Sources and details could not be loaded (" {reason} "). "
                    "Search and answers still work; sources need one connected visit."
                </p>
                <button type="button" on:click=|_| data::fetch_details()>"Try again"</button>
            </div>
        }
        .into_any(),
    }
}
