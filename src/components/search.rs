use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use signpost_core::model::{HomeStatus, LocalText, Role};
use signpost_core::order::sort_by_key;
use signpost_core::routing::{IssueRoute, Route};
use signpost_core::search::Hit;
use signpost_core::text::fold;
use signpost_core::RecordKind;

use crate::components::highlight::Highlight;
use crate::components::issue_parts::{HomeBadge, HomeNote, OrganisationLink};
use crate::components::national::NationalLeads;
use crate::components::translated::{
    organisation_name, pick, EnglishName, Translated, Written, WrittenIn,
};
use crate::components::venues::{ActorsByRole, OpenVenues};
use crate::data;
use crate::i18n::{use_locale, Locale, Strings};

/// Results shown while typing; enough to choose from without scrolling forever.
const RESULT_LIMIT: usize = 20;

/// The query in the URL (`?q=`), the single source of truth for what was typed.
pub fn use_url_query() -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("q").unwrap_or_default())
}

/// The country chosen in the page (`?country=SN`), if any.
pub fn use_url_country() -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("country").unwrap_or_default())
}

/// The proposal form, its title suggested by what was searched.
pub fn search_href_for_proposal(query: &str) -> String {
    let mut params = ParamsMap::new();
    if !query.trim().is_empty() {
        params.insert("title", query.trim().to_string());
    }
    format!("/propose{}", params.to_query_string())
}

/// `path?q=query&country=XX`, leaving out empty parts.
pub fn search_href(path: &str, query: &str) -> String {
    search_href_with_country(path, query, "")
}

pub fn search_href_with_country(path: &str, query: &str, country: &str) -> String {
    let mut params = ParamsMap::new();
    if !query.is_empty() {
        params.insert("q", query.to_string());
    }
    if !country.is_empty() {
        params.insert("country", country.to_string());
    }
    format!("{path}{}", params.to_query_string())
}

