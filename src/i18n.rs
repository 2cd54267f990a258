//! The interface language. The reader's locale lives in the address (`/fr/issues/spam`;
//! English, the default, has no prefix; see `signpost_core::address`), so reload, back and
//! forward and shared links keep it; the last one picked is remembered for a later visit to
//! an address that names none. The strings come
//! from `locales/*.toml`, checked and turned into Rust by `build.rs`, so a key the app names
//! exists in every locale. The core crate speaks English; the words for its enumerations
//! (roles, baskets, types...) are mapped to keys here.

use std::fmt::{Display, Write};
use std::sync::OnceLock;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use signpost_core::address;
use signpost_core::model::{
    Basket, BodyKind, EngageKind, HomeStatus, IgfTheme, Lang, OrganisationStatus, OrganisationType,
    ResourceType, Role, Stakeholder, WgigCluster,
};
use signpost_core::search::Field;
use signpost_core::RecordKind;

use crate::data::Failure;
use crate::packs::{self, Pack};

include!(concat!(env!("OUT_DIR"), "/strings.rs"));
include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// Puts values in a template's `{name}` placeholders. `build.rs` has checked the braces and
/// that every locale uses the same names, and the generated methods pass them all.
fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut filled = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(after.len());
        let name = &after[..close];
        match values.iter().find(|(placeholder, _)| *placeholder == name) {
            Some((_, value)) => {
                let _ = write!(filled, "{value}");
            }
            None => filled.push_str(&rest[open..open + close + 2]),
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    filled.push_str(rest);
    filled
}

impl Strings {
    /// One locale's texts, from the string that holds them in slot order (generated for
    /// English, in a language pack for the others); `None` unless it fills every slot.
    pub fn from_texts(texts: &'static str) -> Option<Strings> {
        let slots: Vec<&'static str> = texts.split(SEPARATOR).collect();
        slots.try_into().ok().map(Strings)
    }
}

/// The languages of the interface, in the order of `ALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    En,
    Fr,
    Es,
    Ar,
}

/// Where the last language picked is kept between visits.
const REMEMBERED: &str = "signpost.lang";

impl Locale {
    /// In the order the language picker lists them.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Fr, Locale::Es, Locale::Ar];

    /// `?lang=` values; anything else (`?lang=xx`) means English.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|locale| locale.code() == code)
    }

    pub fn code(self) -> &'static str {
        self.lang().code()
    }

    /// The language of the data text shown in this locale.
    pub fn lang(self) -> Lang {
        match self {
            Locale::En => Lang::En,
            Locale::Fr => Lang::Fr,
            Locale::Es => Lang::Es,
            Locale::Ar => Lang::Ar,
        }
    }

    /// The interface in this locale once its language pack is installed, else in English.
    pub fn strings(self) -> &'static Strings {
        static ENGLISH: OnceLock<Strings> = OnceLock::new();
        packs::strings(self).unwrap_or_else(|| {
            ENGLISH
                .get_or_init(|| Strings::from_texts(EN_TEXTS).expect("build.rs fills every slot"))
        })
    }

    /// This language's name written in itself, whether or not its pack is here.
    pub fn native_name(self) -> &'static str {
        LANGUAGE_NAMES
            .iter()
            .find(|(code, _)| *code == self.code())
            .map_or(self.code(), |(_, name)| name)
    }

    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// An in-app address in this locale (`/fr/issues/spam`; English has no prefix), from
    /// any address, whatever language it was in (see `signpost_core::address`).
    pub fn href(self, path: &str) -> String {
        address::localized(self.lang(), path)
    }

    /// Keeps this locale for a later visit to an address that names no language.
    pub fn remember(self) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(REMEMBERED, self.code());
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    crate::browser::window().and_then(|window| window.local_storage().ok().flatten())
}

/// The language the reader would choose, for an address that names none: the one picked on
/// an earlier visit, else the browser's, if the interface speaks it.
fn preferred() -> Option<Locale> {
    let remembered = storage()
        .and_then(|storage| storage.get_item(REMEMBERED).ok().flatten())
        .and_then(|code| Locale::from_code(&code));
    remembered.or_else(|| {
        let window = crate::browser::window()?;
        let language = window.navigator().language()?;
        Locale::from_code(language.split('-').next().unwrap_or_default())
    })
}

