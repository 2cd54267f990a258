//! The trainer's handout: pick issues, print one page per issue, share the link
//! (`/handout?issues=spam,ipv6-adoption`). Unknown ids in a shared link are named, not lost.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use signpost_core::handout::{selection_param, MAX_ISSUES};
use signpost_core::model::{Basket, Issue};
use signpost_core::Catalog;

use crate::components::details::DetailsStatus;
use crate::components::issue_parts::{HomeBadge, HomeNote};
use crate::components::sources::SourceList;
use crate::components::translated::Translated;
use crate::components::venues::{resource_facts, ActorsByRole};
use crate::data;
use crate::i18n::{use_locale, Locale};
use crate::page;

fn handout_href(ids: &[String], locale: Locale) -> String {
    let mut params = ParamsMap::new();
    if !ids.is_empty() {
        params.insert("issues", selection_param(ids.iter().map(String::as_str)));
    }
    locale.href(&format!("/handout{}", params.to_query_string()))
}

#[component]
pub fn HandoutPage() -> impl IntoView {
    let query = use_query_map();
    let chosen = Memo::new(move |_| query.read().get("issues").unwrap_or_default());
    let t = use_locale().strings();
    view! {
        <Title text=t.handout_title() />
        <article class="page handout">
            <div class="handout-controls">
                <h1>{t.handout_title()}</h1>
                <p class="lead">{t.handout_lead()}</p>
                <IssueChooser chosen=chosen />
            </div>
            // Drawn again when the full catalog (sources) arrives.
            {move || view! { <HandoutPages chosen=chosen.get() catalog=data::detailed() /> }}
        </article>
    }
}

/// Checkboxes for every issue, by basket. Each tick goes straight into the URL, so a choice
/// survives a reload and the address is always the link to share. Drawn once: ticking
/// re-renders the sheets, never the boxes, so keyboard focus stays put.
#[component]
fn IssueChooser(chosen: Memo<String>) -> impl IntoView {
    let catalog = data::catalog();
    let selected = Memo::new(move |_| -> Vec<String> {
        catalog
            .handout_selection(&chosen.get())
            .issues
            .iter()
            .map(|issue| issue.id.clone())
            .collect()
    });
    let navigate = use_navigate();
    let locale = use_locale();
    let t = locale.strings();
    let toggle = move |id: String, on: bool| {
        let mut ids = selected.get_untracked();
        ids.retain(|known| *known != id);
        if on {
            ids.push(id);
        }
        navigate(
            &handout_href(&ids, locale),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let initially_empty = chosen.get_untracked().is_empty();
    view! {
        <form class="issue-chooser" on:submit=|event| event.prevent_default()>
            <details open=initially_empty>
                <summary>{move || t.handout_choose(selected.read().len(), MAX_ISSUES)}</summary>
                {Basket::ALL.iter().map(|&basket| {
                    let issues: Vec<&Issue> = catalog.issues.iter().filter(|issue| issue.basket == basket).collect();
                    let toggle = toggle.clone();
                    view! {
                        <fieldset>
                            <legend>{t.basket_label(basket)}</legend>
                            {issues.into_iter().map(|issue| {
                                let id = issue.id.clone();
                                let toggle = toggle.clone();
                                let shown = id.clone();
                                view! {
                                    <label class="checkbox">
                                        <input
                                            type="checkbox"
                                            name="issues"
                                            value=id.clone()
                                            prop:checked=move || selected.read().contains(&shown)
                                            on:change=move |event| toggle(id.clone(), event_target_checked(&event))
                                        />
                                        " " <Translated text=&issue.name />
                                    </label>
                                }
                            }).collect_view()}
                        </fieldset>
                    }
                }).collect_view()}
            </details>
        </form>
    }
}

#[component]
fn HandoutPages(chosen: String, catalog: &'static Catalog) -> impl IntoView {
    let selection = catalog.handout_selection(&chosen);
    let t = use_locale().strings();
    let count = selection.issues.len();
    view! {
        {(!selection.unknown.is_empty()).then(|| view! {
            <p class="notice" role="alert">
                {t.handout_unknown(selection.unknown.join(t.language_separator()))}
            </p>
        })}
        {(selection.over_limit > 0).then(|| view! {
            <p class="notice" role="alert">{t.handout_over_limit(selection.over_limit, MAX_ISSUES)}</p>
        })}
        {(count > 0).then(|| view! {
            <DetailsStatus />
            <div class="handout-controls card-actions">
                <p class="result-count" role="status">
                    {t.handout_pages(count)} " " <code class="share-link" dir="ltr">{page::address()}</code>
                </p>
                <button type="button" on:click=|_| page::print()>{t.handout_print()}</button>
            </div>
        })}
        {selection.issues.into_iter().map(|issue| view! { <HandoutSheet issue=issue catalog=catalog /> }).collect_view()}
    }
}

/// One printed page: the issue, whether it has a home, who can act, resources, sources.
#[component]
fn HandoutSheet(issue: &'static Issue, catalog: &'static Catalog) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let resources = catalog.resources_for(&issue.id);
    let heading = format!("handout-{}", issue.id);
    let labelled_by = heading.clone();
    let path = format!("/issues/{}", issue.id);
    view! {
        <section class="handout-sheet" aria-labelledby=labelled_by>
            <p class="kind">{t.basket_label(issue.basket)}</p>
            <h2 id=heading><A href=locale.href(&path)><Translated text=&issue.name /></A></h2>
            <HomeBadge status=issue.home.status />
            <p class="lead"><Translated text=&issue.summary /></p>
            <HomeNote issue=issue />
            <h3>{t.record_who_can_act()}</h3>
            <ActorsByRole route=catalog.route_issue(issue, None) />
            {(!resources.is_empty()).then(|| view! {
                <h3>{t.record_key_resources()}</h3>
                <ul class="resources">
                    {resources.into_iter().take(4).map(|resource| view! {
                        <li><Translated text=&resource.title /> " (" {resource_facts(t, resource)} ")"</li>
                    }).collect_view()}
                </ul>
            })}
            <h3>{t.record_sources()}</h3>
            <SourceList sources=issue.sources.iter().take(4).cloned().collect() />
            <p class="sheet-footer">
                {t.handout_footer(&issue.reviewed, &catalog.version)} " · " <span dir="ltr">{path.clone()}</span>
            </p>
        </section>
    }
}
