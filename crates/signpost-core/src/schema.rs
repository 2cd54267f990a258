//! JSON Schemas of the curators' files, for editor completion and validation (Taplo / Even
//! Better TOML read them through `.taplo.toml`). Generated from the model, so they cannot
//! drift from what the loader accepts; a test keeps the committed copies current.

use schemars::schema_for;

use crate::load::{CountriesFile, QuestionsFile, RegionsFile, TermsFile};
use crate::model::{Issue, Organisation, Resource};

/// Each schema's file name under `schemas/` and its pretty-printed JSON.
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |schema: schemars::Schema| {
        serde_json::to_string_pretty(&schema).expect("schemas serialise") + "\n"
    };
    vec![
        ("issue.schema.json", pretty(schema_for!(Issue))),
        (
            "organisation.schema.json",
            pretty(schema_for!(Organisation)),
        ),
        ("resource.schema.json", pretty(schema_for!(Resource))),
        ("glossary.schema.json", pretty(schema_for!(TermsFile))),
        ("regions.schema.json", pretty(schema_for!(RegionsFile))),
        ("countries.schema.json", pretty(schema_for!(CountriesFile))),
        ("questions.schema.json", pretty(schema_for!(QuestionsFile))),
        (
            "national-sheet.schema.json",
            pretty(schema_for!(crate::national::Sheet)),
        ),
        (
            "national-slots.schema.json",
            pretty(schema_for!(crate::national::SlotIssues)),
        ),
        (
            "proposal.schema.json",
            pretty(schema_for!(crate::proposal::Proposal)),
        ),
    ]
}
