//! The dataset's record kinds, as curators write them in `data/` and as the app embeds them.
//!
//! Field names and enumeration spellings are the curators' file format (see CONTRIBUTING.md),
//! so renaming anything here is a data-format change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text in several languages. English is required; the others fall back to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    pub en: String,
    #[serde(default)]
    pub fr: Option<String>,
    #[serde(default)]
    pub es: Option<String>,
    #[serde(default)]
    pub pt: Option<String>,
    #[serde(default)]
    pub ar: Option<String>,
}

/// Languages the dataset carries text in, in the order the checker and the UI list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
pub enum Lang {
    En,
    Fr,
    Es,
    Pt,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::Pt, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

impl LocalText {
    /// The text in `lang`, if a curator wrote it.
    pub fn exact(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(self.en.as_str()),
            Lang::Fr => self.fr.as_deref(),
            Lang::Es => self.es.as_deref(),
            Lang::Pt => self.pt.as_deref(),
            Lang::Ar => self.ar.as_deref(),
        }
    }

    /// The text in `lang`, or the English text when no translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        self.exact(lang).unwrap_or(&self.en)
    }

    /// Where the translation into `lang` goes; `None` for English, which is always there.
    pub fn translation_mut(&mut self, lang: Lang) -> Option<&mut Option<String>> {
        match lang {
            Lang::En => None,
            Lang::Fr => Some(&mut self.fr),
            Lang::Es => Some(&mut self.es),
            Lang::Pt => Some(&mut self.pt),
            Lang::Ar => Some(&mut self.ar),
        }
    }

    /// Every language version present, English first.
    pub fn versions(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL
            .into_iter()
            .filter_map(move |lang| self.exact(lang).map(|text| (lang, text)))
    }
}

/// Words people type for a record, per language: lay phrasing, acronyms, misspellings.
///
/// Curators list them (`AliasLists`); in memory and in the embedded catalog each language's
/// words are one string, each word ended by a line break, because the catalog holds thousands
/// of them and decoding them one allocation each was a quarter of all the allocations
/// decoding made. (Ended, not separated, so an empty word still reaches the checker.)
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Aliases {
    /// In `Lang::ALL` order.
    lines: [String; 5],
}

// `Aliases` as curators write them, one list per language. Its doc comment is the schema's.
/// Words people type for a record, per language: lay phrasing, acronyms, misspellings; one line each.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "load", schemars(rename = "Aliases"))]
#[serde(deny_unknown_fields)]
struct AliasLists {
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    fr: Vec<String>,
    #[serde(default)]
    es: Vec<String>,
    #[serde(default)]
    pt: Vec<String>,
    #[serde(default)]
    ar: Vec<String>,
}

impl Aliases {
    /// The aliases of `words`, each in its language; a word with a line break is refused.
    pub fn new<'a>(words: impl IntoIterator<Item = (Lang, &'a str)>) -> Result<Aliases, String> {
        let mut lines: [String; 5] = Default::default();
        for (lang, word) in words {
            if word.contains(['\n', '\r']) {
                return Err(format!(
                    "alias {word:?} ({}) spans lines; write each word or phrase on one line",
                    lang.code()
                ));
            }
            let line = &mut lines[lang as usize];
            line.push_str(word);
            line.push('\n');
        }
        Ok(Aliases { lines })
    }

    pub fn all(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL
            .into_iter()
            .flat_map(|lang| self.words(lang).map(move |word| (lang, word)))
    }

    fn words(&self, lang: Lang) -> std::str::SplitTerminator<'_, char> {
        self.lines[lang as usize].split_terminator('\n')
    }

    fn lists(&self) -> AliasLists {
        let words = |lang: Lang| self.words(lang).map(str::to_string).collect();
        AliasLists {
            en: words(Lang::En),
            fr: words(Lang::Fr),
            es: words(Lang::Es),
            pt: words(Lang::Pt),
            ar: words(Lang::Ar),
        }
    }
}

