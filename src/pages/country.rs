use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::{Country, Lang};

use crate::components::country_picker::RegionalBodies;
use crate::components::details::DetailsStatus;
use crate::components::sources::Provenance;
use crate::data;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn CountryPage() -> impl IntoView {
    let code = route_param("code");
    move || match data::catalog().country(&code.get()) {
        Some(country) => view! { <CountryView country=country /> }.into_any(),
        None => view! { <NotFoundPage missing=format!("country “{}”", code.get()) /> }.into_any(),
    }
}

#[component]
fn CountryView(country: &'static Country) -> impl IntoView {
    let catalog = data::catalog();
    let region = catalog
        .region(&country.region)
        .map(|region| region.name.en.clone())
        .unwrap_or_default();
    view! {
            <Title text=country.name.en.clone() />
            <article class="page record">
                <p class="kind"><A href="/countries">"Countries"</A> " · " {region}</p>
                <h1>{country.name.get(Lang::En).to_string()} " (" {country.code.clone()} ")"</h1>
                <section aria-labelledby="bodies-heading">
                    <h2 id="bodies-heading">"Regional bodies that serve it"</h2>
    <RegionalBodies country=country />
                </section>
                {move || match data::detailed().country_provenance(&country.code) {
                    Some(about) => view! {
                        <Provenance sources=about.sources.clone() reviewed=about.reviewed.clone() />
                    }.into_any(),
                    None => view! { <DetailsStatus /> }.into_any(),
                }}
            </article>
        }
}
