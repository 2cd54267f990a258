//! The answer card at the end of the guided questions: what the issue is, who can act and
//! how to engage, the regional bodies for the chosen country, resources, terms, sources.
//! Fits one printed page and can be cited.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use signpost_core::model::{Country, Issue, Lang};

use crate::components::country_picker::RegionalBodies;
use crate::components::issue_parts::HomeBanner;
use crate::components::sources::Provenance;
use crate::components::terms::TermsUsed;
use crate::components::venues::{ActorsByRole, OpenVenues};
use crate::data;

/// The page's full address, for citations and print.
fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// A plain-text reference to the card.
fn citation(issue: Option<&Issue>, country: Option<&Country>) -> String {
    let catalog = data::detailed();
    let subject = match (issue, country) {
        (Some(issue), Some(country)) => format!("{} ({})", issue.name.en, country.name.en),
        (Some(issue), None) => issue.name.en.clone(),
        (None, Some(country)) => format!("Internet governance venues for {}", country.name.en),
        (None, None) => "Internet governance venues".to_string(),
    };
    let reviewed = issue
        .map(|issue| issue.reviewed.clone())
        .unwrap_or_else(|| catalog.date.clone());
    format!(
        "Signpost. “{subject}: where it belongs and who can help.” Dataset version {}, record reviewed {reviewed}. {}",
        catalog.version,
        page_address()
    )
}

#[component]
pub fn AnswerCard(
    issue: Option<&'static Issue>,
    country: Option<&'static Country>,
) -> impl IntoView {
    let catalog = data::detailed();
    let location = use_location();
    let copied = RwSignal::new(String::new());
    let copy = move |_| {
        let text = citation(issue, country);
        match web_sys::window().map(|window| window.navigator().clipboard()) {
            Some(clipboard) => {
                let _ = clipboard.write_text(&text);
                copied.set("Citation copied.".to_string());
            }
            None => copied.set(
                "Copying is not available here; select the citation text instead.".to_string(),
            ),
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
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
                        <h3 id="regional-heading">"Regional bodies for " {country.name.en.clone()}</h3>
    <RegionalBodies country=country />
                    </section>
                })}
                <section class="cite" aria-labelledby="cite-heading">
                    <h3 id="cite-heading">"Cite or share this answer"</h3>
                    <p class="citation">{move || { location.search.track(); citation(issue, country) }}</p>
                    <div class="card-actions">
                        <button type="button" on:click=copy>"Copy citation"</button>
                        <button type="button" on:click=print>"Print"</button>
                    </div>
                    <p class="result-count" role="status" aria-live="polite">{move || copied.get()}</p>
                </section>
                <p class="print-only">
                    {move || { location.search.track(); page_address() }}
                    " · Signpost dataset " {catalog.version.clone()} ", reviewed up to " {catalog.date.clone()}
                </p>
            </section>
        }
}

#[component]
fn IssueAnswer(issue: &'static Issue, country: Option<&'static Country>) -> impl IntoView {
    let catalog = data::detailed();
    let route = catalog.route_issue(issue, country);
    let resources = catalog.resources_for(&issue.id);
    view! {
        <p class="kind">"Your answer"</p>
        <h2 id="answer-heading"><A href=format!("/issues/{}", issue.id)>{issue.name.get(Lang::En).to_string()}</A></h2>
        <p class="lead">{issue.summary.get(Lang::En).to_string()}</p>
        <HomeBanner issue=issue />
        <p class="description">{issue.description.get(Lang::En).to_string()}</p>
        <h3>"Who can act"</h3>
        <ActorsByRole route=route />
        {(!resources.is_empty()).then(|| view! {
            <h3>"Key resources"</h3>
            <ul class="resources">
                {resources.into_iter().take(6).map(|resource| view! {
                    <li>
                        <a href=resource.url.clone() rel="noopener">{resource.title.en.clone()}</a>
                        " (" {resource.kind.label()} ", " {resource.year}
                        {(!resource.languages.is_empty()).then(|| format!("; in {}", resource.languages.join(", ")))}
                        ")"
                    </li>
                }).collect_view()}
            </ul>
        })}
        <TermsUsed texts=vec![issue.summary.en.clone(), issue.description.en.clone()] />
        <Provenance sources=issue.sources.clone() reviewed=issue.reviewed.clone() />
    }
}

/// When the answers point to no single issue: say so, and give the open venues.
#[component]
fn GeneralAnswer(country: Option<&'static Country>) -> impl IntoView {
    view! {
        <p class="kind">"Your answer"</p>
        <h2 id="answer-heading">"No single issue fits your answers"</h2>
        <p class="lead">
            "Signpost cannot name one issue from these answers. Your issue may have no single home: many do not. "
            "These venues are open to any Internet governance issue:"
        </p>
        <OpenVenues country=country />
        <p>
            "Describe it in your own words on the " <A href="/">"search page"</A>
            ", or " <A href="/propose">"propose it to Signpost's curators"</A> "."
        </p>
    }
}
