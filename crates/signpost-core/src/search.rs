//! Search over every record kind: a vocabulary of folded words built at build time, matched
//! against each query word (exactly, by prefix, with typos, or fuzzily), then accumulated per
//! record with field weights and a bonus for whole phrases. Every hit says why it matched.

use std::collections::HashMap;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, RecordKind};
use crate::model::{Country, Issue, Lang, Organisation, Resource, Term};
use crate::text::{fold, words, Query};

/// Whether issue summaries in `lang` are searched. Arabic questions are matched by the
/// issues' Arabic names and aliases; their Arabic summaries are shown only, so they travel in
/// the Arabic language pack rather than in everyone's first load.
pub fn searches_summary_in(lang: Lang) -> bool {
    lang != Lang::Ar
}
/// Which part of a record a key comes from; decides its weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Name,
    Acronym,
    Alias,
    FormerName,
    Expansion,
    Summary,
    /// Not indexed: an organisation lifted beside an issue it acts on (see routing).
    Venue,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Name | Field::Acronym => 1.0,
            Field::Alias | Field::Expansion => 0.9,
            Field::FormerName => 0.8,
            Field::Summary => 0.35,
            Field::Venue => 0.0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Acronym => "acronym",
            Field::Alias => "alias",
            Field::FormerName => "former name",
            Field::Expansion => "expansion",
            Field::Summary => "summary",
            Field::Venue => "venue for",
        }
    }
}

/// How a query word met a record's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchKind {
    Exact,
    Prefix,
    /// Same stem, other ending: "acosan" for "acoso", "promo" for "promotional".
    Stem,
    Typo,
    Fuzzy,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    kind: RecordKind,
    id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Key {
    entry: u32,
    field: Field,
    /// The language of the text, when it is text in a language rather than a proper name.
    lang: Option<Lang>,
    folded: String,
}

/// The search index, built once from the catalog (at build time) and embedded beside it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    keys: Vec<Key>,
    /// Sorted unique folded words, and for each the keys it occurs in.
    vocabulary: Vec<String>,
    postings: Vec<Vec<u32>>,
    /// How telling each word is: 255 for a word of one record, falling towards 0 for a
    /// word many records share ("data", "internet"), so rare words decide the ranking.
    rarity: Vec<u8>,
    /// Which letters each vocabulary word contains, to skip hopeless typo candidates
    /// cheaply. Derived, so not embedded: `prepare` fills it after decoding.
    #[serde(skip)]
    letters: Vec<u32>,
}

/// A bit per letter a–z, and one bit for anything else.
fn letter_mask(word: &str) -> u32 {
    word.bytes().fold(0, |mask, byte| match byte {
        b'a'..=b'z' => mask | 1 << (byte - b'a'),
        _ => mask | 1 << 26,
    })
}

/// The share of a match's score a word's rarity keeps: common words count 40 %.
fn rarity_factor(rarity: u8) -> f32 {
    0.4 + 0.6 * f32::from(rarity) / 255.0
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub field: Field,
    pub query_word: String,
    pub matched: String,
    pub how: MatchKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: RecordKind,
    pub id: String,
    pub score: f32,
    /// True when a whole name, alias or acronym of the record occurs in the query.
    pub phrase: bool,
    pub reasons: Vec<Reason>,
}

impl Hit {
    /// The folded record words that matched, for highlighting.
    pub fn matched_words(&self) -> Vec<&str> {
        self.reasons
            .iter()
            .map(|reason| reason.matched.as_str())
            .collect()
    }
}

fn kind_weight(kind: RecordKind) -> f32 {
    match kind {
        RecordKind::Issue => 1.0,
        RecordKind::Organisation => 0.95,
        RecordKind::Country => 0.9,
        RecordKind::Term => 0.85,
        RecordKind::Resource => 0.7,
    }
}

#[derive(Default)]
struct IndexBuilder {
    index: SearchIndex,
    /// Each folded word and the positions of the keys holding it, filled once every key is in.
    postings: HashMap<String, Vec<u32>>,
}

