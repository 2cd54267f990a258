//! A country's national sheet: who holds each national slot, its treaty status, the gaps;
//! and, on answers, the national bodies to contact first. Each sheet is fetched on demand
//! (`crate::national`).

use leptos::prelude::*;
use leptos_router::components::A;
use signpost_core::model::{Country, Organisation, OrganisationType, Source};
use signpost_core::national::{Bundle, Gap, Slot, SlotEntry, Treaty, TreatyState, TreatyStatus};

use crate::components::translated::{organisation_name, Translated};
use crate::data;
use crate::i18n::{use_locale, Strings};
use crate::national::{self, Sheet};

/// The country code as its ccTLD is written (`GB` is `.uk`).
fn tld_of(code: &str) -> String {
    match code {
        "GB" => "uk".to_string(),
        code => code.to_ascii_lowercase(),
    }
}

/// A slot's name; for the ccTLD manager, with the country's domain (`.ke`), or, with no
/// country (`""`, tables of several countries), the plain kind of body.
pub fn slot_label(t: &'static Strings, slot: Slot, country: &str) -> String {
    match slot {
        Slot::CctldManager if country.is_empty() => t.organisation_type_cctld_manager().to_string(),
        Slot::CctldManager => t.national_slot_cctld_manager(tld_of(country)),
        Slot::Regulator => t.national_slot_regulator().to_string(),
        Slot::Csirt => t.national_slot_csirt().to_string(),
        Slot::Dpa => t.national_slot_dpa().to_string(),
        Slot::CybercrimeUnit => t.national_slot_cybercrime_unit().to_string(),
        Slot::ConsumerAgency => t.national_slot_consumer_agency().to_string(),
        Slot::CsamHotline => t.national_slot_csam_hotline().to_string(),
        Slot::NationalIgf => t.national_slot_national_igf().to_string(),
        Slot::IsocChapter => t.national_slot_isoc_chapter().to_string(),
    }
}

pub fn treaty_label(t: &'static Strings, treaty: Treaty) -> &'static str {
    match treaty {
        Treaty::Budapest => t.national_treaty_ets_185(),
        Treaty::BudapestSecondProtocol => t.national_treaty_cets_224(),
        Treaty::Convention108 => t.national_treaty_ets_108(),
        Treaty::Convention108Plus => t.national_treaty_cets_223(),
        Treaty::Malabo => t.national_treaty_malabo(),
        Treaty::UnCybercrime => t.national_treaty_un_cybercrime(),
    }
}

fn treaty_state(t: &'static Strings, status: &TreatyStatus) -> String {
    match status.status {
        TreatyState::Party => t.national_state_party(&status.date),
        TreatyState::Signatory => t.national_state_signatory(&status.date),
        TreatyState::Invited => t.national_state_invited(&status.date),
        TreatyState::None => t.national_state_none(&status.date),
    }
}

/// A national body: its name in the reader's language where it has one (else English, with
/// its official name beside it), linked to its own site.
#[component]
pub fn NationalBody(organisation: &'static Organisation) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let name = organisation_name(organisation, locale).unwrap_or(&organisation.name);
    let name = match &organisation.acronym {
        Some(acronym) => format!("{name} ({acronym})"),
        None => name.to_string(),
    };
    // The official name, when the page shows another one.
    let official = organisation
        .names
        .iter()
        .find(|(code, official)| code.as_str() != locale.code() && official.as_str() != name)
        .map(|(code, official)| view! { <span class="official-name">" " <span lang=code.clone()>"(" {official.clone()} ")"</span></span> });
    let label = match &organisation.website {
        Some(website) => view! { <a href=website.clone() rel="noopener">{name}</a> }.into_any(),
        None => view! { <span>{name}</span> }.into_any(),
    };
    view! {
        <span class="national-body">
            {label}
            {official}
            <span class="body-kind">" · " {t.organisation_type_label(organisation.kind)}</span>
        </span>
    }
}

fn source_links(sources: &'static [Source]) -> impl IntoView {
    sources
        .iter()
        .map(|source| {
            view! { " " <a class="source" href=source.url.clone() rel="noopener">"[" {source.title.clone()} "]"</a> }
        })
        .collect_view()
}

/// What one slot says: its bodies, or none known, or not yet researched.
#[component]
fn SlotValue(bundle: &'static Bundle, entry: Option<&'static SlotEntry>) -> impl IntoView {
    let t = use_locale().strings();
    let Some(entry) = entry else {
        return view! { <span class="gap">{t.national_not_researched()}</span> }.into_any();
    };
    if entry.none_known {
        return view! {
            <span class="gap">{t.national_none_known()}</span>
            {entry.note.clone().map(|note| view! { " " <span class="note" lang="en">"(" {note} ")"</span> })}
            {source_links(&entry.sources)}
        }
        .into_any();
    }
    let bodies = entry
        .organisations
        .iter()
        .filter_map(|id| bundle.organisation(id))
        .map(|organisation| view! { <li><NationalBody organisation=organisation /></li> })
        .collect_view();
    view! {
        <ul class="plain">{bodies}</ul>
        {entry.confidence.map(|_| view! { <span class="confidence">{t.national_likely()}</span> })}
        {source_links(&entry.sources)}
    }
    .into_any()
}

/// The sheet as it stands: drawn when it arrives, with a note meanwhile or on failure.
#[component]
fn WhenReady<V: IntoView + 'static>(
    country: &'static Country,
    ready: impl Fn(&'static Bundle) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    move || {
        match national::sheet(&country.code) {
        Sheet::Ready(bundle) => ready(bundle).into_any(),
        Sheet::Loading => view! { <p class="status" role="status">{t.national_loading()}</p> }.into_any(),
        Sheet::Missing => {
            view! { <p class="status">{t.national_no_sheet(country.name.get(locale.lang()))}</p> }
                .into_any()
        }
        Sheet::Failed(failure) => {
            view! { <p class="status" role="alert">{t.national_failed(t.fetch_failure(failure))}</p> }
                .into_any()
        }
    }
    }
}