impl Serialize for Aliases {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            self.lists().serialize(serializer)
        } else {
            self.lines.serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for Aliases {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            let lists = AliasLists::deserialize(deserializer)?;
            let words = [
                (Lang::En, &lists.en),
                (Lang::Fr, &lists.fr),
                (Lang::Es, &lists.es),
                (Lang::Pt, &lists.pt),
                (Lang::Ar, &lists.ar),
            ];
            Aliases::new(
                words
                    .into_iter()
                    .flat_map(|(lang, list)| list.iter().map(move |word| (lang, word.as_str()))),
            )
            .map_err(serde::de::Error::custom)
        } else {
            Ok(Aliases {
                lines: <[String; 5]>::deserialize(deserializer)?,
            })
        }
    }
}

#[cfg(feature = "load")]
impl schemars::JsonSchema for Aliases {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        AliasLists::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        AliasLists::json_schema(generator)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// Where the records of a shared file (the glossary, a region's countries) come from, and
/// when they were last reviewed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub reviewed: String,
    pub sources: Vec<Source>,
    /// Countries files only: the member list behind each body named in a membership field
    /// (`csirt_association`, `regional_igf`...), so no membership is assigned by guess.
    #[serde(default, rename = "member_list")]
    pub member_lists: Vec<MemberList>,
}

/// Where a countries file's memberships of one body come from: the body's own member list
/// (or an authoritative one), or, without a `source`, a note saying none was found, in which
/// case no country in the file may name the body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MemberList {
    pub organisation: String,
    #[serde(default)]
    pub source: Option<Source>,
    /// The date the list was read against this file.
    pub checked: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// The seven Digital Watch / DiploFoundation baskets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Basket {
    Infrastructure,
    Cybersecurity,
    HumanRights,
    Legal,
    Economic,
    Development,
    Sociocultural,
}

impl Basket {
    pub const ALL: [Basket; 7] = [
        Basket::Infrastructure,
        Basket::Cybersecurity,
        Basket::HumanRights,
        Basket::Legal,
        Basket::Economic,
        Basket::Development,
        Basket::Sociocultural,
    ];

    /// The spelling in data files and links (`?basket=human-rights`).
    pub fn code(self) -> &'static str {
        match self {
            Basket::Infrastructure => "infrastructure",
            Basket::Cybersecurity => "cybersecurity",
            Basket::HumanRights => "human-rights",
            Basket::Legal => "legal",
            Basket::Economic => "economic",
            Basket::Development => "development",
            Basket::Sociocultural => "sociocultural",
        }
    }

    pub fn from_code(code: &str) -> Option<Basket> {
        Basket::ALL.into_iter().find(|basket| basket.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Basket::Infrastructure => "Infrastructure and standards",
            Basket::Cybersecurity => "Cybersecurity",
            Basket::HumanRights => "Human rights",
            Basket::Legal => "Legal and regulatory",
            Basket::Economic => "Economic",
            Basket::Development => "Development",
            Basket::Sociocultural => "Sociocultural",
        }
    }
}

/// The five themes of the IGF 2007 (Rio) meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum IgfTheme {
    CriticalInternetResources,
    Access,
    Diversity,
    Openness,
    Security,
}

impl IgfTheme {
    pub fn label(self) -> &'static str {
        match self {
            IgfTheme::CriticalInternetResources => "Critical Internet resources",
            IgfTheme::Access => "Access",
            IgfTheme::Diversity => "Diversity",
            IgfTheme::Openness => "Openness",
            IgfTheme::Security => "Security",
        }
    }
}

/// The four clusters of the WGIG report (2005), paragraph 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum WgigCluster {
    Infrastructure,
    UseOfTheInternet,
    WiderImpact,
    Development,
}

impl WgigCluster {
    pub fn label(self) -> &'static str {
        match self {
            WgigCluster::Infrastructure => "Infrastructure and critical Internet resources",
            WgigCluster::UseOfTheInternet => "Use of the Internet (spam, security, cybercrime)",
            WgigCluster::WiderImpact => "Issues with wider impact (IPR, trade)",
            WgigCluster::Development => "Developmental aspects and capacity building",
        }
    }
}