impl IndexBuilder {
    fn entry(&mut self, kind: RecordKind, id: &str) -> u32 {
        self.index.entries.push(Entry {
            kind,
            id: id.to_string(),
        });
        (self.index.entries.len() - 1) as u32
    }

    fn key(&mut self, entry: u32, field: Field, lang: Option<Lang>, text: &str) {
        let folded = fold(text);
        if folded.is_empty() {
            return;
        }
        let duplicate = self
            .index
            .keys
            .iter()
            .rev()
            .take_while(|key| key.entry == entry)
            .any(|key| key.folded == folded && key.field.weight() >= field.weight());
        if !duplicate {
            self.index.keys.push(Key {
                entry,
                field,
                lang,
                folded,
            });
        }
    }

    /// Files the words of the key at `position`; a word is copied only the first time it is met.
    fn add_postings(&mut self, position: usize) {
        let IndexBuilder { index, postings } = self;
        let position = position as u32;
        for word in words(&index.keys[position as usize].folded) {
            match postings.get_mut(word) {
                Some(list) if list.last() == Some(&position) => {}
                Some(list) => list.push(position),
                None => {
                    postings.insert(word.to_string(), vec![position]);
                }
            }
        }
    }

    fn finish(mut self) -> SearchIndex {
        let mut vocabulary: Vec<(String, Vec<u32>)> = self.postings.into_iter().collect();
        vocabulary.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let entries = self.index.entries.len().max(2) as f32;
        let rarity = vocabulary
            .iter()
            .map(|(_, keys)| {
                let mut owners: Vec<u32> = keys
                    .iter()
                    .map(|&key| self.index.keys[key as usize].entry)
                    .collect();
                owners.dedup();
                let idf = (entries / owners.len() as f32).ln() / entries.ln();
                (idf.clamp(0.0, 1.0) * 255.0).round() as u8
            })
            .collect();
        let (words, lists) = vocabulary.into_iter().unzip();
        self.index.vocabulary = words;
        self.index.postings = lists;
        self.index.rarity = rarity;
        // Summaries and descriptions are reached through the postings only (never as whole
        // phrases), so their text need not be embedded twice.
        for key in &mut self.index.keys {
            if key.field == Field::Summary {
                key.folded = String::new();
            }
        }
        self.index.prepare();
        self.index
    }
}

/// What the index build is doing; each stage goes through its records in order.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Issues,
    Organisations,
    Terms,
    Resources,
    Countries,
    Postings,
    Finish,
}

/// Keys filed per unit of work in the postings stage, so the clock is not read per key.
const POSTINGS_PER_UNIT: usize = 64;

/// Building the index a little at a time, so that a browser can paint and answer input
/// between slices of work; `SearchIndex::build` does it all at once.
pub struct IndexBuild<'a> {
    catalog: &'a Catalog,
    builder: IndexBuilder,
    stage: Stage,
    /// The next record (or, in the postings stage, key) of the stage.
    next: usize,
}

