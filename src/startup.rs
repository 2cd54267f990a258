//! Start-up: the language pack of a page that opens in another language than English,
//! performance marks that `scripts/startup` reads, and warming the search index once the
//! first page is up, so the first keystroke does not pay for building it, in slices short
//! enough that the page keeps answering input.

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;

use crate::i18n::{self, Locale};
use crate::{data, packs};

/// Draws the app. A page that opens in a language other than English waits for its
/// language pack (at most tens of kilobytes; from the offline copy after the first visit), so it
/// does not flash English first; if the pack fails, the page opens in English and says so.
pub fn start() {
    i18n::restore_remembered();
    let locale = i18n::initial_locale();
    // Decoding the catalog here and drawing the page in the next task make two shorter tasks
    // instead of one long one: the painted page keeps answering input in between, and a slow
    // phone blocks for less (Lighthouse's total blocking time).
    let _ = data::load();
    if locale == Locale::En {
        set_timeout(mount, std::time::Duration::ZERO);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = packs::load(locale).await;
            mount();
        });
    }
}

fn mount() {
    // The page index.html or a page drawn ahead of time painted (`prerender`): the app draws
    // the same in its place, in the same task, so nothing flickers. A question typed into
    // its search box meanwhile is asked in the app, where it was typed.
    let typed = crate::browser::document()
        .and_then(|document| document.get_element_by_id("boot-shell"))
        .map(|frame| {
            let typed = typed_question(&frame);
            frame.remove();
            typed
        });
    if let Some(Some(question)) = &typed {
        ask_in_address(question);
    }
    measured("signpost:mount", || {
        leptos::mount::mount_to_body(crate::App)
    });
    if let Some(Some(_)) = typed {
        // Once the router has drawn the page's search box.
        leptos::prelude::request_animation_frame(focus_search_box);
    }
    ready();
}

/// What a reader typed into the painted page's search box before the app started (not the
/// question the address already asks, which index.html wrote there).
fn typed_question(frame: &web_sys::Element) -> Option<String> {
    let input = frame
        .query_selector("#search-input")
        .ok()??
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let value = input.value();
    (value != input.default_value() && !value.trim().is_empty()).then_some(value)
}

/// Puts `question` in the address, where the app reads it from.
fn ask_in_address(question: &str) {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let mut address = String::from("?q=");
    address.extend(js_sys::encode_uri_component(question).as_string());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// Gives the app's search box the focus, with the caret after what was typed.
fn focus_search_box() {
    let input = crate::browser::document()
        .and_then(|document| document.get_element_by_id("search-input"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        let end = input.value().encode_utf16().count() as u32;
        let _ = input.set_selection_range(end, end);
    }
}

/// Runs `work` between two performance marks and records it as the measure `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = crate::browser::window().and_then(|window| window.performance());
    let start = format!("{name}:start");
    let end = format!("{name}:end");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.mark(&end);
        let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    result
}

/// Called once the app is mounted: marks the search box usable, then builds the search index
/// after the browser has painted, a slice per task, and measures it as `signpost:index`.
fn ready() {
    let Some(performance) = crate::browser::window().and_then(|window| window.performance()) else {
        return;
    };
    let _ = performance.mark("signpost:interactive");
    if data::load().is_err() {
        return;
    }
    let _ = performance.mark("signpost:index:start");
    build_index_parts(performance);
}

/// How long one task of index building may run: well under the 50 ms that make a long task,
/// even on a phone four times slower than a desktop.
const INDEX_SLICE_MS: f64 = 8.0;

fn build_index_parts(performance: web_sys::Performance) {
    set_timeout(
        move || {
            let deadline = performance.now() + INDEX_SLICE_MS;
            if data::build_index_part(|| performance.now() < deadline) {
                let _ = performance.mark("signpost:index:end");
                let _ = performance.measure_with_start_mark_and_end_mark(
                    "signpost:index",
                    "signpost:index:start",
                    "signpost:index:end",
                );
            } else {
                build_index_parts(performance);
            }
        },
        std::time::Duration::ZERO,
    );
}
