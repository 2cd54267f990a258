use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use signpost_core::model::{Country, Lang};
use signpost_core::text::fold;

use crate::components::country_picker::CountryPicker;
use crate::data;

/// Pick a country (type-ahead over every name) and go to its regional bodies.
#[component]
pub fn CountriesPage() -> impl IntoView {
    let catalog = data::catalog();
    let navigate = use_navigate();
    let go = move |country: &'static Country| {
        navigate(&format!("/countries/{}", country.code), Default::default())
    };
    let mut regions: Vec<(String, Vec<&Country>)> = Vec::new();
    for country in &catalog.countries {
        let parent = catalog
            .region(&country.region)
            .and_then(|region| region.parent.clone().or(Some(region.id.clone())))
            .and_then(|id| catalog.region(&id).map(|region| region.name.en.clone()))
            .unwrap_or_default();
        let top = catalog
            .region(&parent)
            .map(|region| region.name.en.clone())
            .unwrap_or(parent);
        match regions.iter_mut().find(|(name, _)| *name == top) {
            Some((_, members)) => members.push(country),
            None => regions.push((top, vec![country])),
        }
    }
    regions.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, members) in &mut regions {
        members.sort_by_key(|country| fold(&country.name.en));
    }
    view! {
        <Title text="Countries" />
        <article class="page">
            <h1>"Countries and their regional bodies"</h1>
            <p class="lead">
                "Which regional Internet registry, regional IGF, CSIRT association, telecom organisation, regulator network and ccTLD association serve a country. "
                {catalog.countries.len()} " countries and territories (ISO 3166-1)."
            </p>
            <CountryPicker id="country-input" button="Show its bodies" on_pick=go />
            {regions.into_iter().map(|(region, members)| view! {
                <section class="country-region">
                    <h2>{region}</h2>
                    <ul class="country-list">
                        {members.into_iter().map(|country| view! {
                            <li><A href=format!("/countries/{}", country.code)>{country.name.get(Lang::En).to_string()}</A></li>
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </article>
    }
}
