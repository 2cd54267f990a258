//! Writes `OUT_DIR/decompositions.rs` for `src/decompose.rs`: what is left of each character
//! once canonically decomposed and stripped of combining marks, and the ranges of combining
//! marks. Generated here so that unicode-normalization's tables (about 50 KB brotli, most of
//! them never used by `text::fold`) stay out of the Wasm.

use std::fmt::Write;
use std::ops::RangeInclusive;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Hangul syllables decompose by arithmetic (see `decompose::hangul_jamo`), not by table.
const HANGUL_SYLLABLES: RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// Duplicates of unified ideographs kept for round trips with legacy encodings: nobody types
/// them, and their thousand entries would double the table. `fold` leaves them as they are.
const CJK_COMPATIBILITY_IDEOGRAPHS: [RangeInclusive<u32>; 2] = [0xF900..=0xFAFF, 0x2F800..=0x2FA1F];

/// The most letters one character decomposes to, marks aside: three for a Hangul syllable
/// (lead, vowel, tail) or a Kirat Rai vowel sign (U+16D6A). `decompose.rs` keeps as many.
const MOST_LETTERS: usize = 3;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut to_one_letter = Vec::new();
    let mut to_several_letters = Vec::new();
    let mut marks: Vec<(char, char)> = Vec::new();
    for ch in (0..=char::MAX as u32).filter_map(char::from_u32) {
        if is_combining_mark(ch) {
            match marks.last_mut() {
                Some((_, end)) if *end as u32 + 1 == ch as u32 => *end = ch,
                _ => marks.push((ch, ch)),
            }
            continue;
        }
        let code = ch as u32;
        if HANGUL_SYLLABLES.contains(&code)
            || CJK_COMPATIBILITY_IDEOGRAPHS
                .iter()
                .any(|range| range.contains(&code))
        {
            continue;
        }
        let mut unmarked = Vec::new();
        decompose_canonical(ch, |part| {
            if !is_combining_mark(part) {
                unmarked.push(part);
            }
        });
        match unmarked[..] {
            [same] if same == ch => {}
            [letter] => to_one_letter.push((ch, letter)),
            _ if unmarked.len() <= MOST_LETTERS => to_several_letters.push((ch, unmarked)),
            _ => panic!(
                "U+{code:04X} decomposes to {unmarked:?}: more than the {MOST_LETTERS} letters \
                 that decompose.rs keeps"
            ),
        }
    }

    let mut out = String::new();
    write_table(
        &mut out,
        "Characters that canonically decompose to one letter and marks, and that letter.",
        "TO_ONE_LETTER",
        "char",
        to_one_letter
            .iter()
            .map(|&(ch, letter)| (ch, char_literal(letter))),
    );
    write_table(
        &mut out,
        "Characters that canonically decompose to several letters (and marks), and those letters.",
        "TO_SEVERAL_LETTERS",
        "&str",
        to_several_letters
            .iter()
            .map(|(ch, letters)| (*ch, str_literal(letters))),
    );
    write_table(
        &mut out,
        "General Category Mark, as first and last character of each run.",
        "COMBINING_MARKS",
        "char",
        marks
            .iter()
            .map(|&(first, last)| (first, char_literal(last))),
    );
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("decompositions.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}

/// A `&[(char, value)]` constant, as Rust, sorted as the rows come.
fn write_table(
    out: &mut String,
    doc: &str,
    name: &str,
    value_type: &str,
    rows: impl Iterator<Item = (char, String)>,
) {
    writeln!(out, "/// {doc}\nconst {name}: &[(char, {value_type})] = &[").unwrap();
    for (ch, value) in rows {
        writeln!(out, "    ({}, {value}),", char_literal(ch)).unwrap();
    }
    writeln!(out, "];").unwrap();
}

fn char_literal(ch: char) -> String {
    format!("'{}'", escaped(ch))
}

fn str_literal(letters: &[char]) -> String {
    format!(
        "\"{}\"",
        letters.iter().map(|&ch| escaped(ch)).collect::<String>()
    )
}

/// A character by its code point, unambiguous whatever it is (a mark, a space).
fn escaped(ch: char) -> String {
    format!("\\u{{{:X}}}", ch as u32)
}
