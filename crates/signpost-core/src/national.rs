//! Who to contact first in a country: its national sheet (the body holding each national
//! slot: ccTLD manager, regulator, CSIRT, data protection authority...), its treaty status,
//! and which slots answer which issue.
//!
//! National bodies are organisation records like any other, but the app does not carry them
//! in its first load: each country's sheet, with the bodies it names, is a file of its own
//! (`Bundle`), fetched when a country is known.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, RecordKind};
use crate::model::{Confidence, Organisation, OrganisationType, Source};
use crate::routing::Route;

/// A national slot: a job that, in most countries, one public body (or a few, where the law
/// splits it) holds. The names are the data's, exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    CctldManager,
    Regulator,
    Csirt,
    Dpa,
    CybercrimeUnit,
    ConsumerAgency,
    CsamHotline,
    NationalIgf,
    IsocChapter,
}

impl Slot {
    /// In the order a sheet shows them.
    pub const ALL: [Slot; 9] = [
        Slot::CctldManager,
        Slot::Regulator,
        Slot::Csirt,
        Slot::Dpa,
        Slot::CybercrimeUnit,
        Slot::ConsumerAgency,
        Slot::CsamHotline,
        Slot::NationalIgf,
        Slot::IsocChapter,
    ];

    /// The name data files use.
    pub fn code(self) -> &'static str {
        match self {
            Slot::CctldManager => "cctld_manager",
            Slot::Regulator => "regulator",
            Slot::Csirt => "csirt",
            Slot::Dpa => "dpa",
            Slot::CybercrimeUnit => "cybercrime_unit",
            Slot::ConsumerAgency => "consumer_agency",
            Slot::CsamHotline => "csam_hotline",
            Slot::NationalIgf => "national_igf",
            Slot::IsocChapter => "isoc_chapter",
        }
    }

    pub fn from_code(code: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|slot| slot.code() == code)
    }
}

/// What a sheet says about one slot: the bodies holding it, or that none is known, and the
/// sources that show it either way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SlotEntry {
    /// Organisation ids; several where the law splits the job.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// No body holds the job, as the sources show (a law not yet in force, a list without
    /// the country).
    #[serde(default)]
    pub none_known: bool,
    /// What shows that these bodies hold the job here, or that none does.
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub note: Option<String>,
    /// Set when only secondary sources were found.
    #[serde(default)]
    pub confidence: Option<Confidence>,
}

/// The treaties a sheet records, by the codes the data uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
pub enum Treaty {
    /// Council of Europe Convention on Cybercrime (Budapest, ETS 185).
    #[serde(rename = "ets-185")]
    Budapest,
    /// Its Second Additional Protocol, on electronic evidence (CETS 224).
    #[serde(rename = "cets-224")]
    BudapestSecondProtocol,
    /// Convention 108, on data protection (ETS 108).
    #[serde(rename = "ets-108")]
    Convention108,
    /// Convention 108 as amended: 108+ (CETS 223).
    #[serde(rename = "cets-223")]
    Convention108Plus,
    /// African Union Convention on Cyber Security and Personal Data Protection.
    #[serde(rename = "malabo")]
    Malabo,
    /// United Nations Convention against Cybercrime (2024).
    #[serde(rename = "un-cybercrime")]
    UnCybercrime,
}

