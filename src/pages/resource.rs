use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Lang, Resource};

use crate::components::issue_parts::OrganisationLink;
use crate::components::sources::Provenance;
use crate::data;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn ResourcePage() -> impl IntoView {
    let id = route_param("id");
    move || match data::detailed().resource(&id.get()) {
        Some(resource) => view! { <ResourceView resource=resource /> }.into_any(),
        None => view! { <NotFoundPage missing=format!("resource “{}”", id.get()) /> }.into_any(),
    }
}

#[component]
fn ResourceView(resource: &'static Resource) -> impl IntoView {
    let catalog = data::detailed();
    view! {
        <Title text=resource.title.en.clone() />
        <article class="page record">
            <p class="kind">"Resource · " {resource.kind.label()}</p>
            <h1>{resource.title.get(Lang::En).to_string()}</h1>
            {resource.summary.as_ref().map(|summary| view! { <p class="lead">{summary.get(Lang::En).to_string()}</p> })}
            <p><a class="button" href=resource.url.clone() rel="noopener">"Open the resource"</a></p>
            <dl class="facts">
                <dt>"Issued by"</dt><dd><OrganisationLink id=resource.issuer.clone() /></dd>
                <dt>"Year"</dt><dd>{resource.year}</dd>
                {(!resource.languages.is_empty()).then(|| view! {
                    <dt>"Languages"</dt><dd>{resource.languages.join(", ")}</dd>
                })}
                {resource.title.versions().filter(|(lang, _)| *lang != Lang::En).map(|(lang, title)| view! {
                    <dt>"Title (" {lang.code()} ")"</dt><dd lang=lang.code()>{title.to_string()}</dd>
                }).collect_view()}
            </dl>
            <section aria-labelledby="about-heading">
                <h2 id="about-heading">"Issues it addresses"</h2>
                <ul>
                    {resource.issues.iter().filter_map(|id| catalog.issue(id)).map(|issue| view! {
                        <li><A href=format!("/issues/{}", issue.id)>{issue.name.en.clone()}</A></li>
                    }).collect_view()}
                </ul>
            </section>
            <Provenance sources=resource.sources.clone() reviewed=resource.reviewed.clone() />
        </article>
    }
}
