//! Proposing an issue Signpost does not cover. The browser turns a form into a record in
//! the dataset's own format (`data/proposals/<id>.toml`), which curators triage into an
//! issue; nothing is sent anywhere by the app.

use serde::{Deserialize, Serialize};

use crate::text::fold;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Who is affected, in the proposer's words.
    pub affected: String,
    /// "global", a region id or an ISO 3166-1 code.
    pub region: String,
    /// Venues already tried, in the proposer's words.
    #[serde(default)]
    pub tried: String,
    /// The day the proposal was written, YYYY-MM-DD.
    pub proposed: String,
}

pub const TITLE_LIMITS: (usize, usize) = (5, 120);
pub const DESCRIPTION_LIMITS: (usize, usize) = (20, 2000);
pub const AFFECTED_LIMITS: (usize, usize) = (3, 500);
pub const TRIED_LIMIT: usize = 1000;

/// An id from a title: folded words joined by hyphens, at most 48 characters.
pub fn id_from_title(title: &str) -> String {
    let mut id = String::new();
    for word in fold(title).split(' ').filter(|word| !word.is_empty()) {
        let word: String = word.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if word.is_empty() {
            continue;
        }
        if id.len() + word.len() + 1 > 48 {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word);
    }
    if id.is_empty() {
        "proposal".to_string()
    } else {
        id
    }
}

/// What is wrong with one field of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    TooShort {
        min: usize,
    },
    TooLong {
        count: usize,
        max: usize,
    },
    /// The region is not "global", a region or a country.
    UnknownRegion,
    Markup,
}

/// A problem with one field, which the form shows in the reader's language and the
/// curators' checker in English (`message`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub fault: Fault,
}

impl FieldProblem {
    /// The problem in English, naming the field, as the checker reports it.
    pub fn message(&self) -> String {
        let label = match self.field {
            "title" => "The title",
            "description" => "The description",
            "affected" => "Who is affected",
            "tried" => "Venues already tried",
            _ => "The region",
        };
        match self.fault {
            Fault::TooShort { min } => {
                format!("{label} is too short: write at least {min} characters.")
            }
            Fault::TooLong { count, max } => {
                format!("{label} is too long: {count} characters, at most {max}.")
            }
            Fault::UnknownRegion => {
                "Choose where the issue arises: worldwide, a region or a country.".to_string()
            }
            Fault::Markup => "Write plain text: no HTML or script.".to_string(),
        }
    }
}

/// What is wrong with a draft, field by field, in words a proposer can act on.
pub fn problems(proposal: &Proposal, region_exists: impl Fn(&str) -> bool) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    let length = |text: &str| text.trim().chars().count();
    let mut within = |field: &'static str, text: &str, (min, max): (usize, usize)| {
        let count = length(text);
        let fault = if count < min {
            Fault::TooShort { min }
        } else if count > max {
            Fault::TooLong { count, max }
        } else {
            return;
        };
        problems.push(FieldProblem { field, fault });
    };
    within("title", &proposal.title, TITLE_LIMITS);
    within("description", &proposal.description, DESCRIPTION_LIMITS);
    within("affected", &proposal.affected, AFFECTED_LIMITS);
    within("tried", &proposal.tried, (0, TRIED_LIMIT));
    if !region_exists(&proposal.region) {
        problems.push(FieldProblem {
            field: "region",
            fault: Fault::UnknownRegion,
        });
    }
    for (field, text) in [
        ("title", &proposal.title),
        ("description", &proposal.description),
        ("affected", &proposal.affected),
        ("tried", &proposal.tried),
    ] {
        if crate::text::has_markup(text) {
            problems.push(FieldProblem {
                field,
                fault: Fault::Markup,
            });
        }
    }
    problems
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.trim().chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => {}
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The record as curators commit it to `data/proposals/<id>.toml`.
pub fn record_text(proposal: &Proposal) -> String {
    format!(
        "# A proposed issue, written with Signpost's form. Curators: check it, then turn it into\n\
         # data/issues/<id>.toml with sources and role links, or close it.\n\
         id = {}\ntitle = {}\ndescription = {}\naffected = {}\nregion = {}\ntried = {}\nproposed = {}\n",
        toml_string(&proposal.id),
        toml_string(&proposal.title),
        toml_string(&proposal.description),
        toml_string(&proposal.affected),
        toml_string(&proposal.region),
        toml_string(&proposal.tried),
        toml_string(&proposal.proposed),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Proposal {
        Proposal {
            id: id_from_title("Satellite broadband licensing in the Sahel"),
            title: "Satellite broadband licensing in the Sahel".into(),
            description:
                "Nobody seems to coordinate landing rights for \"LEO\" operators.\nWho decides?"
                    .into(),
            affected: "Rural users, regulators".into(),
            region: "western-africa".into(),
            tried: String::new(),
            proposed: "2026-11-22".into(),
        }
    }

    #[test]
    fn ids_come_from_titles() {
        assert_eq!(draft().id, "satellite-broadband-licensing-in-the-sahel");
        assert_eq!(
            id_from_title("Réseaux « communautaires » !"),
            "reseaux-communautaires"
        );
        assert_eq!(id_from_title("🙂"), "proposal");
    }

    #[test]
    fn the_record_is_toml_that_reads_back() {
        let text = record_text(&draft());
        let back: Proposal = toml::from_str(&text).expect("valid TOML");
        assert_eq!(back, draft());
    }

    #[test]
    fn problems_name_the_field() {
        let mut bad = draft();
        bad.title = "Hi".into();
        bad.region = "mars".into();
        bad.description = "<script>x</script> long enough text here".into();
        let found = problems(&bad, |region| region == "western-africa");
        let fields: Vec<&str> = found.iter().map(|problem| problem.field).collect();
        assert_eq!(fields, vec!["title", "region", "description"]);
        assert_eq!(
            found[0].message(),
            "The title is too short: write at least 5 characters."
        );
        assert!(problems(&draft(), |_| true).is_empty());
    }
}
