//! Text normalisation shared by the index (at build time) and the query (at run time):
//! both sides must fold identically or nothing matches.

use crate::decompose::{is_combining_mark, without_marks};
use crate::model::Lang;

/// Lower-cases, strips accents ("sécurité" -> "securite") and turns punctuation into spaces,
/// keeping letters of every script and digits. Arabic is folded the way people type it:
/// without vowel marks or tatweel, one alef, taa marbuta as haa, alef maqsura as yaa, and
/// without the article "al-" (and "wal-", "bil-", "lil-"...), so "الأمن" and "أمن" meet.
/// The plain letters of a compatibility form people type: full-width Latin letters, digits
/// and punctuation (East Asian keyboards, ＳＰＡＭ), the ideographic space, and the Latin
/// ligatures that copying from a PDF brings (ﬁ, ﬂ...). Other characters pass unchanged.
fn compatible(ch: char) -> impl Iterator<Item = char> {
    let (first, second, third) = match ch {
        '\u{FF01}'..='\u{FF5E}' => (char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch), None, None),
        '\u{3000}' => (' ', None, None),
        '\u{FB00}' => ('f', Some('f'), None),
        '\u{FB01}' => ('f', Some('i'), None),
        '\u{FB02}' => ('f', Some('l'), None),
        '\u{FB03}' => ('f', Some('f'), Some('i')),
        '\u{FB04}' => ('f', Some('f'), Some('l')),
        '\u{FB05}' | '\u{FB06}' => ('s', Some('t'), None),
        other => (other, None, None),
    };
    std::iter::once(first).chain(second).chain(third)
}

pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut last_was_space = true;
    let mut arabic = false;
    // Canonical decomposition is enough to strip accents (and the hamza of أ إ ؤ ئ, the
    // madda of آ); of the compatibility forms (NFKD), only those people do type are folded
    // (`compatible`), without NFKD's far larger tables.
    for ch in text.chars().flat_map(compatible).flat_map(without_marks) {
        if ch == TATWEEL {
            continue;
        }
        if ch.is_alphanumeric() {
            match arabic_letter(ch) {
                Some(letter) => {
                    arabic = true;
                    folded.push(letter);
                }
                None => folded.extend(ch.to_lowercase()),
            }
            last_was_space = false;
        } else if !last_was_space {
            folded.push(' ');
            last_was_space = true;
        }
    }
    if folded.ends_with(' ') {
        folded.pop();
    }
    if arabic {
        folded = words(&folded)
            .map(without_article)
            .collect::<Vec<_>>()
            .join(" ");
    }
    folded
}

/// The elongation stroke, drawn to stretch a word: never meaningful.
const TATWEEL: char = '\u{640}';

/// An Arabic-script letter or digit in its searchable form, or `None` for other scripts.
fn arabic_letter(ch: char) -> Option<char> {
    Some(match ch {
        'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        '٠'..='٩' => char::from_digit(ch as u32 - '٠' as u32, 10)?,
        '\u{600}'..='\u{6FF}' => ch,
        _ => return None,
    })
}

/// The prefixes made of the article: "al-", and "al-" after "and", "with", "like", "so";
/// "lil-" ("for the") drops its alef.
const ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "ال", "لل"];

/// An Arabic word without its article, when enough of the word is left to mean something.
fn without_article(word: &str) -> &str {
    ARTICLES
        .iter()
        .find_map(|article| {
            word.strip_prefix(article)
                .filter(|rest| rest.chars().count() >= 3)
        })
        .unwrap_or(word)
}

/// Whether a character belongs to a word: letters and digits of any script, and the marks
/// written over them (accents, Arabic vowel marks).
pub fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || is_combining_mark(ch)
}

/// Markup or script in what must be plain text.
pub fn has_markup(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.contains("javascript:") || lower.contains("<script") {
        return true;
    }
    let bytes = text.as_bytes();
    bytes.windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || pair[1] == b'/' || pair[1] == b'!')
    })
}

/// Words of already folded text.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|word| !word.is_empty())
}