/// The country page's national part: who to contact, treaty status, and the gaps.
#[component]
pub fn NationalSheet(country: &'static Country) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let name = country.name.get(locale.lang());
    view! {
        <section aria-labelledby="national-heading" class="national">
            <h2 id="national-heading">{t.national_heading(name)}</h2>
            <p class="lead">{t.national_lead()}</p>
            // While the sheet is on its way its frame is drawn, slot and treaty names in place,
            // so the page does not jump when the bodies arrive.
            {move || match national::sheet(&country.code) {
                Sheet::Ready(bundle) => view! { <SheetTables bundle=Some(bundle) country=country /> }.into_any(),
                Sheet::Loading => view! {
                    <p class="status" role="status">{t.national_loading()}</p>
                    <SheetTables bundle=None country=country />
                }.into_any(),
                _ => view! { <WhenReady country=country ready=|_| () /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn SheetTables(bundle: Option<&'static Bundle>, country: &'static Country) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let pending = || view! { <span class="pending" aria-hidden="true">"…"</span> };
    let rows = Slot::ALL
        .into_iter()
        .map(|slot| {
            view! {
                <tr>
                    <th scope="row">{slot_label(t, slot, &country.code)}</th>
                    <td>{match bundle {
                        Some(bundle) => view! { <SlotValue bundle=bundle entry=bundle.sheet.slots.get(&slot) /> }.into_any(),
                        None => pending().into_any(),
                    }}</td>
                </tr>
            }
        })
        .collect_view();
    let treaties = Treaty::ALL
        .into_iter()
        .map(|treaty| {
            let status = bundle.map(|bundle| bundle.sheet.treaty(treaty));
            view! {
                <tr>
                    <th scope="row">{treaty_label(t, treaty)}</th>
                    <td>
                        {match status {
                            None => pending().into_any(),
                            Some(Some(status)) => view! {
                                {treaty_state(t, status)}
                                " " <a class="source" href=status.source.url.clone() rel="noopener">"[" {status.source.title.clone()} "]"</a>
                            }.into_any(),
                            Some(None) => view! { <span class="gap">{t.national_not_recorded()}</span> }.into_any(),
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let class = if bundle.is_some() { "" } else { " pending" };
    view! {
        {bundle.map(|bundle| view! { <p>{t.national_researched(bundle.sheet.researched(), &bundle.sheet.reviewed)}</p> })}
        <table class=format!("national-sheet{class}")>
            <thead><tr><th scope="col">{t.national_slot_column()}</th><th scope="col">{t.national_body_column()}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <h3>{t.national_treaties_heading()}</h3>
        <table class=format!("national-treaties{class}")><tbody>{treaties}</tbody></table>
        {bundle.map(|bundle| view! { <Gaps bundle=bundle country=country /> })}
    }
}

/// Slots with no body on record, and the issues they answer: where a trainer sees at a
/// glance that the country has no national door yet.
#[component]
fn Gaps(bundle: &'static Bundle, country: &'static Country) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let catalog = data::catalog();
    let gaps = bundle.gaps();
    if gaps.is_empty() {
        return ().into_any();
    }
    // A slot known to be empty is a gap in the country: its issues are listed. A slot not yet
    // researched is a gap in Signpost's data: named only.
    let not_researched: Vec<String> = gaps
        .iter()
        .filter(|(_, gap)| *gap == Gap::NotResearched)
        .map(|(slot, _)| slot_label(t, *slot, &country.code))
        .collect();
    let items = gaps
        .into_iter()
        .filter(|(_, gap)| *gap == Gap::NoneKnown)
        .map(|(slot, _)| {
            let issues = bundle
                .slot_issues
                .issues_of(slot)
                .filter_map(|id| catalog.issue(id))
                .map(|issue| {
                    view! { <A href=locale.href(&format!("/issues/{}", issue.id))><Translated text=&issue.name /></A> }
                })
                .collect::<Vec<_>>();
            let count = issues.len();
            let issues = issues
                .into_iter()
                .enumerate()
                .map(|(position, link)| view! { {link} {(position + 1 < count).then(|| t.language_separator())} })
                .collect_view();
            view! { <li><strong>{slot_label(t, slot, &country.code)}</strong> " (" {t.national_none_known()} "): " {issues}</li> }
        })
        .collect_view();
    let not_researched = (!not_researched.is_empty()).then(|| {
        view! {
            <p class="gaps-unknown">
                {t.national_not_researched()} {t.language_colon()} {not_researched.join(t.language_separator())}
            </p>
        }
    });
    view! {
        <h3>{t.national_gaps_heading(country.name.get(locale.lang()))}</h3>
        <p class="gaps-lead">{t.national_gaps_lead()}</p>
        <ul class="gaps">{items}</ul>
        {not_researched}
    }
    .into_any()
}

/// On an answer for a known country: the national bodies to contact first about `issue`,
/// and for the `kinds` of body a question found. Nothing when the sheet names none.
#[component]
pub fn NationalLeads(
    country: &'static Country,
    #[prop(default = None)] issue: Option<String>,
    #[prop(optional)] kinds: Vec<OrganisationType>,
    /// Its heading is a page section's (h2) rather than a part of an answer's (h3).
    #[prop(optional)]
    section: bool,
) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    move || {
        let Sheet::Ready(bundle) = national::sheet(&country.code) else {
            return ().into_any();
        };
        let leads = bundle.leads_for(&kinds, issue.as_deref());
        let heading = t.national_in_country(country.name.get(locale.lang()));
        if leads.is_empty() {
            return ().into_any();
        }
        let items = leads
            .into_iter()
            .map(|lead| {
                view! {
                    <li>
                        <span class="slot">{slot_label(t, lead.slot, &country.code)}</span> ": "
                        <NationalBody organisation=lead.organisation />
                        {lead.confidence.map(|_| view! { " " <span class="confidence">{t.national_likely()}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="national-leads" aria-labelledby="national-leads-heading">
                {if section {
                    view! { <h2 id="national-leads-heading">{heading}</h2> }.into_any()
                } else {
                    view! { <h3 id="national-leads-heading">{heading}</h3> }.into_any()
                }}
                <ul>{items}</ul>
                <p><A href=locale.href(&format!("/countries/{}", country.code))>{t.national_heading(country.name.get(locale.lang()))}</A></p>
            </section>
        }
        .into_any()
    }
}

/// The compare page's table: one column per country, one row per slot and treaty.
#[component]
pub fn CompareTable(countries: Vec<&'static Country>) -> impl IntoView {
    let locale = use_locale();
    let t = locale.strings();
    let heads = countries
        .iter()
        .copied()
        .map(|country| {
            view! { <th scope="col"><A href=locale.href(&format!("/countries/{}", country.code))>{country.name.get(locale.lang()).to_string()}</A></th> }
        })
        .collect_view();
    let slot_rows = Slot::ALL
        .into_iter()
        .map(|slot| {
            compare_row(slot_label(t, slot, ""), &countries, move |bundle| {
                view! { <SlotValue bundle=bundle entry=bundle.sheet.slots.get(&slot) /> }.into_any()
            })
        })
        .collect_view();
    let treaty_rows = Treaty::ALL
        .into_iter()
        .map(|treaty| {
            compare_row(
                treaty_label(t, treaty).to_string(),
                &countries,
                move |bundle| match bundle.sheet.treaty(treaty) {
                    Some(status) => treaty_state(t, status).into_any(),
                    None => {
                        view! { <span class="gap">{t.national_not_recorded()}</span> }.into_any()
                    }
                },
            )
        })
        .collect_view();
    view! {
        <table class="compare">
            <thead><tr><th scope="col">{t.national_slot_column()}</th>{heads}</tr></thead>
            <tbody>{slot_rows}{treaty_rows}</tbody>
        </table>
    }
}

/// One row of the compare table: its label, then each country's cell once its sheet is here.
fn compare_row(
    label: String,
    countries: &[&'static Country],
    cell: impl Fn(&'static Bundle) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let cells = countries
        .iter()
        .copied()
        .map(|country| view! { <td><WhenReady country=country ready=cell.clone() /></td> })
        .collect_view();
    view! { <tr><th scope="row">{label}</th>{cells}</tr> }
}