/// On arrival, writes the language into the address before the router reads it, so the
/// address stays the one source of truth: the older `?lang=fr` becomes `/fr/...`, and an
/// address that names no language takes the reader's (index.html's start-up script does
/// the same before the page is drawn). Later navigation within the visit follows the
/// address alone.
pub fn restore_remembered() {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let current = format!("{path}{search}{hash}");
    let wanted = match address::language_of(&path, &search) {
        Some(lang) => Locale::from_code(lang.code()),
        None => preferred(),
    };
    let Some(wanted) = wanted else {
        return;
    };
    let normal = wanted.href(&current);
    if normal != current {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&normal));
        }
    }
}

/// The locale of the address as the page opened, for what is drawn outside the router.
pub fn initial_locale() -> Locale {
    crate::browser::window()
        .and_then(|window| {
            let location = window.location();
            address::language_of(&location.pathname().ok()?, &location.search().ok()?)
        })
        .and_then(|lang| Locale::from_code(lang.code()))
        .unwrap_or(Locale::En)
}

#[derive(Clone, Copy)]
struct CurrentLocale(Memo<Locale>);

#[derive(Clone, Copy)]
struct RequestedLocale(Memo<Locale>);

/// Reads the locale from the address (its prefix, `/fr/...`, or the older `?lang=`) for
/// everything inside the router. Pages show it once its language pack has arrived.
pub fn provide_locale() -> Memo<Locale> {
    let location = use_location();
    let requested = Memo::new(move |_| {
        let path = location.pathname.get();
        let query = location.search.get();
        address::language_of(&path, &query)
            .and_then(|lang| Locale::from_code(lang.code()))
            .unwrap_or(Locale::En)
    });
    // While a newly picked language is on its way, the page stays in the one it was in.
    let shown = Memo::new(move |previous: Option<&Locale>| {
        let wanted = requested.get();
        match packs::state(wanted) {
            Pack::Ready => wanted,
            _ => previous.copied().unwrap_or(Locale::En),
        }
    });
    provide_context(CurrentLocale(shown));
    provide_context(RequestedLocale(requested));
    shown
}

/// The locale the address asks for, which may still be on its way (reactive).
pub fn requested_locale() -> Locale {
    use_context::<RequestedLocale>()
        .map(|requested| requested.0.get())
        .unwrap_or(Locale::En)
}

/// The reader's locale. The whole page is drawn again when it changes (see `app`), so a
/// component reads it once, as it is built.
pub fn use_locale() -> Locale {
    use_context::<CurrentLocale>()
        .map(|current| current.0.get_untracked())
        .unwrap_or(Locale::En)
}

