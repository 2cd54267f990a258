use leptos::prelude::*;
use signpost_core::model::{Confidence, Country, Resource};
use signpost_core::routing::{IssueRoute, GENERAL_VENUES};

use crate::components::issue_parts::OrganisationLink;
use crate::components::translated::{EnglishName, Translated};
use crate::data;
use crate::i18n::{use_locale, Strings};

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
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <dl class="venue-groups">
            {route.by_role.into_iter().map(|(role, venues)| view! {
                <dt>{t.role_label(role)}</dt>
                <dd>
                    <ul>
                        {venues.into_iter().map(|venue| {
                            let local = venue.is_local()
                                .then_some(view! { <span class="local-tag">{t.venues_serves_you()}</span> });
                            let instrument = venue.link.and_then(|link| link.instrument.clone());
                            // Every page and the answer card tell a role the source states
                            // from one it only implies or that still needs checking.
                            let confidence = venue.link.map_or(Confidence::Verified, |link| link.confidence);
                            let caution = match confidence {
                                Confidence::Verified => None,
                                Confidence::Likely => Some(t.venues_likely()),
                                Confidence::Unverified => Some(t.venues_unverified()),
                            }
                            .map(|text| view! { " " <span class="confidence-note">{text}</span> });
                            let details = venue.link.filter(|_| detailed).map(|link| {
                                let region = link.region.as_ref().map(|region| {
                                    let name = catalog
                                        .region(region)
                                        .map(|r| r.name.get(locale.lang()).to_string())
                                        .or_else(|| catalog.country(region).map(|c| c.name.get(locale.lang()).to_string()))
                                        .unwrap_or_else(|| region.clone());
                                    format!(" — {}", t.venues_for_place(&name))
                                });
                                // Sources come with the details: until they arrive there is no link to show.
                                let source = (!link.source.url.is_empty()).then(|| view! {
                                    " "
                                    <a class="source-link" href=link.source.url.clone() rel="noopener">
                                        {t.venues_source(&link.source.title)}
                                    </a>
                                });
                                view! {
                                    {region}
                                    {source}
                                }
                            });
                            let engage: Vec<_> = catalog
                                .organisation(venue.organisation)
                                .map(|organisation| organisation.engage.iter().take(2).collect())
                                .unwrap_or_default();
                            view! {
                                <li class=format!("confidence-{}", confidence_code(confidence))>
                                    <OrganisationLink id=venue.organisation.to_string() />
                                    " " {local}
                                    {caution}
                                    {instrument.map(|instrument| view! { <span class="instrument">" · " <EnglishName>{instrument}</EnglishName></span> })}
                                    {details}
                                    {(!engage.is_empty()).then(|| view! {
                                        <span class="engage-inline">
                                            {engage.into_iter().map(|way| view! {
                                                " · " <a href=way.url.clone() rel="noopener">
                                                    {t.engage_label(way.kind)} {t.language_colon()} <Translated text=&way.label />
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
        {(!route.history.is_empty()).then(|| view! {
            <details class="history">
                <summary>{t.venues_history(route.history.len())}</summary>
                <ul>
                    {route.history.iter().map(|link| {
                        let status = catalog
                            .organisation(&link.organisation)
                            .map(|organisation| t.organisation_status_label(organisation.status).to_lowercase())
                            .unwrap_or_default();
                        view! {
                            <li>
                                <OrganisationLink id=link.organisation.clone() /> " "
                                {t.venues_history_status(t.role_label(link.role).to_lowercase(), status)}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        })}
    }
}

fn confidence_code(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Verified => "verified",
        Confidence::Likely => "likely",
        Confidence::Unverified => "unverified",
    }
}

/// Venues open to any issue: the IGF and its advisory group, and the regional IGFs of the
/// asker's country when it is known.
#[component]
pub fn OpenVenues(country: Option<&'static Country>) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    view! {
        <ul class="open-venues">
            {GENERAL_VENUES.iter().filter(|id| catalog.organisation(id).is_some()).map(|id| view! {
                <li><OrganisationLink id=id.to_string() /></li>
            }).collect_view()}
            {country.map(|country| country.regional_igf.iter().map(|id| view! {
                <li>
                    <OrganisationLink id=id.clone() /> " "
                    {locale.strings().venues_regional_igf_for(country.name.get(locale.lang()))}
                </li>
            }).collect_view())}
        </ul>
    }
}

/// A resource's kind, year and languages, as a list entry shows them after its title.
pub fn resource_facts(t: &Strings, resource: &Resource) -> String {
    let kind = t.resource_type_label(resource.kind);
    if resource.languages.is_empty() {
        t.record_resource_facts(kind, resource.year)
    } else {
        let languages = resource.languages.join(t.language_separator());
        t.record_resource_facts_languages(kind, resource.year, &languages)
    }
}
