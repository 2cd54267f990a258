//! The interface strings: one TOML file per locale in `locales/` (`en.toml`, `fr.toml`...),
//! with keys grouped in sections for translators. English is the reference. `build.rs`
//! reads the files with [`parse`], refuses them with [`check`] when a locale misses a key,
//! has one English lacks, or changes a placeholder, and writes Rust with [`generate`]: a
//! `Strings` struct with one method per key and one `static` text per locale, so a key the
//! app names but no file defines does not compile.
//!
//! A placeholder is `{name}`. Text placeholders are filled at run time by a generated method
//! (`results_count(&count)`); `{link}` marks where a link goes in a sentence, and the text
//! is split there at build time, so translators see whole sentences.

use std::collections::BTreeMap;

/// One locale file, its keys flattened to `section_key`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleFile {
    /// The file as messages name it, e.g. `locales/fr.toml`.
    pub path: String,
    /// The locale code: the file's stem, e.g. `fr`.
    pub code: String,
    /// Flattened key -> text and the line it is written on.
    pub entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key as a translator reads it in the file: `section.key`.
    pub written: String,
    pub line: usize,
    pub text: String,
}

/// The placeholder that marks where a link sits in a sentence.
pub const LINK: &str = "link";

/// The locale every other one is checked against.
pub const REFERENCE: &str = "en";

/// Reads one locale file: top-level `key = "text"` and `[section]` tables of them. Nested
/// tables, values other than text and keys that cannot be Rust field names are refused.
pub fn parse(path: &str, source: &str) -> Result<LocaleFile, Vec<String>> {
    let code = path
        .rsplit('/')
        .next()
        .and_then(|name| name.strip_suffix(".toml"))
        .unwrap_or(path)
        .to_string();
    let table: toml::Table = toml::from_str(source).map_err(|error| {
        let line = error
            .span()
            .map(|span| source[..span.start].lines().count().max(1))
            .unwrap_or(1);
        vec![format!(
            "{path}:{line}: not valid TOML: {}",
            error.message().trim()
        )]
    })?;
    let lines = key_lines(source);
    let mut problems = Vec::new();
    let mut entries = BTreeMap::new();
    let mut add = |written: String, value: &toml::Value, problems: &mut Vec<String>| {
        let line = lines.get(&written).copied().unwrap_or(1);
        let field = written.replace('.', "_");
        let text = match value {
            toml::Value::String(text) => text.clone(),
            _ => {
                problems.push(format!("{path}:{line}: key \"{written}\": write the text in quotes; nested tables and numbers are not interface strings"));
                return;
            }
        };
        if text.trim().is_empty() {
            problems.push(format!(
                "{path}:{line}: key \"{written}\": is empty; write the text"
            ));
        } else if text.chars().any(char::is_control) {
            problems.push(format!("{path}:{line}: key \"{written}\": has a control character (a tab or line break); write one line of plain text"));
        }
        if !is_field_name(&field) {
            problems.push(format!("{path}:{line}: key \"{written}\": use lower-case letters, digits and underscores, starting with a letter (and not a Rust keyword)"));
        } else if let Some(earlier) = entries.insert(
            field,
            Entry {
                written: written.clone(),
                line,
                text,
            },
        ) {
            problems.push(format!(
                "{path}:{line}: key \"{written}\": is the same field as \"{}\" on line {}; rename one",
                earlier.written, earlier.line
            ));
        }
    };
    for (key, value) in &table {
        match value {
            toml::Value::Table(section) => {
                for (inner, value) in section {
                    add(format!("{key}.{inner}"), value, &mut problems);
                }
            }
            _ => add(key.clone(), value, &mut problems),
        }
    }
    for entry in entries.values() {
        if let Err(problem) = placeholders(&entry.text) {
            problems.push(format!(
                "{path}:{}: key \"{}\": {problem}",
                entry.line, entry.written
            ));
        }
    }
    if problems.is_empty() {
        Ok(LocaleFile {
            path: path.to_string(),
            code,
            entries,
        })
    } else {
        Err(problems)
    }
}

/// The line each `section.key` is written on, by reading the file as lines.
fn key_lines(source: &str) -> BTreeMap<String, usize> {
    let mut section = String::new();
    let mut lines = BTreeMap::new();
    for (number, line) in source.lines().enumerate() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
        } else if let Some((key, _)) = line.split_once('=') {
            let key = key.trim().trim_matches('"');
            if !key.is_empty() && !key.starts_with('#') {
                let written = if section.is_empty() {
                    key.to_string()
                } else {
                    format!("{section}.{key}")
                };
                lines.entry(written).or_insert(number + 1);
            }
        }
    }
    lines
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "unsafe", "use", "where", "while", "yield",
];

