//! The whole dataset as open data: one JSON document, or one CSV table per record kind,
//! each stamped with the dataset's version, date and licence.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::load::National;
use crate::model::{Country, Issue, LocalText, Organisation, Resource, Source, Term};

pub const LICENCE: &str = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

#[derive(Serialize)]
struct Document<'a> {
    dataset: &'static str,
    licence: &'static str,
    version: &'a str,
    date: &'a str,
    issues: &'a [Issue],
    organisations: &'a [Organisation],
    resources: &'a [Resource],
    terms: &'a [Term],
    glossary_about: &'a crate::model::Provenance,
    regions: &'a [crate::model::Region],
    regions_about: &'a crate::model::Provenance,
    countries: Vec<CountryOut<'a>>,
    countries_about: &'a [crate::model::Provenance],
    /// The national bodies the countries' `national` slots name (beside `organisations`).
    national_organisations: &'a [Organisation],
}

/// A country with its national sheet: `national` maps each researched slot to
/// `{"organisation": "<id>"}` (with `organisations` where several share it) or
/// `{"none_known": true}`, each with its sources; `treaties` maps each recorded treaty to its
/// status, date and source.
#[derive(Serialize)]
struct CountryOut<'a> {
    #[serde(flatten)]
    country: &'a Country,
    #[serde(skip_serializing_if = "Option::is_none")]
    national_reviewed: Option<&'a str>,
    national: BTreeMap<&'static str, SlotOut<'a>>,
    treaties: BTreeMap<&'static str, TreatyOut<'a>>,
}

#[derive(Serialize)]
struct SlotOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    organisation: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    organisations: &'a [String],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    none_known: bool,
    sources: &'a [Source],
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<crate::model::Confidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct TreatyOut<'a> {
    status: crate::national::TreatyState,
    date: &'a str,
    source: &'a Source,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

