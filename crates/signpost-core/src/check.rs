//! The curators' checks. One pass over a loaded dataset reports every problem at once; the
//! build script and `curate check` both run it, so a bad file never reaches the app.

use std::collections::{HashMap, HashSet};

use crate::catalog::Catalog;
use crate::load::{Dataset, Origin};
use crate::model::{
    Country, HomeStatus, Issue, Lang, LocalText, Organisation, OrganisationStatus,
    OrganisationType, Provenance, Resource, RoleLink, Source, Term,
};
use crate::problem::{sorted, Problem, Severity};

use crate::freshness::months_between;
pub use crate::freshness::{parse_date, Date};

/// Records not reviewed for this many months get a warning.
pub const STALE_AFTER_MONTHS: u32 = 18;

/// Ids: lower-case ASCII letters, digits and single hyphens, starting with a letter or digit.
pub fn is_well_formed_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 48
        && bytes[0].is_ascii_alphanumeric()
        && !id.ends_with('-')
        && !id.contains("--")
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// Why a URL is unacceptable, if it is.
pub fn url_problem(url: &str) -> Option<&'static str> {
    let url = url.trim();
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if let Some(rest) = url.strip_prefix("http://") {
        rest
    } else if let Some(rest) = url.strip_prefix("mailto:") {
        return (!rest.contains('@')).then_some("a mailto: link needs an address with @");
    } else {
        return Some("must be an absolute URL starting with https://, http:// or mailto:");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') {
        return Some("has no host name; write the full address, e.g. https://www.itu.int/");
    }
    if url.chars().any(char::is_whitespace) {
        return Some("contains spaces; encode them as %20 or fix the address");
    }
    None
}

pub use crate::text::has_markup;

/// Every ISO 3166-1 alpha-2 code (249 countries and territories).
pub const ISO_3166_1: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Languages a curator can list for an organisation or resource (ISO 639-1, lower case).
fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// A one-record file's name without `.toml`: what its id must be.
fn file_stem(origin: &Origin) -> &str {
    origin
        .file
        .rsplit('/')
        .next()
        .and_then(|name| name.strip_suffix(".toml"))
        .unwrap_or("")
}

