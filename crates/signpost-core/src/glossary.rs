//! Finding the glossary's terms in running text, so pages can explain what they use.

use crate::catalog::Catalog;
use crate::model::Term;

/// Whether `needle` occurs in `text` as a whole word (not inside a longer word).
fn contains_word(text: &str, needle: &str, ignore_case: bool) -> bool {
    if needle.is_empty() {
        return false;
    }
    let (text, needle) = if ignore_case {
        (text.to_lowercase(), needle.to_lowercase())
    } else {
        (text.to_string(), needle.to_string())
    };
    let is_word_char = |c: char| c.is_alphanumeric();
    let mut start = 0;
    while let Some(found) = text[start..].find(&needle) {
        let at = start + found;
        let end = at + needle.len();
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char) {
            return true;
        }
        start = at + needle.len().max(1);
        while !text.is_char_boundary(start) {
            start += 1;
        }
    }
    false
}

/// An acronym such as "ccTLD" or "DNS" must match its case; a phrase such as "root zone"
/// matches in any case.
fn is_acronym(term: &str) -> bool {
    term.chars().filter(|c| c.is_uppercase()).count() >= 2 && !term.contains(' ')
}

impl Catalog {
    /// The glossary terms used in any of `texts`, in glossary order.
    pub fn terms_in(&self, texts: &[&str]) -> Vec<&Term> {
        self.terms
            .iter()
            .filter(|term| {
                let acronym = is_acronym(&term.term);
                texts.iter().any(|text| {
                    contains_word(text, &term.term, !acronym)
                        || term
                            .expansion
                            .as_deref()
                            .is_some_and(|expansion| contains_word(text, expansion, true))
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(contains_word("Use DNSSEC and DNS.", "DNS", false));
        assert!(!contains_word("Use DNSSEC only.", "DNS", false));
        assert!(contains_word("The Root Zone file", "root zone", true));
        assert!(!contains_word("ccTLDs", "ccTLD", false));
        assert!(contains_word("sécurité, IXP", "IXP", false));
    }

    #[test]
    fn acronyms_keep_their_case() {
        assert!(is_acronym("ccTLD"));
        assert!(is_acronym("DNS"));
        assert!(!is_acronym("registrar"));
        assert!(!is_acronym("Root zone"));
    }
}