fn is_field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.contains(&name)
}

/// The placeholders of a text, in order: `{count}`, `{link}`. A brace that does not open
/// or close a placeholder is refused, so a typo cannot reach the page.
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("has a \"}\" that closes no placeholder".to_string());
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or("has a \"{\" that opens no placeholder")?;
        let name = &after[..close];
        if !is_field_name(name) {
            return Err(format!(
                "placeholder {{{name}}} must be a lower-case name such as {{count}}"
            ));
        }
        found.push(name);
        rest = &after[close + 1..];
    }
    let links = found.iter().filter(|name| **name == LINK).count();
    if links > 1 || (links == 1 && found.len() > 1) {
        return Err(format!(
            "a text has either one {{{LINK}}} or other placeholders, not both"
        ));
    }
    Ok(found)
}

/// Every problem with a set of locales, measured against `en`: each problem names the file,
/// the line where there is one, and the key.
pub fn check(files: &[LocaleFile]) -> Vec<String> {
    let Some(reference) = files.iter().find(|file| file.code == REFERENCE) else {
        return vec![format!(
            "locales/{REFERENCE}.toml: missing; English is the reference locale"
        )];
    };
    let mut problems = Vec::new();
    for file in files.iter().filter(|file| file.code != REFERENCE) {
        for (field, english) in &reference.entries {
            match file.entries.get(field) {
                None => problems.push(format!(
                    "{}: key \"{}\": missing; translate {:?} from {}",
                    file.path, english.written, english.text, reference.path
                )),
                Some(entry) => {
                    let mut theirs = placeholders(&entry.text).unwrap_or_default();
                    let mut ours = placeholders(&english.text).unwrap_or_default();
                    theirs.sort_unstable();
                    ours.sort_unstable();
                    if theirs != ours {
                        let show = |names: &[&str]| {
                            if names.is_empty() {
                                "none".to_string()
                            } else {
                                names
                                    .iter()
                                    .map(|name| format!("{{{name}}}"))
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            }
                        };
                        problems.push(format!(
                            "{}:{}: key \"{}\": placeholders {} differ from {} in {}; keep the same names",
                            file.path,
                            entry.line,
                            entry.written,
                            show(&theirs),
                            show(&ours),
                            reference.path
                        ));
                    }
                }
            }
        }
        for (field, entry) in &file.entries {
            if !reference.entries.contains_key(field) {
                problems.push(format!(
                    "{}:{}: key \"{}\": unknown; {} has no such key (a typo, or add it there first)",
                    file.path, entry.line, entry.written, reference.path
                ));
            }
        }
    }
    problems
}

/// Separates the texts of one locale in the generated Rust. Texts cannot contain it: the
/// checker refuses control characters.
pub const SEPARATOR: char = '\u{1f}';

/// The Rust the app includes: `struct Strings` with a method per key, and for each locale
/// its texts in one string (`EN_TEXTS`, `FR_TEXTS`...), separated by [`SEPARATOR`], in the
/// order of `Strings`' slots. One string per locale rather than a static struct of
/// `&str`s: the Wasm then holds no table of pointers and lengths (about 3 KB compressed
/// for four locales), and the app splits a locale's text once, when it is first shown.
///
/// The including module provides `fn fill(template: &str, values: &[(&str, &dyn
/// Display)]) -> String`.
///
/// Call only when [`check`] found nothing.
pub fn generate(files: &[LocaleFile]) -> String {
    let reference = files
        .iter()
        .find(|file| file.code == REFERENCE)
        .expect("checked: the reference locale exists");
    let mut methods = String::new();
    let mut slot = 0;
    for (field, english) in &reference.entries {
        let names = placeholders(&english.text).expect("checked");
        methods.push_str(&format!("    /// {:?}\n", english.text));
        if names == [LINK] {
            methods.push_str(&format!(
                "    /// Before and after the link.\n    #[inline]\n    pub fn {field}(&self) -> [&'static str; 2] {{\n        [self.0[{slot}], self.0[{}]]\n    }}\n",
                slot + 1
            ));
            slot += 2;
        } else if names.is_empty() {
            if field == "language_name" {
                // Read through LANGUAGE_NAMES, so the picker names languages not yet loaded.
                methods.push_str("    #[allow(dead_code)]\n");
            }
            methods.push_str(&format!(
                "    #[inline]\n    pub fn {field}(&self) -> &'static str {{\n        self.0[{slot}]\n    }}\n"
            ));
            slot += 1;
        } else {
            let mut unique: Vec<&str> = Vec::new();
            for name in names {
                if !unique.contains(&name) {
                    unique.push(name);
                }
            }
            let parameters: Vec<String> = unique
                .iter()
                .map(|name| format!("{name}: impl ::core::fmt::Display"))
                .collect();
            let values: Vec<String> = unique
                .iter()
                .map(|name| format!("(\"{name}\", &{name})"))
                .collect();
            methods.push_str(&format!(
                "    pub fn {field}(&self, {}) -> String {{\n        fill(self.0[{slot}], &[{}])\n    }}\n",
                parameters.join(", "),
                values.join(", ")
            ));
            slot += 1;
        }
    }
    let mut out = format!(
        "// Generated by build.rs from locales/*.toml: edit those files, not this one.\n\n/// How many texts a locale has (a text with a link counts two).\npub const SLOTS: usize = {slot};\n\n/// Separates a locale's texts in `*_TEXTS`.\npub const SEPARATOR: char = {SEPARATOR:?};\n\n/// Every interface string of one locale, one method per key.\npub struct Strings([&'static str; SLOTS]);\n\nimpl Strings {{\n{methods}}}\n"
    );
    out.push_str(&format!(
        "\n/// The texts of {}, in slot order; other locales come in language packs.\npub static {}_TEXTS: &str = {:?};\n",
        reference.path,
        REFERENCE.to_uppercase(),
        texts(reference)
    ));
    let names: Vec<String> = files
        .iter()
        .map(|file| {
            let name = file
                .entries
                .get("language_name")
                .map(|entry| entry.text.as_str());
            format!("({:?}, {:?})", file.code, name.unwrap_or(&file.code))
        })
        .collect();
    out.push_str(&format!(
        "\n/// Each locale's name written in itself, for the language picker.\npub static LANGUAGE_NAMES: &[(&str, &str)] = &[{}];\n",
        names.join(", ")
    ));
    out
}

