//! The golden set: realistic questions (English, French, Spanish, Portuguese, Arabic; typos; lay
//! phrasing; region-dependent; issues without a clear home), each with the issues or
//! organisations that must appear among the first three a reader meets. Prints the share
//! that pass and every miss; fails below 92 %.
//!
//! "Among the first three": the top three results, plus the first three organisations
//! routed for the best issue (where to take it), with the question's country applied.
//!
//! Also prints the plain "top 3 hits" figure of `bench/browser-engines.mjs`: a question
//! counts when an expected id is among the first three search results alone (what
//! `src/bench.rs::leading_ids` puts before its `|`), the measure other engines are compared
//! on. It fails below `TOP3_FLOOR`, so ranking gains are not lost unnoticed.

use std::path::PathBuf;

use serde::Deserialize;
use signpost_core::load::load;
use signpost_core::{bundle, Catalog, RecordKind, SearchIndex};

#[derive(Deserialize)]
struct GoldenSet {
    question: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    ask: String,
    lang: String,
    #[serde(default)]
    country: Option<String>,
    expect: Vec<String>,
    #[serde(default)]
    note: String,
}

impl Question {
    /// The question as a miss names it: `[lang] "ask" in XX`.
    fn asked(&self) -> String {
        let place = self
            .country
            .as_ref()
            .map(|code| format!(" in {code}"))
            .unwrap_or_default();
        format!("[{}] {:?}{place}", self.lang, self.ask)
    }
}

const PASS_SHARE: f64 = 0.92;

/// Questions that must have an expected id among the first three hits alone: the count
/// when last raised (165 of 167), less two, so a change may trade a question or two.
const TOP3_FLOOR: usize = 163;

/// The golden questions, and exactly what the app searches: the embedded light catalog and
/// the index built from it.
fn golden_and_app() -> (GoldenSet, Catalog, SearchIndex) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/golden/questions.toml")).unwrap();
    let golden: GoldenSet = toml::from_str(&text).unwrap();
    let dataset = load(&root.join("data"));
    let catalog = bundle::decode(&bundle::encode(&bundle::light(&dataset.catalog))).unwrap();
    let index = SearchIndex::build(&catalog);
    (golden, catalog, index)
}

#[test]
fn golden_questions_route_to_the_right_place() {
    let (golden, catalog, index) = golden_and_app();
    let catalog = &catalog;
    assert!(
        golden.question.len() >= 80,
        "the golden set needs at least 80 questions"
    );

    let mut passed = 0;
    let mut misses = Vec::new();
    let mut top3_passed = 0;
    let mut top3_misses = Vec::new();
    for question in &golden.question {
        assert!(
            ["en", "fr", "es", "pt", "ar"].contains(&question.lang.as_str()),
            "{}: lang",
            question.ask
        );
        let route = catalog.route(&index, &question.ask, question.country.as_deref(), 10);
        let leading = route.leading_ids(3);
        let expected: Vec<(RecordKind, &str)> = question
            .expect
            .iter()
            .map(|expected| {
                let (kind, id) = expected
                    .split_once(':')
                    .expect("expect entries are kind:id");
                let kind = match kind {
                    "issue" => RecordKind::Issue,
                    "organisation" => RecordKind::Organisation,
                    other => panic!("unknown kind {other} in {expected}"),
                };
                assert!(
                    !catalog.kinds_of(id).is_empty(),
                    "{expected} is not in the data"
                );
                (kind, id)
            })
            .collect();
        let missing: Vec<&String> = question
            .expect
            .iter()
            .zip(&expected)
            .filter(|(_, (kind, id))| !leading.iter().any(|(k, i)| k == kind && i == id))
            .map(|(text, _)| text)
            .collect();
        // As the browser bench counts it: any expected id among the first three hits.
        let top_hits = &route.hits[..route.hits.len().min(3)];
        if expected.iter().any(|(kind, id)| {
            top_hits
                .iter()
                .any(|hit| hit.kind == *kind && hit.id == *id)
        }) {
            top3_passed += 1;
        } else {
            let got: Vec<String> = top_hits
                .iter()
                .map(|hit| format!("{}:{}", hit.kind.code(), hit.id))
                .collect();
            top3_misses.push(format!(
                "  {}: expected {:?}; got {:?}",
                question.asked(),
                question.expect,
                got
            ));
        }
        if missing.is_empty() {
            passed += 1;
        } else {
            let got: Vec<String> = leading
                .iter()
                .map(|(k, i)| format!("{}:{i}", k.code()))
                .collect();
            misses.push(format!(
                "  {} ({}): missing {:?}; got {:?}",
                question.asked(),
                question.note,
                missing,
                got
            ));
        }
    }
    let share = passed as f64 / golden.question.len() as f64;
    println!(
        "golden set: {passed}/{} pass ({:.1} %)",
        golden.question.len(),
        share * 100.0
    );
    for miss in &misses {
        println!("{miss}");
    }
    println!("top 3 hits: {top3_passed}/{}", golden.question.len());
    for miss in &top3_misses {
        println!("{miss}");
    }
    assert!(
        share >= PASS_SHARE,
        "golden set below {:.0} %: {:.1} %",
        PASS_SHARE * 100.0,
        share * 100.0
    );
    assert!(
        top3_passed >= TOP3_FLOOR,
        "top 3 hits below {TOP3_FLOOR}: {top3_passed}"
    );
}