/// Whether an issue has a place where it is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum HomeStatus {
    Clear,
    Partial,
    None,
}

impl HomeStatus {
    pub fn code(self) -> &'static str {
        match self {
            HomeStatus::Clear => "clear",
            HomeStatus::Partial => "partial",
            HomeStatus::None => "none",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Home {
    pub status: HomeStatus,
    #[serde(default)]
    pub why: Option<LocalText>,
    #[serde(default)]
    pub nearest: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Where sources disagree on where the issue belongs: each view with its source.
    #[serde(default)]
    pub views: Vec<View>,
}

/// One position on where an issue belongs, as a source states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct View {
    pub summary: LocalText,
    pub source: Source,
}

/// What an organisation does about an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Decides,
    Coordinates,
    SetsStandards,
    Discusses,
    BuildsCapacity,
    Enforces,
    ResolvesDisputes,
    Funds,
}

impl Role {
    /// Display order: who acts first, who talks last.
    pub const ALL: [Role; 8] = [
        Role::Decides,
        Role::Coordinates,
        Role::SetsStandards,
        Role::Enforces,
        Role::ResolvesDisputes,
        Role::BuildsCapacity,
        Role::Funds,
        Role::Discusses,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::Decides => "Decides",
            Role::Coordinates => "Coordinates or operates",
            Role::SetsStandards => "Sets standards",
            Role::Discusses => "Discusses",
            Role::BuildsCapacity => "Builds capacity",
            Role::Enforces => "Enforces or receives complaints",
            Role::ResolvesDisputes => "Resolves disputes",
            Role::Funds => "Funds",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Verified,
    Likely,
    Unverified,
}

/// One organisation's role on one issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleLink {
    pub organisation: String,
    pub role: Role,
    #[serde(default)]
    pub instrument: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    pub confidence: Confidence,
    pub source: Source,
    /// A role the body held in the past: shown as history, never ranked as a venue. Every
    /// link to a ceased or renamed body must say so.
    #[serde(default)]
    pub historical: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: String,
    pub name: LocalText,
    pub summary: LocalText,
    pub description: LocalText,
    pub basket: Basket,
    pub igf_theme: IgfTheme,
    pub wgig_cluster: WgigCluster,
    #[serde(default)]
    pub related: Vec<String>,
    pub reviewed: String,
    /// For records with volatile facts (a receivership, a treaty coming into force, a body
    /// being wound up): review at least this often, in months, rather than every 12.
    #[serde(default)]
    pub review_every_months: Option<u32>,
    #[serde(default)]
    pub aliases: Aliases,
    pub home: Home,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub roles: Vec<RoleLink>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum OrganisationType {
    UnAgency,
    UnBody,
    Intergovernmental,
    RegionalIntergovernmental,
    IntergovernmentalProcess,
    TechnicalCoordination,
    StandardsBody,
    Rir,
    Nir,
    CctldAssociation,
    NetworkOperatorsGroup,
    IxpAssociation,
    CsirtAssociation,
    RegulatorNetwork,
    RegionalTelecomOrganisation,
    Forum,
    CivilSociety,
    Industry,
    CapacityBuilder,
    Research,
    DisputeResolutionProvider,
    LawEnforcementNetwork,
    DataProtectionNetwork,
    ChildProtection,
    Funder,
    // National bodies (data/national/organisations/).
    CctldManager,
    Regulator,
    Csirt,
    DataProtectionAuthority,
    Police,
    ConsumerAgency,
    Hotline,
}

impl OrganisationType {
    pub fn label(self) -> &'static str {
        match self {
            OrganisationType::UnAgency => "UN agency",
            OrganisationType::UnBody => "UN body",
            OrganisationType::Intergovernmental => "Intergovernmental organisation",
            OrganisationType::RegionalIntergovernmental => {
                "Regional intergovernmental organisation"
            }
            OrganisationType::IntergovernmentalProcess => "Intergovernmental process",
            OrganisationType::TechnicalCoordination => "Technical coordination",
            OrganisationType::StandardsBody => "Standards body",
            OrganisationType::Rir => "Regional Internet registry",
            OrganisationType::Nir => "National Internet registry",
            OrganisationType::CctldAssociation => "ccTLD association",
            OrganisationType::NetworkOperatorsGroup => "Network operators' group",
            OrganisationType::IxpAssociation => "IXP association",
            OrganisationType::CsirtAssociation => "CSIRT association",
            OrganisationType::RegulatorNetwork => "Regulator network",
            OrganisationType::RegionalTelecomOrganisation => "Regional telecom organisation",
            OrganisationType::Forum => "Forum",
            OrganisationType::CivilSociety => "Civil society",
            OrganisationType::Industry => "Industry",
            OrganisationType::CapacityBuilder => "Capacity builder",
            OrganisationType::Research => "Research",
            OrganisationType::DisputeResolutionProvider => "Dispute-resolution provider",
            OrganisationType::LawEnforcementNetwork => "Law-enforcement network",
            OrganisationType::DataProtectionNetwork => "Data-protection network",
            OrganisationType::ChildProtection => "Child protection",
            OrganisationType::Funder => "Funder",
            OrganisationType::CctldManager => "ccTLD manager",
            OrganisationType::Regulator => "Regulator",
            OrganisationType::Csirt => "CSIRT",
            OrganisationType::DataProtectionAuthority => "Data protection authority",
            OrganisationType::Police => "Police",
            OrganisationType::ConsumerAgency => "Consumer protection agency",
            OrganisationType::Hotline => "Reporting hotline",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Stakeholder {
    Government,
    Intergovernmental,
    PrivateSector,
    CivilSociety,
    TechnicalAcademic,
}

impl Stakeholder {
    pub const ALL: [Stakeholder; 5] = [
        Stakeholder::Government,
        Stakeholder::Intergovernmental,
        Stakeholder::PrivateSector,
        Stakeholder::CivilSociety,
        Stakeholder::TechnicalAcademic,
    ];

    /// The spelling in data files and links (`?group=civil-society`).
    pub fn code(self) -> &'static str {
        match self {
            Stakeholder::Government => "government",
            Stakeholder::Intergovernmental => "intergovernmental",
            Stakeholder::PrivateSector => "private-sector",
            Stakeholder::CivilSociety => "civil-society",
            Stakeholder::TechnicalAcademic => "technical-academic",
        }
    }

    pub fn from_code(code: &str) -> Option<Stakeholder> {
        Stakeholder::ALL
            .into_iter()
            .find(|group| group.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Stakeholder::Government => "Government",
            Stakeholder::Intergovernmental => "Intergovernmental",
            Stakeholder::PrivateSector => "Private sector",
            Stakeholder::CivilSociety => "Civil society",
            Stakeholder::TechnicalAcademic => "Technical and academic community",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum OrganisationStatus {
    Active,
    Ceased,
    Receivership,
    Renamed,
}

impl OrganisationStatus {
    /// A ceased or renamed body is history, not a place to go.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            OrganisationStatus::Ceased | OrganisationStatus::Renamed
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            OrganisationStatus::Active => "Active",
            OrganisationStatus::Ceased => "Ceased",
            OrganisationStatus::Receivership => "Under receivership",
            OrganisationStatus::Renamed => "Renamed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EngageKind {
    Membership,
    Report,
    Complaint,
    PublicComment,
    MailingList,
    Meeting,
    Fellowship,
    Training,
    Funding,
    Contact,
}

impl EngageKind {
    pub fn label(self) -> &'static str {
        match self {
            EngageKind::Membership => "Join",
            EngageKind::Report => "Report",
            EngageKind::Complaint => "Complain",
            EngageKind::PublicComment => "Comment",
            EngageKind::MailingList => "Mailing list",
            EngageKind::Meeting => "Attend",
            EngageKind::Fellowship => "Apply for a fellowship",
            EngageKind::Training => "Train",
            EngageKind::Funding => "Apply for funding",
            EngageKind::Contact => "Contact",
        }
    }
}

/// A way to take part in or reach an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    pub kind: EngageKind,
    pub label: LocalText,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub acronym: Option<String>,
    #[serde(default)]
    pub former_names: Vec<String>,
    /// Official names in other languages and scripts, keyed by ISO 639-1 code.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    #[serde(rename = "type")]
    pub kind: OrganisationType,
    pub stakeholder: Stakeholder,
    pub scope: Vec<String>,
    #[serde(default)]
    pub website: Option<String>,
    pub summary: LocalText,
    #[serde(default)]
    pub languages: Vec<String>,
    pub status: OrganisationStatus,
    #[serde(default)]
    pub status_note: Option<LocalText>,
    #[serde(default)]
    pub successor: Option<String>,
    pub reviewed: String,
    /// For records with volatile facts (a receivership, a treaty coming into force, a body
    /// being wound up): review at least this often, in months, rather than every 12.
    #[serde(default)]
    pub review_every_months: Option<u32>,
    #[serde(default)]
    pub engage: Vec<Engagement>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ResourceType {
    Treaty,
    ModelLaw,
    Toolkit,
    Guide,
    Course,
    Report,
    Standard,
    Policy,
}

impl ResourceType {
    pub fn label(self) -> &'static str {
        match self {
            ResourceType::Treaty => "Treaty or convention",
            ResourceType::ModelLaw => "Model law",
            ResourceType::Toolkit => "Toolkit",
            ResourceType::Guide => "Guide",
            ResourceType::Course => "Course",
            ResourceType::Report => "Report",
            ResourceType::Standard => "Standard or RFC",
            ResourceType::Policy => "Policy or recommendation",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub title: LocalText,
    #[serde(rename = "type")]
    pub kind: ResourceType,
    pub issuer: String,
    pub year: u16,
    #[serde(default)]
    pub languages: Vec<String>,
    pub url: String,
    pub issues: Vec<String>,
    #[serde(default)]
    pub summary: Option<LocalText>,
    pub reviewed: String,
    /// For records with volatile facts (a receivership, a treaty coming into force, a body
    /// being wound up): review at least this often, in months, rather than every 12.
    #[serde(default)]
    pub review_every_months: Option<u32>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    #[serde(default)]
    pub expansion: Option<String>,
    pub definition: LocalText,
    #[serde(default)]
    pub related: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: LocalText,
    #[serde(default)]
    pub m49: Option<String>,
    #[serde(default)]
    pub parent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    pub name: LocalText,
    /// Adjectives and other names people use: "Senegalese", "sénégalais", "brasileiro".
    #[serde(default)]
    pub aliases: Aliases,
    pub region: String,
    pub rir: String,
    #[serde(default)]
    pub nir: Option<String>,
    #[serde(default)]
    pub regional_igf: Vec<String>,
    #[serde(default)]
    pub csirt_association: Vec<String>,
    #[serde(default)]
    pub telecom_organisation: Vec<String>,
    #[serde(default)]
    pub regulator_network: Vec<String>,
    #[serde(default)]
    pub cctld_association: Vec<String>,
}

impl Country {
    /// Every regional body serving this country, with the kind of body it is.
    pub fn bodies(&self) -> impl Iterator<Item = (BodyKind, &str)> {
        std::iter::once((BodyKind::Rir, self.rir.as_str()))
            .chain(self.nir.iter().map(|id| (BodyKind::Nir, id.as_str())))
            .chain(
                self.regional_igf
                    .iter()
                    .map(|id| (BodyKind::RegionalIgf, id.as_str())),
            )
            .chain(
                self.csirt_association
                    .iter()
                    .map(|id| (BodyKind::CsirtAssociation, id.as_str())),
            )
            .chain(
                self.telecom_organisation
                    .iter()
                    .map(|id| (BodyKind::TelecomOrganisation, id.as_str())),
            )
            .chain(
                self.regulator_network
                    .iter()
                    .map(|id| (BodyKind::RegulatorNetwork, id.as_str())),
            )
            .chain(
                self.cctld_association
                    .iter()
                    .map(|id| (BodyKind::CctldAssociation, id.as_str())),
            )
    }
}

/// The kinds of regional body a country is mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Rir,
    Nir,
    RegionalIgf,
    CsirtAssociation,
    TelecomOrganisation,
    RegulatorNetwork,
    CctldAssociation,
}

impl BodyKind {
    pub fn field(self) -> &'static str {
        match self {
            BodyKind::Rir => "rir",
            BodyKind::Nir => "nir",
            BodyKind::RegionalIgf => "regional_igf",
            BodyKind::CsirtAssociation => "csirt_association",
            BodyKind::TelecomOrganisation => "telecom_organisation",
            BodyKind::RegulatorNetwork => "regulator_network",
            BodyKind::CctldAssociation => "cctld_association",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BodyKind::Rir => "Regional Internet registry",
            BodyKind::Nir => "National Internet registry",
            BodyKind::RegionalIgf => "Regional IGF",
            BodyKind::CsirtAssociation => "CSIRT association",
            BodyKind::TelecomOrganisation => "Regional telecom organisation",
            BodyKind::RegulatorNetwork => "Regulator network",
            BodyKind::CctldAssociation => "ccTLD association",
        }
    }
}

#[cfg(all(test, feature = "load"))]
mod code_tests {
    use super::*;

    /// Link codes must be the data files' spellings, or shared links and files disagree.
    #[test]
    fn codes_are_the_serde_spellings() {
        for basket in Basket::ALL {
            let spelled = serde_json::to_string(&basket).unwrap();
            assert_eq!(spelled, format!("\"{}\"", basket.code()));
            assert_eq!(Basket::from_code(basket.code()), Some(basket));
        }
        for group in Stakeholder::ALL {
            let spelled = serde_json::to_string(&group).unwrap();
            assert_eq!(spelled, format!("\"{}\"", group.code()));
            assert_eq!(Stakeholder::from_code(group.code()), Some(group));
        }
        assert_eq!(Basket::from_code("nonsense"), None);
    }
}

#[cfg(all(test, feature = "load"))]
mod alias_tests {
    use super::*;

    #[test]
    fn aliases_are_lists_in_files_and_lines_in_the_catalog() {
        let file = "en = [\"junk mail\", \"spam\"]\nfr = [\"pourriel\"]";
        let aliases: Aliases = toml::from_str(file).unwrap();
        let words: Vec<(Lang, &str)> = aliases.all().collect();
        assert_eq!(
            words,
            [
                (Lang::En, "junk mail"),
                (Lang::En, "spam"),
                (Lang::Fr, "pourriel")
            ]
        );
        let embedded = postcard::to_allocvec(&aliases).unwrap();
        assert_eq!(postcard::from_bytes::<Aliases>(&embedded).unwrap(), aliases);
        let exported = serde_json::to_value(&aliases).unwrap();
        assert_eq!(exported["en"], serde_json::json!(["junk mail", "spam"]));
        assert_eq!(exported["ar"], serde_json::json!([]));
        assert_eq!(Aliases::default().all().count(), 0);
    }

    #[test]
    fn an_alias_on_two_lines_is_refused_an_empty_one_left_to_the_checker() {
        let error = toml::from_str::<Aliases>("en = [\"junk\\nmail\"]")
            .unwrap_err()
            .to_string();
        assert!(error.contains("spans lines"), "{error}");
        assert!(toml::from_str::<Aliases>("de = [\"Spam\"]").is_err());
        let empty: Aliases = toml::from_str("fr = [\"\"]").unwrap();
        assert_eq!(empty.all().collect::<Vec<_>>(), [(Lang::Fr, "")]);
    }
}
