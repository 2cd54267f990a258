use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::{HomeStatus, Issue, Lang};

use crate::components::search::search_href_for_proposal;
use crate::components::sources::SourceList;
use crate::data;

/// A short marker for issues without a clear home.
#[component]
pub fn HomeBadge(status: HomeStatus) -> impl IntoView {
    let text = match status {
        HomeStatus::Clear => "Clear home",
        HomeStatus::Partial => "Partly homed: no single body covers it",
        HomeStatus::None => "No single home",
    };
    view! { <p class=format!("home-badge home-{}", status.code())>{text}</p> }
}

/// A link to an organisation by its acronym or name.
#[component]
pub fn OrganisationLink(id: String) -> impl IntoView {
    let catalog = data::catalog();
    match catalog.organisation(&id) {
        Some(organisation) => {
            let text = match &organisation.acronym {
                Some(acronym) => format!("{} ({acronym})", organisation.name),
                None => organisation.name.clone(),
            };
            view! { <A href=format!("/organisations/{id}")>{text}</A> }.into_any()
        }
        None => id.into_any(),
    }
}

/// Says plainly that no single body holds the issue, why, and where to go instead.
#[component]
pub fn HomeBanner(issue: &'static Issue) -> impl IntoView {
    let home = &issue.home;
    if home.status == HomeStatus::Clear {
        return ().into_any();
    }
    let heading = match home.status {
        HomeStatus::None => "No single home",
        _ => "No single body covers all of this issue",
    };
    view! {
        <section class="home-banner" aria-labelledby="home-heading">
            <h2 id="home-heading">{heading}</h2>
            {home.why.as_ref().map(|why| view! { <p>{why.get(Lang::En).to_string()}</p> })}
            <h3>"Nearest venues"</h3>
            <ul>
                {home.nearest.iter().map(|id| view! { <li><OrganisationLink id=id.clone() /></li> }).collect_view()}
            </ul>
            {(!home.views.is_empty()).then(|| view! {
                <h3>"Where sources disagree"</h3>
                <ul class="views">
                    {home.views.iter().map(|position| view! {
                        <li>
                            {position.summary.get(Lang::En).to_string()} " "
                            <a class="source-link" href=position.source.url.clone() rel="noopener">"[" {position.source.title.clone()} "]"</a>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <p class="sources-label">"Why we say so:"</p>
            <SourceList sources=home.sources.clone() />
            <p class="propose-link">
                "Does a venue handle it that Signpost does not know of, or is part of it still unhomed? "
                <A href=search_href_for_proposal(&issue.name.en)>"Tell the curators"</A> "."
            </p>
        </section>
    }
    .into_any()
}
