//! The checked dataset as the app uses it: records plus look-ups by id.

use serde::{Deserialize, Serialize};

use crate::model::{Country, Issue, Organisation, Provenance, Region, Resource, Role, Term};
use crate::text::fold;

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

/// Record positions ordered by id, per kind: look-ups by binary search, built at decoding
/// without copying a single id.
#[derive(Debug, Clone, Default)]
struct Lookup {
    issues: Vec<u32>,
    organisations: Vec<u32>,
    resources: Vec<u32>,
    terms: Vec<u32>,
    regions: Vec<u32>,
    countries: Vec<u32>,
    /// Organisations' acronyms, folded and sorted: made on first use, not at decoding.
    acronyms: std::sync::OnceLock<Vec<String>>,
}

fn by_id<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let ids: Vec<&str> = ids.collect();
    // Stable: of two records with the same id (the checker refuses them), the first wins.
    crate::order::positions_by(ids.len(), &|a, b| ids[a].cmp(ids[b]))
        .into_iter()
        .map(|position| position as u32)
        .collect()
}

/// The position of the first record whose id is `id`, given `order` from `by_id`.
fn find<'a>(order: &[u32], id: &str, id_at: impl Fn(usize) -> &'a str) -> Option<usize> {
    let first = order.partition_point(|&position| id_at(position as usize) < id);
    let position = *order.get(first)? as usize;
    (id_at(position) == id).then_some(position)
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
            issues: by_id(self.issues.iter().map(|r| r.id.as_str())),
            organisations: by_id(self.organisations.iter().map(|r| r.id.as_str())),
            resources: by_id(self.resources.iter().map(|r| r.id.as_str())),
            terms: by_id(self.terms.iter().map(|r| r.id.as_str())),
            regions: by_id(self.regions.iter().map(|r| r.id.as_str())),
            countries: by_id(self.countries.iter().map(|r| r.code.as_str())),
            acronyms: Default::default(),
        };
    }

    /// Whether `folded` is an organisation's acronym, folded ("wipo").
    pub fn is_organisation_acronym(&self, folded: &str) -> bool {
        self.lookup
            .acronyms
            .get_or_init(|| {
                let mut acronyms: Vec<String> = self
                    .organisations
                    .iter()
                    .filter_map(|organisation| organisation.acronym.as_deref().map(fold))
                    .collect();
                crate::order::sort_by(&mut acronyms, String::cmp);
                acronyms
            })
            .binary_search_by(|acronym| acronym.as_str().cmp(folded))
            .is_ok()
    }

    pub fn issue(&self, id: &str) -> Option<&Issue> {
        find(&self.lookup.issues, id, |i| &self.issues[i].id).map(|i| &self.issues[i])
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        find(&self.lookup.organisations, id, |i| {
            &self.organisations[i].id
        })
        .map(|i| &self.organisations[i])
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        find(&self.lookup.resources, id, |i| &self.resources[i].id).map(|i| &self.resources[i])
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        find(&self.lookup.terms, id, |i| &self.terms[i].id).map(|i| &self.terms[i])
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        find(&self.lookup.regions, id, |i| &self.regions[i].id).map(|i| &self.regions[i])
    }

    fn country_position(&self, code: &str) -> Option<usize> {
        let code = code.to_ascii_uppercase();
        find(&self.lookup.countries, &code, |i| &self.countries[i].code)
    }

    /// A country by its ISO 3166-1 alpha-2 code, in any case.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_position(code).map(|i| &self.countries[i])
    }

    /// Where a country's mapping comes from and when it was reviewed.
    pub fn country_provenance(&self, code: &str) -> Option<&Provenance> {
        let file = *self.country_file.get(self.country_position(code)?)?;
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
                crate::order::sort_by_key(&mut roles, |role| *role);
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
