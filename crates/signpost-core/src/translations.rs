//! Where each translation of a data text comes from: `data/translations/<lang>.toml` records,
//! for every translated text, the English it was made from (a hash, so a later change to the
//! English shows the translation is stale), how it was made, and whether a person fluent in
//! the language has reviewed it. The texts themselves stay in their records (`fr = "..."`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::model::{Lang, LocalText};

/// The languages data text is translated into.
pub const TRANSLATED: [Lang; 4] = [Lang::Fr, Lang::Es, Lang::Ar, Lang::Pt];

/// One translated text's provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Which text: `issues/spam.toml#description`, `glossary.toml#term[id=rir].definition`.
    pub at: String,
    /// The hash of the English text it was translated from (`english_hash`).
    pub from: String,
    pub made: Made,
    /// The day a person fluent in the language checked it against the English.
    #[serde(default)]
    pub reviewed: Option<String>,
}

/// How a translation was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Made {
    /// By machine translation (including a language model), not yet checked by a person.
    Machine,
    /// By a person.
    Person,
}

/// A language's translations file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "load", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TranslationsFile {
    #[serde(default, rename = "text")]
    pub texts: Vec<Translation>,
}

/// A short, stable hash of an English text (FNV-1a, 64 bits, hex): enough to notice a change.
pub fn english_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// One displayed data text: where it is, which field it is (for coverage), and its text.
pub struct DataText<'a> {
    pub at: String,
    pub field: &'static str,
    pub text: &'a LocalText,
}

/// Every data text a reader sees, with its address in the data files.
pub fn data_texts(catalog: &Catalog) -> Vec<DataText<'_>> {
    texts_in(catalog, None)
}

/// The data texts of one file (`issues/spam.toml`, `glossary.toml`), as a page about that
/// record reads them: only that record's addresses are made.
pub fn record_texts<'c>(catalog: &'c Catalog, file: &str) -> Vec<DataText<'c>> {
    texts_in(catalog, Some(file))
}

fn texts_in<'c>(catalog: &'c Catalog, only: Option<&str>) -> Vec<DataText<'c>> {
    // Whether `folder/id.toml` (or the shared file `folder`, with no id) is wanted, without
    // making its name.
    let wanted = |folder: &str, id: Option<&str>| {
        only.is_none_or(|file| match id {
            None => file == folder,
            Some(id) => {
                file.strip_prefix(folder)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .and_then(|rest| rest.strip_suffix(".toml"))
                    == Some(id)
            }
        })
    };
    let mut texts = Vec::new();
    let mut add = |at: String, field: &'static str, text| texts.push(DataText { at, field, text });
    for issue in catalog
        .issues
        .iter()
        .filter(|issue| wanted("issues", Some(&issue.id)))
    {
        let file = format!("issues/{}.toml", issue.id);
        add(format!("{file}#name"), "issue name", &issue.name);
        add(format!("{file}#summary"), "issue summary", &issue.summary);
        add(
            format!("{file}#description"),
            "issue description",
            &issue.description,
        );
        if let Some(why) = &issue.home.why {
            add(format!("{file}#home.why"), "why no single home", why);
        }
        for (position, view) in issue.home.views.iter().enumerate() {
            add(
                format!("{file}#home.views[{position}].summary"),
                "where sources disagree",
                &view.summary,
            );
        }
    }
    let organisations = catalog
        .organisations
        .iter()
        .filter(|organisation| wanted("organisations", Some(&organisation.id)));
    for organisation in organisations {
        let file = format!("organisations/{}.toml", organisation.id);
        add(
            format!("{file}#summary"),
            "organisation summary",
            &organisation.summary,
        );
        if let Some(note) = &organisation.status_note {
            add(format!("{file}#status_note"), "status note", note);
        }
        for (position, way) in organisation.engage.iter().enumerate() {
            add(
                format!("{file}#engage[{position}].label"),
                "how to engage",
                &way.label,
            );
        }
    }
    let resources = catalog
        .resources
        .iter()
        .filter(|resource| wanted("resources", Some(&resource.id)));
    for resource in resources {
        if let Some(summary) = &resource.summary {
            add(
                format!("resources/{}.toml#summary", resource.id),
                "resource summary",
                summary,
            );
        }
    }
    if wanted("glossary.toml", None) {
        for term in &catalog.terms {
            add(
                format!("glossary.toml#term[id={}].definition", term.id),
                "glossary definition",
                &term.definition,
            );
        }
    }
    if wanted("questions.toml", None) {
        for question in &catalog.questions {
            let at = format!("questions.toml#question[id={}]", question.id);
            add(format!("{at}.text"), "guided question", &question.text);
            for (position, choice) in question.options.iter().enumerate() {
                add(
                    format!("{at}.options[{position}].label"),
                    "guided question",
                    &choice.label,
                );
            }
        }
    }
    texts
}

