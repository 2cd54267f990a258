//! The catalog and search index embedded at build time (see `build.rs`), decoded once.

use std::sync::LazyLock;

use signpost_core::{Catalog, Embedded, SearchIndex};

static EMBEDDED: LazyLock<Result<Embedded, String>> = LazyLock::new(|| {
    Embedded::decode(include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin")))
        .map_err(|error| error.to_string())
});

/// Decodes the embedded data, or says why it could not be read.
pub fn load() -> Result<(), String> {
    EMBEDDED.as_ref().map(|_| ()).map_err(Clone::clone)
}

fn embedded() -> &'static Embedded {
    // `App` calls `load` before rendering any page, so this is only reached on success.
    EMBEDDED
        .as_ref()
        .expect("the embedded catalog was checked at start-up")
}

pub fn catalog() -> &'static Catalog {
    &embedded().catalog
}

pub fn index() -> &'static SearchIndex {
    &embedded().index
}
