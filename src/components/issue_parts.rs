use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::{HomeStatus, Issue};

use crate::components::search::search_href_for_proposal;
use crate::components::sources::SourceList;
use crate::components::translated::{organisation_name, EnglishName, Translated};
use crate::data;
use crate::i18n::use_locale;

/// A short marker for issues without a clear home.
#[component]
pub fn HomeBadge(status: HomeStatus) -> impl IntoView {
    let text = use_locale().strings().home_badge(status);
    view! { <p class=format!("home-badge home-{}", status.code())>{text}</p> }
}

/// A link to an organisation by its name (in the reader's language where the data has it)
/// and acronym.
#[component]
pub fn OrganisationLink(id: String) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let Some(organisation) = catalog.organisation(&id) else {
        return id.into_any();
    };
    let href = locale.href(&format!("/organisations/{id}"));
    let with_acronym = |name: &str| match &organisation.acronym {
        Some(acronym) => format!("{name} ({acronym})"),
        None => name.to_string(),
    };
    match organisation_name(organisation, locale) {
        Some(name) => view! { <A href=href>{with_acronym(name)}</A> }.into_any(),
        None => {
            view! { <A href=href><EnglishName>{with_acronym(&organisation.name)}</EnglishName></A> }
                .into_any()
        }
    }
}

/// Says plainly that no single body holds the issue, why, and where to go instead.
#[component]
pub fn HomeBanner(issue: &'static Issue) -> impl IntoView {
    let home = &issue.home;
    if home.status == HomeStatus::Clear {
        return ().into_any();
    }
    let locale = use_locale();
    let t = locale.strings();
    let heading = match home.status {
        HomeStatus::None => t.home_status_heading_none(),
        _ => t.home_status_heading_partial(),
    };
    let [before, after] = t.home_status_propose();
    view! {
        <section class="home-banner" aria-labelledby="home-heading">
            <h2 id="home-heading">{heading}</h2>
            {home.why.as_ref().map(|why| view! { <p><Translated text=why /></p> })}
            <h3>{t.home_status_nearest()}</h3>
            <ul>
                {home.nearest.iter().map(|id| view! { <li><OrganisationLink id=id.clone() /></li> }).collect_view()}
            </ul>
            // Views and sources come with the full catalog: only they are drawn again.
            {move || {
                let home = &data::detailed().issue(&issue.id).unwrap_or(issue).home;
                view! {
                    {(!home.views.is_empty()).then(|| view! {
                        <h3>{t.home_status_disagree()}</h3>
                        <ul class="views">
                            {home.views.iter().map(|position| view! {
                                <li>
                                    <Translated text=&position.summary /> " "
                                    <a class="source-link" href=position.source.url.clone() rel="noopener">"[" {position.source.title.clone()} "]"</a>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    <p class="sources-label">{t.home_status_why()}</p>
                    <SourceList sources=home.sources.clone() />
                }
            }}
            <p class="propose-link">
                {before}
                <A href=locale.href(&search_href_for_proposal(issue.name.get(locale.lang())))>{t.home_status_propose_link()}</A>
                {after}
            </p>
        </section>
    }
    .into_any()
}

/// For an issue without a clear home, in a short answer: that no single body holds it, why,
/// and the nearest venues.
#[component]
pub fn HomeNote(issue: &'static Issue) -> impl IntoView {
    let t = use_locale().strings();
    (issue.home.status != HomeStatus::Clear).then(|| {
        view! {
            <div class="home-note">
                <p>
                    <strong>{t.search_no_single_body()}</strong> " "
                    {issue.home.why.as_ref().map(|why| view! { <Translated text=why /> })}
                </p>
                <p>
                    {t.search_nearest()} " "
                    {issue.home.nearest.iter().enumerate().map(|(position, id)| view! {
                        {(position > 0).then_some(t.language_separator())}
                        <OrganisationLink id=id.clone() />
                    }).collect_view()}
                </p>
            </div>
        }
    })
}
