//! From a question to where to take it: the best issues, and for each the organisations that
//! can act, grouped by role, with the bodies serving the asker's country first.
//!
//! A country named in the question ("IPv6 addresses in Senegal") or chosen in the page
//! re-ranks venues: a role link limited to a region counts for countries in that region,
//! and the country's own regional bodies (its RIR, regional IGF, CSIRT association...) lead.

use crate::catalog::{Catalog, RecordKind};
use crate::model::{Country, Issue, OrganisationType, Role, RoleLink};
use crate::search::{Field, Hit, MatchKind, Reason, SearchIndex};
use crate::text::{fold, words};

/// Below this score per meaningful query word, the best hit is a guess, not an answer.
const GOOD_MATCH: f32 = 0.55;

/// Venues open to any issue, offered when nothing matches well: the IGF, and its
/// Multistakeholder Advisory Group, which shapes each year's programme. The asker's regional
/// IGFs are added where a country is known.
pub const GENERAL_VENUES: &[&str] = &["igf", "igf-mag"];

/// An organisation's place in an issue's routing.
#[derive(Debug, Clone, PartialEq)]
pub struct Venue<'a> {
    pub organisation: &'a str,
    pub role: Role,
    /// The role link it comes from; `None` for a regional body added because it serves the
    /// asker's country and the issue names a body of its kind (an RIR, a regional IGF...).
    pub link: Option<&'a RoleLink>,
    /// The role is limited to a region, or the organisation to an area, that holds the
    /// asker's country.
    pub in_your_region: bool,
    /// The organisation is one of the regional bodies mapped to the asker's country.
    pub serves_your_country: bool,
}

impl Venue<'_> {
    pub fn is_local(&self) -> bool {
        self.in_your_region || self.serves_your_country
    }
}

/// Where to take one issue: venues grouped by role, in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueRoute<'a> {
    pub issue: &'a Issue,
    pub by_role: Vec<(Role, Vec<Venue<'a>>)>,
    /// Role links limited to other regions than the asker's, kept apart.
    pub elsewhere: Vec<&'a RoleLink>,
}

impl IssueRoute<'_> {
    /// The first `n` distinct organisations, in the order the page shows them.
    pub fn top_organisations(&self, n: usize) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for venue in self.ranked_venues() {
            if ids.len() == n {
                break;
            }
            if !ids.contains(&venue.organisation) {
                ids.push(venue.organisation);
            }
        }
        ids
    }

    /// Venues flattened: those serving the asker's country first, then by role order.
    pub fn ranked_venues(&self) -> Vec<&Venue<'_>> {
        let mut venues: Vec<&Venue> = self.by_role.iter().flat_map(|(_, venues)| venues).collect();
        venues.sort_by_key(|venue| !venue.is_local());
        venues
    }
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Route<'a> {
    pub hits: Vec<Hit>,
    /// The country used for re-ranking, and whether it came from the question's words.
    pub country: Option<(&'a Country, bool)>,
    /// Routes for the issues among the hits, best first.
    pub issues: Vec<IssueRoute<'a>>,
    /// Whether the best hit is a real answer rather than a loose guess.
    pub good_match: bool,
}

impl Route<'_> {
    /// Ids in the order a reader meets them: each of the first `n` hits, and after an issue
    /// hit its first organisations. Used to judge routing quality (the golden set).
    pub fn leading_ids(&self, n: usize) -> Vec<(RecordKind, String)> {
        let mut ids: Vec<(RecordKind, String)> = self
            .hits
            .iter()
            .take(n)
            .map(|hit| (hit.kind, hit.id.clone()))
            .collect();
        if let Some(first) = self.issues.first() {
            for organisation in first.top_organisations(n) {
                ids.push((RecordKind::Organisation, organisation.to_string()));
            }
        }
        ids
    }
}

impl Catalog {
    /// Whether `region_or_country` (a region id or an ISO code) covers `country`.
    pub fn region_contains(&self, region_or_country: &str, country: &Country) -> bool {
        if region_or_country == "global" || region_or_country.eq_ignore_ascii_case(&country.code) {
            return true;
        }
        let mut current = Some(country.region.as_str());
        let mut steps = 0;
        while let Some(id) = current {
            if id == region_or_country {
                return true;
            }
            steps += 1;
            if steps > 8 {
                break;
            }
            current = self.region(id).and_then(|region| region.parent.as_deref());
        }
        false
    }

    /// Whether an organisation's declared scope is limited to areas that leave `country` out.
    fn scoped_elsewhere(&self, organisation: &str, country: &Country) -> bool {
        self.organisation(organisation).is_some_and(|organisation| {
            !organisation
                .scope
                .iter()
                .any(|scope| self.region_contains(scope, country))
        })
    }

