use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use signpost_core::freshness::{parse_date, AgeBand};
use signpost_core::national::{Slot, Treaty};

use crate::components::national::{slot_label, treaty_label};
use crate::national::coverage;

use crate::data;
use crate::i18n::use_locale;

#[component]
pub fn AboutPage() -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    let [inside_before, inside_after] = t.about_inside();
    let [propose_before, propose_after] = t.about_contribute_propose();
    // Ages at this edition's date, not the reader's: the page drawn ahead of time and the
    // app's say the same, and the figure describes the edition the reader has.
    let edition = parse_date(&catalog.date).unwrap_or_default();
    let review_ages = catalog.review_ages(edition);
    let volatile = catalog
        .reviews(edition)
        .iter()
        .filter(|review| review.is_volatile())
        .count();
    view! {
        <Title text=t.about_title() />
        <article class="page prose">
            <h1>{t.about_heading()}</h1>
            <p class="lead">{t.about_lead()}</p>
            <h2>{t.about_who_heading()}</h2>
            <ul>
                <li>{t.about_who_policymakers()}</li>
                <li>{t.about_who_trainers()}</li>
                <li>{t.about_who_curators()}</li>
            </ul>
            <h2>{t.about_inside_heading()}</h2>
            <p>
                {inside_before} <A href=locale.href("/glossary")>{t.about_inside_link()}</A> {inside_after}
                " " {t.about_inside_homes()}
            </p>
            <p>
                {t.about_edition(&catalog.version, &catalog.date)} " "
                {t.about_edition_counts(
                    catalog.issues.len(),
                    catalog.organisations.len(),
                    catalog.resources.len(),
                    catalog.terms.len(),
                    catalog.countries.len(),
                )}
            </p>
            <h2 id="national">{t.about_national_heading()}</h2>
            <p>{t.about_national_lead(coverage::SHEETS, coverage::WITH_MOST_SLOTS, signpost_core::national::MOST_SLOTS)}</p>
            <ul>
                {Slot::ALL.into_iter().zip(coverage::SLOTS).map(|(slot, (bodies, none))| {
                    view! { <li>{t.about_national_slot(slot_label(t, slot, ""), bodies, none)}</li> }
                }).collect_view()}
            </ul>
            <ul>
                {Treaty::ALL.into_iter().zip(coverage::TREATIES).map(|(treaty, count)| view! {
                    <li>{t.about_national_treaty(treaty_label(t, treaty), count)}</li>
                }).collect_view()}
            </ul>
            <h2 id="freshness">{t.about_fresh_heading()}</h2>
            <p>{t.about_fresh(&catalog.date)}</p>
            <ul class="review-ages">
                {review_ages.into_iter().map(|(band, count)| view! {
                    <li>{match band {
                        AgeBand::UnderThree => t.about_fresh_under_three(count),
                        AgeBand::ThreeToSix => t.about_fresh_three_to_six(count),
                        AgeBand::SixToTwelve => t.about_fresh_six_to_twelve(count),
                        AgeBand::TwelveToEighteen => t.about_fresh_twelve_to_eighteen(count),
                        AgeBand::EighteenAndMore => t.about_fresh_eighteen_and_more(count),
                    }}</li>
                }).collect_view()}
            </ul>
            <p>{t.about_fresh_volatile(volatile)}</p>
            <h2>{t.about_how_heading()}</h2>
            <p>{t.about_how()}</p>
            <h2>{t.about_languages_heading()}</h2>
            <p>{t.about_languages()}</p>
            <h2>{t.about_cite_heading()}</h2>
            <p>{t.about_cite(&catalog.version, &catalog.date)}</p>
            <h2 id="open-data">{t.about_open_data_heading()}</h2>
            <p>{t.about_open_data(&catalog.version, &catalog.date)}</p>
            <ul class="downloads">
                <li><a href="/signpost-data.json" download="signpost-data.json" rel="external">{t.about_json()}</a></li>
                {["issues", "roles", "organisations", "resources", "terms", "countries", "about"].into_iter().map(|table| view! {
                    <li>
                        <a href=format!("/open-data/{table}.csv") download=format!("signpost-{table}.csv") rel="external">
                            {t.about_csv(table)}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
            <h2>{t.about_licences_heading()}</h2>
            <p>{t.about_licences()}</p>
            <h2>{t.about_contribute_heading()}</h2>
            <p>
                {t.about_contribute()} " "
                {propose_before} <A href=locale.href("/propose")>{t.about_contribute_propose_link()}</A> {propose_after}
            </p>
            <h2>{t.about_origins_heading()}</h2>
            <p>{t.about_origins()}</p>
        </article>
    }
}
