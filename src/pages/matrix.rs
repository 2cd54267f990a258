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
use signpost_core::model::{Basket, Lang, Stakeholder};

use crate::components::roles::{RoleLegend, RoleMarks};
use crate::data;

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
    }
}

fn href_for(filter: &MatrixFilter) -> String {
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
    format!("/matrix{}", params.to_query_string())
}

#[component]
pub fn MatrixPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| filter_from(&query.read()));
    let navigate = use_navigate();
    let change = move |update: &dyn Fn(&mut MatrixFilter)| {
        let mut next = filter.get_untracked();
        update(&mut next);
        navigate(
            &href_for(&next),
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
    let on_group = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        change(&|filter| filter.stakeholder = Stakeholder::from_code(&value));
    };
    let catalog = data::catalog();
    view! {
        <Title text="Issues and organisations matrix" />
        <article class="page matrix-page">
            <h1>"Issues and organisations"</h1>
            <p class="lead">
                "Who does what on each issue, from the dataset as it stands today. Narrow it to a basket, a region and a stakeholder group; the address of this page keeps your choice."
            </p>
            <form class="matrix-filters" on:submit=|event| event.prevent_default()>
                <label>
                    "Basket "
                    <select on:change=on_basket prop:value=move || filter.get().basket.map(Basket::code).unwrap_or_default()>
                        <option value="">"All baskets"</option>
                        {Basket::ALL.iter().map(|basket| view! {
                            <option value=basket.code()>{basket.label()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    "Region served "
                    <select on:change=on_area prop:value=move || filter.get().area.unwrap_or_default()>
                        <option value="">"Anywhere"</option>
                        {catalog.regions.iter().map(|region| view! {
                            <option value=region.id.clone()>{region.name.get(Lang::En).to_string()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="checkbox">
                    <input type="checkbox" on:change=on_global prop:checked=move || filter.get().include_global />
                    " Include global bodies"
                </label>
                <label>
                    "Stakeholder group "
                    <select on:change=on_group prop:value=move || filter.get().stakeholder.map(Stakeholder::code).unwrap_or_default()>
                        <option value="">"All groups"</option>
                        {Stakeholder::ALL.iter().map(|group| view! {
                            <option value=group.code()>{group.label()}</option>
                        }).collect_view()}
                    </select>
                </label>
            </form>
            <RoleLegend />
            {move || view! { <MatrixTable filter=filter.get() /> }}
        </article>
    }
}

#[component]
fn MatrixTable(filter: MatrixFilter) -> impl IntoView {
    let matrix = data::catalog().matrix(&filter);
    let summary = format!(
        "{} issues, {} organisations, {} roles.",
        matrix.issues.len(),
        matrix.organisations.len(),
        matrix.cell_count()
    );
    if matrix.organisations.is_empty() {
        return view! {
            <p class="result-count" role="status">{summary} " No organisation matches these filters: widen them."</p>
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
        <div class="matrix-scroll" tabindex="0" role="region" aria-label="Matrix, scrolls sideways">
            <table class="matrix">
                <caption class="visually-hidden">"Roles of organisations (columns) on issues (rows)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Issue"</th>
                        {columns.into_iter().map(|(id, short, name)| view! {
                            <th scope="col" class="organisation-heading">
                                <A href=format!("/organisations/{id}") attr:title=name>{short}</A>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {matrix.issues.into_iter().zip(matrix.roles).map(|(issue, row)| view! {
                        <tr>
                            <th scope="row">
                                <A href=format!("/issues/{}", issue.id)>{issue.name.get(Lang::En).to_string()}</A>
                            </th>
                            {row.into_iter().map(|roles| view! {
                                <td>{(!roles.is_empty()).then(|| view! { <RoleMarks roles=roles /> })}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