    /// Whether the organisation is a regional body of a kind the country already has its
    /// own of: APNIC for Kazakhstan (served by the RIPE NCC), though both serve "Asia".
    fn rival_of_own_body(&self, organisation: &str, country: &Country) -> bool {
        let Some(candidate) = self.organisation(organisation) else {
            return false;
        };
        let own = |body: &str| body == organisation;
        !candidate.scope.iter().any(|scope| scope == "global")
            && !country.bodies().any(|(_, body)| own(body))
            && country
                .bodies()
                .filter_map(|(_, body)| self.organisation(body))
                .any(|body| body.kind == candidate.kind)
    }

    /// Whether an organisation's declared scope names the country or one of its regions
    /// (and is not simply global).
    fn scoped_to(&self, organisation: &str, country: &Country) -> bool {
        self.organisation(organisation).is_some_and(|organisation| {
            organisation
                .scope
                .iter()
                .any(|scope| scope != "global" && self.region_contains(scope, country))
        })
    }

    /// The country's regional bodies that fit an issue: a body whose kind of organisation
    /// already acts on the issue (the country's RIR where RIRs do, its regional IGF where
    /// the IGF does), and its national registry wherever a regional registry does.
    fn country_bodies_for<'a>(
        &'a self,
        issue: &'a Issue,
        country: &'a Country,
    ) -> Vec<(&'a str, Role)> {
        let kinds: Vec<(OrganisationType, Role)> = issue
            .roles
            .iter()
            .filter_map(|link| {
                self.organisation(&link.organisation)
                    .map(|o| (o.kind, link.role))
            })
            .collect();
        country
            .bodies()
            .filter(|(_, body)| !issue.roles.iter().any(|link| link.organisation == *body))
            .filter_map(|(_, body)| {
                let kind = self.organisation(body)?.kind;
                let wanted = if kind == OrganisationType::Nir {
                    OrganisationType::Rir
                } else {
                    kind
                };
                // A regional IGF joins only where forums discuss the issue, not where some
                // other forum-like body coordinates it.
                kinds
                    .iter()
                    .find(|(k, role)| {
                        *k == wanted
                            && (kind != OrganisationType::Forum || *role == Role::Discusses)
                    })
                    .map(|(_, role)| (body, *role))
            })
            .collect()
    }

    /// Where to take `issue` for someone in `country` (if known).
    pub fn route_issue<'a>(
        &'a self,
        issue: &'a Issue,
        country: Option<&'a Country>,
    ) -> IssueRoute<'a> {
        let mut elsewhere = Vec::new();
        let mut by_role: Vec<(Role, Vec<Venue<'a>>)> = Vec::new();
        let added = country
            .map(|country| self.country_bodies_for(issue, country))
            .unwrap_or_default();
        for role in Role::ALL {
            let mut venues: Vec<Venue<'a>> = added
                .iter()
                .filter(|(_, added_role)| *added_role == role)
                .map(|(body, _)| Venue {
                    organisation: body,
                    role,
                    link: None,
                    in_your_region: false,
                    serves_your_country: true,
                })
                .collect();
            for link in issue.roles.iter().filter(|link| link.role == role) {
                let organisation = link.organisation.as_str();
                let (mut in_your_region, mut serves_your_country) = (false, false);
                if let Some(country) = country {
                    serves_your_country = country.bodies().any(|(_, body)| body == organisation);
                    let region_fits = link
                        .region
                        .as_ref()
                        .map(|region| self.region_contains(region, country));
                    let outside = match region_fits {
                        Some(fits) => !fits,
                        None => self.scoped_elsewhere(organisation, country),
                    } || self.rival_of_own_body(organisation, country);
                    if outside && !serves_your_country {
                        elsewhere.push(link);
                        continue;
                    }
                    in_your_region =
                        region_fits == Some(true) || self.scoped_to(organisation, country);
                }
                venues.push(Venue {
                    organisation,
                    role,
                    link: Some(link),
                    in_your_region,
                    serves_your_country,
                });
            }
            // Bodies for the asker first; the sort is stable, so data order stays otherwise.
            venues.sort_by_key(|venue| !venue.is_local());
            if !venues.is_empty() {
                by_role.push((role, venues));
            }
        }
        IssueRoute {
            issue,
            by_role,
            elsewhere,
        }
    }

    /// Routes a question. `chosen_country` (an ISO code picked in the page) wins over a
    /// country named in the question.
    pub fn route<'a>(
        &'a self,
        index: &SearchIndex,
        question: &str,
        chosen_country: Option<&str>,
        limit: usize,
    ) -> Route<'a> {
        let chosen = chosen_country.and_then(|code| self.country(code));
        let named = index
            .country_named_in(question)
            .and_then(|code| self.country(code));
        let country = match (chosen, named) {
            (Some(country), _) => Some((country, false)),
            (None, Some(country)) => Some((country, true)),
            (None, None) => None,
        };
        // The country steers venues; it is not itself what the question is about.
        let query = match country {
            Some((country, true)) => remove_country_words(question, country),
            _ => question.to_string(),
        };
        let query = if query.trim().is_empty() {
            question.to_string()
        } else {
            query
        };
        let mut hits = index.search(&query, limit + 1);
        if let Some((country, true)) = country {
            hits.retain(|hit| !(hit.kind == RecordKind::Country && hit.id == country.code));
        }
        self.expand_through_glossary(&mut hits);
        hits.truncate(limit);
        let meaningful_words = crate::text::query_words(&query).len().max(1) as f32;
        let good_match = hits
            .first()
            .is_some_and(|hit| hit.score / meaningful_words.min(3.0) >= GOOD_MATCH);
        let issues = hits
            .iter()
            .filter(|hit| hit.kind == RecordKind::Issue)
            .filter_map(|hit| self.issue(&hit.id))
            .map(|issue| self.route_issue(issue, country.map(|(country, _)| country)))
            .collect();
        Route {
            hits,
            country,
            issues,
            good_match,
        }
    }
}