fn country_out<'a>(country: &'a Country, national: &'a National) -> CountryOut<'a> {
    let sheet = national
        .sheets
        .iter()
        .find(|sheet| sheet.country == country.code);
    let slots = sheet
        .map(|sheet| {
            sheet
                .slots
                .iter()
                .map(|(slot, entry)| {
                    let several = entry.organisations.len() > 1;
                    (
                        slot.code(),
                        SlotOut {
                            organisation: entry.organisations.first().map(String::as_str),
                            organisations: if several { &entry.organisations } else { &[] },
                            none_known: entry.none_known,
                            sources: &entry.sources,
                            confidence: entry.confidence,
                            note: entry.note.as_deref(),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let treaties = sheet
        .map(|sheet| {
            sheet
                .treaties
                .iter()
                .map(|status| {
                    (
                        status.treaty.code(),
                        TreatyOut {
                            status: status.status,
                            date: &status.date,
                            source: &status.source,
                            note: status.note.as_deref(),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    CountryOut {
        country,
        national_reviewed: sheet.map(|sheet| sheet.reviewed.as_str()),
        national: slots,
        treaties,
    }
}

pub fn to_json(catalog: &Catalog, national: &National) -> String {
    let document = Document {
        dataset: "Signpost: Internet governance issues, organisations and their roles",
        licence: LICENCE,
        version: &catalog.version,
        date: &catalog.date,
        issues: &catalog.issues,
        organisations: &catalog.organisations,
        resources: &catalog.resources,
        terms: &catalog.terms,
        glossary_about: &catalog.glossary_about,
        regions: &catalog.regions,
        regions_about: &catalog.regions_about,
        countries: catalog
            .countries
            .iter()
            .map(|country| country_out(country, national))
            .collect(),
        countries_about: &catalog.countries_about,
        national_organisations: &national.organisations,
    };
    serde_json::to_string_pretty(&document).expect("the catalog serialises") + "\n"
}

/// An enumeration value as curators write it ("sets-standards").
fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn optional(text: &Option<String>) -> String {
    text.clone().unwrap_or_default()
}

fn translated(text: &LocalText, lang: &str) -> String {
    match lang {
        "fr" => optional(&text.fr),
        "es" => optional(&text.es),
        "pt" => optional(&text.pt),
        "ar" => optional(&text.ar),
        _ => text.en.clone(),
    }
}

fn sources(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| s.url.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One CSV table: its file name and contents.
pub struct Table {
    pub name: &'static str,
    pub csv: String,
}

fn table(name: &'static str, header: &[&str], rows: Vec<Vec<String>>) -> Table {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).expect("writing to memory");
    for row in rows {
        writer.write_record(row).expect("writing to memory");
    }
    let bytes = writer.into_inner().expect("writing to memory");
    Table {
        name,
        csv: String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8"),
    }
}

pub fn to_csv(catalog: &Catalog, national: &National) -> Vec<Table> {
    let about = table(
        "about.csv",
        &["dataset", "version", "date", "licence"],
        vec![vec![
            "Signpost".into(),
            catalog.version.clone(),
            catalog.date.clone(),
            LICENCE.into(),
        ]],
    );
    let issues = table(
        "issues.csv",
        &[
            "id",
            "name_en",
            "name_fr",
            "name_es",
            "summary_en",
            "basket",
            "igf_theme",
            "wgig_cluster",
            "home",
            "home_why",
            "nearest_venues",
            "related",
            "reviewed",
            "sources",
        ],
        catalog
            .issues
            .iter()
            .map(|issue| {
                vec![
                    issue.id.clone(),
                    issue.name.en.clone(),
                    translated(&issue.name, "fr"),
                    translated(&issue.name, "es"),
                    issue.summary.en.clone(),
                    code(&issue.basket),
                    code(&issue.igf_theme),
                    code(&issue.wgig_cluster),
                    code(&issue.home.status),
                    issue
                        .home
                        .why
                        .as_ref()
                        .map(|why| why.en.clone())
                        .unwrap_or_default(),
                    issue.home.nearest.join(" "),
                    issue.related.join(" "),
                    issue.reviewed.clone(),
                    sources(&issue.sources),
                ]
            })
            .collect(),
    );
    let roles = table(
        "roles.csv",
        &[
            "issue",
            "organisation",
            "role",
            "instrument",
            "region",
            "confidence",
            "source_title",
            "source_url",
            "historical",
        ],
        catalog
            .issues
            .iter()
            .flat_map(|issue| {
                issue.roles.iter().map(move |link| {
                    vec![
                        issue.id.clone(),
                        link.organisation.clone(),
                        code(&link.role),
                        optional(&link.instrument),
                        optional(&link.region),
                        code(&link.confidence),
                        link.source.title.clone(),
                        link.source.url.clone(),
                        link.historical.to_string(),
                    ]
                })
            })
            .collect(),
    );
    let organisations = table(
        "organisations.csv",
        &[
            "id",
            "name",
            "acronym",
            "type",
            "stakeholder",
            "scope",
            "website",
            "summary_en",
            "languages",
            "status",
            "successor",
            "engage_urls",
            "reviewed",
            "sources",
        ],
        catalog
            .organisations
            .iter()
            .chain(&national.organisations)
            .map(|organisation| {
                vec![
                    organisation.id.clone(),
                    organisation.name.clone(),
                    optional(&organisation.acronym),
                    code(&organisation.kind),
                    code(&organisation.stakeholder),
                    organisation.scope.join(" "),
                    optional(&organisation.website),
                    organisation.summary.en.clone(),
                    organisation.languages.join(" "),
                    code(&organisation.status),
                    optional(&organisation.successor),
                    organisation
                        .engage
                        .iter()
                        .map(|way| way.url.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    organisation.reviewed.clone(),
                    sources(&organisation.sources),
                ]
            })
            .collect(),
    );
    let resources = table(
        "resources.csv",
        &[
            "id",
            "title_en",
            "type",
            "issuer",
            "year",
            "languages",
            "url",
            "issues",
            "reviewed",
            "sources",
        ],
        catalog
            .resources
            .iter()
            .map(|resource| {
                vec![
                    resource.id.clone(),
                    resource.title.en.clone(),
                    code(&resource.kind),
                    resource.issuer.clone(),
                    resource.year.to_string(),
                    resource.languages.join(" "),
                    resource.url.clone(),
                    resource.issues.join(" "),
                    resource.reviewed.clone(),
                    sources(&resource.sources),
                ]
            })
            .collect(),
    );
    let terms = table(
        "terms.csv",
        &[
            "id",
            "term",
            "expansion",
            "definition_en",
            "definition_fr",
            "definition_es",
            "related",
        ],
        catalog
            .terms
            .iter()
            .map(|term| {
                vec![
                    term.id.clone(),
                    term.term.clone(),
                    optional(&term.expansion),
                    term.definition.en.clone(),
                    translated(&term.definition, "fr"),
                    translated(&term.definition, "es"),
                    term.related.join(" "),
                ]
            })
            .collect(),
    );
    let countries = table(
        "countries.csv",
        &[
            "code",
            "name_en",
            "name_fr",
            "name_es",
            "region",
            "rir",
            "nir",
            "regional_igf",
            "csirt_association",
            "telecom_organisation",
            "regulator_network",
            "cctld_association",
        ],
        catalog
            .countries
            .iter()
            .map(|country| {
                vec![
                    country.code.clone(),
                    country.name.en.clone(),
                    translated(&country.name, "fr"),
                    translated(&country.name, "es"),
                    country.region.clone(),
                    country.rir.clone(),
                    optional(&country.nir),
                    country.regional_igf.join(" "),
                    country.csirt_association.join(" "),
                    country.telecom_organisation.join(" "),
                    country.regulator_network.join(" "),
                    country.cctld_association.join(" "),
                ]
            })
            .collect(),
    );
    let slots = table(
        "national.csv",
        &[
            "country",
            "slot",
            "organisations",
            "none_known",
            "confidence",
            "note",
            "sources",
            "reviewed",
        ],
        national
            .sheets
            .iter()
            .flat_map(|sheet| {
                sheet.slots.iter().map(move |(slot, entry)| {
                    vec![
                        sheet.country.clone(),
                        slot.code().to_string(),
                        entry.organisations.join(" "),
                        entry.none_known.to_string(),
                        entry.confidence.as_ref().map(code).unwrap_or_default(),
                        optional(&entry.note),
                        sources(&entry.sources),
                        sheet.reviewed.clone(),
                    ]
                })
            })
            .collect(),
    );
    let treaties = table(
        "treaties.csv",
        &[
            "country",
            "treaty",
            "status",
            "date",
            "source_title",
            "source_url",
        ],
        national
            .sheets
            .iter()
            .flat_map(|sheet| {
                sheet.treaties.iter().map(move |status| {
                    vec![
                        sheet.country.clone(),
                        status.treaty.code().to_string(),
                        status.status.code().to_string(),
                        status.date.clone(),
                        status.source.title.clone(),
                        status.source.url.clone(),
                    ]
                })
            })
            .collect(),
    );
    vec![
        about,
        issues,
        roles,
        organisations,
        resources,
        terms,
        countries,
        slots,
        treaties,
    ]
}
