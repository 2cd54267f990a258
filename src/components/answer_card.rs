//! The answer card at the end of the guided questions: what the issue is, who can act and
//! how to engage, the regional bodies for the chosen country, resources, terms, sources.
//! Fits one printed page and can be cited.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use signpost_core::model::{Country, Issue};

use crate::components::country_picker::RegionalBodies;
use crate::components::issue_parts::HomeBanner;
use crate::components::national::NationalLeads;
use crate::components::sources::Provenance;
use crate::components::terms::TermsUsed;
use crate::components::translated::Translated;
use crate::components::venues::{resource_facts, ActorsByRole, OpenVenues};
use crate::data;
use crate::i18n::{use_locale, Locale};
use crate::page;

/// A plain-text reference to the card, in the reader's language.
fn citation(issue: Option<&Issue>, country: Option<&Country>, locale: Locale) -> String {
    let catalog = data::catalog();
    let t = locale.strings();
    let lang = locale.lang();
    let subject = match (issue, country) {
        (Some(issue), Some(country)) => {
            format!("{} ({})", issue.name.get(lang), country.name.get(lang))
        }
        (Some(issue), None) => issue.name.get(lang).to_string(),
        (None, Some(country)) => t.card_subject_country(country.name.get(lang)),
        (None, None) => t.card_subject_general().to_string(),
    };
    let reviewed = issue
        .map(|issue| issue.reviewed.clone())
        .unwrap_or_else(|| catalog.date.clone());
    t.card_citation(&subject, &catalog.version, &reviewed, page::address())
}

#[component]
pub fn AnswerCard(
    issue: Option<&'static Issue>,
    country: Option<&'static Country>,
) -> impl IntoView {
    let catalog = data::catalog();
    let location = use_location();
    let locale = use_locale();
    let t = locale.strings();
    let copied = RwSignal::new("");
    let copy = move |_| {
        let text = citation(issue, country, locale);
        match crate::browser::window().map(|window| window.navigator().clipboard()) {
            Some(clipboard) => {
                let _ = clipboard.write_text(&text);
                copied.set(t.card_copied());
            }
            None => copied.set(t.card_copy_unavailable()),
        }
    };
    let body = match issue {
        Some(issue) => view! { <IssueAnswer issue=issue country=country /> }.into_any(),
        None => view! { <GeneralAnswer country=country /> }.into_any(),
    };
    view! {
        <section class="answer-card" aria-labelledby="answer-heading">
            {body}
            {country.map(|country| view! {
                <section aria-labelledby="regional-heading">
                    <h3 id="regional-heading">{t.card_regional_heading(country.name.get(locale.lang()))}</h3>
                    <RegionalBodies country=country />
                </section>
            })}
            <section class="cite" aria-labelledby="cite-heading">
                <h3 id="cite-heading">{t.card_cite_heading()}</h3>
                <p class="citation">{move || { location.search.track(); citation(issue, country, locale) }}</p>
                <div class="card-actions">
                    <button type="button" on:click=copy>{t.card_copy()}</button>
                    <button type="button" on:click=|_| page::print()>{t.card_print()}</button>
                </div>
                <p class="result-count" role="status" aria-live="polite">{move || copied.get()}</p>
            </section>
            <p class="print-only">
                {move || { location.search.track(); page::address() }}
                " · " {t.card_printed_from(&catalog.version, &catalog.date)}
            </p>
        </section>
    }
}

#[component]
fn IssueAnswer(issue: &'static Issue, country: Option<&'static Country>) -> impl IntoView {
    let catalog = data::catalog();
    let resources = catalog.resources_for(&issue.id);
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <p class="kind">{t.card_your_answer()}</p>
        <h2 id="answer-heading"><A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A></h2>
        <p class="lead"><Translated text=&issue.summary /></p>
        <HomeBanner issue=issue />
        <p class="description"><Translated text=&issue.description /></p>
        {country.map(|country| view! { <NationalLeads country=country issue=Some(issue.id.clone()) /> })}
        <h3>{t.record_who_can_act()}</h3>
        // Drawn again when the country's sheet arrives: bodies it joins by treaty serve it.
        {move || {
            let by_treaty = crate::national::treaty_bodies(country);
            view! { <ActorsByRole route=catalog.route_issue_with(issue, country, &by_treaty) /> }
        }}
        {(!resources.is_empty()).then(|| view! {
            <h3>{t.record_key_resources()}</h3>
            <ul class="resources">
                {resources.into_iter().take(6).map(|resource| view! {
                    <li>
                        <a href=resource.url.clone() rel="noopener"><Translated text=&resource.title /></a>
                        " (" {resource_facts(t, resource)} ")"
                    </li>
                }).collect_view()}
            </ul>
        })}
        <TermsUsed texts=vec![issue.summary.en.clone(), issue.description.en.clone()] />
        <Provenance
            sources=Signal::derive(move || data::detailed().issue(&issue.id).map(|issue| issue.sources.clone()).unwrap_or_default())
            reviewed=issue.reviewed.clone()
        />
    }
}

/// When the answers point to no single issue: say so, and give the open venues.
#[component]
fn GeneralAnswer(country: Option<&'static Country>) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let [before, after] = t.card_general_search();
    view! {
        <p class="kind">{t.card_your_answer()}</p>
        <h2 id="answer-heading">{t.card_general_heading()}</h2>
        <p class="lead">{t.card_general_lead()}</p>
        <OpenVenues country=country />
        <p>{before} <A href=locale.href("/")>{t.card_general_search_link()}</A> {after}</p>
        <p><A href=locale.href("/propose")>{t.card_general_propose()}</A></p>
    }
}