/// A search box bound to `?q=` of `target` (the current path when `None`). Typing replaces
/// the history entry, so back and forward move between pages, not keystrokes.
#[component]
pub fn SearchBox(#[prop(optional)] target: Option<&'static str>) -> impl IntoView {
    let query = use_url_query();
    let country = use_url_country();
    let location = use_location();
    let navigate = use_navigate();
    let locale = use_locale();
    let t = locale.strings();
    let go = move |value: String, replace: bool| {
        let path = target
            .map(str::to_string)
            .unwrap_or_else(|| location.pathname.get_untracked());
        // The country chosen stays chosen while the question changes.
        let href = search_href_with_country(&path, &value, &country.get_untracked());
        navigate(
            &locale.href(&href),
            NavigateOptions {
                replace: replace && target.is_none(),
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_input = {
        let go = go.clone();
        move |event: leptos::ev::Event| go(event_target_value(&event), true)
    };
    let on_submit = {
        let go = go.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            go(query.get_untracked(), false);
        }
    };
    // The box is an ARIA combobox: its list of suggestions (the first results, by name) is
    // walked with the arrows while focus stays in the box (aria-activedescendant); Enter
    // opens the active one, Escape closes the list, then clears the box.
    let suggestions = use_suggestions(locale);
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let expanded = move || open.get() && !suggestions.read().is_empty();
    let navigate_to = use_navigate();
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = suggestions.read_untracked().len();
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|at| *at = Some(at.map_or(0, |at| (at + 1).min(count - 1))));
            }
            "ArrowUp" if count > 0 && open.get_untracked() => {
                event.prevent_default();
                active.update(|at| *at = at.and_then(|at| at.checked_sub(1)));
            }
            "Enter" => {
                let chosen = active
                    .get_untracked()
                    .filter(|_| open.get_untracked())
                    .and_then(|at| suggestions.read_untracked().get(at).map(|s| s.href.clone()));
                open.set(false);
                active.set(None);
                if let Some(href) = chosen {
                    event.prevent_default();
                    navigate_to(&href, Default::default());
                } else {
                    // The question is asked: the results are what the reader wants to see,
                    // so the list closes and, on a phone, the keyboard goes down.
                    use wasm_bindgen::JsCast;
                    if let Some(input) = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = input.blur();
                    }
                }
            }
            "Escape" if expanded() => {
                event.prevent_default();
                open.set(false);
                active.set(None);
            }
            "Escape" if !query.get_untracked().is_empty() => {
                event.prevent_default();
                go(String::new(), true);
            }
            _ => {}
        }
    };
    let on_input = move |event: leptos::ev::Event| {
        open.set(true);
        active.set(None);
        on_input(event)
    };
    let option_id = |position: usize| format!("search-suggestion-{position}");
    view! {
        <form role="search" class="search-form" on:submit=on_submit>
            <label for="search-input" class="search-label">{t.search_label()}</label>
            <div class="combobox">
                <input
                    id="search-input"
                    type="search"
                    name="q"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded=move || expanded().to_string()
                    aria-controls="search-suggestions"
                    aria-activedescendant=move || {
                        // Never point at an option that is gone (back/forward changed the list).
                        active.get().filter(|&at| expanded() && at < suggestions.read().len()).map(option_id)
                    }
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=t.search_placeholder()
                    aria-describedby="search-help"
                    prop:value=move || query.get()
                    on:input=on_input
                    on:keydown=on_keydown
                    on:blur=move |_| open.set(false)
                />
                <ul id="search-suggestions" role="listbox" aria-label=t.search_suggestions() hidden=move || !expanded()>
                    {move || suggestions.get().into_iter().enumerate().map(|(position, suggestion)| {
                        let href = suggestion.href.clone();
                        let navigate = use_navigate();
                        view! {
                            <li
                                role="option"
                                id=option_id(position)
                                aria-selected=move || (active.get() == Some(position)).to_string()
                                // mousedown, not click: the box must not lose focus first.
                                on:mousedown=move |event| {
                                    event.prevent_default();
                                    open.set(false);
                                    navigate(&href, Default::default());
                                }
                            >
                                <span class="suggestion-name">{suggestion.name}</span>
                                " " <span class="suggestion-kind">{suggestion.kind}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
            <p id="search-help" class="hint">{t.search_help()}</p>
        </form>
    }
}

/// One entry of the search box's list: a result's name, its kind and where it leads.
#[derive(Debug, Clone, PartialEq)]
struct Suggestion {
    name: String,
    kind: &'static str,
    href: String,
}

/// Suggestions listed under the box.
const SUGGESTIONS: usize = 6;

/// The first results for the URL's query, by name, in the reader's language.
fn use_suggestions(locale: Locale) -> Memo<Vec<Suggestion>> {
    let route = use_route();
    Memo::new(move |_| {
        let t = locale.strings();
        route
            .read()
            .as_ref()
            .map(|route| {
                route
                    .hits
                    .iter()
                    .filter_map(|hit| {
                        let text = ResultText::of(hit.kind, &hit.id, locale)?;
                        Some(Suggestion {
                            name: text.name.0,
                            kind: t.kind_label(hit.kind),
                            href: locale.href(&hit.kind.path(&hit.id)),
                        })
                    })
                    .take(SUGGESTIONS)
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The result title links, in order.
fn result_links() -> Vec<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let Ok(nodes) = document().query_selector_all("#search-results .result-title a") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|position| nodes.item(position))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Up and down arrows move between results; Escape (or up from the first) returns to the box.
fn on_results_keydown(event: leptos::ev::KeyboardEvent) {
    let links = result_links();
    let active = document().active_element();
    let current = links.iter().position(|link| {
        active
            .as_ref()
            .is_some_and(|active| active == link.as_ref())
    });
    let target = match (event.key().as_str(), current) {
        ("ArrowDown", Some(position)) => Some((position + 1).min(links.len() - 1)),
        ("ArrowUp", Some(0)) | ("Escape", _) => None,
        ("ArrowUp", Some(position)) => Some(position - 1),
        _ => return,
    };
    event.prevent_default();
    match target {
        Some(position) => {
            let _ = links[position].focus();
        }
        None => {
            if let Some(input) = document()
                .get_element_by_id("search-input")
                .and_then(|element| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
                })
            {
                let _ = input.focus();
            }
        }
    }
}

/// The route for the URL's question and country, recomputed as either changes: computed
/// once per keystroke and shared by the search box (its suggestions) and the results.
#[derive(Clone, Copy)]
pub struct SearchRoute(Memo<Option<Route<'static>>>);

/// Makes the page's `SearchRoute`; call it in the page that holds the box and the results.
pub fn provide_search_route() {
    let query = use_url_query();
    let country = use_url_country();
    provide_context(SearchRoute(Memo::new(move |_| {
        let query = query.read();
        if query.trim().is_empty() {
            return None;
        }
        let country = country.read();
        let chosen = (!country.is_empty()).then_some(country.as_str());
        Some(data::catalog().route(data::index(), &query, chosen, RESULT_LIMIT))
    })));
}

fn use_route() -> Memo<Option<Route<'static>>> {
    expect_context::<SearchRoute>().0
}

/// Ranked results for the URL's query: the best issue and where to take it first, then
/// every match with why it matched.
#[component]
pub fn SearchResults() -> impl IntoView {
    let query = use_url_query();
    let route = use_route();
    let locale = use_locale();
    let t = locale.strings();
    let hits = Memo::new(move |_| {
        route
            .read()
            .as_ref()
            .map(|route| route.hits.clone())
            .unwrap_or_default()
    });
    let status = move || {
        let count = hits.read().len();
        match (query.read().trim().is_empty(), count) {
            (true, _) => String::new(),
            (false, 0) => t.search_none().to_string(),
            (false, n) if n >= RESULT_LIMIT => t.search_top(n),
            (false, n) => t.search_count(n),
        }
    };
    view! {
        <CountryPicker />
        <p class="result-count" role="status" aria-live="polite">{status}</p>
        {move || route.get().map(|route| {
            let country_note = route.country.filter(|(_, named)| *named).map(|(country, _)| view! {
                <p class="country-note">{t.search_country_note(country.name.get(locale.lang()))}</p>
            });
            // The national bodies first, where the country's sheet names some for the question.
            let national = route.country.map(|(country, _)| {
                let (kinds, issue) = signpost_core::national::asked(data::catalog(), &route);
                view! { <NationalLeads country=country kinds=kinds issue=issue.map(str::to_string) section=true /> }
            });
            let answer = if route.good_match {
                route.issues.first().cloned().map(|best| view! { <BestAnswer route=best /> }.into_any())
            } else {
                Some(view! { <NoGoodMatch route=route.clone() /> }.into_any())
            };
            view! { {country_note} {national} {answer} }
        })}
        <Show when=move || !hits.read().is_empty()>
            <h2 class="results-heading">{t.search_all_matches()}</h2>
        </Show>
        <ol id="search-results" class="results" on:keydown=on_results_keydown>
            <For
                each=move || hits.get()
                key=|hit| (hit.kind, hit.id.clone())
                children=move |hit| view! { <ResultItem hit=hit /> }
            />
        </ol>
    }
}

/// Choose the country whose regional bodies should lead (`?country=`).
#[component]
fn CountryPicker() -> impl IntoView {
    let catalog = data::catalog();
    let query = use_url_query();
    let country = use_url_country();
    let location = use_location();
    let navigate = use_navigate();
    let locale = use_locale();
    let t = locale.strings();
    let mut countries: Vec<_> = catalog.countries.iter().collect();
    sort_by_key(&mut countries, |country| {
        fold(country.name.get(locale.lang()))
    });
    let on_change = move |event: leptos::ev::Event| {
        navigate(
            &locale.href(&search_href_with_country(
                &location.pathname.get_untracked(),
                &query.get_untracked(),
                &event_target_value(&event),
            )),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <div class="country-choice">
            <label for="country-select">{t.search_country_label()}</label>
            <select id="country-select" on:change=on_change prop:value=move || country.get()>
                <option value="">{t.search_any_country()}</option>
                {countries.into_iter().map(|country| view! {
                    <option value=country.code.clone()>{country.name.get(locale.lang()).to_string()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// An organisation's role, as a lower-case aside: "(sets standards)".
fn role_aside(t: &Strings, role: Role) -> String {
    format!("({})", t.role_label(role).to_lowercase())
}

/// The best issue for the question, and who can act on it, grouped by role.
#[component]
fn BestAnswer(route: IssueRoute<'static>) -> impl IntoView {
    let issue = route.issue;
    let elsewhere = route.elsewhere.clone();
    let locale = use_locale();
    let t = locale.strings();
    // The full answer keeps the asker's country, so it stays tailored.
    let country = use_url_country().get_untracked();
    let issue_href = locale.href(&search_href_with_country(
        &format!("/issues/{}", issue.id),
        "",
        &country,
    ));
    view! {
        <section class="best-answer" aria-labelledby="best-heading">
            <p class="kind">{t.search_best_match()}</p>
            <h2 id="best-heading"><A href=issue_href.clone()><Translated text=&issue.name /></A></h2>
            {(issue.home.status != HomeStatus::Clear).then(|| view! { <HomeBadge status=issue.home.status /> })}
            <p><Translated text=&issue.summary /></p>
            <HomeNote issue=issue />
            <h3>{t.search_where_to_take()}</h3>
            <ActorsByRole route=route />
            {(!elsewhere.is_empty()).then(|| view! {
                <details class="elsewhere">
                    <summary>{t.search_other_regions(elsewhere.len())}</summary>
                    <ul>
                        {elsewhere.into_iter().map(|link| view! {
                            <li><OrganisationLink id=link.organisation.clone() /> " " {role_aside(t, link.role)}</li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
            <p><A href=issue_href>{t.search_full_answer()}</A></p>
        </section>
    }
}

/// Said plainly when nothing fits well: the closest issues, and the open venues.
#[component]
fn NoGoodMatch(route: Route<'static>) -> impl IntoView {
    let route_query = use_url_query().get_untracked();
    let locale = use_locale();
    let t = locale.strings();
    let closest: Vec<_> = route
        .issues
        .iter()
        .take(3)
        .map(|issue_route| issue_route.issue)
        .collect();
    let [advice_before, advice_after] = t.no_match_advice();
    let [propose_before, propose_after] = t.no_match_propose();
    view! {
        <section class="notice no-match" aria-labelledby="no-match-heading">
            <h2 id="no-match-heading">{t.no_match_heading()}</h2>
            <p>
                {advice_before}
                <A href=locale.href("/ask")>{t.no_match_advice_link()}</A>
                {advice_after}
            </p>
            {(!closest.is_empty()).then(|| view! {
                <p>{t.no_match_closest()}</p>
                <ul>
                    {closest.into_iter().map(|issue| view! {
                        <li><A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A></li>
                    }).collect_view()}
                </ul>
            })}
            <p>{t.no_match_open_venues()}</p>
            <OpenVenues country=route.country.map(|(country, _)| country) />
            <p>
                {propose_before}
                <A href=locale.href(&search_href_for_proposal(&route_query))>{t.no_match_propose_link()}</A>
                {propose_after}
            </p>
        </section>
    }
}

/// What a result shows: name, acronym (or code, or expansion) and summary, each with the
/// language it is written in.
struct ResultText {
    name: (String, Written),
    acronym: Option<(String, Written)>,
    summary: (String, Written),
}

impl ResultText {
    fn of(kind: RecordKind, id: &str, locale: Locale) -> Option<ResultText> {
        let catalog = data::catalog();
        let t = locale.strings();
        let local = |text: &'static LocalText| {
            let (shown, written) = pick(text, locale);
            (shown.to_string(), written)
        };
        let said = |text: &str| (text.to_string(), Written::InLocale);
        let named = |text: &str| (text.to_string(), Written::EnglishName);
        Some(match kind {
            RecordKind::Issue => {
                let issue = catalog.issue(id)?;
                ResultText {
                    name: local(&issue.name),
                    acronym: None,
                    summary: local(&issue.summary),
                }
            }
            RecordKind::Organisation => {
                let organisation = catalog.organisation(id)?;
                ResultText {
                    name: organisation_name(organisation, locale)
                        .map(said)
                        .unwrap_or_else(|| named(&organisation.name)),
                    acronym: organisation.acronym.as_deref().map(said),
                    summary: local(&organisation.summary),
                }
            }
            RecordKind::Resource => {
                let resource = catalog.resource(id)?;
                ResultText {
                    name: local(&resource.title),
                    acronym: None,
                    summary: resource.summary.as_ref().map(local).unwrap_or_else(|| {
                        said(&t.record_resource_facts(
                            t.resource_type_label(resource.kind),
                            resource.year,
                        ))
                    }),
                }
            }
            RecordKind::Term => {
                let term = catalog.term(id)?;
                ResultText {
                    name: said(&term.term),
                    acronym: term.expansion.as_deref().map(named),
                    summary: local(&term.definition),
                }
            }
            RecordKind::Country => {
                let country = catalog.country(id)?;
                ResultText {
                    name: local(&country.name),
                    acronym: Some(said(&country.code)),
                    summary: catalog
                        .region(&country.region)
                        .map(|region| local(&region.name))
                        .unwrap_or_else(|| said("")),
                }
            }
        })
    }
}

#[component]
fn ResultItem(hit: Hit) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    let Some(text) = ResultText::of(hit.kind, &hit.id, locale) else {
        return ().into_any();
    };
    let matched: Vec<String> = hit
        .matched_words()
        .into_iter()
        .map(str::to_string)
        .collect();
    let why = hit
        .reasons
        .iter()
        .map(|reason| t.search_reason(t.field_label(reason.field), &reason.matched))
        .collect::<Vec<_>>()
        .join(t.language_separator());
    let issue = (hit.kind == RecordKind::Issue)
        .then(|| catalog.issue(&hit.id))
        .flatten();
    // The same routing as the best answer, without a country: the first four bodies.
    let venues = issue.map(|issue| {
        let route = catalog.route_issue(issue, None);
        let mut names: Vec<(&'static str, Role)> = Vec::new();
        for venue in route.ranked_venues() {
            if names.len() == 4 || names.iter().any(|(id, _)| *id == venue.organisation) {
                continue;
            }
            if let Some(organisation) = catalog.organisation(venue.organisation) {
                names.push((organisation.id.as_str(), venue.role));
            }
        }
        names
    });
    let home = issue
        .map(|issue| issue.home.status)
        .filter(|status| *status != HomeStatus::Clear);
    let title = {
        let matched = matched.clone();
        let acronym = text.acronym.map(|(acronym, written)| {
            let matched = matched.clone();
            view! { " (" <WrittenIn written=written><Highlight text=acronym matched=matched /></WrittenIn> ")" }
        });
        let (name, written) = text.name;
        view! { <WrittenIn written=written><Highlight text=name matched=matched /></WrittenIn> {acronym} }
    };
    let (summary, summary_written) = text.summary;
    view! {
        <li class="result">
            <span class="kind">{t.kind_label(hit.kind)}</span>
            <h2 class="result-title">
                <A href=locale.href(&hit.kind.path(&hit.id))>{title}</A>
            </h2>
            {home.map(|status| view! { <HomeBadge status=status /> })}
            <p class="summary">
                <WrittenIn written=summary_written><Highlight text=summary matched=matched /></WrittenIn>
            </p>
            {venues.filter(|venues| !venues.is_empty()).map(|venues| view! {
                <p class="venues">
                    {t.search_where_to_take_inline()} " "
                    {venues.into_iter().enumerate().map(|(position, (id, role))| view! {
                        {(position > 0).then_some(t.language_separator())}
                        <VenueName id=id /> " " {role_aside(t, role)}
                    }).collect_view()}
                </p>
            })}
            <p class="why">{t.search_matched()} " " {why}</p>
        </li>
    }
    .into_any()
}

/// An organisation by its acronym (or name) as a link, for the short venue lists of results.
#[component]
fn VenueName(id: &'static str) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let Some(organisation) = catalog.organisation(id) else {
        return ().into_any();
    };
    let href = locale.href(&format!("/organisations/{id}"));
    match (
        &organisation.acronym,
        organisation_name(organisation, locale),
    ) {
        (Some(acronym), _) => view! { <A href=href>{acronym.clone()}</A> }.into_any(),
        (None, Some(name)) => view! { <A href=href>{name}</A> }.into_any(),
        (None, None) => {
            view! { <A href=href><EnglishName>{organisation.name.clone()}</EnglishName></A> }
                .into_any()
        }
    }
}
