//! Reads and checks `data/`, then embeds the light catalog in the app (see `bundle`).
//! A problem in a data file stops the build with the curator's message.
//! Also checks the interface strings in `locales/` and writes them as Rust (see `locales`):
//! a missing or unknown key, or a changed placeholder, stops the build too.

use std::path::Path;

use signpost_core::bundle;
use signpost_core::check::{check, parse_date};
use signpost_core::load::load;
use signpost_core::locales;
use signpost_core::problem::{has_errors, Severity};

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    // SIGNPOST_DATA_DIR lets tests build the app over another dataset.
    println!("cargo:rerun-if-env-changed=SIGNPOST_DATA_DIR");
    let data_dir = match std::env::var("SIGNPOST_DATA_DIR") {
        Ok(dir) => Path::new(&dir).to_path_buf(),
        Err(_) => Path::new(&manifest_dir).join("data"),
    };
    println!("cargo:rerun-if-changed={}", data_dir.display());

    let dataset = load(&data_dir);
    for file in &dataset.files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let today = build_date();
    let problems = check(&dataset, today);
    let warnings = problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    if has_errors(&problems) {
        for problem in problems.iter().filter(|p| p.severity == Severity::Error) {
            eprintln!("{problem}");
        }
        eprintln!("\nThe data in data/ has errors (above); fix them and build again. `cargo run --bin curate -- check` lists them too.");
        std::process::exit(1);
    }
    if warnings > 0 {
        println!("cargo:warning={warnings} data warnings; run `cargo run --bin curate -- check` to see them");
    }

    // The light catalog is embedded; the full one is written beside the app by the Trunk
    // hook (`curate bundle`) under the name computed here from the same bytes.
    let light = bundle::encode(&bundle::light(&dataset.catalog));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.bin");
    std::fs::write(&out, light).expect("OUT_DIR is writable");
    let details = bundle::details_file_name(&bundle::encode(&dataset.catalog));
    println!("cargo:rustc-env=SIGNPOST_DETAILS_FILE={details}");

    write_strings(&Path::new(&manifest_dir).join("locales"));
}

/// Checks `locales/*.toml` against English and writes `OUT_DIR/strings.rs` for `src/i18n.rs`.
fn write_strings(folder: &Path) {
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .expect("locales/ holds the interface strings")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = format!(
            "locales/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let source = std::fs::read_to_string(path).expect("a locale file is readable");
        match locales::parse(&name, &source) {
            Ok(file) => files.push(file),
            Err(found) => problems.extend(found),
        }
    }
    problems.extend(locales::check(&files));
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem}");
        }
        eprintln!(
            "\nThe interface strings in locales/ have problems (above); fix them and build again."
        );
        std::process::exit(1);
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("strings.rs");
    std::fs::write(out, locales::generate(&files)).expect("OUT_DIR is writable");
}

/// Today's date for the "not in the future" and staleness checks. `SOURCE_DATE_EPOCH`
/// (seconds) makes builds reproducible; otherwise the system clock.
fn build_date() -> (u32, u32, u32) {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| value.parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0)
        });
    let date = signpost_core::check::date_from_unix_days((seconds / 86_400) as i64);
    debug_assert!(parse_date(&format!("{:04}-{:02}-{:02}", date.0, date.1, date.2)).is_some());
    date
}
