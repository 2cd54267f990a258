//! Issues by organisations, with role symbols: the ICC issues-and-organisations matrix,
//! live. Filters live in the URL (`?basket=&area=&global=1&group=`) so a trainer can share
//! or bookmark exactly what the room saw.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use signpost_core::matrix::MatrixFilter;
use signpost_core::model::{Basket, Stakeholder};

use crate::components::national::slot_label;
use crate::components::roles::{RoleLegend, RoleMarks};
use crate::components::translated::Translated;
use crate::data;
use crate::i18n::{use_locale, Locale};

fn filter_from(query: &ParamsMap) -> MatrixFilter {
    let catalog = data::catalog();
    MatrixFilter {
        basket: query
            .get("basket")
            .and_then(|code| Basket::from_code(&code)),
        area: query
            .get("area")
            .filter(|area| catalog.region(area).is_some() || catalog.country(area).is_some()),
        include_global: query.get("global").is_some_and(|value| value == "1"),
        stakeholder: query
            .get("group")
            .and_then(|code| Stakeholder::from_code(&code)),
        country: query
            .get("country")
            .filter(|code| catalog.country(code).is_some()),
    }
}

fn href_for(filter: &MatrixFilter, locale: Locale) -> String {
    let mut params = ParamsMap::new();
    if let Some(basket) = filter.basket {
        params.insert("basket", basket.code().to_string());
    }
    if let Some(area) = &filter.area {
        params.insert("area", area.clone());
    }
    if filter.include_global {
        params.insert("global", "1".to_string());
    }
    if let Some(group) = filter.stakeholder {
        params.insert("group", group.code().to_string());
    }
    if let Some(country) = &filter.country {
        params.insert("country", country.clone());
    }
    locale.href(&format!("/matrix{}", params.to_query_string()))
}

