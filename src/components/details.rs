//! Sources and views come with the full catalog, fetched when a page first needs them: this
//! says they are on their way, or why they are not.

use leptos::prelude::*;

use crate::data::{self, Details};
use crate::i18n::use_locale;

#[component]
pub fn DetailsStatus() -> impl IntoView {
    let t = use_locale().strings();
    move || {
        match data::details() {
        Details::Ready => ().into_any(),
        Details::NotAsked | Details::Loading => view! {
            <p class="details-status" role="status">{t.details_loading()}</p>
        }
        .into_any(),
        Details::Failed(failure) => {
            view! {
                <div class="details-status" role="alert">
                    <p>{t.details_failed(t.fetch_failure(failure))} " " {t.details_failed_advice()}</p>
                    <button type="button" on:click=|_| data::fetch_details()>{t.details_retry()}</button>
                </div>
            }
            .into_any()
        }
    }
    }
}
