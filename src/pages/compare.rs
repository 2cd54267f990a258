//! Countries side by side (`/compare?countries=KE,SN,BD`): their national bodies and treaty
//! status, for a trainer comparing neighbours. Codes that name no country are said, not lost.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use signpost_core::model::Country;

use crate::components::national::CompareTable;
use crate::data;
use crate::i18n::use_locale;

/// At most this many countries side by side: wider does not fit a projector or a page.
const MAX_COUNTRIES: usize = 3;

#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    let locale = use_locale();
    let t = locale.strings();
    let asked = Memo::new(move |_| query.read().get("countries").unwrap_or_default());
    view! {
        <Title text=t.national_compare_title() />
        <article class="page compare-page">
            <h1>{t.national_compare_title()}</h1>
            <p class="lead">{t.national_compare_lead()}</p>
            // A plain form: the browser opens /compare?countries=... itself, no code needed.
            <form class="compare-form" method="get" action=locale.href("/compare")>
                <label for="compare-countries">{t.national_compare_pick()}</label>
                " "
                <input id="compare-countries" name="countries" type="text" autocomplete="off"
                    prop:value=move || asked.get() />
                " "
                <button type="submit">{t.national_compare_button()}</button>
            </form>
            {move || {
                let (known, unknown) = pick(&asked.get());
                view! {
                    {unknown.into_iter().map(|code| view! { <p class="status" role="alert">{t.national_compare_unknown(code)}</p> }).collect_view()}
                    {(!known.is_empty()).then(|| view! { <CompareTable countries=known /> })}
                }
            }}
        </article>
    }
}

/// The countries a `countries=` value names (first three, each once), and the codes that
/// name none.
fn pick(value: &str) -> (Vec<&'static Country>, Vec<String>) {
    let catalog = data::catalog();
    let mut known: Vec<&'static Country> = Vec::new();
    let mut unknown = Vec::new();
    for code in value
        .split(',')
        .map(str::trim)
        .filter(|code| !code.is_empty())
    {
        match catalog.country(&code.to_ascii_uppercase()) {
            Some(country) if !known.iter().any(|kept| kept.code == country.code) => {
                if known.len() < MAX_COUNTRIES {
                    known.push(country);
                }
            }
            Some(_) => {}
            None => unknown.push(code.chars().take(12).collect()),
        }
    }
    (known, unknown)
}
