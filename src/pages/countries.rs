use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use signpost_core::model::{Country, Lang};
use signpost_core::text::fold;

use crate::data;

/// The country whose name or code matches what was typed, ignoring case and accents.
fn find_country(typed: &str) -> Option<&'static Country> {
    let catalog = data::catalog();
    let wanted = fold(typed);
    if wanted.is_empty() {
        return None;
    }
    catalog.country(typed.trim()).or_else(|| {
        catalog.countries.iter().find(|country| {
            country
                .name
                .versions()
                .any(|(_, name)| fold(name) == wanted)
        })
    })
}

/// Pick a country (type-ahead over every name) and go to its regional bodies.
#[component]
pub fn CountriesPage() -> impl IntoView {
    let catalog = data::catalog();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match find_country(&typed.get_untracked()) {
            Some(country) => navigate(&format!("/countries/{}", country.code), Default::default()),
            None => problem.set(Some(format!(
                "No country or territory is called “{}”. Pick one from the suggestions or the list below.",
                typed.get_untracked()
            ))),
        }
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
            <form class="country-picker" on:submit=on_submit>
                <label for="country-input">"Country or territory"</label>
                <div class="picker-row">
                    <input
                        id="country-input"
                        list="country-names"
                        autocomplete="off"
                        aria-describedby="country-problem"
                        prop:value=move || typed.get()
                        on:input=move |event| {
                            typed.set(event_target_value(&event));
                            problem.set(None);
                        }
                    />
                    <button type="submit">"Show its bodies"</button>
                </div>
                <datalist id="country-names">
                    {catalog.countries.iter().map(|country| view! { <option value=country.name.en.clone()></option> }).collect_view()}
                </datalist>
                <p id="country-problem" class="problem" role="alert">{move || problem.get()}</p>
            </form>
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
