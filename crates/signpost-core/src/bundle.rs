//! The dataset as the app ships it, in two parts so the first visit stays small:
//!
//! - the **light catalog**, embedded in the Wasm: every record with what search, routing and
//!   answers need (names, aliases, summaries, descriptions, roles with their instruments,
//!   ways to engage, countries' bodies, the guided questions);
//! - the **details**, a separate file fetched when a page shows them (sources, views, status
//!   notes, file provenance): with the light catalog they make the full one. Its name carries a hash of its bytes, so a cached copy is never mistaken for
//!   a newer one.
//! - a **language pack** per interface language other than English, fetched when a reader
//!   picks it: the interface's texts and the data text only shown, never searched, in that
//!   language (issue descriptions, organisation summaries, definitions, ways to engage, the guided questions...). The light catalog
//!   keeps that text in English only, so a reader pays for one language, not four.
//!
//! The search index is not shipped at all: it is rebuilt from the light catalog at start-up,
//! which costs less than downloading it.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::model::{Lang, LocalText, Provenance, Source, View};

/// The catalog without what only detail pages show, and with shown-only text in English
/// only. Records keep their order and ids, so positions and search results are the same on
/// both catalogs.
pub fn light(catalog: &Catalog) -> Catalog {
    let mut light = catalog.clone();
    take_details(&mut light);
    for lang in Lang::ALL {
        for text in shown_only_texts(&mut light, lang) {
            if let Some(translation) = text.translation_mut(lang) {
                *translation = None;
            }
        }
    }
    light
}

/// What only detail pages show: the file fetched when a page first needs it. With the light
/// catalog (`apply_details`) it makes the full one, so nothing travels twice.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Details {
    issues: Vec<IssueDetails>,
    organisations: Vec<OrganisationDetails>,
    resource_sources: Vec<Vec<Source>>,
    glossary_about: Provenance,
    regions_about: Provenance,
    countries_about: Vec<Provenance>,
    country_file: Vec<u8>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IssueDetails {
    sources: Vec<Source>,
    home_sources: Vec<Source>,
    views: Vec<View>,
    /// One per role link, in order.
    role_sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct OrganisationDetails {
    sources: Vec<Source>,
    status_note: Option<LocalText>,
}

/// The details of the full catalog.
pub fn details(catalog: &Catalog) -> Details {
    take_details(&mut catalog.clone())
}

/// Moves the details out of a catalog, leaving it light.
fn take_details(catalog: &mut Catalog) -> Details {
    use std::mem::take;
    Details {
        issues: catalog
            .issues
            .iter_mut()
            .map(|issue| IssueDetails {
                sources: take(&mut issue.sources),
                home_sources: take(&mut issue.home.sources),
                views: take(&mut issue.home.views),
                role_sources: issue
                    .roles
                    .iter_mut()
                    .map(|link| take(&mut link.source))
                    .collect(),
            })
            .collect(),
        organisations: catalog
            .organisations
            .iter_mut()
            .map(|organisation| OrganisationDetails {
                sources: take(&mut organisation.sources),
                status_note: organisation.status_note.take(),
            })
            .collect(),
        resource_sources: catalog
            .resources
            .iter_mut()
            .map(|resource| take(&mut resource.sources))
            .collect(),
        glossary_about: take(&mut catalog.glossary_about),
        regions_about: take(&mut catalog.regions_about),
        countries_about: take(&mut catalog.countries_about),
        country_file: take(&mut catalog.country_file),
    }
}

/// Puts details back into a catalog made by `light` from the same data.
pub fn apply_details(catalog: &mut Catalog, details: Details) -> Result<(), PackMismatch> {
    let mismatch = |expected: usize, found: usize| PackMismatch { expected, found };
    if catalog.issues.len() != details.issues.len() {
        return Err(mismatch(catalog.issues.len(), details.issues.len()));
    }
    if catalog.organisations.len() != details.organisations.len() {
        return Err(mismatch(
            catalog.organisations.len(),
            details.organisations.len(),
        ));
    }
    if catalog.resources.len() != details.resource_sources.len() {
        return Err(mismatch(
            catalog.resources.len(),
            details.resource_sources.len(),
        ));
    }
    for (issue, more) in catalog.issues.iter().zip(&details.issues) {
        if issue.roles.len() != more.role_sources.len() {
            return Err(mismatch(issue.roles.len(), more.role_sources.len()));
        }
    }
    for (issue, more) in catalog.issues.iter_mut().zip(details.issues) {
        issue.sources = more.sources;
        issue.home.sources = more.home_sources;
        issue.home.views = more.views;
        for (link, source) in issue.roles.iter_mut().zip(more.role_sources) {
            link.source = source;
        }
    }
    for (organisation, more) in catalog.organisations.iter_mut().zip(details.organisations) {
        organisation.sources = more.sources;
        organisation.status_note = more.status_note;
    }
    for (resource, sources) in catalog.resources.iter_mut().zip(details.resource_sources) {
        resource.sources = sources;
    }
    catalog.glossary_about = details.glossary_about;
    catalog.regions_about = details.regions_about;
    catalog.countries_about = details.countries_about;
    catalog.country_file = details.country_file;
    Ok(())
}

pub fn encode_details(details: &Details) -> Vec<u8> {
    postcard::to_allocvec(details).expect("details always serialise")
}

pub fn decode_details(bytes: &[u8]) -> Result<Details, postcard::Error> {
    postcard::from_bytes(bytes)
}

pub fn encode(catalog: &Catalog) -> Vec<u8> {
    postcard::to_allocvec(catalog).expect("the catalog always serialises")
}

/// Reads what `encode` wrote and prepares its look-ups.
pub fn decode(bytes: &[u8]) -> Result<Catalog, postcard::Error> {
    let mut catalog: Catalog = postcard::from_bytes(bytes)?;
    catalog.build_lookup();
    Ok(catalog)
}

/// A fetched file as written beside the app: gzip, which the browser undoes itself
/// (`DecompressionStream`), so the file travels compressed even from a host that would send
/// `.bin` files as they are.
#[cfg(feature = "load")]
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to memory does not fail");
    encoder.finish().expect("writing to memory does not fail")
}