struct Checker<'a> {
    catalog: &'a Catalog,
    national: &'a crate::load::National,
    unreadable: &'a HashSet<String>,
    today: Date,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn report(
        &mut self,
        severity: Severity,
        origin: &Origin,
        record: &str,
        field: &str,
        message: String,
    ) {
        self.problems.push(Problem {
            severity,
            file: origin.file.clone(),
            line: origin.line(field),
            record: record.to_string(),
            field: field.to_string(),
            message,
        });
    }

    fn error(&mut self, origin: &Origin, record: &str, field: &str, message: impl Into<String>) {
        self.report(Severity::Error, origin, record, field, message.into());
    }

    fn warning(&mut self, origin: &Origin, record: &str, field: &str, message: impl Into<String>) {
        self.report(Severity::Warning, origin, record, field, message.into());
    }

    fn plain(&mut self, origin: &Origin, record: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(
                origin,
                record,
                field,
                "is empty; write the text or remove the field",
            );
        } else if has_markup(text) {
            self.error(
                origin,
                record,
                field,
                "contains HTML or script; write plain text",
            );
        }
    }

    fn local_text(&mut self, origin: &Origin, record: &str, field: &str, text: &LocalText) {
        for (lang, version) in text.versions() {
            self.plain(origin, record, &format!("{field}.{}", lang.code()), version);
        }
    }

    /// Reports missing versions, in the interface's languages, of text shown on every page.
    fn translations(
        &mut self,
        origin: &Origin,
        record: &str,
        field: &str,
        text: &LocalText,
        wanted: &[Lang],
    ) {
        let missing: Vec<&str> = wanted
            .iter()
            .filter(|lang| text.exact(**lang).is_none())
            .map(|lang| lang.code())
            .collect();
        if !missing.is_empty() {
            self.warning(
                origin,
                record,
                field,
                format!(
                    "no translation in {}; the English text is shown instead",
                    missing.join(", ")
                ),
            );
        }
    }

    fn languages(&mut self, origin: &Origin, record: &str, codes: &[String]) {
        for (position, code) in codes.iter().enumerate() {
            if !is_language_code(code) {
                self.error(
                    origin,
                    record,
                    &format!("languages[{position}]"),
                    format!(
                        "\"{code}\" is not a two-letter ISO 639-1 code such as \"en\" or \"fr\""
                    ),
                );
            }
        }
    }

    fn url(&mut self, origin: &Origin, record: &str, field: &str, url: &str) {
        if let Some(why) = url_problem(url) {
            self.error(origin, record, field, format!("\"{url}\" {why}"));
        }
    }

    fn sources(
        &mut self,
        origin: &Origin,
        record: &str,
        field: &str,
        sources: &[Source],
        required: bool,
    ) {
        if required && sources.is_empty() {
            self.error(
                origin,
                record,
                field,
                "no source; add [[sources]] with a title and the official URL",
            );
        }
        for (position, source) in sources.iter().enumerate() {
            let path = format!("{field}[{position}]");
            self.plain(origin, record, &format!("{path}.title"), &source.title);
            self.url(origin, record, &format!("{path}.url"), &source.url);
        }
    }

    fn id(&mut self, origin: &Origin, id: &str, expected_from_file: bool) {
        if !is_well_formed_id(id) {
            self.error(
                origin,
                id,
                "id",
                "is not a well-formed id; use lower-case letters, digits and single hyphens",
            );
        }
        if expected_from_file {
            let stem = file_stem(origin);
            if stem != id {
                self.error(origin, id, "id", format!("does not match the file name; rename the file to {id}.toml or change the id to \"{stem}\""));
            }
        }
    }

    /// A volatile record's review interval, in months: 1 to 12.
    fn review_interval(&mut self, origin: &Origin, record: &str, every: Option<u32>) {
        if let Some(months @ (0 | 13..)) = every {
            self.error(origin, record, "review_every_months", format!("{months} is not a review interval; write a number of months from 1 to 12 (records are reviewed every 12 months unless volatile)"));
        }
    }

    fn reviewed(&mut self, origin: &Origin, record: &str, reviewed: &str) {
        match parse_date(reviewed) {
            None => self.error(origin, record, "reviewed", format!("\"{reviewed}\" is not a date; write YYYY-MM-DD")),
            Some(date) if date > self.today => {
                self.error(origin, record, "reviewed", format!("\"{reviewed}\" is in the future; write the date you reviewed the record"))
            }
            Some(date) if months_between(date, self.today) >= STALE_AFTER_MONTHS => self.warning(
                origin,
                record,
                "reviewed",
                format!("last reviewed {reviewed}, over {STALE_AFTER_MONTHS} months ago; check the record and update the date"),
            ),
            Some(_) => {}
        }
    }

    /// A record of `data/organisations/` or of `data/national/organisations/`.
    fn any_organisation(&self, id: &str) -> Option<&'a Organisation> {
        self.catalog.organisation(id).or_else(|| {
            self.national
                .organisations
                .iter()
                .find(|organisation| organisation.id == id)
        })
    }

    fn organisation_ref(&mut self, origin: &Origin, record: &str, field: &str, id: &str) {
        if self.any_organisation(id).is_none() && !self.unreadable.contains(id) {
            self.error(origin, record, field, format!("\"{id}\" is not an organisation id; add data/organisations/{id}.toml or fix the id"));
        }
    }

    fn issue_ref(&mut self, origin: &Origin, record: &str, field: &str, id: &str) {
        if self.catalog.issue(id).is_none() && !self.unreadable.contains(id) {
            self.error(
                origin,
                record,
                field,
                format!("\"{id}\" is not an issue id; add data/issues/{id}.toml or fix the id"),
            );
        }
    }

    fn region_or_country_ref(&mut self, origin: &Origin, record: &str, field: &str, id: &str) {
        let known = id == "global"
            || self.catalog.region(id).is_some()
            || (id.len() == 2
                && self.catalog.country(id).is_some()
                && id.bytes().all(|b| b.is_ascii_uppercase()));
        if !known {
            self.error(origin, record, field, format!("\"{id}\" is not \"global\", a region id from data/regions.toml or an upper-case ISO 3166-1 code"));
        }
    }

    fn duplicates<'r>(
        &mut self,
        kind: &str,
        origins: &[Origin],
        ids: impl Iterator<Item = &'r str>,
    ) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (position, id) in ids.enumerate() {
            if let Some(first) = seen.get(id) {
                let first_origin = &origins[*first];
                let message = format!(
                    "{kind} id \"{id}\" is already used at {}:{}; ids must be unique",
                    first_origin.file,
                    first_origin.line("id")
                );
                self.error(&origins[position], id, "id", message);
            } else {
                seen.insert(id, position);
            }
        }
    }

    /// How a ceased or renamed organisation is described in a message ("ceased"), and where
    /// its role passed (", such as its successor \"icann\""); `None` for a current body.
    fn closed(&self, id: &str) -> Option<(String, String)> {
        let organisation = self.catalog.organisation(id)?;
        organisation.status.is_closed().then(|| {
            let successor = organisation
                .successor
                .as_ref()
                .map(|successor| format!(", such as its successor \"{successor}\""))
                .unwrap_or_default();
            (organisation.status.label().to_lowercase(), successor)
        })
    }

    /// A role link to a ceased or renamed body is history: it must say so, so that routing
    /// never offers the body as a place to go.
    fn closed_body_link(&mut self, origin: &Origin, id: &str, path: &str, link: &RoleLink) {
        if link.historical {
            return;
        }
        if let Some((status, successor)) = self.closed(&link.organisation) {
            self.error(
                origin,
                id,
                &format!("{path}.organisation"),
                format!(
                    "\"{}\" is {status}, so this role is history: add historical = true, and link the body that holds the role now{successor}",
                    link.organisation
                ),
            );
        }
    }

    /// Every body a countries file names in a membership field (all but `rir`, whose service
    /// regions the file's sources give) needs that body's member list in the file's
    /// `[[about.member_list]]`, with a source: memberships are read, never assumed.
    fn member_lists(
        &mut self,
        about: &Provenance,
        origin: &Origin,
        countries: &[(&Country, &Origin)],
    ) {
        for (position, list) in about.member_lists.iter().enumerate() {
            let path = format!("about.member_list[{position}]");
            self.organisation_ref(
                origin,
                "",
                &format!("{path}.organisation"),
                &list.organisation,
            );
            match parse_date(&list.checked) {
                Some(date) if date <= self.today => {}
                _ => self.error(origin, "", &format!("{path}.checked"), format!("\"{}\" is not a date up to today; write the day the list was read as YYYY-MM-DD", list.checked)),
            }
            match (&list.source, &list.note) {
                (Some(source), _) => {
                    self.plain(origin, "", &format!("{path}.source.title"), &source.title);
                    self.url(origin, "", &format!("{path}.source.url"), &source.url);
                }
                (None, Some(note)) => self.plain(origin, "", &format!("{path}.note"), note),
                (None, None) => self.error(origin, "", &path, "has neither a source (the body's member list) nor a note saying why none was found; add one"),
            }
        }
        for (country, country_origin) in countries {
            for (kind, body) in country.bodies() {
                if kind == crate::model::BodyKind::Rir {
                    continue;
                }
                let listed = about
                    .member_lists
                    .iter()
                    .find(|list| list.organisation == body);
                match listed {
                    Some(list) if list.source.is_some() => {}
                    Some(_) => self.error(country_origin, &country.code, kind.field(), format!("\"{body}\" has no member list (see this file's [[about.member_list]] note), so no country can be said to belong to it; remove it")),
                    None => self.error(country_origin, &country.code, kind.field(), format!("\"{body}\" is named without its member list: add [[about.member_list]] with organisation = \"{body}\" and the body's own list as source, or remove it")),
                }
            }
        }
    }

    fn issue(&mut self, issue: &Issue, origin: &Origin) {
        let id = issue.id.as_str();
        self.id(origin, id, true);
        self.local_text(origin, id, "name", &issue.name);
        self.local_text(origin, id, "summary", &issue.summary);
        self.local_text(origin, id, "description", &issue.description);
        // Names are in every interface language (search finds issues by them too);
        // summaries in French and Spanish so far.
        self.translations(
            origin,
            id,
            "name",
            &issue.name,
            &[Lang::Fr, Lang::Es, Lang::Ar],
        );
        self.translations(origin, id, "summary", &issue.summary, &[Lang::Fr, Lang::Es]);
        self.reviewed(origin, id, &issue.reviewed);
        self.review_interval(origin, id, issue.review_every_months);
        for (position, alias) in issue.aliases.all().enumerate() {
            self.plain(origin, id, &format!("aliases.{}", alias.0.code()), alias.1);
            let _ = position;
        }
        for (position, related) in issue.related.iter().enumerate() {
            if related == id {
                self.error(
                    origin,
                    id,
                    "related",
                    "an issue cannot be related to itself; remove it",
                );
            }
            self.issue_ref(origin, id, &format!("related[{position}]"), related);
        }
        self.sources(origin, id, "sources", &issue.sources, true);

        let home = &issue.home;
        if home.status != HomeStatus::Clear {
            match &home.why {
                None => self.error(origin, id, "home.why", format!("home status is \"{}\" but no reason is given; add why = {{ en = \"...\" }} with a source", home.status.code())),
                Some(why) => self.local_text(origin, id, "home.why", why),
            }
            if home.nearest.is_empty() {
                self.error(origin, id, "home.nearest", format!("home status is \"{}\" but no nearest venue is named; list organisation ids", home.status.code()));
            }
            if home.sources.is_empty() {
                self.error(
                    origin,
                    id,
                    "home.sources",
                    "no source for why the issue has no clear home; add home.sources",
                );
            }
        }
        for (position, venue) in home.nearest.iter().enumerate() {
            let field = format!("home.nearest[{position}]");
            self.organisation_ref(origin, id, &field, venue);
            if let Some(closed) = self.closed(venue) {
                self.error(
                    origin,
                    id,
                    &field,
                    format!(
                        "\"{venue}\" is {}: a closed body is not a venue; name a current one{}",
                        closed.0, closed.1
                    ),
                );
            }
        }
        self.sources(origin, id, "home.sources", &home.sources, false);
        if home.views.len() == 1 {
            self.error(
                origin,
                id,
                "home.views",
                "lists one view; views show where sources disagree, so give at least two or none",
            );
        }
        for (position, view) in home.views.iter().enumerate() {
            let path = format!("home.views[{position}]");
            self.local_text(origin, id, &format!("{path}.summary"), &view.summary);
            self.plain(
                origin,
                id,
                &format!("{path}.source.title"),
                &view.source.title,
            );
            self.url(origin, id, &format!("{path}.source.url"), &view.source.url);
        }

        if issue.roles.len() < 2 {
            self.error(
                origin,
                id,
                "roles",
                format!(
                    "has {} role link(s); every issue needs at least two sourced [[roles]]",
                    issue.roles.len()
                ),
            );
        }
        let mut seen_links = HashSet::new();
        for (position, link) in issue.roles.iter().enumerate() {
            let path = format!("roles[{position}]");
            self.organisation_ref(
                origin,
                id,
                &format!("{path}.organisation"),
                &link.organisation,
            );
            self.closed_body_link(origin, id, &path, link);
            if !seen_links.insert((
                link.organisation.as_str(),
                link.role,
                link.region.as_deref(),
            )) {
                self.error(
                    origin,
                    id,
                    &path,
                    format!(
                        "the same role of \"{}\" is listed twice; remove one",
                        link.organisation
                    ),
                );
            }
            if let Some(region) = &link.region {
                self.region_or_country_ref(origin, id, &format!("{path}.region"), region);
            }
            if let Some(instrument) = &link.instrument {
                self.plain(origin, id, &format!("{path}.instrument"), instrument);
            }
            self.plain(
                origin,
                id,
                &format!("{path}.source.title"),
                &link.source.title,
            );
            self.url(origin, id, &format!("{path}.source.url"), &link.source.url);
        }
    }

    fn organisation(&mut self, organisation: &Organisation, origin: &Origin, national: bool) {
        let id = organisation.id.as_str();
        self.id(origin, id, true);
        self.plain(origin, id, "name", &organisation.name);
        if let Some(acronym) = &organisation.acronym {
            self.plain(origin, id, "acronym", acronym);
        }
        for (position, name) in organisation.former_names.iter().enumerate() {
            self.plain(origin, id, &format!("former_names[{position}]"), name);
        }
        self.local_text(origin, id, "summary", &organisation.summary);
        match &organisation.website {
            Some(website) => self.url(origin, id, "website", website),
            None if organisation.status == OrganisationStatus::Active => self.warning(
                origin,
                id,
                "website",
                "no website; add the official address if one exists",
            ),
            None => {}
        }
        for (code, name) in &organisation.names {
            let field = format!("names.{code}");
            if code == "en" {
                self.error(
                    origin,
                    id,
                    &field,
                    "the English name belongs in `name`; remove it here",
                );
            } else if !is_language_code(code) {
                self.error(
                    origin,
                    id,
                    &field,
                    format!("\"{code}\" is not a two-letter ISO 639-1 code"),
                );
            }
            self.plain(origin, id, &field, name);
        }
        self.reviewed(origin, id, &organisation.reviewed);
        self.review_interval(origin, id, organisation.review_every_months);
        if organisation.scope.is_empty() {
            self.error(
                origin,
                id,
                "scope",
                "is empty; write [\"global\"], region ids or ISO country codes",
            );
        }
        for (position, scope) in organisation.scope.iter().enumerate() {
            self.region_or_country_ref(origin, id, &format!("scope[{position}]"), scope);
        }
        self.languages(origin, id, &organisation.languages);
        match organisation.status {
            OrganisationStatus::Active => {}
            status => {
                if organisation.status_note.is_none() {
                    self.error(origin, id, "status_note", format!("status is \"{}\" but there is no status_note saying what happened and when", status.label().to_lowercase()));
                }
                if status == OrganisationStatus::Renamed && organisation.successor.is_none() {
                    self.error(
                        origin,
                        id,
                        "status",
                        "is \"renamed\" but no successor is named; add successor = \"<organisation id>\"",
                    );
                }
            }
        }
        if let Some(note) = &organisation.status_note {
            self.local_text(origin, id, "status_note", note);
        }
        if let Some(successor) = &organisation.successor {
            if successor == id {
                self.error(
                    origin,
                    id,
                    "successor",
                    "an organisation cannot succeed itself",
                );
            }
            self.organisation_ref(origin, id, "successor", successor);
        }
        // A national body's sheet gives its website; a missing channel is not worth a warning
        // for each of some 250 ccTLD managers.
        if organisation.engage.is_empty()
            && organisation.status == OrganisationStatus::Active
            && !national
        {
            self.warning(origin, id, "engage", "no way to engage is listed; add [[engage]] with a membership, report, mailing list or contact link");
        }
        for (position, way) in organisation.engage.iter().enumerate() {
            let path = format!("engage[{position}]");
            self.local_text(origin, id, &format!("{path}.label"), &way.label);
            self.url(origin, id, &format!("{path}.url"), &way.url);
        }
        self.sources(origin, id, "sources", &organisation.sources, true);
    }

    fn resource(&mut self, resource: &Resource, origin: &Origin) {
        let id = resource.id.as_str();
        self.id(origin, id, true);
        self.local_text(origin, id, "title", &resource.title);
        if let Some(summary) = &resource.summary {
            self.local_text(origin, id, "summary", summary);
        }
        self.organisation_ref(origin, id, "issuer", &resource.issuer);
        if resource.year < 1800 || resource.year > self.today.0 as u16 {
            self.error(
                origin,
                id,
                "year",
                format!(
                    "{} is not a plausible year of issue (1800 to {})",
                    resource.year, self.today.0
                ),
            );
        }
        self.url(origin, id, "url", &resource.url);
        if resource.issues.is_empty() {
            self.error(
                origin,
                id,
                "issues",
                "lists no issue; name at least one issue id",
            );
        }
        for (position, issue) in resource.issues.iter().enumerate() {
            self.issue_ref(origin, id, &format!("issues[{position}]"), issue);
        }
        self.languages(origin, id, &resource.languages);
        self.reviewed(origin, id, &resource.reviewed);
        self.review_interval(origin, id, resource.review_every_months);
        self.sources(origin, id, "sources", &resource.sources, true);
    }

    fn term(&mut self, term: &Term, origin: &Origin) {
        let id = term.id.as_str();
        self.id(origin, id, false);
        self.plain(origin, id, "term", &term.term);
        if let Some(expansion) = &term.expansion {
            self.plain(origin, id, "expansion", expansion);
        }
        self.local_text(origin, id, "definition", &term.definition);
        for (position, related) in term.related.iter().enumerate() {
            if self.catalog.kinds_of(related).is_empty() && !self.unreadable.contains(related) {
                self.error(
                    origin,
                    id,
                    &format!("related[{position}]"),
                    format!(
                        "\"{related}\" is not the id of an issue, organisation, resource or term"
                    ),
                );
            }
        }
    }

    fn country(&mut self, country: &Country, origin: &Origin) {
        let code = country.code.as_str();
        if !ISO_3166_1.contains(&code) {
            self.error(
                origin,
                code,
                "code",
                format!("\"{code}\" is not an ISO 3166-1 alpha-2 code"),
            );
        }
        self.local_text(origin, code, "name", &country.name);
        for (lang, alias) in country.aliases.all() {
            self.plain(origin, code, &format!("aliases.{}", lang.code()), alias);
        }
        if self.catalog.region(&country.region).is_none() {
            self.error(
                origin,
                code,
                "region",
                format!(
                    "\"{}\" is not a region id from data/regions.toml",
                    country.region
                ),
            )
        }
        for (kind, body) in country.bodies() {
            match self.catalog.organisation(body) {
                None if self.unreadable.contains(body) => {}
                None => self.error(origin, code, kind.field(), format!("\"{body}\" is not an organisation id; add data/organisations/{body}.toml or fix the id")),
                Some(organisation) if organisation.status.is_closed() => self.error(origin, code, kind.field(), format!("\"{body}\" is {}: a closed body no longer serves a country; remove it or name its successor", organisation.status.label().to_lowercase())),
                Some(organisation) => {
                    let expected = match kind {
                        crate::model::BodyKind::Rir => Some(OrganisationType::Rir),
                        crate::model::BodyKind::Nir => Some(OrganisationType::Nir),
                        _ => None,
                    };
                    if let Some(expected) = expected {
                        if organisation.kind != expected {
                            self.error(origin, code, kind.field(), format!("\"{body}\" is a {}, not a {}", organisation.kind.label(), expected.label()));
                        }
                    }
                }
            }
        }
        if country.regional_igf.is_empty()
            && country.csirt_association.is_empty()
            && country.telecom_organisation.is_empty()
        {
            self.warning(origin, code, "regional_igf", "no regional IGF, CSIRT association or telecom organisation is mapped; add the bodies that serve this country");
        }
    }

    /// Names and acronyms shared by two organisations are usually one record written twice.
    fn organisation_names(&mut self, origins: &[Origin]) {
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut acronyms: HashMap<String, usize> = HashMap::new();
        for (position, organisation) in self.catalog.organisations.iter().enumerate() {
            let origin = &origins[position];
            let name = crate::text::fold(&organisation.name);
            if let Some(first) = names.get(&name) {
                let other = &self.catalog.organisations[*first].id;
                self.error(origin, &organisation.id, "name", format!("\"{}\" is also the name of \"{other}\"; merge the records or tell them apart", organisation.name));
            } else {
                names.insert(name, position);
            }
            if let Some(acronym) = &organisation.acronym {
                let key = crate::text::fold(acronym);
                if let Some(first) = acronyms.get(&key) {
                    let other = &self.catalog.organisations[*first].id;
                    self.warning(origin, &organisation.id, "acronym", format!("\"{acronym}\" is also the acronym of \"{other}\"; check they are different bodies"));
                } else {
                    acronyms.insert(key, position);
                }
            }
        }
    }

    fn coverage(&mut self, origins: &[Origin]) {
        let present: HashSet<&str> = self
            .catalog
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        let missing: Vec<&str> = ISO_3166_1
            .iter()
            .copied()
            .filter(|code| !present.contains(code))
            .collect();
        if !missing.is_empty() {
            let problem = Problem {
                severity: Severity::Error,
                file: origins
                    .first()
                    .map(|o| o.file.clone())
                    .unwrap_or_else(|| "data/countries".into()),
                line: 1,
                record: String::new(),
                field: "country".into(),
                message: format!(
                    "{} ISO 3166-1 codes have no country record: {}; add them",
                    missing.len(),
                    missing.join(", ")
                ),
            };
            self.problems.push(problem);
        }
    }
}