/// Words that carry no meaning for routing, per language people ask in. Kept short on
/// purpose: "data", "internet" or "online" are not stop words here.
#[rustfmt::skip]
const STOP_EN: &[&str] = &["a", "about", "an", "and", "any", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "get", "has", "have", "how", "i", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "should", "so", "that", "the", "their", "there", "this", "to", "us", "was", "we", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your", "help", "need", "want", "please", "up", "out", "off", "over", "all", "every", "never", "not", "no", "some", "been", "being", "had", "did", "got", "getting", "just", "also", "very", "too", "than", "then", "them", "they", "he", "she", "him", "her", "his", "mine", "one", "such", "each", "other", "more", "most", "if", "but", "am", "were", "could", "may", "might", "must", "shall", "these", "those", "here", "after", "before", "since", "without", "someone", "something", "anyone", "keep", "keeps", "end", "ended", "still"];
#[rustfmt::skip]
const STOP_FR: &[&str] = &["au", "aux", "avec", "ce", "ces", "comment", "dans", "de", "des", "du", "en", "est", "et", "il", "je", "la", "le", "les", "leur", "mon", "ma", "mes", "ne", "nos", "notre", "nous", "ou", "par", "pas", "pour", "qui", "que", "quel", "quelle", "sa", "se", "son", "sur", "un", "une", "vous", "votre", "l", "d", "j", "qu", "aide", "besoin"];
#[rustfmt::skip]
const STOP_ES: &[&str] = &["al", "como", "con", "cual", "del", "el", "ella", "es", "esta", "este", "hay", "las", "lo", "los", "mi", "mis", "nuestro", "nuestra", "para", "pero", "por", "puedo", "se", "su", "sus", "tengo", "una", "uno", "y", "ayuda", "quien", "donde", "me", "nos", "le", "les", "ha", "han", "muy", "mas", "todo", "todos", "toda", "todas", "desde", "sin", "ya", "que", "qué", "un", "sobre", "entre", "cuando", "nunca", "puede", "pueden", "hacer"];
#[rustfmt::skip]
const STOP_PT: &[&str] = &["ao", "com", "da", "das", "do", "dos", "e", "eu", "meu", "minha", "na", "nas", "no", "nos", "o", "os", "um", "uma", "onde", "quem", "meus", "minhas", "nossa", "nosso", "que", "se", "foi", "sao", "sem", "mais", "todo", "toda", "pelo", "pela", "em", "ele", "ela"];

/// Folded: one alef, haa for taa marbuta, yaa for alef maqsura, no article.
#[rustfmt::skip]
const STOP_AR: &[&str] = &["في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "ذين", "هل", "ما", "ماذا", "كيف", "اين", "متي", "لماذا", "لم", "لا", "ان", "او", "و", "ثم", "قد", "لقد", "كان", "كانت", "يكون", "هو", "هي", "هم", "نحن", "انا", "لي", "لنا", "لدي", "لدينا", "عند", "عندما", "كل", "بعض", "اي", "غير", "بين", "حول", "بعد", "قبل", "يمكن", "يمكنني", "يمكننا", "اريد", "نريد", "احتاج", "نحتاج", "مساعده", "ساعدني", "ساعدونا", "جدا", "فقط", "ايضا", "حتي", "به", "بها", "له", "لها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "ليس", "تم", "هناك", "يتم", "اذا", "لان", "جهه", "اتوجه", "نتوجه", "ينبغي", "يجب", "شخص", "احد", "احدهم"];

const STOP_WORDS: [(Lang, &[&str]); 5] = [
    (Lang::En, STOP_EN),
    (Lang::Fr, STOP_FR),
    (Lang::Es, STOP_ES),
    (Lang::Pt, STOP_PT),
    (Lang::Ar, STOP_AR),
];

pub fn is_stop_word(folded_word: &str) -> bool {
    STOP_WORDS
        .iter()
        .any(|(_, words)| words.contains(&folded_word))
}

/// The language a question is most likely in, judged by its function words ("the", "les",
/// "para", "meu"); `None` when too short or mixed to tell.
pub fn guess_language(query: &str) -> Option<Lang> {
    guess_language_folded(&fold(query))
}

fn guess_language_folded(folded: &str) -> Option<Lang> {
    // A question mostly in Arabic script is in Arabic, whatever acronyms it holds.
    let (arabic, all) = words(folded).fold((0, 0), |(arabic, all), word| {
        let in_arabic = word
            .chars()
            .any(|ch| arabic_letter(ch).is_some_and(|c| !c.is_ascii()));
        (arabic + usize::from(in_arabic), all + 1)
    });
    if arabic > 0 && arabic * 2 >= all {
        return Some(Lang::Ar);
    }
    let mut counts = [0usize; STOP_WORDS.len()];
    for word in words(folded) {
        for (position, (_, list)) in STOP_WORDS.iter().enumerate() {
            if list.contains(&word) {
                counts[position] += 1;
            }
        }
    }
    let best = *counts.iter().max()?;
    let leaders = counts.iter().filter(|&&count| count == best).count();
    if best == 0 || leaders > 1 {
        return None;
    }
    counts
        .iter()
        .position(|&count| count == best)
        .map(|position| STOP_WORDS[position].0)
}

/// The meaningful words of a user's query, folded. Falls back to every word when the query
/// is made only of stop words, so "who" still finds something. A word written in capitals
/// is an acronym, not a stop word: "AS number", "IT security".
pub fn query_words(query: &str) -> Vec<String> {
    Query::new(query).words
}

/// A query read once for the search: folded, its meaningful words, its likely language.
pub struct Query {
    pub folded: String,
    pub words: Vec<String>,
    pub lang: Option<Lang>,
}

impl Query {
    pub fn new(query: &str) -> Query {
        let folded = fold(query);
        let words = meaningful_words(query, &folded);
        let lang = guess_language_folded(&folded);
        Query {
            folded,
            words,
            lang,
        }
    }
}

fn meaningful_words(query: &str, folded: &str) -> Vec<String> {
    let all: Vec<&str> = words(folded).collect();
    let acronyms: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|token| {
            (2..=5).contains(&token.len()) && token.chars().all(|c| c.is_ascii_uppercase())
        })
        .map(fold)
        .collect();
    let meaningful: Vec<String> = all
        .iter()
        .filter(|word| !is_stop_word(word) || acronyms.iter().any(|acronym| acronym == *word))
        .map(|word| word.to_string())
        .collect();
    if meaningful.is_empty() {
        all.into_iter().map(str::to_string).collect()
    } else {
        meaningful
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_letters_and_ligatures_fold_to_plain_letters() {
        assert_eq!(fold("ＳＰＡＭ"), "spam");
        assert_eq!(fold("ＩＰｖ６　Ｓｅｎｅｇａｌ"), "ipv6 senegal");
        assert_eq!(fold("ﬁrewall ﬂow oﬃce"), "firewall flow office");
        assert_eq!(fold("spam"), "spam");
    }

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Sécurité  du RÉSEAU!"), "securite du reseau");
        assert_eq!(fold("ccTLD/gTLD"), "cctld gtld");
        assert_eq!(fold("¿Dónde está?"), "donde esta");
        assert_eq!(fold("  "), "");
        assert_eq!(
            fold("Tiếng Việt, Ελληνικά, Ёлка"),
            "tieng viet ελληνικα елка"
        );
    }

    #[test]
    fn guesses_the_language_from_function_words() {
        assert_eq!(guess_language("where do I report spam"), Some(Lang::En));
        assert_eq!(
            guess_language("comment signaler un courriel"),
            Some(Lang::Fr)
        );
        assert_eq!(
            guess_language("¿dónde denuncio el correo basura?"),
            Some(Lang::Es)
        );
        assert_eq!(guess_language("cybersecurity"), None);
    }

    #[test]
    fn folds_arabic_as_people_type_it() {
        // Article, hamza on alef, taa marbuta, alef maqsura, vowel marks, tatweel.
        assert_eq!(fold("الأمن السيبراني"), "امن سيبراني");
        assert_eq!(fold("حمايةُ البيانات"), "حمايه بيانات");
        assert_eq!(fold("إلى مستشفى"), "الي مستشفي");
        assert_eq!(fold("الإنـــترنت، والتحرّش؟"), "انترنت تحرش");
        assert_eq!(fold("للأطفال بالبريد"), "اطفال بريد");
        // Too short to be an article: "الذي" stays whole.
        assert_eq!(fold("الذي"), "الذي");
        assert_eq!(fold("IPv٦"), "ipv6");
    }

    #[test]
    fn arabic_stop_words_are_folded() {
        for word in STOP_AR {
            assert_eq!(fold(word), *word, "{word}");
        }
        assert_eq!(
            query_words("أين أبلغ عن رسائل مزعجة؟"),
            vec!["ابلغ", "رسايل", "مزعجه"]
        );
        assert_eq!(guess_language("كيف أحمي بياناتي"), Some(Lang::Ar));
        assert_eq!(guess_language("IPv6 في السنغال"), Some(Lang::Ar));
    }

    #[test]
    fn drops_stop_words_but_never_everything() {
        assert_eq!(query_words("Where is the spam?"), vec!["spam"]);
        assert_eq!(
            query_words("le courrier indésirable"),
            vec!["courrier", "indesirable"]
        );
        assert_eq!(query_words("who"), vec!["who"]);
        assert_eq!(query_words("an AS number"), vec!["as", "number"]);
    }
}
