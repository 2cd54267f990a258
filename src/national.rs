//! National sheets in the app: a country's file is fetched the first time a page needs it
//! (a country page, an answer for a known country), never in the first load, and kept for
//! the visit; the service worker keeps it for offline use once fetched.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use signpost_core::model::Country;
#[cfg(target_family = "wasm")]
use signpost_core::national;
use signpost_core::national::Bundle;

use crate::data::Failure;

/// The folder `curate bundle` writes the sheets into; `build.rs` names it after their bytes.
#[cfg(target_family = "wasm")]
const FOLDER: &str = env!("SIGNPOST_NATIONAL_FOLDER");

/// How far the sheets reach, counted when the site was built (`build.rs`).
pub mod coverage {
    include!(concat!(env!("OUT_DIR"), "/national_coverage.rs"));
}

/// Where one country's sheet stands. (Natively it only ever stands on its way.)
#[cfg_attr(not(target_family = "wasm"), allow(dead_code))]
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

/// The organisations `country` takes part in by treaty (`Bundle::treaty_bodies`), once its
/// sheet is here (reactive); none before, or without a country.
pub fn treaty_bodies(country: Option<&Country>) -> Vec<&'static str> {
    match country.map(|country| sheet(&country.code)) {
        Some(Sheet::Ready(bundle)) => bundle.treaty_bodies(),
        _ => Vec::new(),
    }
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

/// Natively (pages drawn ahead of time) the sheet is on its way, as the browser first draws
/// the page: the app then draws the same page in the same place, and fills the sheet in.
#[cfg(not(target_family = "wasm"))]
fn load(_country: &str, _signal: ArcRwSignal<Sheet>) {}

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
