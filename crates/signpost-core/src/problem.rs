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