impl<'a> IndexBuild<'a> {
    pub fn new(catalog: &'a Catalog) -> IndexBuild<'a> {
        IndexBuild {
            catalog,
            builder: IndexBuilder::default(),
            stage: Stage::Issues,
            next: 0,
        }
    }

    /// Works one unit (a record, or a run of keys) at a time while `more` says so, asked after
    /// each unit; returns the index once it is complete. The final sorting of the vocabulary
    /// is one unit.
    pub fn step(&mut self, mut more: impl FnMut() -> bool) -> Option<SearchIndex> {
        let catalog = self.catalog;
        loop {
            let builder = &mut self.builder;
            let at = self.next;
            // How many records (or keys) this unit took; none when the stage is over.
            let took = match self.stage {
                Stage::Issues => catalog.issues.get(at).map(|issue| {
                    builder.add_issue(issue);
                    1
                }),
                Stage::Organisations => catalog.organisations.get(at).map(|organisation| {
                    builder.add_organisation(organisation);
                    1
                }),
                Stage::Terms => catalog.terms.get(at).map(|term| {
                    builder.add_term(term);
                    1
                }),
                Stage::Resources => catalog.resources.get(at).map(|resource| {
                    builder.add_resource(resource);
                    1
                }),
                Stage::Countries => catalog.countries.get(at).map(|country| {
                    builder.add_country(country);
                    1
                }),
                Stage::Postings => (at < builder.index.keys.len()).then(|| {
                    let end = (at + POSTINGS_PER_UNIT).min(builder.index.keys.len());
                    (at..end).for_each(|position| builder.add_postings(position));
                    end - at
                }),
                Stage::Finish => return Some(std::mem::take(builder).finish()),
            };
            match took {
                Some(count) => {
                    self.next += count;
                    if !more() {
                        return None;
                    }
                }
                None => {
                    self.stage = match self.stage {
                        Stage::Issues => Stage::Organisations,
                        Stage::Organisations => Stage::Terms,
                        Stage::Terms => Stage::Resources,
                        Stage::Resources => Stage::Countries,
                        Stage::Countries => Stage::Postings,
                        Stage::Postings | Stage::Finish => Stage::Finish,
                    };
                    self.next = 0;
                }
            }
        }
    }
}

impl IndexBuilder {
    fn add_issue(&mut self, issue: &Issue) {
        let entry = self.entry(RecordKind::Issue, &issue.id);
        for (lang, name) in issue.name.versions() {
            self.key(entry, Field::Name, Some(lang), name);
        }
        for (lang, alias) in issue.aliases.all() {
            self.key(entry, Field::Alias, Some(lang), alias);
        }
        for (lang, summary) in issue
            .summary
            .versions()
            .filter(|(lang, _)| searches_summary_in(*lang))
        {
            self.key(entry, Field::Summary, Some(lang), summary);
        }
        // In English only: translated descriptions are shown, not searched (they travel in
        // the language packs, not in the first load); names, aliases and summaries carry a
        // question in the reader's language.
        {
            let (lang, description) = (Lang::En, issue.description.en.as_str());
            self.key(entry, Field::Summary, Some(lang), description);
        }
    }

    fn add_organisation(&mut self, organisation: &Organisation) {
        let entry = self.entry(RecordKind::Organisation, &organisation.id);
        self.key(entry, Field::Name, None, &organisation.name);
        if let Some(acronym) = &organisation.acronym {
            self.key(entry, Field::Acronym, None, acronym);
        }
        for (code, name) in &organisation.names {
            self.key(entry, Field::Name, Lang::from_code(code), name);
        }
        for name in &organisation.former_names {
            self.key(entry, Field::FormerName, None, name);
        }
        self.key(
            entry,
            Field::Summary,
            Some(Lang::En),
            &organisation.summary.en,
        );
    }

    fn add_term(&mut self, term: &Term) {
        let entry = self.entry(RecordKind::Term, &term.id);
        self.key(entry, Field::Acronym, None, &term.term);
        if let Some(expansion) = &term.expansion {
            self.key(entry, Field::Expansion, Some(Lang::En), expansion);
        }
    }

    fn add_resource(&mut self, resource: &Resource) {
        let entry = self.entry(RecordKind::Resource, &resource.id);
        for (lang, title) in resource.title.versions() {
            self.key(entry, Field::Name, Some(lang), title);
        }
    }

    fn add_country(&mut self, country: &Country) {
        let entry = self.entry(RecordKind::Country, &country.code);
        for (_, name) in country.name.versions() {
            self.key(entry, Field::Name, None, name);
        }
        for (_, alias) in country.aliases.all() {
            self.key(entry, Field::Alias, None, alias);
        }
    }
}

impl SearchIndex {
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let mut build = IndexBuild::new(catalog);
        loop {
            if let Some(index) = build.step(|| true) {
                return index;
            }
        }
    }

    /// Computes what is derived rather than embedded. Call after decoding.
    pub fn prepare(&mut self) {
        self.letters = self
            .vocabulary
            .iter()
            .map(|word| letter_mask(word))
            .collect();
    }

    pub fn vocabulary_size(&self) -> usize {
        self.vocabulary.len()
    }

