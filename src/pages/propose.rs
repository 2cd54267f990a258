//! Propose an issue Signpost does not cover. The form produces a record in the dataset's
//! format and, where the repository is configured, a pre-filled new-issue link; nothing is
//! sent by the app. The draft is kept in the browser's local storage, so nothing typed is
//! lost on an error or a reload.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use signpost_core::order::sort_by_key;
use signpost_core::proposal::{
    id_from_title, problems, record_text, Fault, Proposal, TITLE_LIMITS,
};
use signpost_core::text::fold;

use crate::config::REPOSITORY_URL;
use crate::data;
use crate::i18n::{use_locale, Strings};

const FIELDS: [&str; 5] = ["title", "description", "affected", "region", "tried"];

fn storage() -> Option<web_sys::Storage> {
    crate::browser::window().and_then(|window| window.local_storage().ok().flatten())
}

fn stored(field: &str) -> Option<String> {
    storage().and_then(|storage| {
        storage
            .get_item(&format!("signpost.proposal.{field}"))
            .ok()
            .flatten()
    })
}

fn store(field: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("signpost.proposal.{field}"), value);
    }
}

fn today() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect()
}

/// A field's problem, said in the reader's language under the field it concerns.
fn fault_text(t: &Strings, fault: Fault) -> String {
    match fault {
        Fault::TooShort { min } => t.propose_too_short(min),
        Fault::TooLong { count, max } => t.propose_too_long(count, max),
        Fault::UnknownRegion => t.propose_no_region().to_string(),
        Fault::Markup => t.propose_markup().to_string(),
    }
}

