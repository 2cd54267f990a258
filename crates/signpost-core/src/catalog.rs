//! The checked dataset as the app uses it: records plus look-ups by id.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Country, Issue, Organisation, Provenance, Region, Resource, Role, Term};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Catalog {
    /// Dataset version (the crate version) and date (the latest review date).
    pub version: String,
    pub date: String,
    pub issues: Vec<Issue>,
    pub organisations: Vec<Organisation>,
    pub resources: Vec<Resource>,
    pub terms: Vec<Term>,
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
    /// Provenance of the shared files: the glossary, the regions, each countries file;
    /// `country_file[i]` is the position in `countries_about` of country `i`'s file.
    pub glossary_about: Provenance,
    pub regions_about: Provenance,
    pub countries_about: Vec<Provenance>,
    pub country_file: Vec<u8>,
    /// The guided questions (`data/questions.toml`).
    pub questions: Vec<crate::flow::Question>,
    #[serde(skip)]
    lookup: Lookup,
}

#[derive(Debug, Clone, Default)]
struct Lookup {
    issues: HashMap<String, usize>,
    organisations: HashMap<String, usize>,
    resources: HashMap<String, usize>,
    terms: HashMap<String, usize>,
    regions: HashMap<String, usize>,
    countries: HashMap<String, usize>,
}

fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (position, id) in ids.enumerate() {
        map.entry(id.to_string()).or_insert(position);
    }
    map
}

/// Which kind of record an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RecordKind {
    Issue,
    Organisation,
    Resource,
    Term,
    Country,
}

impl RecordKind {
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Issue => "issue",
            RecordKind::Organisation => "organisation",
            RecordKind::Resource => "resource",
            RecordKind::Term => "term",
            RecordKind::Country => "country",
        }
    }

    /// The app path of a record of this kind.
    pub fn path(self, id: &str) -> String {
        match self {
            RecordKind::Issue => format!("/issues/{id}"),
            RecordKind::Organisation => format!("/organisations/{id}"),
            RecordKind::Resource => format!("/resources/{id}"),
            RecordKind::Term => format!("/glossary#{id}"),
            RecordKind::Country => format!("/countries/{id}"),
        }
    }
}

impl Catalog {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        version: String,
        date: String,
        issues: Vec<Issue>,
        organisations: Vec<Organisation>,
        resources: Vec<Resource>,
        terms: Vec<Term>,
        regions: Vec<Region>,
        countries: Vec<Country>,
    ) -> Catalog {
        let mut catalog = Catalog {
            version,
            date,
            issues,
            organisations,
            resources,
            terms,
            regions,
            countries,
            glossary_about: Provenance::default(),
            regions_about: Provenance::default(),
            countries_about: Vec::new(),
            country_file: Vec::new(),
            questions: Vec::new(),
            lookup: Lookup::default(),
        };
        catalog.build_lookup();
        catalog
    }

    /// Rebuilds the id look-ups, which are not serialised.
    pub fn build_lookup(&mut self) {
        self.lookup = Lookup {
            issues: positions(self.issues.iter().map(|r| r.id.as_str())),
            organisations: positions(self.organisations.iter().map(|r| r.id.as_str())),
            resources: positions(self.resources.iter().map(|r| r.id.as_str())),
            terms: positions(self.terms.iter().map(|r| r.id.as_str())),
            regions: positions(self.regions.iter().map(|r| r.id.as_str())),
            countries: positions(self.countries.iter().map(|r| r.code.as_str())),
        };
    }

    pub fn issue(&self, id: &str) -> Option<&Issue> {
        self.lookup.issues.get(id).map(|&i| &self.issues[i])
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.lookup
            .organisations
            .get(id)
            .map(|&i| &self.organisations[i])
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.lookup.resources.get(id).map(|&i| &self.resources[i])
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.lookup.terms.get(id).map(|&i| &self.terms[i])
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.lookup.regions.get(id).map(|&i| &self.regions[i])
    }

    /// A country by its ISO 3166-1 alpha-2 code, in any case.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.lookup
            .countries
            .get(&code.to_ascii_uppercase())
            .map(|&i| &self.countries[i])
    }

    /// Where a country's mapping comes from and when it was reviewed.
    pub fn country_provenance(&self, code: &str) -> Option<&Provenance> {
        let position = *self.lookup.countries.get(&code.to_ascii_uppercase())?;
        let file = *self.country_file.get(position)?;
        self.countries_about.get(usize::from(file))
    }

    /// The kinds of record `id` names (an acronym can be both a term and an organisation).
    pub fn kinds_of(&self, id: &str) -> Vec<RecordKind> {
        let mut kinds = Vec::new();
        if self.issue(id).is_some() {
            kinds.push(RecordKind::Issue);
        }
        if self.organisation(id).is_some() {
            kinds.push(RecordKind::Organisation);
        }
        if self.resource(id).is_some() {
            kinds.push(RecordKind::Resource);
        }
        if self.term(id).is_some() {
            kinds.push(RecordKind::Term);
        }
        kinds
    }

    /// The issues an organisation has a role in, with the roles.
    pub fn issues_of(&self, organisation_id: &str) -> Vec<(&Issue, Vec<Role>)> {
        self.issues
            .iter()
            .filter_map(|issue| {
                let mut roles: Vec<Role> = issue
                    .roles
                    .iter()
                    .filter(|link| link.organisation == organisation_id)
                    .map(|link| link.role)
                    .collect();
                roles.sort();
                roles.dedup();
                (!roles.is_empty()).then_some((issue, roles))
            })
            .collect()
    }

    /// Resources about an issue.
    pub fn resources_for(&self, issue_id: &str) -> Vec<&Resource> {
        self.resources
            .iter()
            .filter(|resource| resource.issues.iter().any(|id| id == issue_id))
            .collect()
    }

    /// Resources an organisation issued.
    pub fn resources_by(&self, organisation_id: &str) -> Vec<&Resource> {
        self.resources
            .iter()
            .filter(|resource| resource.issuer == organisation_id)
            .collect()
    }
}

