use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Issue, Lang};

use crate::components::ecosystem::IssueEcosystem;
use crate::components::issue_parts::HomeBanner;
use crate::components::sources::Provenance;
use crate::components::term_text::TermText;
use crate::components::terms::TermsUsed;
use crate::components::venues::ActorsByRole;
use crate::data;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn IssuePage() -> impl IntoView {
    let id = route_param("id");
    move || match data::detailed().issue(&id.get()) {
        Some(issue) => view! { <IssueView issue=issue /> }.into_any(),
        None => view! { <NotFoundPage missing=format!("issue “{}”", id.get()) /> }.into_any(),
    }
}

#[component]
fn IssueView(issue: &'static Issue) -> impl IntoView {
    let catalog = data::detailed();
    let resources = catalog.resources_for(&issue.id);
    view! {
        <Title text=issue.name.en.clone() />
        <article class="page record">
            <p class="kind">"Issue · " {issue.basket.label()}</p>
            <h1>{issue.name.get(Lang::En).to_string()}</h1>
            <p class="lead">{issue.summary.get(Lang::En).to_string()}</p>
            <HomeBanner issue=issue />
            <p><TermText text=issue.description.get(Lang::En).to_string() /></p>
            <section aria-labelledby="who-heading">
                <h2 id="who-heading">"Who can act"</h2>
                <ActorsByRole route=catalog.route_issue(issue, None) detailed=true />
                <IssueEcosystem issue=issue />
            </section>
            {(!resources.is_empty()).then(|| view! {
                <section aria-labelledby="resources-heading">
                    <h2 id="resources-heading">"Key resources"</h2>
                    <ul>
                        {resources.into_iter().map(|resource| view! {
                            <li>
                                <A href=format!("/resources/{}", resource.id)>{resource.title.en.clone()}</A>
                                " (" {resource.kind.label()} ", " {resource.year}
                                {(!resource.languages.is_empty()).then(|| format!("; {}", resource.languages.join(", ")))}
                                ")"
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!issue.related.is_empty()).then(|| view! {
                <section aria-labelledby="related-heading">
                    <h2 id="related-heading">"Related issues"</h2>
                    <ul>
                        {issue.related.iter().filter_map(|id| catalog.issue(id)).map(|related| view! {
                            <li><A href=format!("/issues/{}", related.id)>{related.name.en.clone()}</A></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <TermsUsed texts=vec![issue.name.en.clone(), issue.summary.en.clone(), issue.description.en.clone()] />
            <section aria-labelledby="classification-heading">
                <h2 id="classification-heading">"Classification"</h2>
                <dl class="facts">
                    <dt>"Basket"</dt><dd>{issue.basket.label()}</dd>
                    <dt>"IGF 2007 theme"</dt><dd>{issue.igf_theme.label()}</dd>
                    <dt>"WGIG 2005 cluster"</dt><dd>{issue.wgig_cluster.label()}</dd>
                </dl>
            </section>
            <Provenance sources=issue.sources.clone() reviewed=issue.reviewed.clone() />
        </article>
    }
}
