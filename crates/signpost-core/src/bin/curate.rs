//! The curators' command line: `cargo run --bin curate -- <subcommand>`.
//!
//!   check [--format github] [--data DIR]     every problem in the data, file:line first (or as
//!                                             GitHub annotations on the lines at fault)
//!   search "<question>" [--country XX] [--limit N] [--json]
//!                                             ranked results with scores, reasons and venues
//!   export --format json|csv [--out PATH]     the dataset as open data (csv needs --out DIR)
//!   schema [--out DIR]                        JSON Schemas of the data files (default schemas/)
//!   bundle --out DIR                          the files the app fetches: the full catalog for
//!                                             details and a language pack per locale
//!
//!   sizes                                    bytes of each part of the light catalog (the one
//!                                             embedded in the Wasm), raw and gzip
//!   translations [--missing LANG] [--stale LANG]
//!                                             coverage per language and field, or the texts
//!                                             missing in a language, or translated from an
//!                                             English text that has changed since
//!   links                                    where there is a network: every URL in the data,
//!                                             dead, moved or redirected ones by file and line
//!                                             (runs scripts/check-links.mjs with Node)
//!   stale [--older-than 12m]                 records by last review: volatile ones (a shorter
//!                                             review_every_months) first, then the oldest
//!
//! The data folder is `--data DIR`, else `$SIGNPOST_DATA_DIR` (as in `build.rs`), else `data/`.

use std::path::PathBuf;
use std::process::ExitCode;

use signpost_core::bundle;
use signpost_core::check::{check, today};
use signpost_core::load::load;
use signpost_core::model::Lang;
use signpost_core::problem::{has_errors, Severity};
use signpost_core::search::MatchKind;
use signpost_core::SearchIndex;

const USAGE: &str = "usage: curate check [--format text|github] [--data DIR]
       curate search \"<question>\" [--country XX] [--limit N] [--json] [--data DIR]
       curate export --format json|csv [--out PATH] [--data DIR]
       curate schema [--out DIR]
       curate bundle --out DIR [--data DIR] [--locales DIR]
       curate stale [--older-than 12m] [--data DIR]
       curate sizes [--data DIR]
       curate translations [--missing LANG] [--stale LANG] [--data DIR]";

