//! Reads and checks `data/`, then embeds the light catalog in the app (see `bundle`).
//! A problem in a data file stops the build with the curator's message.
//! Also checks the interface strings in `locales/` and writes them as Rust (see `locales`):
//! a missing or unknown key, or a changed placeholder, stops the build too.

use std::path::Path;

use signpost_core::bundle;
use signpost_core::check::{check, parse_date};
use signpost_core::load::load;
use signpost_core::locales;
use signpost_core::model::Lang;
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
    let details =
        bundle::details_file_name(&bundle::encode_details(&bundle::details(&dataset.catalog)));
    println!("cargo:rustc-env=SIGNPOST_DETAILS_FILE={details}");
    // The national sheets, a file per country that `curate bundle` writes into this folder;
    // native builds (prerendering, tests) embed them all.
    let national = dataset.national.encode_all();
    println!(
        "cargo:rustc-env=SIGNPOST_NATIONAL_FOLDER={}",
        signpost_core::national::folder_name(&national)
    );
    let national_all =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("national.bin");
    std::fs::write(national_all, signpost_core::national::pack_all(&national))
        .expect("OUT_DIR is writable");

    let locales = read_locales(&Path::new(&manifest_dir).join("locales"));
    write_strings(&locales);
    write_packs(&dataset, &locales);
}

fn read_locales(folder: &Path) -> Vec<locales::LocaleFile> {
    println!("cargo:rerun-if-changed={}", folder.display());
    match locales::read_folder(folder) {
        Ok(files) => files,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "\nThe interface strings in locales/ have problems (above); fix them and build again."
            );
            std::process::exit(1);
        }
    }
}

fn write_strings(files: &[locales::LocaleFile]) {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("strings.rs");
    std::fs::write(out, locales::generate(files)).expect("OUT_DIR is writable");
}

/// Names the language packs `curate bundle` writes beside the app (the same bytes, so the
/// same names), and keeps a copy of each for the app's native tests.
fn write_packs(dataset: &signpost_core::load::Dataset, files: &[locales::LocaleFile]) {
    let catalog = &dataset.catalog;
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut names = Vec::new();
    let mut copies = Vec::new();
    for file in files.iter().filter(|file| file.code != locales::REFERENCE) {
        let lang = Lang::from_code(&file.code).unwrap_or_else(|| {
            eprintln!("{}: the data has no language \"{}\"", file.path, file.code);
            std::process::exit(1);
        });
        let pack =
            bundle::language_pack(catalog, lang, locales::texts(file), reviewed(dataset, lang));
        let bytes = bundle::encode_pack(&pack);
        names.push(format!(
            "({:?}, {:?})",
            file.code,
            bundle::pack_file_name(lang, &bytes)
        ));
        let copy = out.join(format!("pack-{}.bin", file.code));
        std::fs::write(&copy, &bytes).expect("OUT_DIR is writable");
        copies.push(format!(
            "({:?}, include_bytes!({:?}))",
            file.code,
            copy.display().to_string()
        ));
    }
    let rust = format!(
        "// Generated by build.rs: the language pack files beside the app.\npub static PACK_FILES: &[(&str, &str)] = &[{}];\n#[cfg(not(target_family = \"wasm\"))]\npub static PACK_BYTES: &[(&str, &[u8])] = &[{}];\n",
        names.join(", "),
        copies.join(", ")
    );
    std::fs::write(out.join("packs.rs"), rust).expect("OUT_DIR is writable");
}

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

/// The reviewed translations of `lang`, as `curate bundle` reads them (the same pack bytes).
fn reviewed(dataset: &signpost_core::load::Dataset, lang: Lang) -> Vec<String> {
    signpost_core::translations::reviewed_in(&dataset.catalog, &dataset.translations_in(lang), lang)
}
