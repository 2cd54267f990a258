//! The data the app shows, in parts (see `signpost_core::bundle`): the light catalog,
//! embedded in the Wasm and decoded once, with the search index built from it on first use;
//! the language packs' text, added to it as packs arrive (`packs`); and the details
//! (sources, views, status notes, ...), fetched the first time a page needs them and
//! added to a copy of it, the full catalog, for the rest of the visit.

use std::cell::{Cell, RefCell};
use std::sync::{LazyLock, OnceLock};

use leptos::prelude::*;
use signpost_core::bundle::{LanguagePack, PackMismatch};
use signpost_core::{bundle, Catalog, IndexBuild, SearchIndex};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::startup::measured;

static LIGHT: LazyLock<Result<Catalog, String>> = LazyLock::new(|| {
    measured("signpost:decode", || {
        bundle::decode(include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin")))
            .map_err(|error| error.to_string())
    })
});

static INDEX: OnceLock<SearchIndex> = OnceLock::new();

/// The file `curate bundle` writes beside the app; `build.rs` names it after its bytes.
pub const DETAILS_URL: &str = concat!("/", env!("SIGNPOST_DETAILS_FILE"));

/// Where the full catalog stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Details {
    NotAsked,
    Loading,
    Ready,
    Failed(Failure),
}

/// Why the full catalog did not arrive, for the reader in their language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    /// Offline, or the request never got an answer.
    Network,
    /// The server answered with this HTTP status.
    Status(u16),
    /// The file arrived but could not be decoded.
    Unreadable,
}

thread_local! {
    static DETAILS: ArcRwSignal<Details> = ArcRwSignal::new(Details::NotAsked);
    /// Set while a fetch is under way: many views ask in the same pass, one fetch answers.
    static IN_FLIGHT: Cell<bool> = const { Cell::new(false) };
    /// The search index while start-up builds it a part at a time (`build_index_part`).
    static BUILDING: RefCell<Option<IndexBuild<'static>>> = const { RefCell::new(None) };
    /// The light catalog with the text of every language pack installed so far.
    static WITH_LANGUAGES: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
    /// The same with the details, once they have arrived.
    static FULL: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
}

/// Decodes the embedded data, or says why it could not be read.
pub fn load() -> Result<(), String> {
    LIGHT.as_ref().map(|_| ()).map_err(Clone::clone)
}

/// The light catalog: everything search, routing and result cards need.
pub fn catalog() -> &'static Catalog {
    WITH_LANGUAGES.get().unwrap_or_else(|| {
        // `App` calls `load` before rendering any page, so this is only reached on success.
        LIGHT
            .as_ref()
            .expect("the embedded catalog was checked at start-up")
    })
}

/// Adds a language pack's text to the catalog pages read. Records keep their positions, so
/// the search index built from the light catalog still points at the right ones.
pub fn add_language(pack: &LanguagePack) -> Result<(), PackMismatch> {
    let mut enriched = catalog().clone();
    bundle::apply_pack(&mut enriched, pack)?;
    // Leaked: at most one copy per language in a visit, and pages hold `&'static` records.
    WITH_LANGUAGES.set(Some(Box::leak(Box::new(enriched))));
    if let Some(full) = FULL.get() {
        let mut enriched = full.clone();
        bundle::apply_pack(&mut enriched, pack)?;
        FULL.set(Some(Box::leak(Box::new(enriched))));
    }
    Ok(())
}

/// The search index, finished here if start-up has not finished building it yet.
pub fn index() -> &'static SearchIndex {
    while !build_index_part(|| true) {}
    INDEX
        .get()
        .expect("build_index_part stores the finished index")
}

/// Builds the search index while `more` says so (asked after each record); true once it is
/// complete. Start-up calls it in successive tasks with a few milliseconds each, so no task
/// keeps the page from answering for long.
pub fn build_index_part(more: impl FnMut() -> bool) -> bool {
    if INDEX.get().is_some() {
        return true;
    }
    let mut build = BUILDING
        .take()
        .unwrap_or_else(|| IndexBuild::new(catalog()));
    match build.step(more) {
        Some(index) => {
            let _ = INDEX.set(index);
            true
        }
        None => {
            BUILDING.set(Some(build));
            false
        }
    }
}

/// The full catalog once it has arrived, else the light one. Reactive: a view that calls it
/// is drawn again when the details arrive. The first call starts fetching them.
pub fn detailed() -> &'static Catalog {
    details();
    FULL.get().unwrap_or_else(catalog)
}

/// Where the full catalog stands (reactive); asks for it the first time.
pub fn details() -> Details {
    let state = DETAILS.with(|signal| signal.get());
    if state == Details::NotAsked {
        fetch_details();
    }
    state
}

