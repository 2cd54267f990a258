use leptos::prelude::*;
use signpost_core::model::{Confidence, Country, Lang};
use signpost_core::routing::{IssueRoute, GENERAL_VENUES};

use crate::components::issue_parts::OrganisationLink;
use crate::data;

/// Who can act on an issue, grouped by role, with how to engage: the bodies serving the
/// asker's country first and marked. `detailed` adds each role's region, its source and a
/// warning where it is unverified, as the issue page shows them.
#[component]
pub fn ActorsByRole(route: IssueRoute<'static>, #[prop(optional)] detailed: bool) -> impl IntoView {
    let catalog = if detailed {
        data::detailed()
    } else {
        data::catalog()
    };
    view! {
        <dl class="venue-groups">
            {route.by_role.into_iter().map(|(role, venues)| view! {
                <dt>{role.label()}</dt>
                <dd>
                    <ul>
                        {venues.into_iter().map(|venue| {
                            let local = venue.is_local()
                                .then_some(view! { <span class="local-tag">"serves your country"</span> });
                            let instrument = venue.link.and_then(|link| link.instrument.clone());
                            let details = venue.link.filter(|_| detailed).map(|link| {
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
                                view! {
                                    {region}
                                    {caution}
                                    " "
                                    <a class="source-link" href=link.source.url.clone() rel="noopener">
                                        "[source: " {link.source.title.clone()} "]"
                                    </a>
                                }
                            });
                            let engage: Vec<_> = catalog
                                .organisation(venue.organisation)
                                .map(|organisation| organisation.engage.iter().take(2).collect())
                                .unwrap_or_default();
                            view! {
                                <li>
                                    <OrganisationLink id=venue.organisation.to_string() />
                                    " " {local}
                                    {instrument.map(|instrument| view! { <span class="instrument">" · " {instrument}</span> })}
                                    {details}
                                    {(!engage.is_empty()).then(|| view! {
                                        <span class="engage-inline">
                                            {engage.into_iter().map(|way| view! {
                                                " · " <a href=way.url.clone() rel="noopener">
                                                    {way.kind.label()} ": " {way.label.get(Lang::En).to_string()}
                                                </a>
                                            }).collect_view()}
                                        </span>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </dd>
            }).collect_view()}
        </dl>
    }
}

/// Venues open to any issue: the IGF and its advisory group, and the regional IGFs of the
/// asker's country when it is known.
#[component]
pub fn OpenVenues(country: Option<&'static Country>) -> impl IntoView {
    let catalog = data::catalog();
    view! {
        <ul class="open-venues">
            {GENERAL_VENUES.iter().filter(|id| catalog.organisation(id).is_some()).map(|id| view! {
                <li><OrganisationLink id=id.to_string() /></li>
            }).collect_view()}
            {country.map(|country| country.regional_igf.iter().map(|id| view! {
                <li><OrganisationLink id=id.clone() /> " (regional IGF for " {country.name.en.clone()} ")"</li>
            }).collect_view())}
        </ul>
    }
}
