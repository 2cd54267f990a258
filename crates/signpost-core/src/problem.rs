//! A problem found in the curators' files, worded so a curator can find and fix it.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Path relative to the data folder's parent, e.g. `data/issues/spam.toml`.
    pub file: String,
    pub line: usize,
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    /// `data/issues/spam.toml:12: record "spam": field "roles[1].organisation": ...`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if self.severity == Severity::Warning {
            write!(f, "warning: ")?;
        }
        if !self.record.is_empty() {
            write!(f, "record \"{}\": ", self.record)?;
        }
        if !self.field.is_empty() {
            write!(f, "field \"{}\": ", self.field)?;
        }
        write!(f, "{}", self.message)
    }
}

impl Problem {
    /// The problem as a GitHub Actions workflow command, which annotates the line at fault in
    /// a pull request: `::error file=data/issues/spam.toml,line=12,title=...::message`.
    pub fn github(&self) -> String {
        let escape_data = |text: &str| {
            text.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let escape_property =
            |text: &str| escape_data(text).replace(':', "%3A").replace(',', "%2C");
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let title = match (self.record.is_empty(), self.field.is_empty()) {
            (false, false) => format!("record \"{}\", field \"{}\"", self.record, self.field),
            (false, true) => format!("record \"{}\"", self.record),
            (true, false) => format!("field \"{}\"", self.field),
            (true, true) => "Signpost data".to_string(),
        };
        format!(
            "::{level} file={},line={},title={}::{}",
            escape_property(&self.file),
            self.line,
            escape_property(&title),
            escape_data(&self.message)
        )
    }
}

/// Problems sorted by file and line, as a curator reads them.
pub fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by(|a, b| {
        (a.file.as_str(), a.line, a.severity, a.field.as_str()).cmp(&(
            b.file.as_str(),
            b.line,
            b.severity,
            b.field.as_str(),
        ))
    });
    problems.dedup();
    problems
}

pub fn has_errors(problems: &[Problem]) -> bool {
    problems
        .iter()
        .any(|problem| problem.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_becomes_a_github_annotation_on_its_line() {
        let problem = Problem {
            severity: Severity::Error,
            file: "data/issues/spam.toml".into(),
            line: 12,
            record: "spam".into(),
            field: "roles[1].organisation".into(),
            message: "\"uasg\" is ceased: 100% history,\nsee its successor".into(),
        };
        assert_eq!(
            problem.github(),
            "::error file=data/issues/spam.toml,line=12,title=record \"spam\"%2C field \"roles[1].organisation\"::\"uasg\" is ceased: 100%25 history,%0Asee its successor"
        );
        let warning = Problem {
            severity: Severity::Warning,
            record: String::new(),
            field: String::new(),
            ..problem
        };
        assert!(warning
            .github()
            .starts_with("::warning file=data/issues/spam.toml,line=12,title=Signpost data::"));
    }
}
