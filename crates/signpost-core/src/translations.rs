//! Where each translation of a data text comes from: `data/translations/<lang>.toml` records,
//! for every translated text, the English it was made from (a hash, so a later change to the
//! English shows the translation is stale), how it was made, and whether a person fluent in
//! the language has reviewed it. The texts themselves stay in their records (`fr = "..."`).

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
    let mut texts = Vec::new();
    let mut add = |at: String, field: &'static str, text| texts.push(DataText { at, field, text });
    for issue in &catalog.issues {
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
    for organisation in &catalog.organisations {
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
    for resource in &catalog.resources {
        if let Some(summary) = &resource.summary {
            add(
                format!("resources/{}.toml#summary", resource.id),
                "resource summary",
                summary,
            );
        }
    }
    for term in &catalog.terms {
        add(
            format!("glossary.toml#term[id={}].definition", term.id),
            "glossary definition",
            &term.definition,
        );
    }
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
    texts
}

/// The texts whose translation into `lang` a fluent person has reviewed, while the English
/// is unchanged since.
pub fn reviewed_in(catalog: &Catalog, records: &[(Lang, Translation)], lang: Lang) -> Vec<String> {
    let mine: Vec<Translation> = records
        .iter()
        .filter(|(l, _)| *l == lang)
        .map(|(_, record)| record.clone())
        .collect();
    data_texts(catalog)
        .iter()
        .filter(|text| standing(text, lang, &mine) == Standing::Reviewed)
        .map(|text| text.at.clone())
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
pub fn standing(text: &DataText, lang: Lang, records: &[Translation]) -> Standing {
    if text.text.exact(lang).filter(|_| lang != Lang::En).is_none() {
        return Standing::Missing;
    }
    match records.iter().find(|record| record.at == text.at) {
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
        assert_eq!(standing(&data, Lang::Es, &[]), Standing::Missing);
        assert_eq!(standing(&data, Lang::Fr, &[]), Standing::Unrecorded);
        assert_eq!(
            standing(&data, Lang::Fr, &[record("0000000000000000", None)]),
            Standing::Stale
        );
        assert_eq!(
            standing(&data, Lang::Fr, &[record(&english_hash("Spam"), None)]),
            Standing::Unreviewed
        );
        assert_eq!(
            standing(
                &data,
                Lang::Fr,
                &[record(&english_hash("Spam"), Some("2026-12-08"))]
            ),
            Standing::Reviewed
        );
    }
}