/// A locale's texts in slot order, joined by `SEPARATOR`: what the generated `Strings` of
/// English embeds and a language pack carries for the other locales.
pub fn texts(file: &LocaleFile) -> String {
    let texts: Vec<&str> = file
        .entries
        .values()
        .flat_map(
            |entry| match placeholders(&entry.text).expect("checked") == [LINK] {
                true => {
                    let (before, after) = entry
                        .text
                        .split_once(&format!("{{{LINK}}}"))
                        .expect("checked: one link");
                    vec![before, after]
                }
                false => vec![entry.text.as_str()],
            },
        )
        .collect();
    texts.join(&SEPARATOR.to_string())
}

/// Reads and checks every `*.toml` in `folder`, in file-name order, or lists the problems.
pub fn read_folder(folder: &std::path::Path) -> Result<Vec<LocaleFile>, Vec<String>> {
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .map_err(|error| vec![format!("{}: {error}", folder.display())])?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in &paths {
        let name = format!(
            "locales/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        match std::fs::read_to_string(path) {
            Ok(source) => match parse(&name, &source) {
                Ok(file) => files.push(file),
                Err(found) => problems.extend(found),
            },
            Err(error) => problems.push(format!("{name}: {error}")),
        }
    }
    problems.extend(check(&files));
    match problems.is_empty() {
        true => Ok(files),
        false => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "title = \"Signpost\"\n\n[search]\nlabel = \"Describe your issue\"\ncount = \"Results: {count}\"\nnone = \"Nothing here. Try the {link}.\"\n";

    fn file(path: &str, source: &str) -> LocaleFile {
        parse(path, source).expect("parses")
    }

    fn en() -> LocaleFile {
        file("locales/en.toml", EN)
    }

    #[test]
    fn flattens_sections_and_remembers_lines() {
        let en = en();
        assert_eq!(en.code, "en");
        let keys: Vec<&str> = en.entries.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["search_count", "search_label", "search_none", "title"]
        );
        assert_eq!(en.entries["search_label"].line, 4);
        assert_eq!(en.entries["search_label"].written, "search.label");
    }

    #[test]
    fn a_complete_translation_passes() {
        let fr = file(
            "locales/fr.toml",
            "title = \"Signpost\"\n[search]\nlabel = \"Décrivez\"\ncount = \"Résultats : {count}\"\nnone = \"Rien. Essayez les {link}.\"\n",
        );
        assert_eq!(check(&[en(), fr]), Vec::<String>::new());
    }

    #[test]
    fn a_missing_key_names_the_file_and_key() {
        let fr = file(
            "locales/fr.toml",
            "title = \"Signpost\"\n[search]\ncount = \"Résultats : {count}\"\nnone = \"Rien. {link}\"\n",
        );
        assert_eq!(
            check(&[en(), fr]),
            ["locales/fr.toml: key \"search.label\": missing; translate \"Describe your issue\" from locales/en.toml"]
        );
    }

    #[test]
    fn an_unknown_key_names_the_file_line_and_key() {
        let es = file(
            "locales/es.toml",
            "title = \"Signpost\"\n[search]\nlabel = \"Describa\"\ncount = \"Resultados: {count}\"\nnone = \"Nada. {link}\"\nlabell = \"typo\"\n",
        );
        assert_eq!(
            check(&[en(), es]),
            ["locales/es.toml:6: key \"search.labell\": unknown; locales/en.toml has no such key (a typo, or add it there first)"]
        );
    }

    #[test]
    fn a_changed_placeholder_fails() {
        let ar = file(
            "locales/ar.toml",
            "title = \"Signpost\"\n[search]\nlabel = \"صف\"\ncount = \"النتائج: {number}\"\nnone = \"لا شيء. {link}\"\n",
        );
        assert_eq!(
            check(&[en(), ar]),
            ["locales/ar.toml:4: key \"search.count\": placeholders {number} differ from {count} in locales/en.toml; keep the same names"]
        );
    }

    #[test]
    fn english_is_required() {
        let fr = file("locales/fr.toml", "title = \"Signpost\"\n");
        assert_eq!(
            check(&[fr]),
            ["locales/en.toml: missing; English is the reference locale"]
        );
    }

    #[test]
    fn malformed_files_and_texts_are_refused() {
        let problems = parse(
            "locales/fr.toml",
            "title = 3\n[a]\nb = \"{x\"\nBad = \"x\"\nc = \"\"\nd = \"two\\nlines\"\n",
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                "locales/fr.toml:4: key \"a.Bad\": use lower-case letters, digits and underscores, starting with a letter (and not a Rust keyword)",
                "locales/fr.toml:5: key \"a.c\": is empty; write the text",
                "locales/fr.toml:6: key \"a.d\": has a control character (a tab or line break); write one line of plain text",
                "locales/fr.toml:1: key \"title\": write the text in quotes; nested tables and numbers are not interface strings",
                "locales/fr.toml:3: key \"a.b\": has a \"{\" that opens no placeholder",
            ]
        );
        assert!(
            parse("locales/fr.toml", "title = \"unclosed\n").unwrap_err()[0]
                .starts_with("locales/fr.toml:1: not valid TOML")
        );
        assert!(parse("locales/fr.toml", "[a]\nb = \"x\"\n[a_b]\n").is_ok());
        let clash = parse("locales/fr.toml", "[a]\nb_c = \"x\"\n[a_b]\nc = \"y\"\n").unwrap_err();
        assert!(clash[0].contains("is the same field as"), "{clash:?}");
    }

    #[test]
    fn placeholders_are_read_in_order() {
        assert_eq!(placeholders("{a} and {b}, {a}"), Ok(vec!["a", "b", "a"]));
        assert_eq!(placeholders("none"), Ok(vec![]));
        assert!(placeholders("a } b").is_err());
        assert!(placeholders("{Count}").is_err());
        assert!(placeholders("{link} {count}").is_err());
    }

    #[test]
    fn generates_methods_english_texts_and_language_names() {
        let fr = file(
            "locales/fr.toml",
            "title = \"Signpost\"\n[search]\nlabel = \"Décrivez « ça »\"\ncount = \"Résultats : {count}\"\nnone = \"Rien. Essayez les {link}.\"\n",
        );
        let rust = generate(&[en(), fr.clone()]);
        // Slots in key order: search_count, search_label, search_none (two), title.
        assert!(rust.contains("pub const SLOTS: usize = 5;"));
        assert!(rust.contains("pub struct Strings([&'static str; SLOTS]);"));
        assert!(rust.contains("pub fn search_count(&self, count: impl ::core::fmt::Display) -> String {\n        fill(self.0[0], &[(\"count\", &count)])"));
        assert!(rust.contains("pub fn search_label(&self) -> &'static str {\n        self.0[1]"));
        assert!(rust.contains(
            "pub fn search_none(&self) -> [&'static str; 2] {\n        [self.0[2], self.0[3]]"
        ));
        assert!(rust.contains("pub fn title(&self) -> &'static str {\n        self.0[4]"));
        assert!(
            rust.contains("pub static EN_TEXTS: &str = \"Results: {count}\\u{1f}"),
            "{rust}"
        );
        assert!(
            !rust.contains("FR_TEXTS"),
            "French comes in its language pack"
        );
        assert!(rust.contains("pub static LANGUAGE_NAMES: &[(&str, &str)] = &[(\"en\", \"en\"), (\"fr\", \"fr\")];"), "{rust}");
        assert_eq!(
            texts(&fr),
            "Résultats : {count}\u{1f}Décrivez « ça »\u{1f}Rien. Essayez les \u{1f}.\u{1f}Signpost"
        );
    }
}
