//! The curators' checker against broken files. Each folder in `tests/fixtures/data/` holds
//! files that replace or join the real `data/`, and `expected.txt`, the exact errors the
//! checker must report (file:line, record, field, message). The real dataset itself must be
//! free of errors, so every reported error comes from the fixture.
//!
//! `SIGNPOST_BLESS=1 cargo test --test data_check` rewrites `expected.txt` after a deliberate
//! change to a message; review the diff.

use std::fs;
use std::path::{Path, PathBuf};

use signpost_core::check::{check, today};
use signpost_core::load::load;
use signpost_core::problem::Severity;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn errors_in(data_dir: &Path) -> Vec<String> {
    check(&load(data_dir), today())
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .map(|problem| problem.to_string())
        .collect()
}

#[test]
fn the_real_dataset_has_no_errors() {
    let errors = errors_in(&root().join("data"));
    assert!(
        errors.is_empty(),
        "data/ has errors:\n{}",
        errors.join("\n")
    );
}

#[test]
fn every_broken_fixture_gets_its_exact_message() {
    let fixtures = root().join("tests/fixtures/data");
    let bless = std::env::var_os("SIGNPOST_BLESS").is_some();
    let mut cases: Vec<PathBuf> = fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 10,
        "expected the fixture cases in {}",
        fixtures.display()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let scratch = std::env::temp_dir().join(format!(
            "signpost-fixture-{}-{}",
            std::process::id(),
            case.file_name().unwrap().to_string_lossy()
        ));
        let _ = fs::remove_dir_all(&scratch);
        let data = scratch.join("data");
        copy_tree(&root().join("data"), &data);
        for entry in fs::read_dir(case).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                copy_tree(&path, &data.join(entry.file_name()));
            } else if path.extension().is_some_and(|ext| ext == "toml") {
                fs::copy(&path, data.join(entry.file_name())).unwrap();
            }
        }
        let actual = errors_in(&data).join("\n") + "\n";
        let _ = fs::remove_dir_all(&scratch);
        let expected_path = case.join("expected.txt");
        if bless {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if actual.trim().is_empty() {
            failures.push(format!(
                "{}: the checker found nothing wrong",
                case.display()
            ));
        } else if actual != expected {
            failures.push(format!(
                "{}:\n  expected:\n{expected}  actual:\n{actual}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_record_written_by_the_proposal_form_passes_the_checker() {
    use signpost_core::proposal::{id_from_title, record_text, Proposal};
    let title = "Satellite broadband \"landing rights\" in the Sahel";
    let proposal = Proposal {
        id: id_from_title(title),
        title: title.to_string(),
        description: "Low-orbit satellite operators need landing rights country by country.\nNobody coordinates them across the region.".into(),
        affected: "Rural users; regulators".into(),
        region: "western-africa".into(),
        tried: "WATRA, national regulators".into(),
        proposed: "2026-11-20".into(),
    };
    let scratch = std::env::temp_dir().join(format!("signpost-proposal-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    let data = scratch.join("data");
    copy_tree(&root().join("data"), &data);
    fs::create_dir_all(data.join("proposals")).unwrap();
    fs::write(
        data.join("proposals").join(format!("{}.toml", proposal.id)),
        record_text(&proposal),
    )
    .unwrap();
    let dataset = load(&data);
    assert_eq!(dataset.proposals.len(), 1, "the proposal was read");
    assert_eq!(dataset.proposals[0].0, proposal);
    let errors = errors_in(&data);
    let _ = fs::remove_dir_all(&scratch);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn every_issue_is_named_in_arabic_and_a_missing_name_is_a_warning() {
    let warnings_in = |data_dir: &Path| -> Vec<String> {
        check(&load(data_dir), today())
            .into_iter()
            .filter(|problem| problem.severity == Severity::Warning)
            .map(|problem| problem.to_string())
            .filter(|message| message.contains("field \"name\": no translation"))
            .collect()
    };
    assert_eq!(warnings_in(&root().join("data")), Vec::<String>::new());

    let scratch = std::env::temp_dir().join(format!("signpost-arabic-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    let data = scratch.join("data");
    copy_tree(&root().join("data"), &data);
    let spam = data.join("issues/spam.toml");
    let text = fs::read_to_string(&spam).unwrap();
    let name_line = text
        .lines()
        .find(|line| line.starts_with("name = "))
        .unwrap();
    let without_arabic = name_line[..name_line.find(", ar = ").unwrap()].to_string() + " }";
    fs::write(&spam, text.replace(name_line, &without_arabic)).unwrap();
    let warnings = warnings_in(&data);
    let _ = fs::remove_dir_all(&scratch);
    assert_eq!(
        warnings,
        ["data/issues/spam.toml:2: warning: record \"spam\": field \"name\": no translation in ar; the English text is shown instead"]
    );
}

/// Every body a national sheet names travels in that country's bundle, wherever its record
/// lives (Brazil's ccTLD manager is in data/organisations/): a slot never shows up empty.
#[test]
fn every_national_slot_holder_is_in_its_country_bundle() {
    let dataset = load(&root().join("data"));
    let mut missing = Vec::new();
    for sheet in &dataset.national.sheets {
        let bundle = dataset
            .national_bundle(&sheet.country)
            .expect("a sheet makes a bundle");
        for id in sheet.organisation_ids() {
            if bundle.organisation(id).is_none() {
                missing.push(format!("{}: {id}", sheet.country));
            }
        }
    }
    assert!(dataset.national.sheets.len() > 200, "the sheets are read");
    assert!(missing.is_empty(), "not in their bundle: {missing:?}");
}
