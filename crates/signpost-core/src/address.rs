//! Signpost's addresses, one type for all: which page a path names, in which language, and
//! the path of a page in a language. The app draws the page an address names, the build
//! draws the same addresses ahead of time, and every internal link is made here.
//!
//! English pages sit at the root (`/issues/spam`); the other interface languages under their
//! code (`/fr/issues/spam`, `/ar`), so a static host serves a page drawn ahead of time in
//! each language without reading the query. `?lang=fr`, the older form, is still understood.

use crate::catalog::{Catalog, RecordKind};
use crate::model::Lang;

/// The languages of the interface; only these have pages of their own.
pub const INTERFACE_LANGS: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar];

/// A page of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Home,
    Ask,
    About,
    Propose,
    Glossary,
    Matrix,
    Handout,
    Countries,
    Changes,
    Cite,
    /// Countries' national sheets side by side (`/compare?countries=KE,SN,BD`).
    Compare,
    Issue(String),
    Organisation(String),
    Resource(String),
    Country(String),
    RecordChanges(RecordKind, String),
    /// A path that names no page: the app says so and helps.
    NotFound,
}

/// The path segment of a record kind's pages, as in `/issues/spam`.
fn segment(kind: RecordKind) -> Option<&'static str> {
    match kind {
        RecordKind::Issue => Some("issues"),
        RecordKind::Organisation => Some("organisations"),
        RecordKind::Resource => Some("resources"),
        RecordKind::Country => Some("countries"),
        RecordKind::Term => None,
    }
}

fn kind_of(segment: &str) -> Option<RecordKind> {
    [
        RecordKind::Issue,
        RecordKind::Organisation,
        RecordKind::Resource,
        RecordKind::Country,
    ]
    .into_iter()
    .find(|kind| self::segment(*kind) == Some(segment))
}

/// An interface language's own path prefix (`fr`); English has none.
fn prefix_lang(segment: &str) -> Option<Lang> {
    INTERFACE_LANGS
        .into_iter()
        .find(|lang| *lang != Lang::En && lang.code() == segment)
}

impl Page {
    /// The page a path names, without its language prefix (see [`split_language`]).
    pub fn parse(path: &str) -> Page {
        if path.contains("//") {
            return Page::NotFound;
        }
        let segments: Vec<&str> = path
            .trim_start_matches('/')
            .trim_end_matches('/')
            .split('/')
            .collect();
        match segments[..] {
            [""] => Page::Home,
            ["ask"] => Page::Ask,
            ["about"] => Page::About,
            ["propose"] => Page::Propose,
            ["glossary"] => Page::Glossary,
            ["matrix"] => Page::Matrix,
            ["handout"] => Page::Handout,
            ["countries"] => Page::Countries,
            ["changes"] => Page::Changes,
            ["cite"] => Page::Cite,
            ["compare"] => Page::Compare,
            ["changes", kind, id] if !id.is_empty() => match kind_of(kind) {
                Some(kind) => Page::RecordChanges(kind, id.to_string()),
                None => Page::NotFound,
            },
            [kind, id] if !id.is_empty() => match kind_of(kind) {
                Some(RecordKind::Issue) => Page::Issue(id.to_string()),
                Some(RecordKind::Organisation) => Page::Organisation(id.to_string()),
                Some(RecordKind::Resource) => Page::Resource(id.to_string()),
                Some(RecordKind::Country) => Page::Country(id.to_string()),
                _ => Page::NotFound,
            },
            _ => Page::NotFound,
        }
    }

    /// The page's path in English (no language prefix, no query).
    pub fn path(&self) -> String {
        let fixed = match self {
            Page::Home => "/",
            Page::Ask => "/ask",
            Page::About => "/about",
            Page::Propose => "/propose",
            Page::Glossary => "/glossary",
            Page::Matrix => "/matrix",
            Page::Handout => "/handout",
            Page::Countries => "/countries",
            Page::Changes => "/changes",
            Page::Cite => "/cite",
            Page::Compare => "/compare",
            Page::NotFound => "/not-found",
            Page::Issue(id) => return RecordKind::Issue.path(id),
            Page::Organisation(id) => return RecordKind::Organisation.path(id),
            Page::Resource(id) => return RecordKind::Resource.path(id),
            Page::Country(code) => return RecordKind::Country.path(code),
            Page::RecordChanges(kind, id) => {
                return format!("/changes/{}/{id}", segment(*kind).unwrap_or("glossary"))
            }
        };
        fixed.to_string()
    }

    /// The record a page shows, if it is a record's page.
    pub fn record(&self) -> Option<(RecordKind, &str)> {
        match self {
            Page::Issue(id) => Some((RecordKind::Issue, id)),
            Page::Organisation(id) => Some((RecordKind::Organisation, id)),
            Page::Resource(id) => Some((RecordKind::Resource, id)),
            Page::Country(code) => Some((RecordKind::Country, code)),
            _ => None,
        }
    }

    /// Every page drawn ahead of time, in each interface language: the home page, the
    /// reference pages, and each issue, organisation, resource and country. Not the pages
    /// that answer what a reader types or ticks.
    pub fn drawn_ahead(catalog: &Catalog) -> Vec<Page> {
        let records = catalog
            .issues
            .iter()
            .map(|issue| Page::Issue(issue.id.clone()))
            .chain(
                catalog
                    .organisations
                    .iter()
                    .map(|organisation| Page::Organisation(organisation.id.clone())),
            )
            .chain(
                catalog
                    .resources
                    .iter()
                    .map(|resource| Page::Resource(resource.id.clone())),
            )
            .chain(
                catalog
                    .countries
                    .iter()
                    .map(|country| Page::Country(country.code.clone())),
            );
        [
            Page::Home,
            Page::Ask,
            Page::Glossary,
            Page::Countries,
            Page::About,
        ]
        .into_iter()
        .chain(records)
        .collect()
    }
}