/// Runs every check on a loaded dataset as of `today`; returns the dataset's own loading
/// problems too, sorted by file and line.
pub fn check(dataset: &Dataset, today: Date) -> Vec<Problem> {
    let catalog = &dataset.catalog;
    let origins = &dataset.origins;
    let mut checker = Checker {
        catalog,
        national: &dataset.national,
        unreadable: &dataset.unreadable,
        today,
        problems: dataset.problems.clone(),
    };

    checker.duplicates(
        "issue",
        &origins.issues,
        catalog.issues.iter().map(|r| r.id.as_str()),
    );
    checker.duplicates(
        "organisation",
        &origins.organisations,
        catalog.organisations.iter().map(|r| r.id.as_str()),
    );
    checker.duplicates(
        "resource",
        &origins.resources,
        catalog.resources.iter().map(|r| r.id.as_str()),
    );
    checker.duplicates(
        "term",
        &origins.terms,
        catalog.terms.iter().map(|r| r.id.as_str()),
    );
    checker.duplicates(
        "region",
        &origins.regions,
        catalog.regions.iter().map(|r| r.id.as_str()),
    );
    checker.duplicates(
        "country",
        &origins.countries,
        catalog.countries.iter().map(|r| r.code.as_str()),
    );

    for (issue, origin) in catalog.issues.iter().zip(&origins.issues) {
        checker.issue(issue, origin);
    }
    for (organisation, origin) in catalog.organisations.iter().zip(&origins.organisations) {
        checker.organisation(organisation, origin, false);
    }
    checker.national_records();
    checker.organisation_names(&origins.organisations);
    for (resource, origin) in catalog.resources.iter().zip(&origins.resources) {
        checker.resource(resource, origin);
    }
    for (term, origin) in catalog.terms.iter().zip(&origins.terms) {
        checker.term(term, origin);
    }
    for (region, origin) in catalog.regions.iter().zip(&origins.regions) {
        checker.id(origin, &region.id, false);
        checker.local_text(origin, &region.id, "name", &region.name);
        if let Some(parent) = &region.parent {
            if catalog.region(parent).is_none() {
                checker.error(
                    origin,
                    &region.id,
                    "parent",
                    format!("\"{parent}\" is not a region id"),
                );
            }
        }
    }
    for (country, origin) in catalog.countries.iter().zip(&origins.countries) {
        checker.country(country, origin);
    }
    checker.coverage(&origins.countries);
    for problem in crate::flow::check_flow(&catalog.questions, |id| {
        catalog.issue(id).is_some() || dataset.unreadable.contains(id)
    }) {
        match (
            origins.questions.get(problem.question),
            catalog.questions.get(problem.question),
        ) {
            (Some(origin), Some(question)) => {
                checker.error(origin, &question.id, &problem.field, problem.message)
            }
            _ => checker.problems.push(Problem {
                severity: Severity::Error,
                file: "data/questions.toml".into(),
                line: 1,
                record: String::new(),
                field: problem.field,
                message: problem.message,
            }),
        }
    }
    for (proposal, origin) in &dataset.proposals {
        checker.id(origin, &proposal.id, true);
        let region_exists = |id: &str| {
            id == "global"
                || catalog.region(id).is_some()
                || (id.len() == 2 && catalog.country(id).is_some())
        };
        for problem in crate::proposal::problems(proposal, region_exists) {
            checker.error(origin, &proposal.id, problem.field, problem.message());
        }
        if parse_date(&proposal.proposed).is_none_or(|date| date > today) {
            checker.error(
                origin,
                &proposal.id,
                "proposed",
                format!(
                    "\"{}\" is not a date up to today; write YYYY-MM-DD",
                    proposal.proposed
                ),
            );
        }
    }
    for (question, origin) in catalog.questions.iter().zip(&origins.questions) {
        checker.id(origin, &question.id, false);
        checker.local_text(origin, &question.id, "text", &question.text);
        for (index, choice) in question.options.iter().enumerate() {
            checker.local_text(
                origin,
                &question.id,
                &format!("options[{index}].label"),
                &choice.label,
            );
        }
    }
    let provenances = std::iter::once(&catalog.glossary_about)
        .chain(std::iter::once(&catalog.regions_about))
        .chain(&catalog.countries_about);
    for (file, (about, origin)) in provenances.zip(&dataset.provenance_origins).enumerate() {
        // The glossary's and the regions' files come first; the rest are countries files.
        match file.checked_sub(2) {
            Some(countries_file) => {
                let countries: Vec<(&Country, &Origin)> = catalog
                    .countries
                    .iter()
                    .zip(&origins.countries)
                    .zip(&catalog.country_file)
                    .filter(|(_, file)| usize::from(**file) == countries_file)
                    .map(|(pair, _)| pair)
                    .collect();
                checker.member_lists(about, origin, &countries);
            }
            None if !about.member_lists.is_empty() => checker.error(
                origin,
                "",
                "about.member_list",
                "member lists belong in the countries files; remove them here",
            ),
            None => {}
        }
        checker.reviewed(origin, "", &about.reviewed);
        if about.sources.is_empty() {
            checker.error(
                origin,
                "",
                "about.sources",
                "names no source for this file's records; list them: sources = [{ title = \"...\", url = \"https://...\" }]",
            );
        }
        checker.sources(origin, "", "sources", &about.sources, false);
    }
    checker.translation_records(&dataset.translations);
    sorted(checker.problems)
}