/// A ceased or renamed body is history, not a place to go: for every golden question, and
/// for questions about the closed bodies' own topics, no routed venue is a closed body, and
/// a closed body is a search result only where the question names it.
#[test]
fn no_closed_body_is_offered_as_a_venue() {
    let (golden, catalog, index) = golden_and_app();
    let catalog = &catalog;
    let closed: Vec<&signpost_core::model::Organisation> = catalog
        .organisations
        .iter()
        .filter(|organisation| organisation.status.is_closed())
        .collect();
    assert!(
        !closed.is_empty(),
        "the data has closed bodies to test with"
    );
    // Each closed body's own subject, in the words of its summary's first clause.
    let topics = closed.iter().map(|organisation| {
        let summary = &organisation.summary.en;
        let clause = summary.split([',', '.', ':']).next().unwrap_or(summary);
        (clause.to_string(), None)
    });
    let asked = golden
        .question
        .iter()
        .map(|question| (question.ask.clone(), question.country.clone()))
        .chain(topics)
        .chain([
            ("universal acceptance".to_string(), None),
            ("UDRP complaint against a cybersquatter".to_string(), None),
        ]);
    let mut checked = 0;
    for (question, country) in asked {
        let route = catalog.route(&index, &question, country.as_deref(), 10);
        let folded_question = signpost_core::text::fold(&question);
        for issue_route in &route.issues {
            for venue in issue_route.ranked_venues() {
                assert!(
                    catalog.is_current_body(venue.organisation),
                    "{question:?}: {} is closed but offered as a venue for {}",
                    venue.organisation,
                    issue_route.issue.id
                );
                checked += 1;
            }
        }
        for hit in &route.hits {
            if hit.kind != RecordKind::Organisation || catalog.is_current_body(&hit.id) {
                continue;
            }
            let organisation = catalog.organisation(&hit.id).unwrap();
            let named = std::iter::once(&organisation.name)
                .chain(organisation.acronym.as_ref())
                .any(|name| folded_question.contains(&signpost_core::text::fold(name)));
            assert!(
                named,
                "{question:?}: {} is closed but found without being named",
                hit.id
            );
        }
    }
    assert!(checked > 500, "only {checked} venues were checked");
}

#[derive(Deserialize)]
struct NationalSet {
    question: Vec<NationalQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NationalQuestion {
    ask: String,
    lang: String,
    slot: String,
    country: String,
    /// The country is picked in the page rather than named in the question.
    #[serde(default)]
    picked: bool,
}

/// National routing (`tests/golden/national.toml`, held out): with the country named or
/// picked, the national body holding the question's slot is among the first three a reader
/// meets: the national bodies the answer leads with, then the results. Questions whose slot
/// the country's sheet has not researched are data gaps, printed and counted apart.
#[test]
fn national_questions_reach_the_national_body() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/golden/national.toml")).unwrap();
    let golden: NationalSet = toml::from_str(&text).unwrap();
    let (_, catalog, index) = golden_and_app();
    let dataset = load(&root.join("data"));
    assert!(
        golden.question.len() >= 40,
        "at least 40 national questions"
    );
    let mut langs: Vec<&str> = golden.question.iter().map(|q| q.lang.as_str()).collect();
    langs.sort();
    langs.dedup();
    assert_eq!(langs, ["ar", "en", "es", "fr", "pt"], "five languages");

