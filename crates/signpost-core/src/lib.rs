//! Signpost's domain, free of any browser dependency: the data model, loading and checking
//! the curators' files, the embedded catalog, and search.

pub mod address;
pub mod bundle;
pub mod catalog;
#[cfg(feature = "load")]
pub mod check;
pub mod cite;
mod decompose;
pub mod ecosystem;
#[cfg(feature = "load")]
pub mod export;
pub mod flow;
pub mod freshness;
pub mod glossary;
pub mod handout;
pub mod history;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod locales;
pub mod location;
pub mod matrix;
pub mod model;
pub mod national;
pub mod order;
pub mod problem;
pub mod proposal;
pub mod routing;
#[cfg(feature = "load")]
pub mod schema;
pub mod search;
pub mod text;
pub mod translations;

pub use catalog::{Catalog, RecordKind};
pub use search::{IndexBuild, SearchIndex};