impl Checker<'_> {
    /// `data/national/`: its bodies like any organisation, each sheet's slots and treaties,
    /// and the issue-to-slot map.
    fn national_records(&mut self) {
        let national = self.national;
        self.duplicates(
            "organisation",
            &national.organisation_origins,
            national
                .organisations
                .iter()
                .map(|organisation| organisation.id.as_str()),
        );
        for (organisation, origin) in national
            .organisations
            .iter()
            .zip(&national.organisation_origins)
        {
            if self.catalog.organisation(&organisation.id).is_some() {
                self.error(origin, &organisation.id, "id", format!("organisation id \"{}\" is already used in data/organisations/; ids must be unique", organisation.id));
            }
            self.organisation(organisation, origin, true);
        }
        self.duplicates(
            "national sheet",
            &national.sheet_origins,
            national.sheets.iter().map(|sheet| sheet.country.as_str()),
        );
        for (sheet, origin) in national.sheets.iter().zip(&national.sheet_origins) {
            self.sheet(sheet, origin);
        }
        if let Some(origin) = &national.slot_issues_origin {
            for (position, list) in national.slot_issues.slots.iter().enumerate() {
                for (index, issue) in list.issues.iter().enumerate() {
                    self.issue_ref(
                        origin,
                        list.slot.code(),
                        &format!("slot[{position}].issues[{index}]"),
                        issue,
                    );
                }
            }
        }
    }

    fn sheet(&mut self, sheet: &crate::national::Sheet, origin: &Origin) {
        use crate::national::{Treaty, TreatyState};
        let code = sheet.country.as_str();
        let stem = file_stem(origin);
        if stem != code {
            self.error(origin, code, "country", format!("does not match the file name; rename the file to {code}.toml or change the country to \"{stem}\""));
        }
        let Some(country) = self.catalog.country(code) else {
            self.error(origin, code, "country", format!("\"{code}\" is not a country code from data/countries/; use the upper-case ISO 3166-1 code"));
            return;
        };
        let country = country.code.clone();
        self.reviewed(origin, code, &sheet.reviewed);
        for (slot, entry) in &sheet.slots {
            let field = format!("slots.{}", slot.code());
            if entry.none_known && !entry.organisations.is_empty() {
                self.error(
                    origin,
                    code,
                    &field,
                    "names organisations and says none_known; keep one",
                );
            }
            if !entry.none_known && entry.organisations.is_empty() {
                self.error(origin, code, &field, "names no organisation; list the body's id in organisations, or write none_known = true with a source showing there is none, or remove the slot while it is not researched");
            }
            if entry.sources.is_empty() {
                let what = if entry.none_known {
                    "that no body holds this job"
                } else {
                    "that this body holds this job in this country"
                };
                self.error(origin, code, &format!("{field}.sources"), format!("no source; add sources = [{{ title = \"...\", url = \"https://...\" }}] showing {what}"));
            }
            self.sources(
                origin,
                code,
                &format!("{field}.sources"),
                &entry.sources,
                false,
            );
            if let Some(note) = &entry.note {
                self.plain(origin, code, &format!("{field}.note"), note);
            }
            for (position, id) in entry.organisations.iter().enumerate() {
                let path = format!("{field}.organisations[{position}]");
                match self.any_organisation(id) {
                    None if self.unreadable.contains(id.as_str()) => {}
                    None => self.error(origin, code, &path, format!("\"{id}\" is not an organisation id; add data/national/organisations/{id}.toml or fix the id")),
                    Some(organisation) => {
                        if !organisation.scope.contains(&country) {
                            self.error(origin, code, &path, format!("\"{id}\" does not have {country} in its scope, so it is not this country's body; fix the id, or add {country} to its scope if it really serves this country"));
                        }
                        if organisation.status.is_closed() {
                            self.error(origin, code, &path, format!("\"{id}\" is {}, so it holds no job now; name the body that does", organisation.status.label().to_lowercase()));
                        }
                    }
                }
            }
        }
        let mut seen: Vec<Treaty> = Vec::new();
        for (position, status) in sheet.treaties.iter().enumerate() {
            let field = format!("treaties[{position}]");
            if seen.contains(&status.treaty) {
                self.error(
                    origin,
                    code,
                    &format!("{field}.treaty"),
                    format!("\"{}\" is recorded twice; keep one", status.treaty.code()),
                );
            }
            seen.push(status.treaty);
            match parse_date(&status.date) {
                None => self.error(origin, code, &format!("{field}.date"), format!("\"{}\" is not a date; write YYYY-MM-DD (the date of ratification, signature or invitation, or of the table that shows none)", status.date)),
                Some(date) if date > self.today => self.error(origin, code, &format!("{field}.date"), format!("\"{}\" is in the future", status.date)),
                Some(_) => {}
            }
            self.plain(
                origin,
                code,
                &format!("{field}.source.title"),
                &status.source.title,
            );
            self.url(
                origin,
                code,
                &format!("{field}.source.url"),
                &status.source.url,
            );
            if status.status == TreatyState::Invited && status.treaty != Treaty::Budapest {
                self.error(origin, code, &format!("{field}.status"), "\"invited\" applies to the Budapest Convention (ets-185) only; write party, signatory or none");
            }
        }
    }

    /// Each translation record names a translated text; a translation made from English that
    /// has changed since is stale.
    fn translation_records(
        &mut self,
        records: &[(Lang, crate::translations::Translation, Origin)],
    ) {
        use crate::translations::{data_texts, english_hash};
        let texts: HashMap<String, crate::translations::DataText> = data_texts(self.catalog)
            .into_iter()
            .map(|text| (text.at.clone(), text))
            .collect();
        for (lang, record, origin) in records {
            let at = &record.at;
            // A record that could not be read has its own message already.
            let file = at.split('#').next().unwrap_or_default();
            let stem = file
                .rsplit('/')
                .next()
                .unwrap_or(file)
                .trim_end_matches(".toml");
            if self.unreadable.contains(stem) {
                continue;
            }
            match texts.get(at) {
                // Harmless to readers (the text shows in English, marked), so warnings.
                None => self.warning(origin, "", "at", format!("\"{at}\" is not a data text; write file#field as `curate translations` lists them, or remove this entry")),
                Some(text) if text.text.exact(*lang).is_none() => self.warning(origin, "", "at", format!("\"{at}\" has no {} text; add it to the record or remove this entry", lang.code())),
                Some(text) if record.from != english_hash(&text.text.en) => self.warning(origin, "", "from", format!("the English of \"{at}\" changed after it was translated; update the {} text, then from = \"{}\"", lang.code(), english_hash(&text.text.en))),
                Some(_) => {}
            }
            if let Some(reviewed) = &record.reviewed {
                if parse_date(reviewed).is_none_or(|date| date > self.today) {
                    self.error(
                        origin,
                        "",
                        "reviewed",
                        format!("\"{reviewed}\" is not a date up to today; write YYYY-MM-DD"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_list_has_every_code_once() {
        let unique: HashSet<&&str> = ISO_3166_1.iter().collect();
        assert_eq!(ISO_3166_1.len(), 249);
        assert_eq!(unique.len(), 249);
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2026-11-22"), Some((2026, 11, 22)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("22/11/2026"), None);
        assert_eq!(parse_date("2026-13-01"), None);
    }

    #[test]
    fn staleness_counts_whole_months() {
        assert_eq!(months_between((2025, 5, 22), (2026, 11, 22)), 18);
        assert_eq!(months_between((2025, 5, 23), (2026, 11, 22)), 17);
    }

    #[test]
    fn ids_urls_and_markup() {
        assert!(is_well_formed_id("afrinic"));
        assert!(is_well_formed_id("3gpp"));
        assert!(!is_well_formed_id("-x"));
        assert!(!is_well_formed_id("Bad_Id"));
        assert!(!is_well_formed_id("double--hyphen"));
        assert_eq!(url_problem("https://www.itu.int/"), None);
        assert_eq!(url_problem("mailto:info@ucenet.org"), None);
        assert!(url_problem("ftp://example").is_some());
        assert!(url_problem("www.itu.int").is_some());
        assert!(url_problem("javascript:alert(1)").is_some());
        assert!(has_markup("see <a href=x>"));
        assert!(!has_markup("a < b and c > d"));
    }
}

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn date_from_unix_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as u32, month as u32, day as u32)
}

/// Today's date from the system clock.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    date_from_unix_days((seconds / 86_400) as i64)
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn unix_days_to_dates() {
        assert_eq!(date_from_unix_days(0), (1970, 1, 1));
        assert_eq!(date_from_unix_days(19_782), (2024, 2, 29));
        assert_eq!(date_from_unix_days(20_414), (2025, 11, 22));
    }
}
