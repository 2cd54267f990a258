use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Lang, Organisation, OrganisationStatus};

use crate::components::ecosystem::OrganisationEcosystem;
use crate::components::issue_parts::OrganisationLink;
use crate::components::sources::Provenance;
use crate::components::term_text::TermText;
use crate::data;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let id = route_param("id");
    move || match data::detailed().organisation(&id.get()) {
        Some(organisation) => view! { <OrganisationView organisation=organisation /> }.into_any(),
        None => {
            view! { <NotFoundPage missing=format!("organisation “{}”", id.get()) /> }.into_any()
        }
    }
}

/// "Global", or the regions and countries an organisation serves, by name.
fn scope_text(organisation: &Organisation) -> String {
    let catalog = data::detailed();
    organisation
        .scope
        .iter()
        .map(|scope| {
            if scope == "global" {
                "Global".to_string()
            } else if let Some(region) = catalog.region(scope) {
                region.name.en.clone()
            } else if let Some(country) = catalog.country(scope) {
                country.name.en.clone()
            } else {
                scope.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
fn OrganisationView(organisation: &'static Organisation) -> impl IntoView {
    let catalog = data::detailed();
    let issues = catalog.issues_of(&organisation.id);
    let resources = catalog.resources_by(&organisation.id);
    let title = match &organisation.acronym {
        Some(acronym) => format!("{acronym}: {}", organisation.name),
        None => organisation.name.clone(),
    };
    view! {
        <Title text=title />
        <article class="page record">
            <p class="kind">"Organisation · " {organisation.kind.label()}</p>
            <h1>
                {organisation.name.clone()}
                {organisation.acronym.clone().map(|acronym| view! { " (" <abbr>{acronym}</abbr> ")" })}
            </h1>
            {(organisation.status != OrganisationStatus::Active).then(|| view! {
                <section class="status-banner" aria-label="Status">
                    <p><strong>{organisation.status.label()}</strong></p>
                    {organisation.status_note.as_ref().map(|note| view! { <p>{note.get(Lang::En).to_string()}</p> })}
                    {organisation.successor.clone().map(|successor| view! {
                        <p>"Successor: " <OrganisationLink id=successor /></p>
                    })}
                </section>
            })}
            <p class="lead"><TermText text=organisation.summary.get(Lang::En).to_string() /></p>
            <dl class="facts">
                <dt>"Stakeholder group"</dt><dd>{organisation.stakeholder.label()}</dd>
                <dt>"Serves"</dt><dd>{scope_text(organisation)}</dd>
                {organisation.website.clone().map(|website| view! {
                    <dt>"Website"</dt><dd><a href=website.clone() rel="noopener">{website.clone()}</a></dd>
                })}
                {organisation.names.iter().map(|(code, name)| view! {
                    <dt>"Name (" {code.clone()} ")"</dt><dd lang=code.clone()>{name.clone()}</dd>
                }).collect_view()}
                {(!organisation.languages.is_empty()).then(|| view! {
                    <dt>"Languages"</dt><dd>{organisation.languages.join(", ")}</dd>
                })}
                {(!organisation.former_names.is_empty()).then(|| view! {
                    <dt>"Formerly"</dt><dd>{organisation.former_names.join("; ")}</dd>
                })}
            </dl>
            {(!organisation.engage.is_empty()).then(|| view! {
                <section aria-labelledby="engage-heading">
                    <h2 id="engage-heading">"How to engage"</h2>
                    <ul class="engage">
                        {organisation.engage.iter().map(|way| view! {
                            <li>
                                <span class="engage-kind">{way.kind.label()}": "</span>
                                <a href=way.url.clone() rel="noopener">{way.label.get(Lang::En).to_string()}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!issues.is_empty()).then(|| view! {
                <section aria-labelledby="issues-heading">
                    <h2 id="issues-heading">"Issues it handles"</h2>
                    <ul>
                        {issues.into_iter().map(|(issue, roles)| view! {
                            <li>
                                <A href=format!("/issues/{}", issue.id)>{issue.name.en.clone()}</A>
                                ": " {roles.iter().map(|role| role.label().to_lowercase()).collect::<Vec<_>>().join(", ")}
                            </li>
                        }).collect_view()}
                    </ul>
                    <OrganisationEcosystem organisation=organisation />
                </section>
            })}
            {(!resources.is_empty()).then(|| view! {
                <section aria-labelledby="published-heading">
                    <h2 id="published-heading">"Resources it publishes"</h2>
                    <ul>
                        {resources.into_iter().map(|resource| view! {
                            <li><A href=format!("/resources/{}", resource.id)>{resource.title.en.clone()}</A> " (" {resource.year} ")"</li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <Provenance sources=organisation.sources.clone() reviewed=organisation.reviewed.clone() />
        </article>
    }
}