/// The file name of the encoded details: `signpost-details-<hash>.bin`.
pub fn details_file_name(details: &[u8]) -> String {
    format!("signpost-details-{:016x}.bin", content_hash(details))
}

/// The file name of an encoded language pack: `signpost-<language>-<hash>.bin`.
pub fn pack_file_name(lang: Lang, pack: &[u8]) -> String {
    format!("signpost-{}-{:016x}.bin", lang.code(), content_hash(pack))
}

/// 64-bit FNV-1a: enough to tell versions of a file apart; not a security measure.
pub(crate) fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// What one language adds to the light catalog and the English interface.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguagePack {
    pub lang: Lang,
    /// The interface's texts, as `locales::texts` joins them.
    pub interface: String,
    /// The translations of `shown_only_texts` in this language, in its order (`None`: not
    /// translated).
    texts: Vec<Option<String>>,
    /// The data texts (`translations::DataText::at`) whose translation into this language a
    /// person fluent in it has reviewed: the others are marked on the page.
    pub reviewed: Vec<String>,
}

/// The pack for `lang`, from the full catalog, the interface texts in that language and the
/// data texts whose translation has been reviewed.
pub fn language_pack(
    catalog: &Catalog,
    lang: Lang,
    interface: String,
    reviewed: Vec<String>,
) -> LanguagePack {
    let mut copy = catalog.clone();
    let texts = shown_only_texts(&mut copy, lang)
        .into_iter()
        .map(|text| {
            text.exact(lang)
                .filter(|_| lang != Lang::En)
                .map(str::to_string)
        })
        .collect();
    LanguagePack {
        lang,
        interface,
        texts,
        reviewed,
    }
}

pub fn encode_pack(pack: &LanguagePack) -> Vec<u8> {
    postcard::to_allocvec(pack).expect("a language pack always serialises")
}

pub fn decode_pack(bytes: &[u8]) -> Result<LanguagePack, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// Why a pack or the details do not fit a catalog: made from other data (another build).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackMismatch {
    pub expected: usize,
    pub found: usize,
}

/// Puts a pack's translations back into a catalog made by `light` from the same data.
pub fn apply_pack(catalog: &mut Catalog, pack: &LanguagePack) -> Result<(), PackMismatch> {
    let texts = shown_only_texts(catalog, pack.lang);
    if texts.len() != pack.texts.len() {
        return Err(PackMismatch {
            expected: texts.len(),
            found: pack.texts.len(),
        });
    }
    for (text, translation) in texts.into_iter().zip(&pack.texts) {
        if let Some(slot) = text.translation_mut(pack.lang) {
            slot.clone_from(translation);
        }
    }
    Ok(())
}

