//! The ecosystem picture of an issue (its organisations by role) or of an organisation (its
//! issues by role), drawn as SVG from `signpost_core::ecosystem`. The same facts are listed
//! as text on the page, so the drawing is one image with a title and a description.

use leptos::prelude::*;
use signpost_core::ecosystem::{layout, Diagram, Direction, Member, Node};
use signpost_core::model::Role;
use signpost_core::model::{Issue, Organisation};
use signpost_core::RecordKind;

use crate::components::roles::role_symbol;
use crate::data;
use crate::i18n::{use_locale, Locale, Strings};

fn organisation_member(organisation: &Organisation) -> Member {
    Member {
        kind: RecordKind::Organisation,
        id: organisation.id.clone(),
        label: organisation
            .acronym
            .clone()
            .unwrap_or_else(|| organisation.name.clone()),
    }
}

fn issue_member(issue: &Issue, locale: Locale) -> Member {
    Member {
        kind: RecordKind::Issue,
        id: issue.id.clone(),
        label: issue.name.get(locale.lang()).to_string(),
    }
}

/// A role's heading in the drawing: its symbol and its name in the reader's language.
fn heading(locale: Locale, role: Role) -> String {
    format!(
        "{} {}",
        role_symbol(role),
        locale.strings().role_label(role)
    )
}

fn direction(locale: Locale) -> Direction {
    if locale.is_rtl() {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    }
}

#[component]
pub fn IssueEcosystem(issue: &'static Issue) -> impl IntoView {
    let locale = use_locale();
    let groups: Vec<_> = data::catalog()
        .organisations_by_role(issue)
        .into_iter()
        .map(|(role, members)| {
            let members = members.into_iter().map(organisation_member).collect();
            (role, heading(locale, role), members)
        })
        .collect();
    let title = locale
        .strings()
        .ecosystem_issue_title(issue.name.get(locale.lang()));
    (!groups.is_empty()).then(|| {
        let diagram = layout(issue_member(issue, locale), groups, direction(locale));
        view! { <EcosystemFigure diagram=diagram title=title /> }
    })
}

#[component]
pub fn OrganisationEcosystem(organisation: &'static Organisation) -> impl IntoView {
    let locale = use_locale();
    let groups: Vec<_> = data::catalog()
        .issues_by_role(&organisation.id)
        .into_iter()
        .map(|(role, members)| {
            let members = members.into_iter().map(|issue| issue_member(issue, locale));
            (role, heading(locale, role), members.collect())
        })
        .collect();
    let centre = organisation_member(organisation);
    let title = locale.strings().ecosystem_organisation_title(&centre.label);
    (!groups.is_empty()).then(|| {
        let diagram = layout(centre, groups, direction(locale));
        view! { <EcosystemFigure diagram=diagram title=title /> }
    })
}

/// The text of the drawing for assistive technology: every group and its members.
fn description(diagram: &Diagram, t: &Strings) -> String {
    diagram
        .groups
        .iter()
        .map(|group| {
            let members: Vec<&str> = group
                .nodes
                .iter()
                .map(|node| node.member.label.as_str())
                .collect();
            format!(
                "{}{}{}.",
                t.role_label(group.role),
                t.language_colon(),
                members.join(t.language_separator())
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn node_text(node: &Node, class: &'static str) -> impl IntoView {
    let x = node.x + node.width / 2;
    node.lines
        .iter()
        .enumerate()
        .map(|(line, words)| {
            let y = node.y + 20 + line as u32 * 22;
            view! { <text x=x y=y class=class text-anchor="middle">{words.clone()}</text> }
        })
        .collect_view()
}

#[component]
fn EcosystemFigure(diagram: Diagram, title: String) -> impl IntoView {
    let t = use_locale().strings();
    let described = description(&diagram, t);
    let centre = &diagram.centre;
    let centre_bottom = (centre.x + centre.width / 2, centre.y + centre.height);
    view! {
        <figure class="ecosystem">
            <svg
                viewBox=format!("0 0 {} {}", diagram.width, diagram.height)
                role="img"
                aria-labelledby="ecosystem-title ecosystem-desc"
            >
                <title id="ecosystem-title">{title.clone()}</title>
                <desc id="ecosystem-desc">{described}</desc>
                {diagram.groups.iter().map(|group| view! {
                    <line
                        x1=centre_bottom.0 y1=centre_bottom.1
                        x2=group.x + group.width / 2 y2=group.y
                        class="ecosystem-link"
                    />
                }).collect_view()}
                <rect x=centre.x y=centre.y width=centre.width height=centre.height rx="8" class="ecosystem-centre" />
                {node_text(centre, "ecosystem-centre-text")}
                {diagram.groups.iter().map(|group| view! {
                    <g>
                        <rect x=group.x y=group.y width=group.width height=group.height rx="8" class="ecosystem-group" />
                        {group.heading.iter().enumerate().map(|(line, words)| view! {
                            <text x=group.heading_x y=group.y + 24 + line as u32 * 22 class="ecosystem-role">
                                {words.clone()}
                            </text>
                        }).collect_view()}
                        {group.nodes.iter().map(|node| view! {
                            <rect x=node.x y=node.y width=node.width height=node.height rx="5" class="ecosystem-node" />
                            {node_text(node, "ecosystem-node-text")}
                        }).collect_view()}
                    </g>
                }).collect_view()}
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}
