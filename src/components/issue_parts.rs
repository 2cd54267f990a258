use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::{Confidence, HomeStatus, Issue, Lang};

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

/// Who can act on an issue, grouped by role.
#[component]
pub fn RoleGroups(issue: &'static Issue) -> impl IntoView {
    let catalog = data::catalog();
    view! {
        <section aria-labelledby="who-heading">
            <h2 id="who-heading">"Who can act"</h2>
            {catalog.roles_by_kind(issue).into_iter().map(|(role, links)| view! {
                <h3>{role.label()}</h3>
                <ul class="role-list">
                    {links.into_iter().map(|link| {
                        let region = link.region.as_ref().map(|region| {
                            let name = catalog
                                .region(region)
                                .map(|r| r.name.en.clone())
                                .or_else(|| catalog.country(region).map(|c| c.name.en.clone()))
                                .unwrap_or_else(|| region.clone());
                            format!(" — for {name}")
                        });
                        let caution = (link.confidence == Confidence::Unverified)
                            .then_some(" (unverified: check before relying on it)");
                        let engage = catalog
                            .organisation(&link.organisation)
                            .map(|organisation| organisation.engage.iter().take(2).collect::<Vec<_>>())
                            .unwrap_or_default();
                        view! {
                            <li>
                                <OrganisationLink id=link.organisation.clone() />
                                {region}
                                {link.instrument.clone().map(|instrument| view! { <span class="instrument">" · " {instrument}</span> })}
                                {caution}
                                {(!engage.is_empty()).then(|| view! {
                                    <span class="engage-inline">
                                        {engage.into_iter().map(|way| view! {
                                            " · " <a href=way.url.clone() rel="noopener">
                                                {way.kind.label()} ": " {way.label.get(Lang::En).to_string()}
                                            </a>
                                        }).collect_view()}
                                    </span>
                                })}
                                " "
                                <a class="source-link" href=link.source.url.clone() rel="noopener">
                                    "[source: " {link.source.title.clone()} "]"
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}
