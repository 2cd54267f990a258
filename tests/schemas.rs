//! The JSON Schemas in `schemas/` are generated from the model; this keeps the committed
//! copies in step with it. After a model change: `cargo run --bin curate -- schema`.

use std::path::PathBuf;

#[test]
fn committed_schemas_match_the_model() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for (name, generated) in signpost_core::schema::schemas() {
        let committed = std::fs::read_to_string(folder.join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "schemas/{name} is out of date; run `cargo run --bin curate -- schema` and commit it"
        );
    }
}

#[test]
fn schemas_reject_unknown_fields() {
    for (name, generated) in signpost_core::schema::schemas() {
        assert!(
            generated.contains("\"additionalProperties\": false"),
            "{name} should forbid unknown fields, as the loader does"
        );
    }
}