    /// Vocabulary words that start with `prefix`, as a range of positions.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self
            .vocabulary
            .partition_point(|word| word.as_str() < prefix);
        let end = start + self.vocabulary[start..].partition_point(|word| word.starts_with(prefix));
        start..end
    }

    /// Vocabulary words similar to one query word, with a similarity in (0, 1].
    /// `being_typed`: the word is the last of the query, perhaps unfinished, so any
    /// continuation counts; an earlier word only matches its plurals and inflections.
    fn similar_words(
        &self,
        query_word: &str,
        being_typed: bool,
        matcher: &SkimMatcherV2,
    ) -> Vec<(u32, f32, MatchKind)> {
        let mut found = Vec::new();
        let query_len = query_word.chars().count();
        for position in self.prefix_range(query_word) {
            let word = &self.vocabulary[position];
            if word == query_word {
                found.push((position as u32, 1.0, MatchKind::Exact));
            } else if query_len >= 2 {
                let ratio = query_len as f32 / word.chars().count() as f32;
                if being_typed || (query_len >= 4 && is_ending(&word[query_word.len()..])) {
                    found.push((position as u32, 0.55 + 0.35 * ratio, MatchKind::Prefix));
                }
            }
        }
        if query_len < 4 {
            return found;
        }
        // Four letters allow only a swap ("spma" for "spam"); a single different letter
        // there makes another word more often than a typo.
        let short = query_len == 4;
        // Typos rarely hit the first letter; looking only there keeps a keystroke cheap.
        let first: String = query_word.chars().take(1).collect();
        let max_distance = if query_len >= 8 { 2 } else { 1 };
        let query_letters = letter_mask(query_word);
        for position in self.prefix_range(&first) {
            let word = &self.vocabulary[position];
            if word.starts_with(query_word) {
                continue;
            }
            let word_len = word.chars().count();
            if word_len + 2 < query_len || word_len > query_len + 4 {
                continue;
            }
            // In letters, not bytes: an Arabic letter takes two.
            let shared = word
                .chars()
                .zip(query_word.chars())
                .take_while(|(a, b)| a == b)
                .count();
            // The record's word may not run on much further either: "impots" is not
            // "impossible", though both start "impo".
            let same_stem = shared >= 4
                && shared + 2 >= query_len.min(word_len)
                && shared * 2 >= query_len
                && word_len - shared <= (shared / 2).max(3);
            let letters = self.letters[position];
            // Each edit adds or removes at most two letters from the set of letters used.
            let typo_possible = if short {
                letters == query_letters && word_len == query_len
            } else {
                (letters ^ query_letters).count_ones() as usize <= 2 * max_distance
            };
            // A fuzzy (subsequence) match needs every letter of the query in the word.
            let fuzzy_possible = !short && word_len >= query_len && query_letters & !letters == 0;
            if !typo_possible && !fuzzy_possible && !same_stem {
                continue;
            }
            let distance = if typo_possible {
                strsim::osa_distance(query_word, word)
            } else {
                usize::MAX
            };
            if distance <= max_distance {
                let similarity = if distance == 1 { 0.8 } else { 0.65 };
                found.push((position as u32, similarity, MatchKind::Typo));
            } else if same_stem {
                found.push((position as u32, 0.6, MatchKind::Stem));
            } else if fuzzy_possible
                && matcher
                    .fuzzy_match(word, query_word)
                    .is_some_and(|score| score >= 16 * query_len as i64)
            {
                found.push((position as u32, 0.5, MatchKind::Fuzzy));
            }
        }
        found
    }

    /// Ranks records for `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        // Fold once: the words, the language guess and the phrase check share it.
        let Query {
            folded,
            words: query_words,
            lang: query_lang,
        } = Query::new(query);
        if query_words.is_empty() || query_words.len() > 64 {
            return Vec::new();
        }
        let width = query_words.len();
        let folded_query = format!(" {folded} ");
        let matcher = SkimMatcherV2::default();

        // One row of slots per candidate entry, one slot per query word: the best match so
        // far. Strings for the reasons are made only for the hits finally returned.
        let mut rows: HashMap<u32, usize> = HashMap::new();
        let mut slots: Vec<Slot> = Vec::new();
        let last = width - 1;
        let typing = !query.ends_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
        for (word_position, query_word) in query_words.iter().enumerate() {
            let being_typed = typing && word_position == last;
            for (vocab, similarity, how) in self.similar_words(query_word, being_typed, &matcher) {
                let rarity = rarity_factor(self.rarity[vocab as usize]);
                for &key_position in &self.postings[vocab as usize] {
                    let key = &self.keys[key_position as usize];
                    let mut score = similarity * key.field.weight() * rarity;
                    // A near miss in another language than the question's is likely chance;
                    // with no clue to the language, English (the data's first) wins ties. A
                    // whole word the reader finished typing does not reach into a longer word
                    // of another language: a French "former" (to train) is not "formerly".
                    if how != MatchKind::Exact && key.lang.is_some() && key.lang != query_lang {
                        if query_lang.is_some() && how == MatchKind::Prefix && !being_typed {
                            continue;
                        }
                        score *= match query_lang {
                            Some(_) => 0.5,
                            None if key.lang == Some(Lang::En) => 1.0,
                            None => 0.95,
                        };
                    }
                    let row = *rows.entry(key.entry).or_insert_with(|| {
                        slots.extend(std::iter::repeat_n(Slot::EMPTY, width));
                        slots.len() / width - 1
                    });
                    let slot = &mut slots[row * width + word_position];
                    if score > slot.score {
                        *slot = Slot {
                            score,
                            field: key.field,
                            vocab,
                            how,
                        };
                    }
                }
            }
        }

        let mut ranked: Vec<(u32, usize, f32, bool)> = rows
            .into_iter()
            .map(|(entry, row)| {
                let mut score: f32 = slots[row * width..(row + 1) * width]
                    .iter()
                    .map(|slot| slot.score)
                    .sum();
                let phrase_words = self.phrase_in_query(entry, &folded_query);
                // A whole phrase says more than its words one by one, the longer the more.
                score += (0.4 * phrase_words as f32).min(1.2);
                let phrase = phrase_words > 0;
                let kind = self.entries[entry as usize].kind;
                (entry, row, score * kind_weight(kind), phrase)
            })
            .collect();
        crate::order::sort_by(&mut ranked, |a, b| {
            let (first, second) = (&self.entries[a.0 as usize], &self.entries[b.0 as usize]);
            b.2.total_cmp(&a.2)
                .then(first.kind.cmp(&second.kind))
                .then(first.id.cmp(&second.id))
        });
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(entry, row, score, phrase)| {
                let record = &self.entries[entry as usize];
                let reasons = slots[row * width..(row + 1) * width]
                    .iter()
                    .zip(&query_words)
                    .filter(|(slot, _)| slot.score > 0.0)
                    .map(|(slot, query_word)| Reason {
                        field: slot.field,
                        query_word: query_word.clone(),
                        matched: self.vocabulary[slot.vocab as usize].clone(),
                        how: slot.how,
                    })
                    .collect();
                Hit {
                    kind: record.kind,
                    id: record.id.clone(),
                    score,
                    phrase,
                    reasons,
                }
            })
            .collect()
    }

    /// The country whose name or adjective (in any language) occurs as whole words in the
    /// question; the longest wins ("Equatorial Guinea" over "Guinea"). An adjective inside
    /// a regional phrase ("Latin American", "Indian Ocean") or naming a language ("in
    /// French", "en español") does not count.
    pub fn country_named_in(&self, question: &str) -> Option<&str> {
        let folded_query = format!(" {} ", fold(question));
        let blocked: Vec<(usize, usize)> = REGIONAL_PHRASES
            .iter()
            .flat_map(|phrase| {
                folded_query
                    .match_indices(phrase)
                    .map(|(at, found)| (at, at + found.len()))
                    .collect::<Vec<_>>()
            })
            .collect();
        self.keys
            .iter()
            .filter(|key| {
                key.folded.len() >= 4
                    && self.entries[key.entry as usize].kind == RecordKind::Country
            })
            .filter(|key| {
                phrase_positions(&folded_query, &key.folded).any(|at| {
                    let end = at + key.folded.len();
                    let in_region = blocked.iter().any(|&(from, to)| at < to && from < end);
                    let before = folded_query[..at].trim_end();
                    let names_language = key.field == Field::Alias
                        && LANGUAGE_NAMES.contains(&key.folded.as_str())
                        && LANGUAGE_MARKERS
                            .iter()
                            .any(|marker| before.ends_with(&format!(" {marker}")));
                    !in_region && !names_language
                })
            })
            .max_by_key(|key| key.folded.len())
            .map(|key| self.entries[key.entry as usize].id.as_str())
    }

    /// How many words the longest name, acronym or alias of the entry found whole in the
    /// query has: 0 when none is.
    fn phrase_in_query(&self, entry: u32, folded_query: &str) -> usize {
        let start = self.keys.partition_point(|key| key.entry < entry);
        self.keys[start..]
            .iter()
            .take_while(|key| key.entry == entry)
            .filter(|key| key.field != Field::Summary && key.folded.len() >= 3)
            .filter(|key| contains_phrase(folded_query, &key.folded))
            .map(|key| words(&key.folded).count())
            .max()
            .unwrap_or(0)
    }
}