/// Percent-encodes text for a URL query value.
fn encode(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

#[component]
pub fn ProposePage() -> impl IntoView {
    let catalog = data::catalog();
    let query = use_query_map();
    let locale = use_locale();
    let lang = locale.lang();
    let t = locale.strings();
    // The draft: what was typed before (local storage), else what the link suggests.
    let fields: Vec<(&'static str, RwSignal<String>)> = FIELDS
        .iter()
        .map(|&field| {
            let initial = stored(field)
                .filter(|value| !value.is_empty())
                .or_else(|| query.get_untracked().get(field))
                .unwrap_or_else(|| {
                    if field == "region" {
                        "global".to_string()
                    } else {
                        String::new()
                    }
                });
            (field, RwSignal::new(initial))
        })
        .collect();
    let field = move |name: &str| {
        fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, signal)| *signal)
            .expect("known field")
    };
    let (title, description, affected, region, tried) = (
        field("title"),
        field("description"),
        field("affected"),
        field("region"),
        field("tried"),
    );
    let submitted = RwSignal::new(false);
    let copied = RwSignal::new("");

    let proposal = Memo::new(move |_| {
        let title = title.get();
        Proposal {
            id: id_from_title(&title),
            title,
            description: description.get(),
            affected: affected.get(),
            region: region.get(),
            tried: tried.get(),
            proposed: today(),
        }
    });
    let region_exists = move |id: &str| {
        id == "global"
            || catalog.region(id).is_some()
            || (id.len() == 2 && catalog.country(id).is_some())
    };
    let found = Memo::new(move |_| problems(&proposal.read(), region_exists));
    let problem_of = move |name: &'static str| {
        move || {
            submitted
                .get()
                .then(|| {
                    found
                        .read()
                        .iter()
                        .find(|problem| problem.field == name)
                        .map(|problem| fault_text(t, problem.fault))
                })
                .flatten()
        }
    };
    let ready = move || submitted.get() && found.read().is_empty();

    let bind = move |name: &'static str, signal: RwSignal<String>| {
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            store(name, &value);
            signal.set(value);
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
    };
    let copy = move |_| {
        let text = record_text(&proposal.get_untracked());
        match crate::browser::window().map(|window| window.navigator().clipboard()) {
            Some(clipboard) => {
                let _ = clipboard.write_text(&text);
                copied.set(t.propose_copied());
            }
            None => copied.set(t.propose_copy_unavailable()),
        }
    };
    let download_href = move || {
        format!(
            "data:text/plain;charset=utf-8,{}",
            encode(&record_text(&proposal.read()))
        )
    };
    // The request goes to the curators, who work in English.
    let issue_link = move || {
        REPOSITORY_URL.map(|repository| {
            let proposal = proposal.read();
            format!(
                "{}/issues/new?title={}&body={}",
                repository.trim_end_matches('/'),
                encode(&format!("Proposed issue: {}", proposal.title.trim())),
                encode(&format!(
                    "A proposed issue for Signpost, written with its form.\n\nRecord for data/proposals/{}.toml:\n\n```toml\n{}```\n",
                    proposal.id,
                    record_text(&proposal)
                ))
            )
        })
    };

    let mut places: Vec<(String, String)> = catalog
        .regions
        .iter()
        .map(|region| {
            let name = region.name.get(lang);
            (region.id.clone(), t.propose_region_option(name))
        })
        .collect();
    sort_by_key(&mut places, |(_, name)| fold(name));
    let mut countries: Vec<(String, String)> = catalog
        .countries
        .iter()
        .map(|country| (country.code.clone(), country.name.get(lang).to_string()))
        .collect();
    sort_by_key(&mut countries, |(_, name)| fold(name));
    let (min_title, max_title) = TITLE_LIMITS;

    view! {
        <Title text=t.propose_title() />
        <article class="page propose">
            <h1>{t.propose_title()}</h1>
            <p class="lead">{t.propose_lead()} " " {t.propose_sends_nothing()}</p>
            <form class="proposal-form" on:submit=on_submit novalidate>
                <label for="proposal-title">{t.propose_field_title()} " " <span class="hint">{t.propose_title_hint(min_title, max_title)}</span></label>
                <input id="proposal-title" aria-describedby="proposal-title-problem" prop:value=move || title.get() on:input=bind("title", title) />
                <p id="proposal-title-problem" class="problem">{problem_of("title")}</p>

                <label for="proposal-description">{t.propose_field_description()}</label>
                <textarea id="proposal-description" rows="6" aria-describedby="proposal-description-problem" prop:value=move || description.get() on:input=bind("description", description)></textarea>
                <p id="proposal-description-problem" class="problem">{problem_of("description")}</p>

                <label for="proposal-affected">{t.propose_field_affected()}</label>
                <input id="proposal-affected" aria-describedby="proposal-affected-problem" prop:value=move || affected.get() on:input=bind("affected", affected) />
                <p id="proposal-affected-problem" class="problem">{problem_of("affected")}</p>

                <label for="proposal-region">{t.propose_field_region()}</label>
                <select id="proposal-region" aria-describedby="proposal-region-problem" prop:value=move || region.get() on:change=bind("region", region)>
                    <option value="global">{t.propose_worldwide()}</option>
                    <optgroup label=t.propose_regions()>
                        {places.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label=t.propose_countries()>
                        {countries.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
                    </optgroup>
                </select>
                <p id="proposal-region-problem" class="problem">{problem_of("region")}</p>

                <label for="proposal-tried">{t.propose_field_tried()}</label>
                <textarea id="proposal-tried" rows="3" aria-describedby="proposal-tried-problem" prop:value=move || tried.get() on:input=bind("tried", tried)></textarea>
                <p id="proposal-tried-problem" class="problem">{problem_of("tried")}</p>

                <button type="submit">{t.propose_submit()}</button>
                <p class="result-count" role="status" aria-live="polite">
                    {move || (submitted.get() && !found.read().is_empty()).then(|| t.propose_attention(found.read().len()))}
                </p>
            </form>
            <Show when=ready>
                <section class="proposal-output" aria-labelledby="record-heading">
                    <h2 id="record-heading">{t.propose_record_heading()}</h2>
                    <p>{t.propose_record_file()} " " <code dir="ltr">{move || format!("data/proposals/{}.toml", proposal.read().id)}</code></p>
                    <pre id="proposal-record" dir="ltr">{move || record_text(&proposal.read())}</pre>
                    <div class="card-actions">
                        <button type="button" on:click=copy>{t.propose_copy()}</button>
                        <a class="button" download=move || format!("{}.toml", proposal.read().id) href=download_href>{t.propose_download()}</a>
                        {move || issue_link().map(|href| view! { <a class="button" href=href rel="noopener">{t.propose_open_request()}</a> })}
                    </div>
                    <p class="result-count" role="status" aria-live="polite">{move || copied.get()}</p>
                    {REPOSITORY_URL.is_none().then(|| view! {
                        <p class="hint">{t.propose_no_repository()}</p>
                    })}
                </section>
            </Show>
        </article>
    }
}
