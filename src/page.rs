//! The current page as the browser holds it: its full address (for citations and shared
//! links) and printing it (answer cards, handouts).

/// The page's full address, or "" outside a browser.
pub fn address() -> String {
    crate::browser::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(window) = crate::browser::window() {
        let _ = window.print();
    }
}
