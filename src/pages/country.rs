use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::model::Country;

use crate::components::country_picker::RegionalBodies;
use crate::components::details::DetailsStatus;
use crate::components::national::NationalSheet;
use crate::components::sources::Provenance;
use crate::data;
use crate::i18n::use_locale;
use crate::pages::not_found::NotFoundPage;
use crate::pages::route_param;

#[component]
pub fn CountryPage() -> impl IntoView {
    let code = route_param();
    let t = use_locale().strings();
    move || match data::catalog().country(&code.get()) {
        Some(country) => view! { <CountryView country=country /> }.into_any(),
        None => view! { <NotFoundPage missing=t.not_found_country(code.get()) /> }.into_any(),
    }
}

#[component]
fn CountryView(country: &'static Country) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    let name = country.name.get(locale.lang());
    let region = catalog
        .region(&country.region)
        .map(|region| region.name.get(locale.lang()).to_string())
        .unwrap_or_default();
    view! {
        <Title text=name.to_string() />
        <article class="page record country-profile">
            <p class="kind"><A href=locale.href("/countries")>{t.countries_title()}</A> " · " {region}</p>
            <h1>{name} " (" {country.code.clone()} ")"</h1>
            <NationalSheet country=country />
            <p class="no-print"><A href=locale.href(&format!("/compare?countries={}", country.code))>{t.national_compare_link()}</A></p>
            <section aria-labelledby="bodies-heading">
                <h2 id="bodies-heading">{t.countries_bodies_heading()}</h2>
                <RegionalBodies country=country />
            </section>
            {move || match data::detailed().country_provenance(&country.code) {
                Some(about) => view! {
                    <Provenance
                        sources=about.sources.clone()
                        reviewed=about.reviewed.clone()
                        record_path=signpost_core::RecordKind::Country.path(&country.code)
                    />
                }.into_any(),
                None => view! { <DetailsStatus /> }.into_any(),
            }}
        </article>
    }
}
