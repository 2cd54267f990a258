//! National sheets in the app: a country's file is fetched the first time a page needs it
//! (a country page, an answer for a known country), never in the first load, and kept for
//! the visit; the service worker keeps it for offline use once fetched. Native builds
//! (pages drawn ahead of time) have every sheet at hand.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use signpost_core::national::{self, Bundle};

use crate::data::Failure;

/// The folder `curate bundle` writes the sheets into; `build.rs` names it after their bytes.
#[cfg(target_family = "wasm")]
const FOLDER: &str = env!("SIGNPOST_NATIONAL_FOLDER");

/// How far the sheets reach, counted when the site was built (`build.rs`).
pub mod coverage {
    include!(concat!(env!("OUT_DIR"), "/national_coverage.rs"));
}

/// Where one country's sheet stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Sheet {
    Loading,
    Ready(&'static Bundle),
    /// The dataset has no sheet for this country.
    Missing,
    Failed(Failure),
}

thread_local! {
    static SHEETS: RefCell<HashMap<String, ArcRwSignal<Sheet>>> = RefCell::new(HashMap::new());
}

/// The sheet of `country` (reactive); asks for it the first time.
pub fn sheet(country: &str) -> Sheet {
    let (signal, new) = SHEETS.with(|sheets| {
        let mut sheets = sheets.borrow_mut();
        match sheets.get(country) {
            Some(signal) => (signal.clone(), false),
            None => {
                let signal = ArcRwSignal::new(Sheet::Loading);
                sheets.insert(country.to_string(), signal.clone());
                (signal, true)
            }
        }
    });
    if new {
        load(country, signal.clone());
    }
    signal.get()
}

/// A sheet from the copy embedded in native builds: drawn ahead of time, a page shows it.
#[cfg(not(target_family = "wasm"))]
fn load(country: &str, signal: ArcRwSignal<Sheet>) {
    static ALL: std::sync::LazyLock<Vec<(String, Vec<u8>)>> = std::sync::LazyLock::new(|| {
        national::unpack_all(include_bytes!(concat!(env!("OUT_DIR"), "/national.bin")))
            .expect("build.rs wrote the national sheets")
    });
    let state = match ALL.iter().find(|(code, _)| code == country) {
        Some((_, bytes)) => match national::decode(bytes) {
            Ok(bundle) => Sheet::Ready(Box::leak(Box::new(bundle))),
            Err(_) => Sheet::Failed(Failure::Unreadable),
        },
        None => Sheet::Missing,
    };
    signal.set(state);
}

#[cfg(target_family = "wasm")]
fn load(country: &str, signal: ArcRwSignal<Sheet>) {
    // Only codes the catalog knows are asked for: an address cannot make the app fetch an
    // arbitrary path.
    if crate::data::catalog().country(country).is_none() {
        signal.set(Sheet::Missing);
        return;
    }
    let url = format!("/{FOLDER}/{country}.bin");
    wasm_bindgen_futures::spawn_local(async move {
        let online = crate::browser::window().is_none_or(|window| window.navigator().on_line());
        let bytes = if online {
            crate::data::fetch_bytes(&url).await
        } else {
            crate::data::cached_bytes(&url).await
        };
        let state = match bytes {
            Ok(bytes) => match national::decode(&bytes) {
                // Leaked once per country: pages hold `&'static` records.
                Ok(bundle) => Sheet::Ready(Box::leak(Box::new(bundle))),
                Err(_) => Sheet::Failed(Failure::Unreadable),
            },
            Err(Failure::Status(404)) => Sheet::Missing,
            Err(failure) => Sheet::Failed(failure),
        };
        signal.set(state);
    });
}
