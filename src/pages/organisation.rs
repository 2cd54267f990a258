use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Organisation, OrganisationStatus};

use crate::components::ecosystem::OrganisationEcosystem;
use crate::components::issue_parts::OrganisationLink;
use crate::components::sources::Provenance;
use crate::components::term_text::TermText;
use crate::components::translated::{organisation_name, EnglishName, Translated, TranslationNote};
use crate::data;
use crate::i18n::{use_locale, Locale};
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let id = route_param();
    let t = use_locale().strings();
    move || match data::catalog().organisation(&id.get()) {
        Some(organisation) => view! { <OrganisationView organisation=organisation /> }.into_any(),
        None => view! { <NotFoundPage missing=t.not_found_organisation(id.get()) /> }.into_any(),
    }
}

/// "Global", or the regions and countries an organisation serves, by name.
fn scope_text(organisation: &Organisation, locale: Locale) -> String {
    let catalog = data::catalog();
    let t = locale.strings();
    organisation
        .scope
        .iter()
        .map(|scope| {
            if scope == "global" {
                t.organisation_global().to_string()
            } else if let Some(region) = catalog.region(scope) {
                region.name.get(locale.lang()).to_string()
            } else if let Some(country) = catalog.country(scope) {
                country.name.get(locale.lang()).to_string()
            } else {
                scope.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(t.language_separator())
}

#[component]
fn OrganisationView(organisation: &'static Organisation) -> impl IntoView {
    let catalog = data::catalog();
    let issues = catalog.issues_of(&organisation.id);
    let resources = catalog.resources_by(&organisation.id);
    let locale = use_locale();
    let t = locale.strings();
    let local_name = organisation_name(organisation, locale);
    let name = local_name.unwrap_or(&organisation.name);
    let title = match &organisation.acronym {
        Some(acronym) => format!("{acronym}: {name}"),
        None => name.to_string(),
    };
    let heading = match local_name {
        Some(name) => name.into_any(),
        None => view! { <EnglishName>{organisation.name.as_str()}</EnglishName> }.into_any(),
    };
    view! {
        <Title text=title />
        <article class="page record">
            <p class="kind">{t.kind_organisation()} " · " {t.organisation_type_label(organisation.kind)}</p>
            <h1>
                {heading}
                {organisation.acronym.clone().map(|acronym| view! { " (" <abbr>{acronym}</abbr> ")" })}
            </h1>
            <TranslationNote record=format!("organisations/{}.toml", organisation.id) />
            {(organisation.status != OrganisationStatus::Active).then(|| view! {
                <section class="status-banner" aria-label=t.organisation_status()>
                    <p><strong>{t.organisation_status_label(organisation.status)}</strong></p>
                    {move || {
                        data::detailed()
                            .organisation(&organisation.id)
                            .and_then(|full| full.status_note.as_ref())
                            .map(|note| view! { <p><Translated text=note /></p> })
                    }}
                    {organisation.successor.clone().map(|successor| view! {
                        <p>{t.organisation_successor()} " " <OrganisationLink id=successor /></p>
                    })}
                </section>
            })}
            <p class="lead"><TermText text=&organisation.summary /></p>
            <dl class="facts">
                <dt>{t.organisation_stakeholder()}</dt><dd>{t.stakeholder_label(organisation.stakeholder)}</dd>
                <dt>{t.organisation_serves()}</dt><dd>{scope_text(organisation, locale)}</dd>
                {organisation.website.clone().map(|website| view! {
                    <dt>{t.organisation_website()}</dt><dd><a href=website.clone() rel="noopener" dir="ltr">{website.clone()}</a></dd>
                })}
                {local_name.is_some().then(|| view! {
                    <dt>{t.organisation_name_in("en")}</dt><dd><EnglishName>{organisation.name.as_str()}</EnglishName></dd>
                })}
                {organisation.names.iter().filter(|(code, _)| code.as_str() != locale.code()).map(|(code, name)| view! {
                    <dt>{t.organisation_name_in(code)}</dt><dd lang=code.clone()>{name.clone()}</dd>
                }).collect_view()}
                {(!organisation.languages.is_empty()).then(|| view! {
                    <dt>{t.organisation_languages()}</dt><dd>{organisation.languages.join(t.language_separator())}</dd>
                })}
                {(!organisation.former_names.is_empty()).then(|| view! {
                    <dt>{t.organisation_formerly()}</dt><dd><EnglishName>{organisation.former_names.join("; ")}</EnglishName></dd>
                })}
            </dl>
            {(!organisation.engage.is_empty()).then(|| view! {
                <section aria-labelledby="engage-heading">
                    <h2 id="engage-heading">{t.organisation_engage()}</h2>
                    <ul class="engage">
                        {organisation.engage.iter().map(|way| view! {
                            <li>
                                <span class="engage-kind">{t.engage_label(way.kind)} {t.language_colon()}</span>
                                <a href=way.url.clone() rel="noopener"><Translated text=&way.label /></a>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!issues.is_empty()).then(|| view! {
                <section aria-labelledby="issues-heading">
                    <h2 id="issues-heading">{t.organisation_issues()}</h2>
                    <ul>
                        {issues.into_iter().map(|(issue, roles)| view! {
                            <li>
                                <A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A>
                                {t.language_colon()} {roles.iter().map(|role| t.role_label(*role).to_lowercase()).collect::<Vec<_>>().join(t.language_separator())}
                            </li>
                        }).collect_view()}
                    </ul>
                    <OrganisationEcosystem organisation=organisation />
                </section>
            })}
            {(!resources.is_empty()).then(|| view! {
                <section aria-labelledby="published-heading">
                    <h2 id="published-heading">{t.organisation_resources()}</h2>
                    <ul>
                        {resources.into_iter().map(|resource| view! {
                            <li>
                                <A href=locale.href(&format!("/resources/{}", resource.id))><Translated text=&resource.title /></A>
                                " (" {resource.year} ")"
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <Provenance
                sources=Signal::derive(move || data::detailed().organisation(&organisation.id).map(|organisation| organisation.sources.clone()).unwrap_or_default())
                reviewed=organisation.reviewed.clone()
                record_path=signpost_core::RecordKind::Organisation.path(&organisation.id)
            />
        </article>
    }
}
