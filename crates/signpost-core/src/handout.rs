//! The trainer's handout: a selection of issues named in a link (`?issues=spam,ipv6`), one
//! printed page each. The selection keeps the order given; unknown ids are reported, not lost.

use crate::catalog::Catalog;
use crate::model::Issue;

/// More pages than a session hands out; keeps a pasted link from building a book.
pub const MAX_ISSUES: usize = 40;

#[derive(Debug, Clone, PartialEq)]
pub struct Selection<'a> {
    pub issues: Vec<&'a Issue>,
    /// Ids in the link that name no issue, as written.
    pub unknown: Vec<String>,
    /// Ids dropped because the selection was full.
    pub over_limit: usize,
}

impl Catalog {
    pub fn handout_selection(&self, ids: &str) -> Selection<'_> {
        let mut selection = Selection {
            issues: Vec::new(),
            unknown: Vec::new(),
            over_limit: 0,
        };
        for id in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
            match self.issue(id) {
                Some(issue) if selection.issues.iter().any(|chosen| chosen.id == issue.id) => {}
                Some(_) if selection.issues.len() == MAX_ISSUES => selection.over_limit += 1,
                Some(issue) => selection.issues.push(issue),
                None => selection.unknown.push(id.to_string()),
            }
        }
        selection
    }
}

/// The link value for a selection of issue ids.
pub fn selection_param<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    ids.into_iter().collect::<Vec<_>>().join(",")
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_drops_duplicates_and_reports_unknown_ids() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let catalog = crate::load::load(&data).catalog;
        let selection = catalog.handout_selection(" spam,ipv6-adoption,spam,, nonsense<script>");
        let ids: Vec<&str> = selection
            .issues
            .iter()
            .map(|issue| issue.id.as_str())
            .collect();
        assert_eq!(ids, ["spam", "ipv6-adoption"]);
        assert_eq!(selection.unknown, ["nonsense<script>"]);
        assert_eq!(selection_param(ids), "spam,ipv6-adoption");

        let everything = selection_param(catalog.issues.iter().map(|issue| issue.id.as_str()));
        let full = catalog.handout_selection(&everything);
        assert_eq!(full.issues.len(), MAX_ISSUES.min(catalog.issues.len()));
        assert_eq!(
            full.over_limit,
            catalog.issues.len().saturating_sub(MAX_ISSUES)
        );
    }
}
