use leptos::prelude::*;
use signpost_core::model::{BodyKind, Country};

use crate::components::issue_parts::OrganisationLink;
use crate::data;
use crate::i18n::use_locale;

/// Type a country (suggestions from every country's name); `on_pick` gets the one found,
/// or the reader is told plainly that no country has that name.
#[component]
pub fn CountryPicker(
    id: &'static str,
    button: &'static str,
    on_pick: impl Fn(&'static Country) + 'static,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match catalog.country_by_name(&typed.get_untracked()) {
            Some(country) => on_pick(country),
            None => problem.set(Some(t.picker_no_such_country(typed.get_untracked()))),
        }
    };
    let names = format!("{id}-names");
    let problem_id = format!("{id}-problem");
    view! {
        <form class="country-picker" on:submit=on_submit>
            <label for=id>{t.picker_label()}</label>
            <div class="picker-row">
                <input
                    id=id
                    list=names.clone()
                    autocomplete="off"
                    aria-describedby=problem_id.clone()
                    prop:value=move || typed.get()
                    on:input=move |event| {
                        typed.set(event_target_value(&event));
                        problem.set(None);
                    }
                />
                <button type="submit">{button}</button>
            </div>
            <datalist id=names>
                {catalog.countries.iter().map(|country| view! { <option value=country.name.get(locale.lang()).to_string()></option> }).collect_view()}
            </datalist>
            <p id=problem_id class="problem" role="alert">{move || problem.get()}</p>
            {children.map(|children| children())}
        </form>
    }
}

/// The regional bodies that serve a country, by kind.
#[component]
pub fn RegionalBodies(country: &'static Country) -> impl IntoView {
    let t = use_locale().strings();
    view! {
        <dl class="facts">
            {country.bodies().map(|(kind, id): (BodyKind, &str)| view! {
                <dt>{t.body_label(kind)}</dt>
                <dd><OrganisationLink id=id.to_string() /></dd>
            }).collect_view()}
        </dl>
    }
}