impl Catalog {
    /// A glossary term named whole in the question ("RIR", "Regional Internet Registry")
    /// lends part of its score to the issues it relates to, so an acronym leads to the issue
    /// even when the issue's own words do not use it.
    fn expand_through_glossary(&self, hits: &mut Vec<Hit>) {
        let lent: Vec<(String, f32, String)> = hits
            .iter()
            .filter(|hit| hit.kind == RecordKind::Term && hit.phrase)
            .filter_map(|hit| self.term(&hit.id).map(|term| (term, hit.score)))
            .flat_map(|(term, score)| {
                term.related
                    .iter()
                    .filter(|id| self.issue(id).is_some())
                    .map(move |id| (id.clone(), score * GLOSSARY_SHARE, fold(&term.term)))
            })
            .collect();
        if lent.is_empty() {
            return;
        }
        for (issue, score, term) in lent {
            let reason = Reason {
                field: Field::Expansion,
                query_word: term.clone(),
                matched: term,
                how: MatchKind::Exact,
            };
            match hits
                .iter_mut()
                .find(|hit| hit.kind == RecordKind::Issue && hit.id == issue)
            {
                Some(hit) => {
                    hit.score += score;
                    hit.reasons.push(reason);
                }
                None => hits.push(Hit {
                    kind: RecordKind::Issue,
                    id: issue,
                    score,
                    phrase: false,
                    reasons: vec![reason],
                }),
            }
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.kind.cmp(&b.kind))
                .then(a.id.cmp(&b.id))
        });
    }
}

/// The share of a glossary term's score its related issues receive.
const GLOSSARY_SHARE: f32 = 0.5;

/// The question without the words of the country's names.
fn remove_country_words(question: &str, country: &Country) -> String {
    let names: Vec<String> = country
        .name
        .versions()
        .map(|(_, name)| fold(name))
        .collect();
    let folded = fold(question);
    let mut kept: Vec<&str> = Vec::new();
    let all: Vec<&str> = words(&folded).collect();
    let mut position = 0;
    'words: while position < all.len() {
        for name in &names {
            let name_words: Vec<&str> = words(name).collect();
            if !name_words.is_empty() && all[position..].starts_with(&name_words) {
                position += name_words.len();
                continue 'words;
            }
        }
        kept.push(all[position]);
        position += 1;
    }
    kept.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LocalText;

    fn country(code: &str, en: &str, fr: &str) -> Country {
        Country {
            code: code.into(),
            aliases: Default::default(),
            name: LocalText {
                en: en.into(),
                fr: Some(fr.into()),
                ..Default::default()
            },
            region: "western-africa".into(),
            rir: "afrinic".into(),
            nir: None,
            regional_igf: vec![],
            csirt_association: vec![],
            telecom_organisation: vec![],
            regulator_network: vec![],
            cctld_association: vec![],
        }
    }

    #[test]
    fn country_words_are_removed_in_any_language() {
        let senegal = country("SN", "Senegal", "Sénégal");
        assert_eq!(
            remove_country_words("IPv6 addresses in Senegal", &senegal),
            "ipv6 addresses in"
        );
        assert_eq!(
            remove_country_words("adresses IPv6 au Sénégal", &senegal),
            "adresses ipv6 au"
        );
    }
}