/// Whether `rest`, what a record's word adds after a whole query word, is an ending that
/// keeps its meaning: a plural, a conjugation, a gender or a common derivation in English,
/// French, Spanish or Portuguese ("attack" -> "attacks", "protect" -> "protection",
/// "numérique" -> "numériques"), rather than another word ("count" -> "country").
fn is_ending(rest: &str) -> bool {
    ENDINGS.contains(&rest)
}

/// Folded endings, one list for the four languages written in Latin letters.
#[rustfmt::skip]
const ENDINGS: &[&str] = &[
    // Plurals, genders, verb forms.
    "s", "es", "e", "x", "a", "as", "o", "os", "d", "ed", "ing", "ings", "er", "ers", "ee", "ees",
    "ez", "ent", "ant", "ants", "ante", "antes", "ado", "ada", "ados", "adas", "ido", "ida",
    "idos", "idas", "ar", "ir", "ies", "ied", "ly",
    // Derivations that keep the sense: the act, the quality, the adjective.
    "ion", "ions", "tion", "tions", "ation", "ations", "ment", "ments", "al", "ally", "ity",
    "ive", "ives", "ic", "ics", "cion", "ciones", "cao", "coes", "mente", "ique", "iques",
];

/// The best match of one query word in one entry, while ranking.
#[derive(Clone, Copy)]
struct Slot {
    score: f32,
    field: Field,
    vocab: u32,
    how: MatchKind,
}

