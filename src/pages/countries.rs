use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use signpost_core::model::Country;
use signpost_core::order::sort_by_key;
use signpost_core::text::fold;

use crate::components::country_picker::CountryPicker;
use crate::data;
use crate::i18n::use_locale;

/// Pick a country (type-ahead over every name) and go to its regional bodies.
#[component]
pub fn CountriesPage() -> impl IntoView {
    let catalog = data::catalog();
    let navigate = use_navigate();
    let locale = use_locale();
    let lang = locale.lang();
    let t = locale.strings();
    let go = move |country: &'static Country| {
        navigate(
            &locale.href(&format!("/countries/{}", country.code)),
            Default::default(),
        )
    };
    let mut regions: Vec<(String, Vec<&Country>)> = Vec::new();
    for country in &catalog.countries {
        let parent = catalog
            .region(&country.region)
            .and_then(|region| region.parent.clone().or(Some(region.id.clone())))
            .unwrap_or_default();
        let top = catalog
            .region(&parent)
            .map(|region| region.name.get(lang).to_string())
            .unwrap_or(parent);
        match regions.iter_mut().find(|(name, _)| *name == top) {
            Some((_, members)) => members.push(country),
            None => regions.push((top, vec![country])),
        }
    }
    sort_by_key(&mut regions, |(name, _)| fold(name));
    for (_, members) in &mut regions {
        sort_by_key(members, |country| fold(country.name.get(lang)));
    }
    view! {
        <Title text=t.countries_title() />
        <article class="page">
            <h1>{t.countries_heading()}</h1>
            <p class="lead">{t.countries_lead()} " " {t.countries_count(catalog.countries.len())}</p>
            <CountryPicker id="country-input" button=t.countries_show() on_pick=go />
            {regions.into_iter().map(|(region, members)| view! {
                <section class="country-region">
                    <h2>{region}</h2>
                    <ul class="country-list">
                        {members.into_iter().map(|country| view! {
                            <li><A href=locale.href(&format!("/countries/{}", country.code))>{country.name.get(lang).to_string()}</A></li>
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </article>
    }
}