/// One language's translation records, by the text they are about.
pub type Records<'r> = HashMap<&'r str, &'r Translation>;

/// The records of `lang` among translations in every language.
pub fn records_in<'r>(
    translations: impl IntoIterator<Item = (Lang, &'r Translation)>,
    lang: Lang,
) -> Records<'r> {
    translations
        .into_iter()
        .filter(|(l, _)| *l == lang)
        .map(|(_, record)| (record.at.as_str(), record))
        .collect()
}

/// The texts whose translation into `lang` a fluent person has reviewed, while the English
/// is unchanged since.
pub fn reviewed_in(catalog: &Catalog, records: &Records, lang: Lang) -> Vec<String> {
    data_texts(catalog)
        .into_iter()
        .filter(|text| standing(text, lang, records) == Standing::Reviewed)
        .map(|text| text.at)
        .collect()
}

/// A text's standing in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Missing,
    /// Translated, with no record of how (translations older than the record files).
    Unrecorded,
    /// The English changed after it was translated.
    Stale,
    Unreviewed,
    Reviewed,
}

/// The standing of `text` in `lang`, given that language's records.
pub fn standing(text: &DataText, lang: Lang, records: &Records) -> Standing {
    if text.text.exact(lang).filter(|_| lang != Lang::En).is_none() {
        return Standing::Missing;
    }
    match records.get(text.at.as_str()) {
        None => Standing::Unrecorded,
        Some(record) if record.from != english_hash(&text.text.en) => Standing::Stale,
        Some(record) if record.reviewed.is_some() => Standing::Reviewed,
        Some(_) => Standing::Unreviewed,
    }
}

/// Per field, how many texts have a translation in `lang`, and how many texts there are.
pub fn coverage(catalog: &Catalog, lang: Lang) -> Vec<(&'static str, usize, usize)> {
    let mut fields: Vec<(&'static str, usize, usize)> = Vec::new();
    for text in data_texts(catalog) {
        let translated = usize::from(text.text.exact(lang).filter(|_| lang != Lang::En).is_some());
        match fields.iter_mut().find(|(field, _, _)| *field == text.field) {
            Some(entry) => {
                entry.1 += translated;
                entry.2 += 1;
            }
            None => fields.push((text.field, translated, 1)),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable_and_tells_texts_apart() {
        assert_eq!(english_hash(""), "cbf29ce484222325");
        assert_eq!(english_hash("Spam"), english_hash("Spam"));
        assert_ne!(english_hash("Spam"), english_hash("Spam."));
        assert_eq!(english_hash("a").len(), 16);
    }

    #[test]
    fn a_translation_is_missing_unrecorded_stale_unreviewed_or_reviewed() {
        let text = LocalText {
            en: "Spam".into(),
            fr: Some("Pourriel".into()),
            ..Default::default()
        };
        let data = DataText {
            at: "issues/spam.toml#name".into(),
            field: "issue name",
            text: &text,
        };
        let record = |from: &str, reviewed: Option<&str>| Translation {
            at: "issues/spam.toml#name".into(),
            from: from.into(),
            made: Made::Machine,
            reviewed: reviewed.map(str::to_string),
        };
        // One language's records, keyed as `Dataset::translations_in` gives them.
        fn lookup(records: &[Translation]) -> Records<'_> {
            records_in(records.iter().map(|record| (Lang::Fr, record)), Lang::Fr)
        }
        let none: Vec<Translation> = Vec::new();
        let stale = vec![record("0000000000000000", None)];
        let unreviewed = vec![record(&english_hash("Spam"), None)];
        let reviewed = vec![record(&english_hash("Spam"), Some("2026-12-08"))];
        assert_eq!(standing(&data, Lang::Es, &lookup(&none)), Standing::Missing);
        assert_eq!(
            standing(&data, Lang::Fr, &lookup(&none)),
            Standing::Unrecorded
        );
        assert_eq!(standing(&data, Lang::Fr, &lookup(&stale)), Standing::Stale);
        assert_eq!(
            standing(&data, Lang::Fr, &lookup(&unreviewed)),
            Standing::Unreviewed
        );
        assert_eq!(
            standing(&data, Lang::Fr, &lookup(&reviewed)),
            Standing::Reviewed
        );
    }
}
