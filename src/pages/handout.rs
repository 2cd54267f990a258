//! The trainer's handout: pick issues, print one page per issue, share the link
//! (`/handout?issues=spam,ipv6-adoption`). Unknown ids in a shared link are named, not lost.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use signpost_core::handout::{selection_param, MAX_ISSUES};
use signpost_core::model::{Basket, HomeStatus, Issue, Lang};
use signpost_core::Catalog;

use crate::components::details::DetailsStatus;
use crate::components::issue_parts::{HomeBadge, OrganisationLink};
use crate::components::sources::SourceList;
use crate::components::venues::ActorsByRole;
use crate::data;

fn handout_href(ids: &[String]) -> String {
    let mut params = ParamsMap::new();
    if !ids.is_empty() {
        params.insert("issues", selection_param(ids.iter().map(String::as_str)));
    }
    format!("/handout{}", params.to_query_string())
}

fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

#[component]
pub fn HandoutPage() -> impl IntoView {
    let query = use_query_map();
    let chosen = Memo::new(move |_| query.read().get("issues").unwrap_or_default());
    view! {
        <Title text="Handout" />
        <article class="page handout">
            <div class="handout-controls">
                <h1>"Handout"</h1>
                <p class="lead">
                    "Choose the issues for your session: each prints on its own page with who can act, key resources and sources. The address of this page is the link to share."
                </p>
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
    let toggle = move |id: String, on: bool| {
        let mut ids = selected.get_untracked();
        ids.retain(|known| *known != id);
        if on {
            ids.push(id);
        }
        navigate(
            &handout_href(&ids),
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
                <summary>"Choose issues (" {move || selected.read().len()} " chosen, at most " {MAX_ISSUES} ")"</summary>
                {Basket::ALL.iter().map(|&basket| {
                    let issues: Vec<&Issue> = catalog.issues.iter().filter(|issue| issue.basket == basket).collect();
                    let toggle = toggle.clone();
                    view! {
                        <fieldset>
                            <legend>{basket.label()}</legend>
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
                                        " " {issue.name.get(Lang::En).to_string()}
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
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let count = selection.issues.len();
    view! {
        {(!selection.unknown.is_empty()).then(|| view! {
            <p class="notice" role="alert">
                "This link names issues Signpost does not know: " {selection.unknown.join(", ")}
                ". They may have been renamed; the others are below."
            </p>
        })}
        {(selection.over_limit > 0).then(|| view! {
            <p class="notice" role="alert">
                {selection.over_limit} " more issues were left out: a handout holds at most " {MAX_ISSUES} "."
            </p>
        })}
        {(count > 0).then(|| view! {
            <DetailsStatus />
            <div class="handout-controls card-actions">
                <p class="result-count" role="status">{count} " pages. Link to share: " <code class="share-link">{page_address()}</code></p>
                <button type="button" on:click=print>"Print the handout"</button>
            </div>
        })}
        {selection.issues.into_iter().map(|issue| view! { <HandoutSheet issue=issue catalog=catalog /> }).collect_view()}
    }
}

/// One printed page: the issue, whether it has a home, who can act, resources, sources.
#[component]
fn HandoutSheet(issue: &'static Issue, catalog: &'static Catalog) -> impl IntoView {
    let resources = catalog.resources_for(&issue.id);
    let heading = format!("handout-{}", issue.id);
    let labelled_by = heading.clone();
    view! {
        <section class="handout-sheet" aria-labelledby=labelled_by>
            <p class="kind">{issue.basket.label()}</p>
            <h2 id=heading><A href=format!("/issues/{}", issue.id)>{issue.name.get(Lang::En).to_string()}</A></h2>
            <HomeBadge status=issue.home.status />
            <p class="lead">{issue.summary.get(Lang::En).to_string()}</p>
            {(issue.home.status != HomeStatus::Clear).then(|| view! {
                <div class="home-note">
                    {issue.home.why.as_ref().map(|why| view! { <p>{why.get(Lang::En).to_string()}</p> })}
                    <p>"Nearest venues: "
                        {issue.home.nearest.iter().enumerate().map(|(position, id)| view! {
                            {(position > 0).then_some(", ")}
                            <OrganisationLink id=id.clone() />
                        }).collect_view()}
                    </p>
                </div>
            })}
            <h3>"Who can act"</h3>
            <ActorsByRole route=catalog.route_issue(issue, None) />
            {(!resources.is_empty()).then(|| view! {
                <h3>"Key resources"</h3>
                <ul class="resources">
                    {resources.into_iter().take(4).map(|resource| view! {
                        <li>{resource.title.get(Lang::En).to_string()} " (" {resource.kind.label()} ", " {resource.year} ")"</li>
                    }).collect_view()}
                </ul>
            })}
            <h3>"Sources"</h3>
            <SourceList sources=issue.sources.iter().take(4).cloned().collect() />
            <p class="sheet-footer">
                "Signpost · record reviewed " {issue.reviewed.clone()} " · dataset " {catalog.version.clone()}
                " · " {format!("/issues/{}", issue.id)}
            </p>
        </section>
    }
}