impl Treaty {
    pub const ALL: [Treaty; 6] = [
        Treaty::Budapest,
        Treaty::BudapestSecondProtocol,
        Treaty::Convention108,
        Treaty::Convention108Plus,
        Treaty::Malabo,
        Treaty::UnCybercrime,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Treaty::Budapest => "ets-185",
            Treaty::BudapestSecondProtocol => "cets-224",
            Treaty::Convention108 => "ets-108",
            Treaty::Convention108Plus => "cets-223",
            Treaty::Malabo => "malabo",
            Treaty::UnCybercrime => "un-cybercrime",
        }
    }

    /// The organisations a party takes part in through the treaty, whatever their region:
    /// a party to the Budapest Convention sits in the Council of Europe's Cybercrime
    /// Convention Committee and works with the Council of Europe on it.
    pub fn bodies(self) -> &'static [&'static str] {
        match self {
            Treaty::Budapest | Treaty::BudapestSecondProtocol => &["council-of-europe", "t-cy"],
            Treaty::Convention108 | Treaty::Convention108Plus => &["council-of-europe"],
            Treaty::Malabo => &["african-union"],
            Treaty::UnCybercrime => &[],
        }
    }

    /// Its name in English, as the treaty office gives it.
    pub fn title(self) -> &'static str {
        match self {
            Treaty::Budapest => "Convention on Cybercrime (Budapest Convention, ETS 185)",
            Treaty::BudapestSecondProtocol => {
                "Second Additional Protocol to the Convention on Cybercrime (CETS 224)"
            }
            Treaty::Convention108 => "Convention 108 on data protection (ETS 108)",
            Treaty::Convention108Plus => "Convention 108+ (CETS 223)",
            Treaty::Malabo => {
                "African Union Convention on Cyber Security and Personal Data Protection (Malabo)"
            }
            Treaty::UnCybercrime => "United Nations Convention against Cybercrime",
        }
    }
}

/// Where a country stands with a treaty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TreatyState {
    Party,
    Signatory,
    /// Invited to accede (the Budapest Convention only).
    Invited,
    /// Neither party, signatory nor invited, as of the source's date.
    None,
}

impl TreatyState {
    pub fn code(self) -> &'static str {
        match self {
            TreatyState::Party => "party",
            TreatyState::Signatory => "signatory",
            TreatyState::Invited => "invited",
            TreatyState::None => "none",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TreatyStatus {
    pub treaty: Treaty,
    pub status: TreatyState,
    /// The date of ratification or accession (party), signature (signatory), invitation
    /// (invited), or of the treaty office's table that shows neither (none).
    pub date: String,
    pub source: Source,
    #[serde(default)]
    pub note: Option<String>,
}

/// One country's national sheet, as written in `data/national/<code>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// When a person last checked the sheet's slots and treaty status.
    pub reviewed: String,
    /// Slots researched so far; a slot left out is not yet researched.
    #[serde(default)]
    pub slots: BTreeMap<Slot, SlotEntry>,
    #[serde(default)]
    pub treaties: Vec<TreatyStatus>,
}

impl Sheet {
    /// The bodies holding `slot`, if any is recorded.
    pub fn holders(&self, slot: Slot) -> &[String] {
        self.slots
            .get(&slot)
            .map(|entry| entry.organisations.as_slice())
            .unwrap_or(&[])
    }

    /// How many of the nine slots have been researched (a body, or none known).
    pub fn researched(&self) -> usize {
        self.slots.len()
    }

    pub fn treaty(&self, treaty: Treaty) -> Option<&TreatyStatus> {
        self.treaties.iter().find(|status| status.treaty == treaty)
    }

    /// Every organisation id the sheet names, once.
    pub fn organisation_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for entry in self.slots.values() {
            for id in &entry.organisations {
                if !ids.contains(&id.as_str()) {
                    ids.push(id);
                }
            }
        }
        ids
    }
}

/// Which slots answer which issues (`data/national/slots.toml`): a national regulator for
/// net neutrality, a data protection authority for privacy...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SlotIssues {
    #[serde(rename = "slot", default)]
    pub slots: Vec<SlotIssueList>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SlotIssueList {
    pub slot: Slot,
    /// Issue ids, most central first.
    pub issues: Vec<String>,
}

impl SlotIssues {
    /// The slots that answer `issue`, in the order of `Slot::ALL`.
    pub fn for_issue(&self, issue: &str) -> Vec<Slot> {
        Slot::ALL
            .into_iter()
            .filter(|slot| {
                self.slots
                    .iter()
                    .any(|list| list.slot == *slot && list.issues.iter().any(|id| id == issue))
            })
            .collect()
    }

    /// Whether `slot` answers `issue`.
    pub fn answers(&self, slot: Slot, issue: &str) -> bool {
        self.issues_of(slot).any(|id| id == issue)
    }

    /// The issues `slot` answers.
    pub fn issues_of(&self, slot: Slot) -> impl Iterator<Item = &str> {
        self.slots
            .iter()
            .filter(move |list| list.slot == slot)
            .flat_map(|list| list.issues.iter().map(String::as_str))
    }
}

