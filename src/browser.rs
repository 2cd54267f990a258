//! The browser's window and document, or none when the pages are drawn natively, ahead of
//! time (`prerender`): there every browser call would panic, and what they answer (storage,
//! the address bar, performance marks) has no meaning.

/// The window, in a browser.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_family = "wasm") {
        web_sys::window()
    } else {
        None
    }
}

/// The document, in a browser.
pub fn document() -> Option<web_sys::Document> {
    window().and_then(|window| window.document())
}
