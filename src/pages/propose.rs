//! Propose an issue Signpost does not cover. The form produces a record in the dataset's
//! format and, where the repository is configured, a pre-filled new-issue link; nothing is
//! sent by the app. The draft is kept in the browser's local storage, so nothing typed is
//! lost on an error or a reload.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use signpost_core::proposal::{id_from_title, problems, record_text, Proposal};
use signpost_core::text::fold;

use crate::config::REPOSITORY_URL;
use crate::data;

const FIELDS: [&str; 5] = ["title", "description", "affected", "region", "tried"];

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
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

/// Percent-encodes text for a URL query value.
fn encode(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

#[component]
pub fn ProposePage() -> impl IntoView {
    let catalog = data::catalog();
    let query = use_query_map();
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
    let copied = RwSignal::new(String::new());

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
                        .find(|(field, _)| *field == name)
                        .map(|(_, message)| message.clone())
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
        match web_sys::window().map(|window| window.navigator().clipboard()) {
            Some(clipboard) => {
                let _ = clipboard.write_text(&text);
                copied.set("Record copied.".to_string());
            }
            None => {
                copied.set("Copying is not available here; select the text instead.".to_string())
            }
        }
    };
    let download_href = move || {
        format!(
            "data:text/plain;charset=utf-8,{}",
            encode(&record_text(&proposal.read()))
        )
    };
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
        .map(|region| (region.id.clone(), format!("{} (region)", region.name.en)))
        .collect();
    places.sort_by_key(|(_, name)| fold(name));
    let mut countries: Vec<(String, String)> = catalog
        .countries
        .iter()
        .map(|country| (country.code.clone(), country.name.en.clone()))
        .collect();
    countries.sort_by_key(|(_, name)| fold(name));

    view! {
        <Title text="Propose an issue" />
        <article class="page propose">
            <h1>"Propose an issue"</h1>
            <p class="lead">
                "Is your issue missing from Signpost, or does it have no home anywhere? Describe it and Signpost's curators can add it. "
                "This form sends nothing: it writes a record you copy, download or attach to a request. Your draft stays in this browser until you clear it."
            </p>
            <form class="proposal-form" on:submit=on_submit novalidate>
                <label for="proposal-title">"Title" <span class="hint">" (5 to 120 characters)"</span></label>
                <input id="proposal-title" aria-describedby="proposal-title-problem" prop:value=move || title.get() on:input=bind("title", title) />
                <p id="proposal-title-problem" class="problem">{problem_of("title")}</p>

                <label for="proposal-description">"What is the issue, and why does it matter?"</label>
                <textarea id="proposal-description" rows="6" aria-describedby="proposal-description-problem" prop:value=move || description.get() on:input=bind("description", description)></textarea>
                <p id="proposal-description-problem" class="problem">{problem_of("description")}</p>

                <label for="proposal-affected">"Who is affected?"</label>
                <input id="proposal-affected" aria-describedby="proposal-affected-problem" prop:value=move || affected.get() on:input=bind("affected", affected) />
                <p id="proposal-affected-problem" class="problem">{problem_of("affected")}</p>

                <label for="proposal-region">"Where does it arise?"</label>
                <select id="proposal-region" aria-describedby="proposal-region-problem" prop:value=move || region.get() on:change=bind("region", region)>
                    <option value="global">"Worldwide"</option>
                    <optgroup label="Regions">
                        {places.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </optgroup>
                    <optgroup label="Countries and territories">
                        {countries.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
                    </optgroup>
                </select>
                <p id="proposal-region-problem" class="problem">{problem_of("region")}</p>

                <label for="proposal-tried">"Venues already tried (optional)"</label>
                <textarea id="proposal-tried" rows="3" aria-describedby="proposal-tried-problem" prop:value=move || tried.get() on:input=bind("tried", tried)></textarea>
                <p id="proposal-tried-problem" class="problem">{problem_of("tried")}</p>

                <button type="submit">"Write the record"</button>
                <p class="result-count" role="status" aria-live="polite">
                    {move || (submitted.get() && !found.read().is_empty()).then(|| format!("{} field(s) need attention; nothing you typed was lost.", found.read().len()))}
                </p>
            </form>
            <Show when=ready>
                <section class="proposal-output" aria-labelledby="record-heading">
                    <h2 id="record-heading">"Your record"</h2>
                    <p>"For " <code>{move || format!("data/proposals/{}.toml", proposal.read().id)}</code> " in the dataset:"</p>
                    <pre id="proposal-record">{move || record_text(&proposal.read())}</pre>
                    <div class="card-actions">
                        <button type="button" on:click=copy>"Copy the record"</button>
                        <a class="button" download=move || format!("{}.toml", proposal.read().id) href=download_href>"Download the record"</a>
                        {move || issue_link().map(|href| view! { <a class="button" href=href rel="noopener">"Open a pre-filled request"</a> })}
                    </div>
                    <p class="result-count" role="status" aria-live="polite">{move || copied.get()}</p>
                    {REPOSITORY_URL.is_none().then(|| view! {
                        <p class="hint">
                            "This copy of Signpost has no project repository configured, so it cannot open a pre-filled request. "
                            "Send the record to the people who run it, or add it to the dataset by pull request (see CONTRIBUTING.md)."
                        </p>
                    })}
                </section>
            </Show>
        </article>
    }
}
