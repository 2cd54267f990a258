//! Per-query routing latency on the real dataset and on a synthetic one ten times larger.
//! Queries: the golden set's questions and every prefix of each, as typed keystroke by
//! keystroke. Prints p50, p95 and p99 in milliseconds.
//!
//!   cargo bench -p signpost-core --bench route

use std::path::PathBuf;
use std::time::Instant;

use signpost_core::load::load;
use signpost_core::model::{Aliases, Lang};
use signpost_core::{Catalog, SearchIndex};

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every prefix of every golden question, ending at a character boundary.
fn keystrokes() -> Vec<String> {
    let text = std::fs::read_to_string(repository().join("tests/golden/questions.toml"))
        .expect("golden set");
    let questions: Vec<String> = text
        .lines()
        .filter_map(|line| line.strip_prefix("ask = \""))
        .map(|rest| rest.trim_end_matches('"').to_string())
        .collect();
    let mut typed = Vec::new();
    for question in &questions {
        let mut prefix = String::new();
        for ch in question.chars() {
            prefix.push(ch);
            typed.push(prefix.clone());
        }
    }
    typed
}

/// Ten copies of every record, each with its own id and a numbered variant of its names,
/// so the vocabulary and the postings grow as they would with ten times the data.
fn tenfold(catalog: &Catalog) -> Catalog {
    let mut bigger = catalog.clone();
    const COPIES: [&str; 9] = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
    ];
    for copy in COPIES {
        for issue in &catalog.issues {
            let mut twin = issue.clone();
            twin.id = format!("{}-{copy}", issue.id);
            twin.name.en = format!("{} {copy}", issue.name.en);
            let words: Vec<(Lang, String)> = issue
                .aliases
                .all()
                .map(|(lang, alias)| match lang {
                    Lang::En => (lang, format!("{alias} {copy}")),
                    _ => (lang, alias.to_string()),
                })
                .collect();
            twin.aliases = Aliases::new(words.iter().map(|(lang, word)| (*lang, word.as_str())))
                .expect("the data's aliases are one line each");
            bigger.issues.push(twin);
        }
        for organisation in &catalog.organisations {
            let mut twin = organisation.clone();
            twin.id = format!("{}-{copy}", organisation.id);
            twin.name = format!("{} {copy}", organisation.name);
            bigger.organisations.push(twin);
        }
        for resource in &catalog.resources {
            let mut twin = resource.clone();
            twin.id = format!("{}-{copy}", resource.id);
            twin.title.en = format!("{} {copy}", resource.title.en);
            bigger.resources.push(twin);
        }
        for term in &catalog.terms {
            let mut twin = term.clone();
            twin.id = format!("{}-{copy}", term.id);
            twin.term = format!("{}{copy}", term.term);
            bigger.terms.push(twin);
        }
    }
    bigger.build_lookup();
    bigger
}

fn percentile(sorted: &[f64], share: f64) -> f64 {
    let position = ((sorted.len() as f64 - 1.0) * share).round() as usize;
    sorted[position]
}

fn measure(label: &str, catalog: &Catalog, queries: &[String]) {
    let started = Instant::now();
    let index = SearchIndex::build(catalog);
    let build_ms = started.elapsed().as_secs_f64() * 1000.0;
    // Warm up caches and the allocator.
    for query in queries.iter().take(200) {
        std::hint::black_box(catalog.route(&index, query, None, 20));
    }
    let mut timings: Vec<f64> = queries
        .iter()
        .map(|query| {
            let started = Instant::now();
            std::hint::black_box(catalog.route(&index, query, None, 20));
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    timings.sort_by(f64::total_cmp);
    let records = catalog.issues.len()
        + catalog.organisations.len()
        + catalog.resources.len()
        + catalog.terms.len()
        + catalog.countries.len();
    println!(
        "{label:<22} {records:>6} records {:>6} words  index {build_ms:>7.1} ms  queries {:>6}  p50 {:>7.3} ms  p95 {:>7.3} ms  p99 {:>7.3} ms  max {:>7.3} ms",
        index.vocabulary_size(),
        timings.len(),
        percentile(&timings, 0.50),
        percentile(&timings, 0.95),
        percentile(&timings, 0.99),
        timings[timings.len() - 1],
    );
}

/// Decoding the light catalog as the app embeds it, look-ups included (best of 20 runs).
fn measure_decode(catalog: &Catalog) {
    let bytes = signpost_core::bundle::encode(&signpost_core::bundle::light(catalog));
    let best = (0..20)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(signpost_core::bundle::decode(&bytes).expect("decodes"));
            started.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::INFINITY, f64::min);
    println!(
        "light catalog          {:>6} bytes  decode {best:>7.2} ms (native, best of 20)",
        bytes.len()
    );
}

fn main() {
    let catalog = load(&repository().join("data")).catalog;
    measure_decode(&catalog);
    let queries = keystrokes();
    measure("real dataset", &catalog, &queries);
    measure("synthetic tenfold", &tenfold(&catalog), &queries);
}
