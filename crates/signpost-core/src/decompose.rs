//! Characters without their combining marks ("é" -> "e", "أ" -> "ا"), as Unicode's canonical
//! decomposition (NFD) would leave them once the marks are dropped. The tables are written by
//! `build.rs` from unicode-normalization, which is only a build dependency: its own tables
//! weigh tens of kilobytes in the Wasm, these a few.

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/decompositions.rs"));

/// Whether a character is a combining mark (General Category M): an accent, an Arabic vowel
/// mark, a vowel sign in Indic scripts.
pub fn is_combining_mark(ch: char) -> bool {
    !ch.is_ascii()
        && COMBINING_MARKS
            .binary_search_by(|&(first, last)| {
                if last < ch {
                    Ordering::Less
                } else if first > ch {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            })
            .is_ok()
}

/// A character canonically decomposed, without its combining marks: nothing for a mark, the
/// base letter for an accented one, the letters (jamo) of a Hangul syllable, else itself.
/// CJK compatibility ideographs are left as they are (see `build.rs`).
pub fn without_marks(ch: char) -> impl Iterator<Item = char> {
    let mut letters = [ch; MOST_LETTERS];
    let len = if ch.is_ascii() {
        // Most text is ASCII, which no table holds: skip the searches.
        1
    } else if is_combining_mark(ch) {
        0
    } else if let Some(jamo) = hangul_jamo(ch) {
        fill(&mut letters, jamo)
    } else if let Ok(at) = TO_ONE_LETTER.binary_search_by_key(&ch, |&(composed, _)| composed) {
        letters[0] = TO_ONE_LETTER[at].1;
        1
    } else if let Ok(at) = TO_SEVERAL_LETTERS.binary_search_by_key(&ch, |&(composed, _)| composed) {
        fill(&mut letters, TO_SEVERAL_LETTERS[at].1.chars())
    } else {
        1
    };
    letters.into_iter().take(len)
}

/// The most letters a character decomposes to, marks aside (checked by `build.rs`).
const MOST_LETTERS: usize = 3;

/// Writes `parts` at the start of `letters`, returning how many.
fn fill(letters: &mut [char; MOST_LETTERS], parts: impl Iterator<Item = char>) -> usize {
    let mut len = 0;
    for (slot, part) in letters.iter_mut().zip(parts) {
        *slot = part;
        len += 1;
    }
    len
}

/// The leading consonant, the vowel and, if any, the trailing consonant of a precomposed
/// Hangul syllable, computed as the Unicode Standard (section 3.12) defines them.
fn hangul_jamo(ch: char) -> Option<impl Iterator<Item = char>> {
    const FIRST_SYLLABLE: u32 = 0xAC00;
    const FIRST_LEAD: u32 = 0x1100;
    const FIRST_VOWEL: u32 = 0x1161;
    // One before the first trailing consonant: index 0 means "no trailing consonant".
    const TAIL_BEFORE_FIRST: u32 = 0x11A7;
    const VOWELS: u32 = 21;
    const TAILS: u32 = 28;
    const SYLLABLES: u32 = 19 * VOWELS * TAILS;

    let index = (ch as u32).checked_sub(FIRST_SYLLABLE)?;
    if index >= SYLLABLES {
        return None;
    }
    let jamo = |code| char::from_u32(code).expect("jamo are in the BMP, outside the surrogates");
    let lead = jamo(FIRST_LEAD + index / (VOWELS * TAILS));
    let vowel = jamo(FIRST_VOWEL + index % (VOWELS * TAILS) / TAILS);
    let tail = (index % TAILS != 0).then(|| jamo(TAIL_BEFORE_FIRST + index % TAILS));
    Some([lead, vowel].into_iter().chain(tail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::{decompose_canonical, is_combining_mark as reference_mark};

    /// Left out of the table on purpose (see `build.rs`).
    fn is_cjk_compatibility_ideograph(ch: char) -> bool {
        matches!(ch, '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}')
    }

    #[test]
    fn strips_accents_and_splits_hangul() {
        let stripped = |text: &str| text.chars().flat_map(without_marks).collect::<String>();
        assert_eq!(stripped("Ệ ñ ǻ ώ Й آ ؤ"), "E n a ω И ا و");
        assert_eq!(stripped("e\u{301}\u{64E}"), "e");
        assert_eq!(
            stripped("한국"),
            "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"
        );
        assert_eq!(stripped("가"), "\u{1100}\u{1161}");
        assert_eq!(stripped("豈"), "豈");
        assert_eq!(stripped("\u{16D6A}"), "\u{16D63}\u{16D67}\u{16D67}");
    }

    /// The generated tables agree with unicode-normalization on every character, so folding
    /// char by char equals folding the NFD of the whole text.
    #[test]
    fn agrees_with_unicode_normalization_everywhere() {
        for ch in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(
                is_combining_mark(ch),
                reference_mark(ch),
                "U+{:04X}",
                ch as u32
            );
            let mut expected = Vec::new();
            decompose_canonical(ch, |part| {
                if !reference_mark(part) {
                    expected.push(part);
                }
            });
            if is_cjk_compatibility_ideograph(ch) {
                expected = vec![ch];
            }
            let found: Vec<char> = without_marks(ch).collect();
            assert_eq!(found, expected, "U+{:04X}", ch as u32);
        }
    }

    /// `text::fold` reads nothing of a text but these letters, so everything in the dataset,
    /// the interface strings and the golden questions folds exactly as it did with NFD.
    #[test]
    fn dataset_text_strips_as_with_nfd() {
        use unicode_normalization::UnicodeNormalization;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = vec![root.join("tests/golden/questions.toml")];
        let mut folders = vec![root.join("data"), root.join("locales")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("dataset folder") {
                let path = entry.expect("dataset entry").path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|ext| ext == "toml") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 100, "found only {} files", files.len());
        for file in files {
            let text = std::fs::read_to_string(&file).expect("dataset file is UTF-8");
            for (number, line) in text.lines().enumerate() {
                let found: String = line.chars().flat_map(without_marks).collect();
                let expected: String = line.nfd().filter(|&ch| !reference_mark(ch)).collect();
                assert_eq!(
                    found,
                    expected,
                    "{}:{}: a CJK compatibility ideograph? Write the unified one",
                    file.display(),
                    number + 1
                );
            }
        }
    }

    /// NFD reorders the marks that follow a character by combining class; dropping each mark
    /// where it stands is the same only if everything reordered is a mark.
    #[test]
    fn only_marks_are_reordered() {
        for ch in (0..=char::MAX as u32).filter_map(char::from_u32) {
            if unicode_normalization::char::canonical_combining_class(ch) != 0 {
                assert!(reference_mark(ch), "U+{:04X}", ch as u32);
            }
        }
    }
}