/// The words for the core crate's enumerations. Each match is exhaustive, so a new variant
/// does not compile until it has its key in every locale.
impl Strings {
    pub fn role_label(&self, role: Role) -> &'static str {
        match role {
            Role::Decides => self.role_decides(),
            Role::Coordinates => self.role_coordinates(),
            Role::SetsStandards => self.role_sets_standards(),
            Role::Discusses => self.role_discusses(),
            Role::BuildsCapacity => self.role_builds_capacity(),
            Role::Enforces => self.role_enforces(),
            Role::ResolvesDisputes => self.role_resolves_disputes(),
            Role::Funds => self.role_funds(),
        }
    }

    pub fn basket_label(&self, basket: Basket) -> &'static str {
        match basket {
            Basket::Infrastructure => self.basket_infrastructure(),
            Basket::Cybersecurity => self.basket_cybersecurity(),
            Basket::HumanRights => self.basket_human_rights(),
            Basket::Legal => self.basket_legal(),
            Basket::Economic => self.basket_economic(),
            Basket::Development => self.basket_development(),
            Basket::Sociocultural => self.basket_sociocultural(),
        }
    }

    pub fn igf_theme_label(&self, theme: IgfTheme) -> &'static str {
        match theme {
            IgfTheme::CriticalInternetResources => self.igf_theme_critical_internet_resources(),
            IgfTheme::Access => self.igf_theme_access(),
            IgfTheme::Diversity => self.igf_theme_diversity(),
            IgfTheme::Openness => self.igf_theme_openness(),
            IgfTheme::Security => self.igf_theme_security(),
        }
    }

    pub fn wgig_cluster_label(&self, cluster: WgigCluster) -> &'static str {
        match cluster {
            WgigCluster::Infrastructure => self.wgig_cluster_infrastructure(),
            WgigCluster::UseOfTheInternet => self.wgig_cluster_use_of_the_internet(),
            WgigCluster::WiderImpact => self.wgig_cluster_wider_impact(),
            WgigCluster::Development => self.wgig_cluster_development(),
        }
    }

    pub fn organisation_type_label(&self, kind: OrganisationType) -> &'static str {
        use OrganisationType as T;
        match kind {
            T::UnAgency => self.organisation_type_un_agency(),
            T::UnBody => self.organisation_type_un_body(),
            T::Intergovernmental => self.organisation_type_intergovernmental(),
            T::RegionalIntergovernmental => self.organisation_type_regional_intergovernmental(),
            T::IntergovernmentalProcess => self.organisation_type_intergovernmental_process(),
            T::TechnicalCoordination => self.organisation_type_technical_coordination(),
            T::StandardsBody => self.organisation_type_standards_body(),
            T::Rir => self.organisation_type_rir(),
            T::Nir => self.organisation_type_nir(),
            T::CctldAssociation => self.organisation_type_cctld_association(),
            T::NetworkOperatorsGroup => self.organisation_type_network_operators_group(),
            T::IxpAssociation => self.organisation_type_ixp_association(),
            T::CsirtAssociation => self.organisation_type_csirt_association(),
            T::RegulatorNetwork => self.organisation_type_regulator_network(),
            T::RegionalTelecomOrganisation => {
                self.organisation_type_regional_telecom_organisation()
            }
            T::Forum => self.organisation_type_forum(),
            T::CivilSociety => self.organisation_type_civil_society(),
            T::Industry => self.organisation_type_industry(),
            T::CapacityBuilder => self.organisation_type_capacity_builder(),
            T::Research => self.organisation_type_research(),
            T::DisputeResolutionProvider => self.organisation_type_dispute_resolution_provider(),
            T::LawEnforcementNetwork => self.organisation_type_law_enforcement_network(),
            T::DataProtectionNetwork => self.organisation_type_data_protection_network(),
            T::ChildProtection => self.organisation_type_child_protection(),
            T::Funder => self.organisation_type_funder(),
            T::CctldManager => self.organisation_type_cctld_manager(),
            T::Regulator => self.organisation_type_regulator(),
            T::Csirt => self.organisation_type_csirt(),
            T::DataProtectionAuthority => self.organisation_type_data_protection_authority(),
            T::Police => self.organisation_type_police(),
            T::ConsumerAgency => self.organisation_type_consumer_agency(),
            T::Hotline => self.organisation_type_hotline(),
        }
    }

    pub fn stakeholder_label(&self, stakeholder: Stakeholder) -> &'static str {
        match stakeholder {
            Stakeholder::Government => self.stakeholder_government(),
            Stakeholder::Intergovernmental => self.stakeholder_intergovernmental(),
            Stakeholder::PrivateSector => self.stakeholder_private_sector(),
            Stakeholder::CivilSociety => self.stakeholder_civil_society(),
            Stakeholder::TechnicalAcademic => self.stakeholder_technical_academic(),
        }
    }

    pub fn organisation_status_label(&self, status: OrganisationStatus) -> &'static str {
        match status {
            OrganisationStatus::Active => self.organisation_status_active(),
            OrganisationStatus::Ceased => self.organisation_status_ceased(),
            OrganisationStatus::Receivership => self.organisation_status_receivership(),
            OrganisationStatus::Renamed => self.organisation_status_renamed(),
        }
    }

    pub fn engage_label(&self, kind: EngageKind) -> &'static str {
        match kind {
            EngageKind::Membership => self.engage_membership(),
            EngageKind::Report => self.engage_report(),
            EngageKind::Complaint => self.engage_complaint(),
            EngageKind::PublicComment => self.engage_public_comment(),
            EngageKind::MailingList => self.engage_mailing_list(),
            EngageKind::Meeting => self.engage_meeting(),
            EngageKind::Fellowship => self.engage_fellowship(),
            EngageKind::Training => self.engage_training(),
            EngageKind::Funding => self.engage_funding(),
            EngageKind::Contact => self.engage_contact(),
        }
    }

    pub fn resource_type_label(&self, kind: ResourceType) -> &'static str {
        match kind {
            ResourceType::Treaty => self.resource_type_treaty(),
            ResourceType::ModelLaw => self.resource_type_model_law(),
            ResourceType::Toolkit => self.resource_type_toolkit(),
            ResourceType::Guide => self.resource_type_guide(),
            ResourceType::Course => self.resource_type_course(),
            ResourceType::Report => self.resource_type_report(),
            ResourceType::Standard => self.resource_type_standard(),
            ResourceType::Policy => self.resource_type_policy(),
        }
    }

    pub fn body_label(&self, kind: BodyKind) -> &'static str {
        match kind {
            BodyKind::Rir => self.body_rir(),
            BodyKind::Nir => self.body_nir(),
            BodyKind::RegionalIgf => self.body_regional_igf(),
            BodyKind::CsirtAssociation => self.body_csirt_association(),
            BodyKind::TelecomOrganisation => self.body_telecom_organisation(),
            BodyKind::RegulatorNetwork => self.body_regulator_network(),
            BodyKind::CctldAssociation => self.body_cctld_association(),
        }
    }

    /// Which part of a record a search word matched.
    pub fn field_label(&self, field: Field) -> &'static str {
        match field {
            Field::Name => self.field_name(),
            Field::Acronym => self.field_acronym(),
            Field::Alias => self.field_alias(),
            Field::FormerName => self.field_former_name(),
            Field::Expansion => self.field_expansion(),
            Field::Summary => self.field_summary(),
            Field::Venue => self.field_venue(),
        }
    }

    pub fn kind_label(&self, kind: RecordKind) -> &'static str {
        match kind {
            RecordKind::Issue => self.kind_issue(),
            RecordKind::Organisation => self.kind_organisation(),
            RecordKind::Resource => self.kind_resource(),
            RecordKind::Term => self.kind_term(),
            RecordKind::Country => self.kind_country(),
        }
    }

    /// Why a file the app fetched (details, a language pack) did not come.
    pub fn fetch_failure(&self, failure: Failure) -> String {
        match failure {
            Failure::Network => self.details_network().to_string(),
            Failure::Status(status) => self.details_status(status),
            Failure::Unreadable => self.details_unreadable().to_string(),
        }
    }

    /// The short marker for how well an issue is homed.
    pub fn home_badge(&self, status: HomeStatus) -> &'static str {
        match status {
            HomeStatus::Clear => self.home_status_badge_clear(),
            HomeStatus::Partial => self.home_status_badge_partial(),
            HomeStatus::None => self.home_status_badge_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_in_any_order() {
        assert_eq!(
            fill("{a} then {b}, {a}", &[("b", &2), ("a", &"one")]),
            "one then 2, one"
        );
        assert_eq!(fill("no placeholder", &[]), "no placeholder");
        assert_eq!(
            Locale::En.strings().search_count(5),
            "Number of matches: 5."
        );
        assert_eq!(
            packs::built_interface(Locale::Ar).search_count(5),
            "عدد النتائج: 5."
        );
    }

    #[test]
    fn localized_addresses_keep_query_and_fragment() {
        assert_eq!(Locale::En.href("/issues/spam"), "/issues/spam");
        assert_eq!(Locale::Fr.href("/issues/spam"), "/fr/issues/spam");
        assert_eq!(Locale::Ar.href("/?q=spam"), "/ar?q=spam");
        assert_eq!(Locale::Es.href("/glossary#cctld"), "/es/glossary#cctld");
        assert_eq!(Locale::En.href("/fr/issues/spam?lang=fr"), "/issues/spam");
    }

    #[test]
    fn reads_the_language_of_an_address() {
        assert_eq!(Locale::from_code("xx"), None);
        assert_eq!(Locale::from_code("es"), Some(Locale::Es));
    }

    #[test]
    fn english_is_built_in_and_the_others_wait_for_their_pack() {
        assert_eq!(Locale::En.strings().site_name(), "Signpost");
        assert_eq!(Locale::Fr.strings().language_name(), "English");
        assert_eq!(
            packs::built_interface(Locale::Ar).role_label(Role::Decides),
            "تقرّر"
        );
        assert!(Strings::from_texts("too few").is_none());
    }

    #[test]
    fn each_locale_names_itself() {
        let names: Vec<&str> = Locale::ALL
            .iter()
            .map(|locale| locale.native_name())
            .collect();
        assert_eq!(names, ["English", "Français", "Español", "العربية"]);
        assert_eq!(
            packs::built_interface(Locale::Es).language_name(),
            "Español"
        );
        assert_eq!(Locale::Ar.dir(), "rtl");
        // Links sit inside sentences at the same place in every language's own order.
        let [before, after] = packs::built_interface(Locale::Fr).no_match_advice();
        assert!(before.ends_with("aux ") && after == ".");
    }
}