/// Fetches the full catalog (again, after a failure).
pub fn fetch_details() {
    let signal = DETAILS.with(Clone::clone);
    if FULL.get().is_some() {
        signal.set(Details::Ready);
        return;
    }
    if IN_FLIGHT.replace(true) {
        return;
    }
    if cfg!(not(target_family = "wasm")) {
        // A page drawn ahead of time (`prerender`) shows them on their way, as the browser
        // first draws it; the browser fetches them.
        signal.set(Details::Loading);
        return;
    }
    // Set outside the reactive pass that asked, so no view writes what it is reading.
    queue_microtask({
        let signal = signal.clone();
        move || signal.set(Details::Loading)
    });
    // Asked for once the page has painted: what the light catalog shows comes first, and
    // the download does not compete with it for a slow line.
    after_next_paint(move || {
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = download().await.map(|full| {
                // Leaked once: pages hold `&'static` records.
                FULL.set(Some(Box::leak(Box::new(full))));
            });
            IN_FLIGHT.set(false);
            signal.set(match outcome {
                Ok(()) => Details::Ready,
                Err(reason) => Details::Failed(reason),
            });
        });
    });
}

/// Runs `work` in the task after the next frame is painted.
fn after_next_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's own gunzip (web-sys has it behind its unstable APIs only).
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// The details, put together with the catalog as it stands (light, with any language packs).
async fn download() -> Result<Catalog, Failure> {
    let bytes = fetch_bytes(DETAILS_URL).await?;
    let details = bundle::decode_details(&bytes).map_err(|_| Failure::Unreadable)?;
    let mut full = catalog().clone();
    bundle::apply_details(&mut full, details).map_err(|_| Failure::Unreadable)?;
    Ok(full)
}

/// The body of a file beside the app, gzip undone (see `bundle::compress`), or why it did
/// not come.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Failure> {
    let network = |_| Failure::Network;
    let window = crate::browser::window().ok_or(Failure::Network)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    inflate(response).await
}

/// The copy of `url` the service worker keeps, read without asking the network: offline, a
/// file never fetched is simply missing, not a failed request in the console.
#[cfg_attr(not(target_family = "wasm"), allow(dead_code))]
pub async fn cached_bytes(url: &str) -> Result<Vec<u8>, Failure> {
    let missing = |_| Failure::Network;
    let window = crate::browser::window().ok_or(Failure::Network)?;
    let caches = js_sys::Reflect::get(&window, &"caches".into()).map_err(missing)?;
    let lookup: js_sys::Function = js_sys::Reflect::get(&caches, &"match".into())
        .map_err(missing)?
        .dyn_into()
        .map_err(missing)?;
    let promise: js_sys::Promise = lookup
        .call1(&caches, &url.into())
        .map_err(missing)?
        .dyn_into()
        .map_err(missing)?;
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(missing)?
        .dyn_into()
        .map_err(missing)?;
    inflate(response).await
}

/// A response's body, gzip undone (see `bundle::compress`).
async fn inflate(response: web_sys::Response) -> Result<Vec<u8>, Failure> {
    let unreadable = |_| Failure::Unreadable;
    let body = response.body().ok_or(Failure::Unreadable)?;
    let gunzip = DecompressionStream::new("gzip").map_err(unreadable)?;
    let pair = web_sys::ReadableWritablePair::new(&gunzip.readable(), &gunzip.writable());
    let inflated = web_sys::Response::new_with_opt_readable_stream(Some(&body.pipe_through(&pair)))
        .map_err(unreadable)?;
    // A broken download or a file that is not gzip fails here, while reading.
    let buffer = JsFuture::from(inflated.array_buffer().map_err(unreadable)?)
        .await
        .map_err(unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Where the dataset's history (`signpost_core::history`) stands: fetched the first time a
/// history page opens, never before.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryState {
    Loading,
    Ready(&'static signpost_core::history::History),
    Failed(Failure),
}

thread_local! {
    static HISTORY: ArcRwSignal<Option<HistoryState>> = ArcRwSignal::new(None);
}

/// The dataset's history (reactive); asks for it the first time.
pub fn history() -> HistoryState {
    let signal = HISTORY.with(Clone::clone);
    if let Some(state) = signal.get() {
        return state;
    }
    if cfg!(target_family = "wasm") {
        queue_microtask({
            let signal = signal.clone();
            move || signal.set(Some(HistoryState::Loading))
        });
        wasm_bindgen_futures::spawn_local(async move {
            let url = format!("/{}", signpost_core::history::FILE);
            let outcome = match fetch_bytes(&url).await {
                Ok(bytes) => signpost_core::history::decode(&bytes)
                    // Leaked once: pages hold `&'static` changes.
                    .map(|history| HistoryState::Ready(Box::leak(Box::new(history))))
                    .unwrap_or(HistoryState::Failed(Failure::Unreadable)),
                Err(failure) => HistoryState::Failed(failure),
            };
            signal.set(Some(outcome));
        });
    }
    HistoryState::Loading
}