struct Options {
    data: PathBuf,
    limit: usize,
    json: bool,
    format: Option<String>,
    country: Option<String>,
    out: Option<PathBuf>,
    locales: PathBuf,
    words: Vec<String>,
    older_than_months: Option<u32>,
    missing: Option<String>,
    stale: Option<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        data: std::env::var_os("SIGNPOST_DATA_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")),
        limit: 10,
        json: false,
        format: None,
        country: None,
        out: None,
        locales: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales"),
        words: Vec::new(),
        older_than_months: None,
        missing: None,
        stale: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => options.data = PathBuf::from(args.next().ok_or("--data needs a folder")?),
            "--locales" => {
                options.locales = PathBuf::from(args.next().ok_or("--locales needs a folder")?)
            }
            "--limit" => {
                let value = args.next().ok_or("--limit needs a number")?;
                options.limit = value
                    .parse()
                    .map_err(|_| format!("--limit: \"{value}\" is not a number"))?;
            }
            "--json" => options.json = true,
            "--missing" => {
                options.missing = Some(
                    args.next()
                        .ok_or("--missing needs a language code")?
                        .clone(),
                )
            }
            "--stale" => {
                options.stale = Some(args.next().ok_or("--stale needs a language code")?.clone())
            }
            "--older-than" => {
                let value = args
                    .next()
                    .ok_or("--older-than needs a number of months, such as 12m")?;
                let months = value.strip_suffix('m').unwrap_or(value);
                options.older_than_months = Some(months.parse().map_err(|_| {
                    format!("--older-than: \"{value}\" is not a number of months such as 12m")
                })?);
            }
            "--country" => {
                options.country = Some(
                    args.next()
                        .ok_or("--country needs an ISO code such as SN")?
                        .clone(),
                )
            }
            "--format" => options.format = Some(
                args.next()
                    .ok_or(
                        "--format needs a format: json or csv to export, text or github to check",
                    )?
                    .clone(),
            ),
            "--out" => options.out = Some(PathBuf::from(args.next().ok_or("--out needs a path")?)),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            word => options.words.push(word.to_string()),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let options = match parse(rest) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("curate: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command.as_str() {
        "check" => run_check(&options),
        "search" => run_search(&options),
        "export" => run_export(&options),
        "schema" => run_schema(&options),
        "bundle" => run_bundle(&options),
        "stale" => run_stale(&options),
        "sizes" => run_sizes(&options),
        "links" => run_links(&options),
        "translations" => run_translations(&options),
        other => {
            eprintln!("curate: unknown command \"{other}\"\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_check(options: &Options) -> ExitCode {
    let dataset = load(&options.data);
    let problems = check(&dataset, today());
    let github = match options.format.as_deref() {
        None | Some("text") => false,
        Some("github") => true,
        Some(other) => {
            eprintln!("curate: check --format takes text or github, not \"{other}\"");
            return ExitCode::from(2);
        }
    };
    for problem in &problems {
        if github {
            println!("{}", problem.github());
        } else {
            println!("{problem}");
        }
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let catalog = &dataset.catalog;
    eprintln!(
        "{} issues, {} organisations, {} resources, {} terms, {} regions, {} countries, {} questions: {errors} errors, {warnings} warnings",
        catalog.issues.len(),
        catalog.organisations.len(),
        catalog.resources.len(),
        catalog.terms.len(),
        catalog.regions.len(),
        catalog.countries.len(),
        catalog.questions.len(),
    );
    print_coverage(&dataset);
    print_national_coverage(&dataset);
    if has_errors(&problems) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// How far the national sheets reach: countries with a sheet, each slot filled (a body, or
/// none known with a source), each treaty recorded.
fn print_national_coverage(dataset: &signpost_core::load::Dataset) {
    use signpost_core::national::{coverage, MOST_SLOTS};
    let national = &dataset.national;
    let figures = coverage(&national.sheets);
    let countries = dataset.catalog.countries.len();
    eprintln!(
        "national sheets: {} of {countries} countries, {} national bodies; {} countries with at least {MOST_SLOTS} of the 8 slots beside the ccTLD manager researched",
        figures.sheets,
        national.organisations.len(),
        figures.with_most_slots,
    );
    let slots: Vec<String> = figures
        .by_slot
        .iter()
        .map(|(slot, bodies, none)| format!("{} {bodies}+{none}", slot.code()))
        .collect();
    eprintln!(
        "  slots (countries with a body + with none known): {}",
        slots.join(", ")
    );
    let treaties: Vec<String> = figures
        .by_treaty
        .iter()
        .map(|(treaty, count)| format!("{} {count}", treaty.code()))
        .collect();
    eprintln!(
        "  treaty status recorded (countries): {}",
        treaties.join(", ")
    );
}

/// How much of the displayed data text each language has, per field, and how much of it a
/// person fluent in the language has reviewed.
fn print_coverage(dataset: &signpost_core::load::Dataset) {
    use signpost_core::translations::{coverage, data_texts, standing, Standing, TRANSLATED};
    let texts = data_texts(&dataset.catalog);
    eprintln!("translations of displayed data text (translated/total per field):");
    for lang in TRANSLATED {
        let fields = coverage(&dataset.catalog, lang);
        let (done, total) = fields
            .iter()
            .fold((0, 0), |(done, total), (_, d, t)| (done + d, total + t));
        let records = dataset.translations_in(lang);
        let count = |wanted: Standing| {
            texts
                .iter()
                .filter(|text| standing(text, lang, &records) == wanted)
                .count()
        };
        let per_field: Vec<String> = fields
            .iter()
            .map(|(field, done, total)| format!("{field} {done}/{total}"))
            .collect();
        eprintln!(
            "  {}: {:.1} % ({done}/{total}); reviewed by a fluent person {}, not yet {}, stale {}, unrecorded {}; {}",
            lang.code(),
            100.0 * done as f64 / total.max(1) as f64,
            count(Standing::Reviewed),
            count(Standing::Unreviewed),
            count(Standing::Stale),
            count(Standing::Unrecorded),
            per_field.join(", ")
        );
    }
}

/// The translation work list: texts missing in a language, or whose English changed after
/// they were translated.
fn run_translations(options: &Options) -> ExitCode {
    use signpost_core::translations::{data_texts, standing, Standing};
    let dataset = load(&options.data);
    let texts = data_texts(&dataset.catalog);
    let lang_of = |code: &Option<String>| code.as_deref().map(Lang::from_code);
    let (missing, stale) = (lang_of(&options.missing), lang_of(&options.stale));
    if matches!(missing, Some(None)) || matches!(stale, Some(None)) {
        eprintln!("curate: --missing and --stale take a language code: fr, es, ar or pt");
        return ExitCode::from(2);
    }
    if missing.is_none() && stale.is_none() {
        print_coverage(&dataset);
        return ExitCode::SUCCESS;
    }
    for (wanted, lang) in [
        (Standing::Missing, missing.flatten()),
        (Standing::Stale, stale.flatten()),
    ] {
        let Some(lang) = lang else { continue };
        let records = dataset.translations_in(lang);
        let listed: Vec<_> = texts
            .iter()
            .filter(|text| standing(text, lang, &records) == wanted)
            .collect();
        for text in &listed {
            println!("{}\t{}\t{}", text.at, text.field, text.text.en);
        }
        let what = if wanted == Standing::Missing {
            "missing"
        } else {
            "stale"
        };
        eprintln!("{} texts {what} in {}", listed.len(), lang.code());
    }
    ExitCode::SUCCESS
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn run_search(options: &Options) -> ExitCode {
    let question = options.words.join(" ");
    let catalog = match checked_catalog(options) {
        Ok(catalog) => catalog,
        Err(code) => return code,
    };
    let catalog = &catalog;
    if let Some(code) = &options.country {
        if catalog.country(code).is_none() {
            eprintln!(
                "curate: --country {code} is not an ISO 3166-1 alpha-2 code in data/countries"
            );
            return ExitCode::from(2);
        }
    }
    let index = SearchIndex::build(catalog);
    let route = catalog.route(&index, &question, options.country.as_deref(), options.limit);
    let venues_of = |id: &str| -> Vec<String> {
        route
            .issues
            .iter()
            .find(|issue_route| issue_route.issue.id == id)
            .map(|issue_route| {
                issue_route
                    .top_organisations(5)
                    .into_iter()
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for hit in &route.hits {
        let label = catalog
            .label(hit.kind, &hit.id, Lang::En)
            .expect("hits name existing records");
        let reasons: Vec<String> = hit
            .reasons
            .iter()
            .map(|reason| {
                if reason.field == signpost_core::search::Field::Venue {
                    return format!("venue for \"{}\", the best issue", reason.matched);
                }
                let how = match reason.how {
                    MatchKind::Exact => "exact",
                    MatchKind::Prefix => "prefix",
                    MatchKind::Stem => "same stem",
                    MatchKind::Typo => "typo",
                    MatchKind::Fuzzy => "fuzzy",
                };
                format!(
                    "{} \"{}\" ({how} for \"{}\")",
                    reason.field.label(),
                    reason.matched,
                    reason.query_word
                )
            })
            .chain(
                hit.phrase
                    .then(|| "whole phrase in the question".to_string()),
            )
            .collect();
        let home = (hit.kind == signpost_core::RecordKind::Issue)
            .then(|| catalog.issue(&hit.id).map(|issue| issue.home.status.code()))
            .flatten();
        rows.push((hit, label, reasons, home));
    }
    if options.json {
        let results: Vec<String> = rows
            .iter()
            .map(|(hit, label, reasons, home)| {
                let mut fields = vec![
                    format!("\"kind\": {}", json_string(hit.kind.code())),
                    format!("\"id\": {}", json_string(&hit.id)),
                    format!("\"name\": {}", json_string(&label.name)),
                ];
                if hit.kind == signpost_core::RecordKind::Organisation {
                    if let Some(acronym) = &label.acronym {
                        fields.push(format!("\"acronym\": {}", json_string(acronym)));
                    }
                }
                fields.push(format!("\"score\": {:.3}", hit.score));
                fields.push(format!(
                    "\"reasons\": [{}]",
                    reasons
                        .iter()
                        .map(|r| json_string(r))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                if let Some(home) = home {
                    fields.push(format!("\"home\": {}", json_string(home)));
                    let venues: Vec<String> = venues_of(&hit.id)
                        .iter()
                        .map(|id| json_string(id))
                        .collect();
                    fields.push(format!("\"venues\": [{}]", venues.join(", ")));
                }
                format!("{{{}}}", fields.join(", "))
            })
            .collect();
        let country = route
            .country
            .map(|(country, _)| format!(", \"country\": {}", json_string(&country.code)))
            .unwrap_or_default();
        println!(
            "{{\"query\": {}{country}, \"good_match\": {}, \"results\": [{}]}}",
            json_string(&question),
            route.good_match,
            results.join(", ")
        );
    } else {
        if let Some((country, named)) = route.country {
            let how = if named {
                "named in the question"
            } else {
                "chosen"
            };
            println!("country: {} ({}), {how}", country.name.en, country.code);
        }
        if rows.is_empty() {
            println!("no results for \"{question}\"");
        } else if !route.good_match {
            println!("no good match: the results below are loose guesses");
        }
        for (rank, (hit, label, reasons, home)) in rows.iter().enumerate() {
            let acronym = label
                .acronym
                .as_ref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default();
            let home = home.map(|h| format!(" [home: {h}]")).unwrap_or_default();
            println!(
                "{:>2}. {:.3}  {} {}: {}{acronym}{home}",
                rank + 1,
                hit.score,
                hit.kind.code(),
                hit.id,
                label.name
            );
            for reason in reasons {
                println!("             {reason}");
            }
            if hit.kind == signpost_core::RecordKind::Issue {
                println!(
                    "             where to take it: {}",
                    venues_of(&hit.id).join(", ")
                );
            }
        }
    }
    ExitCode::SUCCESS
}

/// Loads the data and stops with the checker's verdict if it has errors.
fn checked_catalog(options: &Options) -> Result<signpost_core::Catalog, ExitCode> {
    checked_dataset(options).map(|dataset| dataset.catalog)
}

fn checked_dataset(options: &Options) -> Result<signpost_core::load::Dataset, ExitCode> {
    let dataset = load(&options.data);
    if has_errors(&check(&dataset, today())) {
        eprintln!("curate: the data has errors; run `curate check` first");
        return Err(ExitCode::FAILURE);
    }
    Ok(dataset)
}

fn write_or_fail(path: &std::path::Path, contents: &str) -> Result<(), ExitCode> {
    std::fs::write(path, contents).map_err(|error| {
        eprintln!("curate: cannot write {}: {error}", path.display());
        ExitCode::FAILURE
    })
}

/// Writes the full catalog under the name `build.rs` compiled into the app.
fn run_bundle(options: &Options) -> ExitCode {
    let Some(folder) = &options.out else {
        eprintln!("curate: bundle needs --out DIR (the built site's folder)");
        return ExitCode::from(2);
    };
    let dataset = match checked_dataset(options) {
        Ok(dataset) => dataset,
        Err(code) => return code,
    };
    let catalog = &dataset.catalog;
    let locales = match signpost_core::locales::read_folder(&options.locales) {
        Ok(files) => files,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let bytes = bundle::encode_details(&bundle::details(catalog));
    let mut files = vec![(bundle::details_file_name(&bytes), bytes)];
    for file in locales
        .iter()
        .filter(|file| file.code != signpost_core::locales::REFERENCE)
    {
        let Some(lang) = Lang::from_code(&file.code) else {
            eprintln!(
                "curate: {}: the data has no language \"{}\"",
                file.path, file.code
            );
            return ExitCode::FAILURE;
        };
        let reviewed =
            signpost_core::translations::reviewed_in(catalog, &dataset.translations_in(lang), lang);
        let pack =
            bundle::language_pack(catalog, lang, signpost_core::locales::texts(file), reviewed);
        let bytes = bundle::encode_pack(&pack);
        files.push((bundle::pack_file_name(lang, &bytes), bytes));
    }
    // The history of the data, from the repository the data folder sits in.
    let root = options
        .data
        .canonicalize()
        .ok()
        .and_then(|data| data.parent().map(std::path::Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let history = signpost_core::history::read(&root);
    if let Some(reason) = &history.unavailable {
        eprintln!("curate: warning: the history pages will say it is unavailable: {reason}");
    }
    let feed = signpost_core::history::atom(
        &history,
        "Signpost: what changed in the dataset",
        &catalog.date,
    );
    if let Err(code) = write_or_fail(&folder.join(signpost_core::history::FEED_FILE), &feed) {
        return code;
    }
    files.push((
        signpost_core::history::FILE.to_string(),
        postcard::to_allocvec(&history).expect("the history encodes"),
    ));
    let national = dataset.encode_national();
    let national_folder = signpost_core::national::folder_name(&national);
    if let Err(error) = std::fs::create_dir_all(folder.join(&national_folder)) {
        eprintln!("curate: cannot create {national_folder}: {error}");
        return ExitCode::FAILURE;
    }
    for (code, bytes) in national {
        files.push((format!("{national_folder}/{code}.bin"), bytes));
    }
    for (name, bytes) in files {
        let path = folder.join(name);
        if let Err(error) = std::fs::write(&path, bundle::compress(&bytes)) {
            eprintln!("curate: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn run_export(options: &Options) -> ExitCode {
    let dataset = match checked_dataset(options) {
        Ok(dataset) => dataset,
        Err(code) => return code,
    };
    let (catalog, national) = (&dataset.catalog, &dataset.national);
    let result = match options.format.as_deref() {
        Some("json") => {
            let json = signpost_core::export::to_json(catalog, national);
            match &options.out {
                Some(path) => write_or_fail(path, &json),
                None => {
                    // A closed pipe (`| head`) is not an error worth a panic.
                    let _ = std::io::Write::write_all(&mut std::io::stdout(), json.as_bytes());
                    Ok(())
                }
            }
        }
        Some("csv") => {
            let Some(folder) = &options.out else {
                eprintln!("curate: export --format csv writes one file per table; give --out DIR");
                return ExitCode::from(2);
            };
            if let Err(error) = std::fs::create_dir_all(folder) {
                eprintln!("curate: cannot create {}: {error}", folder.display());
                return ExitCode::FAILURE;
            }
            signpost_core::export::to_csv(catalog, national)
                .iter()
                .try_for_each(|table| write_or_fail(&folder.join(table.name), &table.csv))
        }
        other => {
            eprintln!(
                "curate: export needs --format json or --format csv (got {other:?})\n{USAGE}"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn run_schema(options: &Options) -> ExitCode {
    let folder = options
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas"));
    if let Err(error) = std::fs::create_dir_all(&folder) {
        eprintln!("curate: cannot create {}: {error}", folder.display());
        return ExitCode::FAILURE;
    }
    for (name, schema) in signpost_core::schema::schemas() {
        if let Err(code) = write_or_fail(&folder.join(name), &schema) {
            return code;
        }
    }
    ExitCode::SUCCESS
}

/// Records by last review, volatile ones first: the curators' review queue.
fn run_stale(options: &Options) -> ExitCode {
    let dataset = load(&options.data);
    let catalog = &dataset.catalog;
    let file_of = |kind: signpost_core::RecordKind, id: &str| -> String {
        let (ids, origins): (Vec<&str>, _) = match kind {
            signpost_core::RecordKind::Issue => (
                catalog.issues.iter().map(|r| r.id.as_str()).collect(),
                &dataset.origins.issues,
            ),
            signpost_core::RecordKind::Organisation => (
                catalog
                    .organisations
                    .iter()
                    .map(|r| r.id.as_str())
                    .collect(),
                &dataset.origins.organisations,
            ),
            _ => (
                catalog.resources.iter().map(|r| r.id.as_str()).collect(),
                &dataset.origins.resources,
            ),
        };
        ids.iter()
            .position(|known| *known == id)
            .and_then(|position| origins.get(position))
            .map(|origin| origin.file.clone())
            .unwrap_or_default()
    };
    let reviews = catalog.reviews(today());
    let shown: Vec<_> = reviews
        .iter()
        .filter(|review| {
            options
                .older_than_months
                .is_none_or(|months| review.age_months >= months)
        })
        .collect();
    for review in &shown {
        let due = if review.is_due() {
            "due now"
        } else {
            "not yet due"
        };
        println!(
            "{}: {} \"{}\": reviewed {} ({} months ago), every {} months: {due}",
            file_of(review.kind, review.id),
            review.kind.code(),
            review.id,
            review.reviewed,
            review.age_months,
            review.every_months,
        );
    }
    let volatile = reviews.iter().filter(|review| review.is_volatile()).count();
    let due = reviews.iter().filter(|review| review.is_due()).count();
    eprintln!(
        "{} of {} records listed; {volatile} volatile (reviewed more often than every 12 months); {due} due for review",
        shown.len(),
        reviews.len()
    );
    ExitCode::SUCCESS
}

/// Where the light catalog's bytes are, part by part, so a cut is chosen from data.
fn run_sizes(options: &Options) -> ExitCode {
    let catalog = match checked_catalog(options) {
        Ok(catalog) => catalog,
        Err(code) => return code,
    };
    let light = bundle::light(&catalog);
    let gzip = |bytes: &[u8]| bundle::compress(bytes).len();
    let encoded = |value: &dyn erased::Encode| value.bytes();
    let parts: Vec<(&str, Vec<u8>)> = vec![
        ("issues", encoded(&light.issues)),
        ("organisations", encoded(&light.organisations)),
        ("resources", encoded(&light.resources)),
        ("glossary terms", encoded(&light.terms)),
        ("regions", encoded(&light.regions)),
        ("countries", encoded(&light.countries)),
        ("guided questions", encoded(&light.questions)),
    ];
    let whole = bundle::encode(&light);
    println!("{:<24} {:>10} {:>10}", "part", "raw", "gzip");
    for (name, bytes) in &parts {
        println!("{name:<24} {:>10} {:>10}", bytes.len(), gzip(bytes));
    }
    println!(
        "{:<24} {:>10} {:>10}",
        "light catalog",
        whole.len(),
        gzip(&whole)
    );
    ExitCode::SUCCESS
}

/// Encodes any part of the catalog the way the bundle does.
mod erased {
    pub trait Encode {
        fn bytes(&self) -> Vec<u8>;
    }
    impl<T: serde::Serialize> Encode for T {
        fn bytes(&self) -> Vec<u8> {
            postcard::to_allocvec(self).expect("the catalog encodes")
        }
    }
}

/// The link checker, which needs a network and Node (the project's tests already install it):
/// scripts/check-links.mjs, beside this crate in the repository.
fn run_links(options: &Options) -> ExitCode {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/check-links.mjs");
    match std::process::Command::new("node")
        .arg(&script)
        .arg(&options.data)
        .status()
    {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!(
                "curate: links needs Node.js to run {}: {error}",
                script.display()
            );
            ExitCode::FAILURE
        }
    }
}
