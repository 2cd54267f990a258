//! Role symbols: language-neutral marks for the matrix and its legend, always paired with
//! the role's name for screen readers and in the legend.

use leptos::prelude::*;
use signpost_core::model::Role;

use crate::i18n::use_locale;

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
    let t = use_locale().strings();
    let symbols: String = roles.iter().map(|&role| role_symbol(role)).collect();
    let names = roles
        .iter()
        .map(|&role| t.role_label(role))
        .collect::<Vec<_>>()
        .join(t.language_separator());
    view! {
        <span aria-hidden="true">{symbols}</span>
        <span class="visually-hidden">{names}</span>
    }
}

/// What each symbol means.
#[component]
pub fn RoleLegend() -> impl IntoView {
    let t = use_locale().strings();
    view! {
        <dl class="role-legend">
            {Role::ALL.iter().map(|&role| view! {
                <div>
                    <dt aria-hidden="true">{role_symbol(role)}</dt>
                    <dd>{t.role_label(role)}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
