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

/// Where `needle` first occurs in `text` as a whole word, as a byte range. Case is ignored
/// for ASCII letters only, so byte offsets stay those of `text`.
fn find_word(text: &str, needle: &str, ignore_case: bool) -> Option<std::ops::Range<usize>> {
    if needle.is_empty() || needle.len() > text.len() {
        return None;
    }
    let is_word_char = |c: char| c.is_alphanumeric();
    let same = |a: &[u8], b: &[u8]| {
        if ignore_case {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    (0..=text.len() - needle.len())
        .filter(|&at| text.is_char_boundary(at) && text.is_char_boundary(at + needle.len()))
        .find(|&at| {
            let end = at + needle.len();
            same(&text.as_bytes()[at..end], needle.as_bytes())
                && !text[..at].chars().next_back().is_some_and(is_word_char)
                && !text[end..].chars().next().is_some_and(is_word_char)
        })
        .map(|at| at..at + needle.len())
}

/// A run of text, and the glossary term it is when it is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment<'text, 'catalog> {
    pub text: &'text str,
    pub term: Option<&'catalog Term>,
}

impl Catalog {
    /// Splits `text` into plain runs and the glossary terms it uses, each term marked at its
    /// first occurrence only (a definition per paragraph is help; one per mention is noise).
    /// Where terms overlap the longer wins: "root zone" over "root".
    pub fn mark_terms<'text>(&self, text: &'text str) -> Vec<Segment<'text, '_>> {
        let mut found: Vec<(std::ops::Range<usize>, &Term)> = self
            .terms
            .iter()
            .filter_map(|term| {
                let acronym = is_acronym(&term.term);
                let by_term = find_word(text, &term.term, !acronym);
                let by_expansion = term
                    .expansion
                    .as_deref()
                    .and_then(|expansion| find_word(text, expansion, true));
                let first = match (by_term, by_expansion) {
                    (Some(a), Some(b)) => Some(if b.start < a.start { b } else { a }),
                    (a, b) => a.or(b),
                };
                first.map(|range| (range, term))
            })
            .collect();
        crate::order::sort_by_key(&mut found, |(range, _)| {
            (range.start, std::cmp::Reverse(range.end))
        });
        let mut segments = Vec::new();
        let mut position = 0;
        for (range, term) in found {
            if range.start < position {
                continue;
            }
            if range.start > position {
                segments.push(Segment {
                    text: &text[position..range.start],
                    term: None,
                });
            }
            segments.push(Segment {
                text: &text[range.clone()],
                term: Some(term),
            });
            position = range.end;
        }
        if position < text.len() || segments.is_empty() {
            segments.push(Segment {
                text: &text[position..],
                term: None,
            });
        }
        segments
    }

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

    fn term(id: &str, name: &str, expansion: Option<&str>) -> Term {
        Term {
            id: id.to_string(),
            term: name.to_string(),
            expansion: expansion.map(str::to_string),
            definition: Default::default(),
            related: Vec::new(),
        }
    }

    #[test]
    fn marks_each_term_once_longest_first_and_keeps_every_byte() {
        let mut catalog = Catalog::default();
        catalog.terms = vec![
            term("root", "root", None),
            term("root-zone", "root zone", None),
            term("dns", "DNS", Some("Domain Name System")),
            term("ixp", "IXP", Some("Internet exchange point")),
        ];
        let text = "The Root zone of the Domain Name System: DNS, sécurité and dnssec; DNS again.";
        let segments = catalog.mark_terms(text);
        assert_eq!(segments.iter().map(|s| s.text).collect::<String>(), text);
        let marked: Vec<(&str, &str)> = segments
            .iter()
            .filter_map(|s| s.term.map(|t| (s.text, t.id.as_str())))
            .collect();
        assert_eq!(
            marked,
            [("Root zone", "root-zone"), ("Domain Name System", "dns")]
        );
        assert_eq!(catalog.mark_terms("").len(), 1);
        assert_eq!(catalog.mark_terms("no terms here")[0].term, None);
    }

    #[test]
    fn acronyms_keep_their_case() {
        assert!(is_acronym("ccTLD"));
        assert!(is_acronym("DNS"));
        assert!(!is_acronym("registrar"));
        assert!(!is_acronym("Root zone"));
    }
}
