//! What changed in the dataset: every change, newest first (`/changes`), and one record's
//! history (`/changes/issues/spam`), from the history the build read from the repository.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use signpost_core::history::{Action, Change, RecordChange};

use crate::data::{self, HistoryState};
use crate::i18n::{use_locale, Strings};
use crate::pages::not_found::NotFoundPage;
use crate::pages::{current_page, route_param};
use signpost_core::address::Page;

/// The history, or what stands in for it while it comes or when it cannot.
fn with_history<V: IntoView + 'static>(
    t: &'static Strings,
    ready: impl Fn(&'static signpost_core::history::History) -> V + Send + Sync + 'static,
) -> impl IntoView {
    move || match data::history() {
        HistoryState::Loading => {
            view! { <p class="details-status" role="status">{t.changes_loading()}</p> }.into_any()
        }
        HistoryState::Failed(_) => {
            view! { <p class="notice" role="alert">{t.changes_failed()}</p> }.into_any()
        }
        HistoryState::Ready(history) => match &history.unavailable {
            Some(reason) => {
                view! { <p class="notice">{t.changes_unavailable(reason)}</p> }.into_any()
            }
            None => ready(history).into_any(),
        },
    }
}

/// What a change did to a record, in words.
fn action_text(t: &Strings, record: &RecordChange) -> String {
    match record.action {
        Action::Added => t.changes_added().to_string(),
        Action::Removed => t.changes_removed().to_string(),
        Action::Edited => t.changes_edited(record.fields.join(t.language_separator())),
    }
}

#[component]
pub fn ChangesPage() -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <Title text=t.changes_title() />
        <article class="page">
            <h1>{t.changes_heading()}</h1>
            <p class="lead">{t.changes_lead()}</p>
            <p><a href="/changes.xml" type="application/atom+xml">{t.changes_feed()}</a></p>
            {with_history(t, move |history| view! {
                <ol class="changes">
                    {history.changes.iter().map(|change| view! { <ChangeEntry change=change /> }).collect_view()}
                </ol>
            })}
        </article>
    }
}

#[component]
fn ChangeEntry(change: &'static Change) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let catalog = data::catalog();
    view! {
        <li id=change.commit.clone()>
            <p><time datetime=change.date.clone()>{change.date.clone()}</time> " · " {change.message.clone()}</p>
            <ul>
                {change.records.iter().map(|record| {
                    let name = catalog
                        .label(record.kind, &record.id, locale.lang())
                        .map(|label| label.name)
                        .unwrap_or_else(|| record.id.clone());
                    let known = record.action != Action::Removed && catalog.label(record.kind, &record.id, locale.lang()).is_some();
                    view! {
                        <li>
                            {t.kind_label(record.kind)} ": "
                            {if known {
                                view! { <A href=locale.href(&record.kind.path(&record.id))>{name}</A> }.into_any()
                            } else {
                                view! { <span>{name}</span> }.into_any()
                            }}
                            " (" {action_text(t, record)} ")"
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

#[component]
pub fn RecordChangesPage() -> impl IntoView {
    let id = route_param();
    let locale = use_locale();
    let t = locale.strings();
    move || {
        let id = id.get();
        let Page::RecordChanges(kind, _) = current_page() else {
            return view! { <NotFoundPage /> }.into_any();
        };
        let Some(label) = data::catalog().label(kind, &id, locale.lang()) else {
            return view! { <NotFoundPage /> }.into_any();
        };
        let heading = t.changes_record_heading(&label.name);
        let record_href = locale.href(&kind.path(&id));
        view! {
            <Title text=heading.clone() />
            <article class="page">
                <h1>{heading}</h1>
                <p class="lead">
                    {t.changes_record_lead()} " "
                    <A href=record_href>{label.name.clone()}</A>
                </p>
                {with_history(t, move |history| {
                    let entries = history.of_record(kind, &id);
                    if entries.is_empty() {
                        return view! { <p>{t.changes_none()}</p> }.into_any();
                    }
                    view! {
                        <ol class="changes">
                            {entries.into_iter().map(|(change, record)| view! {
                                <li>
                                    <time datetime=change.date.clone()>{change.date.clone()}</time>
                                    " · " {action_text(t, record)} " · " {change.message.clone()}
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                })}
                <p><A href=locale.href("/changes")>{t.changes_all()}</A></p>
            </article>
        }
        .into_any()
    }
}
