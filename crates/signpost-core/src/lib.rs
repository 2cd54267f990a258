//! Signpost's domain, free of any browser dependency: the data model, loading and checking
//! the curators' files, the embedded catalog, and search.

pub mod catalog;
#[cfg(feature = "load")]
pub mod check;
#[cfg(feature = "load")]
pub mod export;
pub mod flow;
pub mod glossary;
#[cfg(feature = "load")]
pub mod load;
pub mod location;
pub mod model;
pub mod problem;
pub mod proposal;
pub mod routing;
#[cfg(feature = "load")]
pub mod schema;
pub mod search;
pub mod text;

pub use catalog::{Catalog, RecordKind};
pub use search::SearchIndex;

/// The catalog and its search index as embedded in the app.
pub struct Embedded {
    pub catalog: Catalog,
    pub index: SearchIndex,
}

impl Embedded {
    /// Serialises both for embedding (build time).
    pub fn encode(catalog: &Catalog, index: &SearchIndex) -> Vec<u8> {
        postcard::to_allocvec(&(catalog, index)).expect("the catalog always serialises")
    }

    /// Reads what `encode` wrote (start-up).
    pub fn decode(bytes: &[u8]) -> Result<Embedded, postcard::Error> {
        let (mut catalog, mut index): (Catalog, SearchIndex) = postcard::from_bytes(bytes)?;
        catalog.build_lookup();
        index.prepare();
        Ok(Embedded { catalog, index })
    }
}