/// What the app fetches for one country: its sheet, the national bodies it names (full
/// records), and the issue-to-slot map, so that the first load carries none of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub sheet: Sheet,
    pub organisations: Vec<Organisation>,
    pub slot_issues: SlotIssues,
}

/// A national body to contact first for an issue.
#[derive(Debug, Clone, PartialEq)]
pub struct Lead<'a> {
    pub slot: Slot,
    pub organisation: &'a Organisation,
    pub confidence: Option<Confidence>,
}

impl Bundle {
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations
            .iter()
            .find(|organisation| organisation.id == id)
    }

    /// The national bodies to contact first for a question: the holders of the slots the
    /// kinds of body it found stand for (asking for "the regulator" finds regulators'
    /// networks), then of the slots answering its issue.
    pub fn leads_for(&self, kinds: &[OrganisationType], issue: Option<&str>) -> Vec<Lead<'_>> {
        let mut slots: Vec<Slot> = kinds
            .iter()
            .filter_map(|kind| slot_of_kind(*kind))
            .collect();
        if let Some(issue) = issue {
            slots.extend(self.slot_issues.for_issue(issue));
        }
        self.holders_in(slots)
    }

    /// The current bodies holding `slots`, in that order, each body once (under the first
    /// slot it holds).
    pub fn holders_in(&self, slots: impl IntoIterator<Item = Slot>) -> Vec<Lead<'_>> {
        let mut leads: Vec<Lead> = Vec::new();
        for slot in slots {
            let Some(entry) = self.sheet.slots.get(&slot) else {
                continue;
            };
            for id in &entry.organisations {
                let Some(organisation) = self.organisation(id) else {
                    continue;
                };
                if !organisation.status.is_closed()
                    && !leads.iter().any(|lead| lead.organisation.id == *id)
                {
                    leads.push(Lead {
                        slot,
                        organisation,
                        confidence: entry.confidence,
                    });
                }
            }
        }
        leads
    }

    /// The organisations the country takes part in as a party to a treaty (`Treaty::bodies`),
    /// each once: they serve it whatever their region.
    pub fn treaty_bodies(&self) -> Vec<&'static str> {
        let mut bodies: Vec<&'static str> = Vec::new();
        for status in &self.sheet.treaties {
            if status.status == TreatyState::Party {
                for body in status.treaty.bodies() {
                    if !bodies.contains(body) {
                        bodies.push(body);
                    }
                }
            }
        }
        bodies
    }

    /// The slots that answer some issue yet have no body here: known to be missing, or not
    /// yet researched. A trainer sees the gaps at a glance.
    pub fn gaps(&self) -> Vec<(Slot, Gap)> {
        Slot::ALL
            .into_iter()
            .filter_map(|slot| match self.sheet.slots.get(&slot) {
                None => Some((slot, Gap::NotResearched)),
                Some(entry) if entry.none_known => Some((slot, Gap::NoneKnown)),
                Some(_) => None,
            })
            .collect()
    }
}

/// The national slot a kind of body stands for: a national regulator for a regulators'
/// network, the national CSIRT for a CSIRT association...
pub fn slot_of_kind(kind: OrganisationType) -> Option<Slot> {
    use OrganisationType as T;
    match kind {
        T::Regulator | T::RegulatorNetwork => Some(Slot::Regulator),
        T::Csirt | T::CsirtAssociation => Some(Slot::Csirt),
        T::DataProtectionAuthority | T::DataProtectionNetwork => Some(Slot::Dpa),
        T::CctldManager | T::CctldAssociation => Some(Slot::CctldManager),
        T::Police | T::LawEnforcementNetwork => Some(Slot::CybercrimeUnit),
        T::Hotline => Some(Slot::CsamHotline),
        T::ConsumerAgency => Some(Slot::ConsumerAgency),
        _ => None,
    }
}

