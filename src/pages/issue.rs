use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::Issue;

use crate::components::ecosystem::IssueEcosystem;
use crate::components::issue_parts::HomeBanner;
use crate::components::national::NationalLeads;
use crate::components::search::use_url_country;
use crate::components::sources::Provenance;
use crate::components::term_text::TermText;
use crate::components::terms::TermsUsed;
use crate::components::translated::{Translated, TranslationNote};
use crate::components::venues::{resource_facts, ActorsByRole};
use crate::data;
use crate::i18n::use_locale;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn IssuePage() -> impl IntoView {
    let id = route_param();
    let t = use_locale().strings();
    // From the light catalog, drawn at once; the parts that need the full one follow it.
    move || match data::catalog().issue(&id.get()) {
        Some(issue) => view! { <IssueView issue=issue /> }.into_any(),
        None => view! { <NotFoundPage missing=t.not_found_issue(id.get()) /> }.into_any(),
    }
}

#[component]
fn IssueView(issue: &'static Issue) -> impl IntoView {
    let catalog = data::catalog();
    let country = use_url_country();
    let resources = catalog.resources_for(&issue.id);
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <Title text=issue.name.get(locale.lang()).to_string() />
        <article class="page record">
            <p class="kind">{t.kind_issue()} " · " {t.basket_label(issue.basket)}</p>
            <h1><Translated text=&issue.name /></h1>
            <TranslationNote record=format!("issues/{}.toml", issue.id) />
            <p class="lead"><Translated text=&issue.summary /></p>
            <HomeBanner issue=issue />
            <p><TermText text=&issue.description /></p>
            <section aria-labelledby="who-heading">
                <h2 id="who-heading">{t.record_who_can_act()}</h2>
                {move || {
                    let full = data::detailed();
                    // Tailored to the country in the address (`?country=SN`), as results are.
                    let country = full.country(&country.get());
                    let by_treaty = crate::national::treaty_bodies(country);
                    full.issue(&issue.id).map(|issue| view! {
                        {country.map(|country| view! { <NationalLeads country=country issue=Some(issue.id.clone()) /> })}
                        <ActorsByRole route=full.route_issue_with(issue, country, &by_treaty) detailed=true />
                    })
                }}
                <IssueEcosystem issue=issue />
            </section>
            {(!resources.is_empty()).then(|| view! {
                <section aria-labelledby="resources-heading">
                    <h2 id="resources-heading">{t.record_key_resources()}</h2>
                    <ul>
                        {resources.into_iter().map(|resource| view! {
                            <li>
                                <A href=locale.href(&format!("/resources/{}", resource.id))><Translated text=&resource.title /></A>
                                " (" {resource_facts(t, resource)} ")"
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!issue.related.is_empty()).then(|| view! {
                <section aria-labelledby="related-heading">
                    <h2 id="related-heading">{t.issue_related()}</h2>
                    <ul>
                        {issue.related.iter().filter_map(|id| catalog.issue(id)).map(|related| view! {
                            <li><A href=locale.href(&format!("/issues/{}", related.id))><Translated text=&related.name /></A></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <TermsUsed texts=vec![issue.name.en.clone(), issue.summary.en.clone(), issue.description.en.clone()] />
            <section aria-labelledby="classification-heading">
                <h2 id="classification-heading">{t.issue_classification()}</h2>
                <dl class="facts">
                    <dt>{t.issue_basket()}</dt><dd>{t.basket_label(issue.basket)}</dd>
                    <dt>{t.issue_igf_theme()}</dt><dd>{t.igf_theme_label(issue.igf_theme)}</dd>
                    <dt>{t.issue_wgig_cluster()}</dt><dd>{t.wgig_cluster_label(issue.wgig_cluster)}</dd>
                </dl>
            </section>
            <Provenance
                sources=Signal::derive(move || data::detailed().issue(&issue.id).map(|issue| issue.sources.clone()).unwrap_or_default())
                reviewed=issue.reviewed.clone()
                record_path=signpost_core::RecordKind::Issue.path(&issue.id)
            />
        </article>
    }
}
