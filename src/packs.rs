//! Language packs: the interface and the shown-only data text of each language but English,
//! fetched the first time a reader picks it (see `signpost_core::bundle`), so nobody
//! downloads four languages to read one. English is built in and is what a page shows
//! until its language has arrived.

use std::cell::Cell;
use std::sync::OnceLock;

use leptos::prelude::*;
use signpost_core::bundle;

use crate::data::{self, Failure};
use crate::i18n::{Locale, Strings, PACK_FILES};

/// Where a language's pack stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pack {
    NotAsked,
    Loading,
    Ready,
    Failed(Failure),
}

/// Installed interfaces, by `Locale as usize`; set once, never replaced.
static INTERFACES: [OnceLock<Strings>; 4] = [const { OnceLock::new() }; 4];
/// The data texts whose translation a fluent person has reviewed, by `Locale as usize`.
static REVIEWED: [OnceLock<Vec<String>>; 4] = [const { OnceLock::new() }; 4];

/// The data texts (`file#field`) whose translation into `locale` a person fluent in it has
/// reviewed; empty until its pack is installed.
pub fn reviewed(locale: Locale) -> &'static [String] {
    REVIEWED[locale as usize].get().map_or(&[], Vec::as_slice)
}

thread_local! {
    static STATES: [ArcRwSignal<Pack>; 4] = std::array::from_fn(|_| ArcRwSignal::new(Pack::NotAsked));
    /// Set while a pack is being fetched: many views ask in the same pass, one fetch answers.
    static IN_FLIGHT: [Cell<bool>; 4] = const { [const { Cell::new(false) }; 4] };
}

fn signal(locale: Locale) -> ArcRwSignal<Pack> {
    STATES.with(|states| states[locale as usize].clone())
}

/// The interface of `locale` once its pack is installed (English is never in a pack).
pub fn strings(locale: Locale) -> Option<&'static Strings> {
    INTERFACES[locale as usize].get()
}

/// Whether `locale` can be shown (reactive); asks for its pack the first time.
pub fn state(locale: Locale) -> Pack {
    if locale == Locale::En || strings(locale).is_some() {
        return Pack::Ready;
    }
    let state = signal(locale).get();
    if state == Pack::NotAsked {
        request(locale);
    }
    state
}

/// Fetches a pack in the background (again, after a failure); views follow `state`.
pub fn request(locale: Locale) {
    if IN_FLIGHT.with(|flags| flags[locale as usize].replace(true)) {
        return;
    }
    let signal = signal(locale);
    // Set outside the reactive pass that asked, so no view writes what it is reading.
    queue_microtask({
        let signal = signal.clone();
        move || signal.set(Pack::Loading)
    });
    wasm_bindgen_futures::spawn_local(async move {
        let _ = load(locale).await;
    });
}

/// Fetches and installs the pack of `locale`; `start` awaits it before drawing a page that
/// opens in that language, so the page does not flash English first.
pub async fn load(locale: Locale) -> Result<(), Failure> {
    IN_FLIGHT.with(|flags| flags[locale as usize].set(true));
    let signal = signal(locale);
    let outcome = match PACK_FILES.iter().find(|(code, _)| *code == locale.code()) {
        Some((_, file)) => match data::fetch_bytes(&format!("/{file}")).await {
            Ok(bytes) => install(locale, &bytes),
            Err(failure) => Err(failure),
        },
        None => Err(Failure::Status(404)),
    };
    IN_FLIGHT.with(|flags| flags[locale as usize].set(false));
    signal.set(match outcome {
        Ok(()) => Pack::Ready,
        Err(failure) => Pack::Failed(failure),
    });
    outcome
}

fn install(locale: Locale, bytes: &[u8]) -> Result<(), Failure> {
    if strings(locale).is_some() {
        return Ok(());
    }
    let pack = bundle::decode_pack(bytes).map_err(|_| Failure::Unreadable)?;
    // Leaked: a pack lives for the whole visit, and the strings are `&'static` like English's.
    let interface = Strings::from_texts(Box::leak(pack.interface.clone().into_boxed_str()))
        .ok_or(Failure::Unreadable)?;
    data::add_language(&pack).map_err(|_| Failure::Unreadable)?;
    let _ = REVIEWED[locale as usize].set(pack.reviewed.clone());
    let _ = INTERFACES[locale as usize].set(interface);
    Ok(())
}

/// Installs the packs `build.rs` made (the same bytes the app fetches), natively: pages are
/// drawn ahead of time in every language.
#[cfg(not(target_family = "wasm"))]
pub fn install_built() -> Result<(), Failure> {
    for (code, bytes) in crate::i18n::PACK_BYTES {
        if let Some(locale) = Locale::from_code(code) {
            install(locale, bytes)?;
            signal(locale).set(Pack::Ready);
        }
    }
    Ok(())
}

/// The interface texts of a locale's pack as `build.rs` made it, for native tests.
#[cfg(test)]
pub fn built_interface(locale: Locale) -> Strings {
    let (_, bytes) = crate::i18n::PACK_BYTES
        .iter()
        .find(|(code, _)| *code == locale.code())
        .expect("every locale but English has a pack");
    let pack = bundle::decode_pack(bytes).expect("build.rs wrote a readable pack");
    Strings::from_texts(Box::leak(pack.interface.into_boxed_str())).expect("every slot filled")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pack_is_named_and_fills_every_slot() {
        for locale in [Locale::Fr, Locale::Es, Locale::Ar] {
            assert!(PACK_FILES.iter().any(|(code, file)| *code == locale.code()
                && file.starts_with(&format!("signpost-{}-", locale.code()))));
            assert_eq!(built_interface(locale).site_name(), "Signpost");
        }
        assert!(PACK_FILES.iter().all(|(code, _)| *code != "en"));
    }
}