/// What a routed question asks for, nationally: the kinds of the organisations among its
/// first three results, and its best issue.
pub fn asked<'a>(
    catalog: &Catalog,
    route: &'a Route<'_>,
) -> (Vec<OrganisationType>, Option<&'a str>) {
    let kinds = route
        .hits
        .iter()
        .take(3)
        .filter(|hit| hit.kind == RecordKind::Organisation)
        .filter_map(|hit| catalog.organisation(&hit.id))
        .map(|organisation| organisation.kind)
        .collect();
    let issue = route.issues.first().map(|best| best.issue.id.as_str());
    (kinds, issue)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    NoneKnown,
    NotResearched,
}

/// The bundle for `country` from every sheet and organisation, if it has a sheet.
/// `find` looks an organisation up by id, wherever its record lives.
pub fn bundle_for<'a>(
    country: &str,
    sheets: &[Sheet],
    find: &dyn Fn(&str) -> Option<&'a Organisation>,
    slot_issues: &SlotIssues,
) -> Option<Bundle> {
    let sheet = sheets.iter().find(|sheet| sheet.country == country)?;
    let organisations = sheet
        .organisation_ids()
        .into_iter()
        .filter_map(find)
        .cloned()
        .collect();
    Some(Bundle {
        sheet: sheet.clone(),
        organisations,
        slot_issues: slot_issues.clone(),
    })
}

pub fn encode(bundle: &Bundle) -> Vec<u8> {
    postcard::to_allocvec(bundle).expect("a national bundle always serialises")
}

pub fn decode(bytes: &[u8]) -> Result<Bundle, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// The folder the bundles are written to beside the app, named after all their bytes so a
/// cached copy is never taken for a newer one: `national-<hash>`, each file `<CODE>.bin`.
pub fn folder_name(encoded: &[(String, Vec<u8>)]) -> String {
    let mut all = Vec::new();
    for (code, bytes) in encoded {
        all.extend_from_slice(code.as_bytes());
        all.extend_from_slice(bytes);
    }
    format!("national-{:016x}", crate::bundle::content_hash(&all))
}

/// Every country's bundle, encoded, by country code in order.
pub fn encode_all<'a>(
    sheets: &[Sheet],
    find: &dyn Fn(&str) -> Option<&'a Organisation>,
    slot_issues: &SlotIssues,
) -> Vec<(String, Vec<u8>)> {
    let mut encoded: Vec<(String, Vec<u8>)> = sheets
        .iter()
        .filter_map(|sheet| bundle_for(&sheet.country, sheets, find, slot_issues))
        .map(|bundle| (bundle.sheet.country.clone(), encode(&bundle)))
        .collect();
    encoded.sort_by(|a, b| a.0.cmp(&b.0));
    encoded
}

/// Coverage figures: how many countries have a sheet, each slot filled (a body or none
/// known), and each treaty recorded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    pub sheets: usize,
    pub by_slot: Vec<(Slot, usize, usize)>,
    pub by_treaty: Vec<(Treaty, usize)>,
    /// Countries with at least this many of the eight slots beside the ccTLD manager.
    pub with_most_slots: usize,
}

/// At least this many of the eight non-ccTLD slots researched makes a country "covered".
pub const MOST_SLOTS: usize = 5;

pub fn coverage(sheets: &[Sheet]) -> Coverage {
    let by_slot = Slot::ALL
        .into_iter()
        .map(|slot| {
            let bodies = sheets
                .iter()
                .filter(|sheet| !sheet.holders(slot).is_empty())
                .count();
            let none = sheets
                .iter()
                .filter(|sheet| sheet.slots.get(&slot).is_some_and(|entry| entry.none_known))
                .count();
            (slot, bodies, none)
        })
        .collect();
    let by_treaty = Treaty::ALL
        .into_iter()
        .map(|treaty| {
            let count = sheets
                .iter()
                .filter(|sheet| sheet.treaty(treaty).is_some())
                .count();
            (treaty, count)
        })
        .collect();
    let with_most_slots = sheets
        .iter()
        .filter(|sheet| {
            sheet
                .slots
                .keys()
                .filter(|slot| **slot != Slot::CctldManager)
                .count()
                >= MOST_SLOTS
        })
        .count();
    Coverage {
        sheets: sheets.len(),
        by_slot,
        by_treaty,
        with_most_slots,
    }
}