#[component]
pub fn MatrixPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| filter_from(&query.read()));
    let navigate = use_navigate();
    let locale = use_locale();
    let t = locale.strings();
    let catalog = data::catalog();
    let change = move |update: &dyn Fn(&mut MatrixFilter)| {
        let mut next = filter.get_untracked();
        update(&mut next);
        navigate(
            &href_for(&next, locale),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_basket = {
        let change = change.clone();
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            change(&|filter| filter.basket = Basket::from_code(&value));
        }
    };
    let on_area = {
        let change = change.clone();
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            change(&|filter| filter.area = (!value.is_empty()).then(|| value.clone()));
        }
    };
    let on_global = {
        let change = change.clone();
        move |event: leptos::ev::Event| {
            let checked = event_target_checked(&event);
            change(&|filter| filter.include_global = checked);
        }
    };
    let on_group = {
        let change = change.clone();
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            change(&|filter| filter.stakeholder = Stakeholder::from_code(&value));
        }
    };
    let on_country = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        change(&|filter| filter.country = (!value.is_empty()).then(|| value.clone()));
    };
    let mut countries: Vec<_> = catalog.countries.iter().collect();
    signpost_core::order::sort_by_key(&mut countries, |country| {
        signpost_core::text::fold(country.name.get(locale.lang()))
    });
    view! {
        <Title text=t.matrix_title() />
        <article class="page matrix-page">
            <h1>{t.matrix_heading()}</h1>
            <p class="lead">{t.matrix_lead()}</p>
            <form class="matrix-filters" on:submit=|event| event.prevent_default()>
                <label>
                    {t.matrix_basket()} " "
                    <select on:change=on_basket prop:value=move || filter.get().basket.map(Basket::code).unwrap_or_default()>
                        <option value="">{t.matrix_all_baskets()}</option>
                        {Basket::ALL.iter().map(|basket| view! {
                            <option value=basket.code()>{t.basket_label(*basket)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    {t.matrix_area()} " "
                    <select on:change=on_area prop:value=move || filter.get().area.unwrap_or_default()>
                        <option value="">{t.matrix_anywhere()}</option>
                        {catalog.regions.iter().map(|region| view! {
                            <option value=region.id.clone()>{region.name.get(locale.lang()).to_string()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="checkbox">
                    <input type="checkbox" on:change=on_global prop:checked=move || filter.get().include_global />
                    " " {t.matrix_include_global()}
                </label>
                <label>
                    {t.matrix_group()} " "
                    <select on:change=on_group prop:value=move || filter.get().stakeholder.map(Stakeholder::code).unwrap_or_default()>
                        <option value="">{t.matrix_all_groups()}</option>
                        {Stakeholder::ALL.iter().map(|group| view! {
                            <option value=group.code()>{t.stakeholder_label(*group)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    {t.matrix_country()} " "
                    <select on:change=on_country prop:value=move || filter.get().country.unwrap_or_default()>
                        <option value="">{t.matrix_any_country()}</option>
                        {countries.into_iter().map(|country| view! {
                            <option value=country.code.clone()>{country.name.get(locale.lang()).to_string()}</option>
                        }).collect_view()}
                    </select>
                </label>
            </form>
            <RoleLegend />
            {move || {
                let filter = filter.get();
                // Drawn again when the country's sheet arrives (components run untracked).
                if let Some(code) = &filter.country {
                    crate::national::sheet(code);
                }
                view! { <MatrixTable filter=filter /> }
            }}
        </article>
    }
}

#[component]
fn MatrixTable(filter: MatrixFilter) -> impl IntoView {
    let matrix = data::catalog().matrix(&filter);
    let locale = use_locale();
    let t = locale.strings();
    let summary = t.matrix_counts(
        matrix.issues.len(),
        matrix.organisations.len(),
        matrix.cell_count(),
    );
    // With a country, its national bodies join as columns: a mark where the slot they hold
    // answers the issue (data/national/slots.toml).
    let national = filter
        .country
        .as_deref()
        .and_then(|code| data::catalog().country(code))
        .and_then(|country| match crate::national::sheet(&country.code) {
            crate::national::Sheet::Ready(bundle) => Some((country, bundle)),
            _ => None,
        });
    // Every body on the sheet, under the first slot it holds.
    let national_columns: Vec<(
        signpost_core::national::Slot,
        &'static signpost_core::model::Organisation,
    )> = national
        .map(|(_, bundle)| {
            bundle
                .holders_in(signpost_core::national::Slot::ALL)
                .into_iter()
                .map(|lead| (lead.slot, lead.organisation))
                .collect()
        })
        .unwrap_or_default();
    let national_code = national
        .map(|(country, _)| country.code.clone())
        .unwrap_or_default();
    let slot_issues = national.map(|(_, bundle)| &bundle.slot_issues);
    if matrix.organisations.is_empty() && national_columns.is_empty() {
        return view! {
            <p class="result-count" role="status">{summary} " " {t.matrix_empty()}</p>
        }
        .into_any();
    }
    let columns: Vec<_> = matrix
        .organisations
        .iter()
        .map(|organisation| {
            (
                organisation.id.clone(),
                organisation
                    .acronym
                    .clone()
                    .unwrap_or_else(|| organisation.name.clone()),
                organisation.name.clone(),
            )
        })
        .collect();
    view! {
        <p class="result-count" role="status">{summary}</p>
        <div class="matrix-scroll" tabindex="0" role="region" aria-label=t.matrix_scroll()>
            <table class="matrix">
                <caption class="visually-hidden">{t.matrix_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.matrix_issue_column()}</th>
                        {columns.into_iter().map(|(id, short, name)| view! {
                            <th scope="col" class="organisation-heading">
                                <A href=locale.href(&format!("/organisations/{id}")) attr:title=name>{short}</A>
                            </th>
                        }).collect_view()}
                        {national_columns.iter().map(|(slot, organisation)| view! {
                            <th scope="col" class="organisation-heading national-column">
                                <span title=slot_label(t, *slot, &national_code)>
                                    {organisation.acronym.clone().unwrap_or_else(|| organisation.name.clone())}
                                </span>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {matrix.issues.into_iter().zip(matrix.roles).map(|(issue, row)| view! {
                        <tr>
                            <th scope="row">
                                <A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A>
                            </th>
                            {row.into_iter().map(|roles| view! {
                                <td>{(!roles.is_empty()).then(|| view! { <RoleMarks roles=roles /> })}</td>
                            }).collect_view()}
                            {national_columns.iter().map(|(slot, _)| {
                                let answers = slot_issues.is_some_and(|map| map.answers(*slot, &issue.id));
                                view! { <td>{answers.then(|| view! { <span class="national-mark">{t.matrix_national_mark()}</span> })}</td> }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
