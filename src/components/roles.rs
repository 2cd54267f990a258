//! Role symbols: language-neutral marks for the matrix and its legend, always paired with
//! the role's name for screen readers and in the legend.

use leptos::prelude::*;
use signpost_core::model::Role;

pub fn role_symbol(role: Role) -> &'static str {
    match role {
        Role::Decides => "◆",
        Role::Coordinates => "●",
        Role::SetsStandards => "■",
        Role::Enforces => "▲",
        Role::ResolvesDisputes => "▼",
        Role::BuildsCapacity => "✚",
        Role::Funds => "★",
        Role::Discusses => "○",
    }
}

/// The symbols of `roles`, with their names for assistive technology.
#[component]
pub fn RoleMarks(roles: Vec<Role>) -> impl IntoView {
    let symbols: String = roles.iter().map(|&role| role_symbol(role)).collect();
    let names = roles
        .iter()
        .map(|role| role.label())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <span aria-hidden="true">{symbols}</span>
        <span class="visually-hidden">{names}</span>
    }
}

/// What each symbol means.
#[component]
pub fn RoleLegend() -> impl IntoView {
    view! {
        <dl class="role-legend">
            {Role::ALL.iter().map(|&role| view! {
                <div>
                    <dt aria-hidden="true">{role_symbol(role)}</dt>
                    <dd>{role.label()}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