/// The data text pages show but search never reads in `lang` (the index test below holds us
/// to it), in a fixed order: only these may leave the light catalog for language packs.
fn shown_only_texts(catalog: &mut Catalog, lang: Lang) -> Vec<&mut LocalText> {
    let mut texts = Vec::new();
    for issue in &mut catalog.issues {
        if !crate::search::searches_summary_in(lang) {
            texts.push(&mut issue.summary);
        }
        texts.push(&mut issue.description);
        texts.extend(issue.home.why.as_mut());
    }
    for organisation in &mut catalog.organisations {
        texts.push(&mut organisation.summary);
        texts.extend(organisation.engage.iter_mut().map(|way| &mut way.label));
    }
    for resource in &mut catalog.resources {
        texts.extend(resource.summary.as_mut());
    }
    for term in &mut catalog.terms {
        texts.push(&mut term.definition);
    }
    for region in &mut catalog.regions {
        texts.push(&mut region.name);
    }
    for question in &mut catalog.questions {
        texts.push(&mut question.text);
        texts.extend(question.help.as_mut());
        texts.extend(question.options.iter_mut().map(|choice| &mut choice.label));
    }
    texts
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;
    use crate::search::SearchIndex;

    fn dataset() -> Catalog {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        crate::load::load(&data).catalog
    }

    #[test]
    fn the_light_catalog_indexes_and_routes_like_the_full_one() {
        let full = dataset();
        let light = decode(&encode(&light(&full))).unwrap();
        let full_index = SearchIndex::build(&full);
        let light_index = SearchIndex::build(&light);
        assert_eq!(
            postcard::to_allocvec(&full_index).unwrap(),
            postcard::to_allocvec(&light_index).unwrap(),
            "the index must only read fields the light catalog keeps"
        );
        for question in [
            "spam",
            "who decides on IPv6 addresses in Senegal",
            "cyberharcèlement",
        ] {
            for country in [None, Some("SN")] {
                let on_full = full.route(&full_index, question, country, 10);
                let on_light = light.route(&light_index, question, country, 10);
                assert_eq!(
                    on_full.leading_ids(10),
                    on_light.leading_ids(10),
                    "{question}"
                );
            }
        }
    }

    #[test]
    fn the_light_catalog_drops_details_only() {
        let full = dataset();
        let light = light(&full);
        assert!(light.issues.iter().all(|issue| issue.sources.is_empty()));
        assert_eq!(light.questions.len(), full.questions.len());
        assert!(full.questions[0].text.fr.is_some() && light.questions[0].text.fr.is_none());
        assert_eq!(light.issues.len(), full.issues.len());
        // Descriptions are shown in the reader's language, searched in English: the light
        // catalog keeps the English, the packs carry the rest.
        assert_eq!(
            light.issues[0].description.en,
            full.issues[0].description.en
        );
        assert!(
            full.issues[0].description.fr.is_some() && light.issues[0].description.fr.is_none()
        );
        assert!(encode(&light).len() < encode(&full).len() * 9 / 10);
    }

    #[test]
    fn light_catalog_details_and_packs_give_back_the_full_catalog() {
        let full = dataset();
        let mut rebuilt = light(&full);
        assert!(
            full.organisations[0].summary.fr.is_some(),
            "a French summary to move"
        );
        assert_eq!(rebuilt.organisations[0].summary.fr, None);
        assert!(rebuilt.issues[0].sources.is_empty());
        let details = decode_details(&encode_details(&details(&full))).unwrap();
        apply_details(&mut rebuilt, details).unwrap();
        for lang in [Lang::Fr, Lang::Es, Lang::Pt, Lang::Ar] {
            let pack = decode_pack(&encode_pack(&language_pack(
                &full,
                lang,
                String::new(),
                Vec::new(),
            )))
            .unwrap();
            apply_pack(&mut rebuilt, &pack).unwrap();
        }
        assert!(
            encode(&rebuilt) == encode(&full),
            "nothing lost, nothing out of place"
        );
        assert!(encode_details(&super::details(&full)).len() < encode(&full).len() / 2);
    }

    #[test]
    fn a_pack_or_details_from_other_data_are_refused() {
        let full = dataset();
        let pack = language_pack(&full, Lang::Fr, String::new(), Vec::new());
        let mut fewer = light(&full);
        fewer.terms.pop();
        assert!(apply_pack(&mut fewer, &pack).is_err());
        let mut fewer = light(&full);
        fewer.issues[0].roles.pop();
        assert!(apply_details(&mut fewer, details(&full)).is_err());
    }

    #[test]
    fn fetched_files_are_gzip_of_the_encoding() {
        use std::io::Read;
        let bytes = encode(&light(&dataset()));
        let compressed = compress(&bytes);
        assert!(compressed.len() < bytes.len() / 2);
        let mut restored = Vec::new();
        flate2::read::GzDecoder::new(compressed.as_slice())
            .read_to_end(&mut restored)
            .unwrap();
        assert_eq!(restored, bytes);
        assert_eq!(compress(&bytes), compressed, "the same bytes every build");
    }

    #[test]
    fn the_details_file_name_follows_the_bytes() {
        assert_eq!(details_file_name(b"a"), details_file_name(b"a"));
        assert_ne!(details_file_name(b"a"), details_file_name(b"b"));
        assert!(details_file_name(b"").starts_with("signpost-details-"));
        assert!(pack_file_name(Lang::Fr, b"").starts_with("signpost-fr-"));
        assert_ne!(
            pack_file_name(Lang::Fr, b"a"),
            pack_file_name(Lang::Fr, b"b")
        );
    }
}