/// What a list shows for any record: its name, acronym and one line.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub name: String,
    pub acronym: Option<String>,
    pub summary: String,
}

impl Catalog {
    /// The label of a record in `lang`, falling back to English.
    pub fn label(&self, kind: RecordKind, id: &str, lang: crate::model::Lang) -> Option<Label> {
        match kind {
            RecordKind::Issue => self.issue(id).map(|issue| Label {
                name: issue.name.get(lang).to_string(),
                acronym: None,
                summary: issue.summary.get(lang).to_string(),
            }),
            RecordKind::Organisation => self.organisation(id).map(|organisation| Label {
                name: organisation.name.clone(),
                acronym: organisation.acronym.clone(),
                summary: organisation.summary.get(lang).to_string(),
            }),
            RecordKind::Resource => self.resource(id).map(|resource| Label {
                name: resource.title.get(lang).to_string(),
                acronym: None,
                summary: resource
                    .summary
                    .as_ref()
                    .map(|summary| summary.get(lang).to_string())
                    .unwrap_or_else(|| format!("{}, {}", resource.kind.label(), resource.year)),
            }),
            RecordKind::Term => self.term(id).map(|term| Label {
                name: term.term.clone(),
                acronym: term.expansion.clone(),
                summary: term.definition.get(lang).to_string(),
            }),
            RecordKind::Country => self.country(id).map(|country| Label {
                name: country.name.get(lang).to_string(),
                acronym: Some(country.code.clone()),
                summary: self
                    .region(&country.region)
                    .map(|region| region.name.get(lang).to_string())
                    .unwrap_or_default(),
            }),
        }
    }
}

impl Catalog {
    /// The country a person typed: its ISO code, or any of its names or adjectives in any
    /// language, ignoring case and accents.
    pub fn country_by_name(&self, typed: &str) -> Option<&Country> {
        let wanted = crate::text::fold(typed);
        if wanted.is_empty() {
            return None;
        }
        self.country(typed.trim()).or_else(|| {
            self.countries.iter().find(|country| {
                country
                    .name
                    .versions()
                    .chain(country.aliases.all())
                    .any(|(_, name)| crate::text::fold(name) == wanted)
            })
        })
    }
}