/// A path's language prefix, and the path without it: `/fr/issues/spam` is French
/// `/issues/spam`; `/issues/spam` has none.
pub fn split_language(path: &str) -> (Option<Lang>, &str) {
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = trimmed.split_at(trimmed.find('/').unwrap_or(trimmed.len()));
    match prefix_lang(first) {
        Some(lang) => (Some(lang), rest),
        None => (None, path),
    }
}

/// The language an address asks for: its prefix, else its `?lang=` (the older form), else
/// none (the reader's remembered language, or English, applies).
pub fn language_of(path: &str, query: &str) -> Option<Lang> {
    split_language(path).0.or_else(|| {
        query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("lang="))
            .and_then(|code| prefix_lang(code).or((code == "en").then_some(Lang::En)))
    })
}

/// `address` (a path, with any query and `#fragment`) in `lang`: its path prefixed with the
/// language (none for English), any `lang=` left out of its query. Idempotent: an address
/// already in a language is moved to `lang`.
pub fn localized(lang: Lang, address: &str) -> String {
    let (before_fragment, fragment) = address.split_at(address.find('#').unwrap_or(address.len()));
    let (path, query) =
        before_fragment.split_at(before_fragment.find('?').unwrap_or(before_fragment.len()));
    let (_, bare) = split_language(if path.is_empty() { "/" } else { path });
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let path = match (lang, bare) {
        (Lang::En, "") => "/".to_string(),
        (Lang::En, bare) => bare.to_string(),
        (lang, "/" | "") => format!("/{}", lang.code()),
        (lang, bare) => format!("/{}{bare}", lang.code()),
    };
    format!("{path}{query}{fragment}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_pages_and_pages_name_their_paths() {
        for (path, page) in [
            ("/", Page::Home),
            ("", Page::Home),
            ("/ask", Page::Ask),
            ("/glossary/", Page::Glossary),
            ("/issues/spam", Page::Issue("spam".into())),
            ("/organisations/icann", Page::Organisation("icann".into())),
            (
                "/resources/budapest-convention",
                Page::Resource("budapest-convention".into()),
            ),
            ("/countries/SN", Page::Country("SN".into())),
            ("/countries", Page::Countries),
            (
                "/changes/issues/spam",
                Page::RecordChanges(RecordKind::Issue, "spam".into()),
            ),
            ("/changes", Page::Changes),
            ("/cite", Page::Cite),
            ("/compare", Page::Compare),
        ] {
            assert_eq!(Page::parse(path), page, "{path}");
            if path == "/" || (!path.is_empty() && !path.ends_with('/')) {
                assert_eq!(page.path(), path, "the path of {page:?}");
            }
        }
        for strange in [
            "/issues",
            "/issues/",
            "/nothing/here",
            "/issues/spam/more",
            "//",
            "/changes/glossary/x",
        ] {
            assert_eq!(Page::parse(strange), Page::NotFound, "{strange}");
        }
    }

    #[test]
    fn a_language_prefix_is_split_off() {
        assert_eq!(
            split_language("/fr/issues/spam"),
            (Some(Lang::Fr), "/issues/spam")
        );
        assert_eq!(split_language("/ar"), (Some(Lang::Ar), ""));
        assert_eq!(split_language("/es/"), (Some(Lang::Es), "/"));
        assert_eq!(split_language("/issues/spam"), (None, "/issues/spam"));
        assert_eq!(split_language("/en/issues"), (None, "/en/issues"));
        assert_eq!(split_language("/french"), (None, "/french"));
        assert_eq!(Page::parse(split_language("/ar").1), Page::Home);
    }

    #[test]
    fn the_prefix_wins_over_the_older_query_form() {
        assert_eq!(language_of("/fr/issues/spam", "?lang=es"), Some(Lang::Fr));
        assert_eq!(language_of("/issues/spam", "?q=x&lang=ar"), Some(Lang::Ar));
        assert_eq!(language_of("/issues/spam", "?lang=en"), Some(Lang::En));
        assert_eq!(language_of("/issues/spam", "?lang=xx"), None);
        assert_eq!(language_of("/", ""), None);
    }

    #[test]
    fn addresses_are_localized_once_whatever_they_carried() {
        assert_eq!(localized(Lang::Fr, "/issues/spam"), "/fr/issues/spam");
        assert_eq!(localized(Lang::Fr, "/"), "/fr");
        assert_eq!(
            localized(Lang::Ar, "/?q=spam&country=SN"),
            "/ar?q=spam&country=SN"
        );
        assert_eq!(localized(Lang::Es, "/fr/glossary#rir"), "/es/glossary#rir");
        assert_eq!(
            localized(Lang::En, "/fr/issues/spam?lang=fr&country=SN"),
            "/issues/spam?country=SN"
        );
        assert_eq!(
            localized(Lang::Fr, "/issues/spam?lang=es"),
            "/fr/issues/spam"
        );
        assert_eq!(localized(Lang::En, "/ar"), "/");
        let once = localized(Lang::Fr, "/matrix?basket=cybersecurity");
        assert_eq!(localized(Lang::Fr, &once), once);
    }
}