impl Slot {
    const EMPTY: Slot = Slot {
        score: 0.0,
        field: Field::Summary,
        vocab: 0,
        how: MatchKind::Exact,
    };
}

/// Where `phrase` occurs as whole words in `padded`, a folded text with a space at each end.
fn phrase_positions<'a>(padded: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = padded.as_bytes();
    padded
        .match_indices(phrase)
        .map(|(at, _)| at)
        .filter(move |&at| {
            at > 0 && bytes[at - 1] == b' ' && bytes.get(at + phrase.len()) == Some(&b' ')
        })
}

fn contains_phrase(padded: &str, phrase: &str) -> bool {
    phrase_positions(padded, phrase).next().is_some()
}

/// Folded phrases naming regions with a country's adjective inside.
const REGIONAL_PHRASES: &[&str] = &[
    "latin america",
    "north america",
    "south america",
    "central america",
    "african american",
    "ibero america",
    "iberoameric",
    "inter america",
    "pan america",
    "indian ocean",
    "ocean indien",
    "oceano indico",
    "arab states",
    "etats arabes",
    "estados arabes",
    "latinoameric",
    "sudameric",
    "norteameric",
    "centroameric",
];

/// Country adjectives that also name a language, folded: only these can be a language after
/// a marker, so "au Burkina" or "em Moçambique" (names kept as aliases) still name a country.
#[rustfmt::skip]
const LANGUAGE_NAMES: &[&str] = &[
    "french", "francais", "francaise", "frances", "francesa",
    "spanish", "espagnol", "espagnole", "espanol", "espanola", "espanhol", "espanhola",
    "portuguese", "portugais", "portugaise", "portugues", "portuguesa",
    "german", "allemand", "allemande", "aleman", "alemana", "alemao", "alema",
    "italian", "italien", "italienne", "italiano", "italiana",
    "dutch", "neerlandais", "neerlandaise", "neerlandes", "neerlandesa", "holandes", "holandesa",
    "russian", "russe", "ruso", "rusa", "russo", "russa",
    "chinese", "chinois", "chinoise", "chino", "chines", "chinesa",
    "japanese", "japonais", "japonaise", "japones", "japonesa",
    "turkish", "turc", "turque", "turco", "turca",
    "greek", "grec", "grecque", "griego", "griega", "grego", "grega",
    "danish", "danois", "danoise", "danes", "danesa",
    "swedish", "suedois", "suedoise", "sueco", "sueca",
    "thai", "vietnamese", "vietnamien", "vietnamienne", "vietnamita",
    "indonesian", "indonesien", "indonesienne", "indonesio",
];

