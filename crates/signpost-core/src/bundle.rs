//! The dataset as the app ships it, in two parts so the first visit stays small:
//!
//! - the **light catalog**, embedded in the Wasm: every record with what search, routing and
//!   answers need (names, aliases, summaries, descriptions, roles with their instruments,
//!   ways to engage, countries' bodies);
//! - the **full catalog**, a separate file fetched when a page shows details (sources,
//!   views, status notes, the guided questions, file provenance). Its name
//!   carries a hash of its bytes, so a cached copy is never mistaken for a newer one.
//!
//! The search index is not shipped at all: it is rebuilt from the light catalog at start-up,
//! which costs less than downloading it.

use crate::catalog::Catalog;
use crate::model::Source;

/// The catalog without what only detail pages show. Records keep their order and ids, so
/// positions and search results are the same on both catalogs.
pub fn light(catalog: &Catalog) -> Catalog {
    let mut light = catalog.clone();
    for issue in &mut light.issues {
        issue.sources.clear();
        issue.home.sources.clear();
        issue.home.views.clear();
        for link in &mut issue.roles {
            link.source = Source {
                title: String::new(),
                url: String::new(),
            };
        }
    }
    for organisation in &mut light.organisations {
        organisation.sources.clear();
        organisation.status_note = None;
    }
    for resource in &mut light.resources {
        resource.sources.clear();
    }
    light.questions.clear();
    light.glossary_about = Default::default();
    light.regions_about = Default::default();
    light.countries_about.clear();
    light.country_file.clear();
    light
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

/// The file name of the encoded full catalog: `signpost-details-<hash>.bin`, the hash being
/// 64-bit FNV-1a of its bytes (enough to tell versions apart; not a security measure).
pub fn details_file_name(full: &[u8]) -> String {
    let hash = full.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("signpost-details-{hash:016x}.bin")
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
        assert!(light.questions.is_empty());
        assert_eq!(light.issues.len(), full.issues.len());
        assert_eq!(light.issues[0].description, full.issues[0].description);
        assert!(encode(&light).len() < encode(&full).len() * 9 / 10);
    }

    #[test]
    fn the_details_file_name_follows_the_bytes() {
        assert_eq!(details_file_name(b"a"), details_file_name(b"a"));
        assert_ne!(details_file_name(b"a"), details_file_name(b"b"));
        assert!(details_file_name(b"").starts_with("signpost-details-"));
    }
}