    let (mut passed, mut answerable) = (0, 0);
    let mut gaps = Vec::new();
    let mut misses = Vec::new();
    for question in &golden.question {
        let slot = signpost_core::national::Slot::from_code(&question.slot)
            .unwrap_or_else(|| panic!("{}: no slot {}", question.ask, question.slot));
        let bundle = dataset.national_bundle(&question.country);
        let holders: Vec<String> = bundle
            .as_ref()
            .map(|bundle| bundle.sheet.holders(slot).to_vec())
            .unwrap_or_default();
        let asked = format!(
            "[{}] {:?} in {}",
            question.lang, question.ask, question.country
        );
        if holders.is_empty() {
            gaps.push(format!("  {asked}: {} not researched", question.slot));
            continue;
        }
        answerable += 1;
        let chosen = question.picked.then_some(question.country.as_str());
        let route = catalog.route(&index, &question.ask, chosen, 10);
        let country = route.country.map(|(country, _)| country.code.as_str());
        let mut leading: Vec<String> = Vec::new();
        if let (Some(code), Some(bundle)) = (country, bundle.as_ref()) {
            if code == question.country {
                // What the results page leads with (src/components/search.rs).
                let (kinds, issue) = signpost_core::national::asked(&catalog, &route);
                for lead in bundle.leads_for(&kinds, issue) {
                    leading.push(lead.organisation.id.clone());
                }
            }
        }
        leading.extend(route.leading_ids(3).into_iter().map(|(_, id)| id));
        leading.truncate(3);
        if holders.iter().any(|id| leading.contains(id)) {
            passed += 1;
        } else {
            misses.push(format!(
                "  {asked}: expected {holders:?} ({}); country found {country:?}; issue {:?}; got {leading:?}",
                question.slot,
                route.issues.first().map(|route| route.issue.id.as_str()),
            ));
        }
    }
    let share = passed as f64 / answerable.max(1) as f64;
    println!(
        "national golden set: {passed}/{answerable} answerable pass ({:.1} %); {} data gaps of {}",
        share * 100.0,
        gaps.len(),
        golden.question.len()
    );
    for miss in &misses {
        println!("{miss}");
    }
    for gap in &gaps {
        println!("{gap}");
    }
    assert!(
        answerable >= 30,
        "only {answerable} national questions have data to answer them"
    );
    assert!(
        share >= PASS_SHARE,
        "national golden set below {:.0} %: {:.1} %",
        PASS_SHARE * 100.0,
        share * 100.0
    );
}

/// The test half (`tests/golden/held-out.toml`): never tuned on, so its score is what a new
/// reader's question can expect. A question passes when any id it lists leads.
#[test]
fn held_out_questions_route_to_the_right_place() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/golden/held-out.toml")).unwrap();
    let held_out: GoldenSet = toml::from_str(&text).unwrap();
    let (_, catalog, index) = golden_and_app();
    assert!(
        held_out.question.len() >= 40,
        "at least 40 held-out questions"
    );
    let mut passed = 0;
    let mut misses = Vec::new();
    for question in &held_out.question {
        let route = catalog.route(&index, &question.ask, question.country.as_deref(), 10);
        let leading: Vec<String> = route
            .leading_ids(3)
            .into_iter()
            .map(|(kind, id)| format!("{}:{id}", kind.code()))
            .collect();
        for expected in &question.expect {
            let id = expected.split_once(':').map(|(_, id)| id).unwrap_or("");
            assert!(
                !catalog.kinds_of(id).is_empty(),
                "{expected} is not in the data"
            );
        }
        if question
            .expect
            .iter()
            .any(|expected| leading.contains(expected))
        {
            passed += 1;
        } else {
            misses.push(format!(
                "  {}: expected one of {:?}; got {leading:?}",
                question.asked(),
                question.expect
            ));
        }
    }
    let share = passed as f64 / held_out.question.len() as f64;
    println!(
        "held-out set: {passed}/{} pass ({:.1} %)",
        held_out.question.len(),
        share * 100.0
    );
    for miss in &misses {
        println!("{miss}");
    }
    assert!(
        share >= HELD_OUT_FLOOR,
        "held-out set below {:.0} %: {:.1} %",
        HELD_OUT_FLOOR * 100.0,
        share * 100.0
    );
}

/// Set before the held-out set was first run, below the tuning half's 92 %: a set nobody
/// tuned on is expected to score lower, and the floor catches a collapse, not a miss.
const HELD_OUT_FLOOR: f64 = 0.80;
