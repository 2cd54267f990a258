use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Lang, Resource};

use crate::components::issue_parts::OrganisationLink;
use crate::components::sources::Provenance;
use crate::components::translated::{Translated, TranslationNote};
use crate::data;
use crate::i18n::use_locale;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn ResourcePage() -> impl IntoView {
    let id = route_param();
    let t = use_locale().strings();
    move || match data::catalog().resource(&id.get()) {
        Some(resource) => view! { <ResourceView resource=resource /> }.into_any(),
        None => view! { <NotFoundPage missing=t.not_found_resource(id.get()) /> }.into_any(),
    }
}

#[component]
fn ResourceView(resource: &'static Resource) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    // The title shown as the heading is not listed again among the other versions.
    let heading_lang = match resource.title.exact(locale.lang()) {
        Some(_) => locale.lang(),
        None => Lang::En,
    };
    view! {
        <Title text=resource.title.get(locale.lang()).to_string() />
        <article class="page record">
            <p class="kind">{t.kind_resource()} " · " {t.resource_type_label(resource.kind)}</p>
            <h1><Translated text=&resource.title /></h1>
            <TranslationNote record=format!("resources/{}.toml", resource.id) />
            {resource.summary.as_ref().map(|summary| view! { <p class="lead"><Translated text=summary /></p> })}
            <p><a class="button" href=resource.url.clone() rel="noopener">{t.resource_open()}</a></p>
            <dl class="facts">
                <dt>{t.resource_issued_by()}</dt><dd><OrganisationLink id=resource.issuer.clone() /></dd>
                <dt>{t.resource_year()}</dt><dd>{resource.year}</dd>
                {(!resource.languages.is_empty()).then(|| view! {
                    <dt>{t.resource_languages()}</dt><dd>{resource.languages.join(t.language_separator())}</dd>
                })}
                {resource.title.versions().filter(|(lang, _)| *lang != heading_lang).map(|(lang, title)| view! {
                    <dt>{t.resource_title_in(lang.code())}</dt><dd lang=lang.code()>{title.to_string()}</dd>
                }).collect_view()}
            </dl>
            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{t.resource_issues()}</h2>
                <ul>
                    {resource.issues.iter().filter_map(|id| catalog.issue(id)).map(|issue| view! {
                        <li><A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A></li>
                    }).collect_view()}
                </ul>
            </section>
            <Provenance
                sources=Signal::derive(move || data::detailed().resource(&resource.id).map(|resource| resource.sources.clone()).unwrap_or_default())
                reviewed=resource.reviewed.clone()
                record_path=signpost_core::RecordKind::Resource.path(&resource.id)
            />
        </article>
    }
}