/// Words before a language adjective that make it a language: "in French", "en español".
const LANGUAGE_MARKERS: &[&str] = &[
    "in", "en", "em", "into", "to", "from", "au", "lengua", "lingua", "langue",
];

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        SearchIndex::build(&crate::load::load(&data).catalog)
    }

    #[test]
    fn an_index_built_a_unit_at_a_time_is_the_one_built_at_once() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let catalog = crate::load::load(&data).catalog;
        let mut build = IndexBuild::new(&catalog);
        let mut calls = 0;
        let sliced = loop {
            calls += 1;
            if let Some(index) = build.step(|| false) {
                break index;
            }
        };
        let records = catalog.issues.len()
            + catalog.organisations.len()
            + catalog.terms.len()
            + catalog.resources.len()
            + catalog.countries.len();
        assert!(calls > records, "{calls} slices for {records} records");
        assert_eq!(
            postcard::to_allocvec(&sliced).unwrap(),
            postcard::to_allocvec(&SearchIndex::build(&catalog)).unwrap()
        );
        // Every word of every key is filed under that key (summaries keep only their postings).
        assert!(sliced.keys.len() > POSTINGS_PER_UNIT * 10);
        for (position, key) in sliced.keys.iter().enumerate() {
            for word in words(&key.folded) {
                let filed = sliced
                    .vocabulary
                    .binary_search_by(|known| known.as_str().cmp(word))
                    .map(|at| sliced.postings[at].contains(&(position as u32)));
                assert_eq!(filed, Ok(true), "{word:?} of key {position}");
            }
        }
    }

    /// The vocabulary words an earlier (finished) query word meets, and how.
    fn met(index: &SearchIndex, query_word: &str) -> Vec<(String, MatchKind)> {
        index
            .similar_words(query_word, false, &SkimMatcherV2::default())
            .into_iter()
            .map(|(position, _, how)| (index.vocabulary[position as usize].clone(), how))
            .collect()
    }

    #[test]
    fn a_finished_word_meets_its_endings_not_longer_words() {
        let index = index();
        let met_word = |query: &str, word: &str| met(&index, query).iter().any(|(w, _)| w == word);
        assert!(met_word("attack", "attacks"));
        assert!(met_word("protect", "protection"));
        assert!(met_word("numerique", "numeriques"));
        assert!(!met_word("count", "country"));
        assert!(!met_word("promo", "promote"));
        // Same stem, other ending; but not a word that only starts alike.
        assert!(met_word("cybersquatted", "cybersquatting"));
        assert!(!met_word("impots", "impossible"));
    }

    #[test]
    fn a_country_alias_after_a_preposition_is_a_country_unless_it_names_a_language() {
        let index = index();
        for (question, country) in [
            ("un fournisseur d'accès au Burkina", Some("BF")),
            ("rede da universidade em Moçambique", Some("MZ")),
            ("an ISP in Ivory Coast", Some("CI")),
            ("guides in French", None),
            ("guías en español", None),
            ("um guia em português", None),
        ] {
            assert_eq!(index.country_named_in(question), country, "{question}");
        }
    }
}
