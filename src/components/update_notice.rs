//! "Signpost has been updated since your last visit", in the reader's language. The page's
//! inline script (index.html) compares this build with the last one this browser ran and
//! marks `<html data-signpost-updated>`; the notice shows until it is dismissed, once.

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::use_locale;

const MARK: &str = "data-signpost-updated";

fn root() -> Option<web_sys::Element> {
    crate::browser::document()?.document_element()
}

#[component]
pub fn UpdateNotice() -> impl IntoView {
    if !root().is_some_and(|root| root.has_attribute(MARK)) {
        return ().into_any();
    }
    let t = use_locale().strings();
    let open = RwSignal::new(true);
    // Filled once the live region is in the page, so that screen readers announce it.
    let message = RwSignal::new("");
    set_timeout(
        move || message.set(t.update_notice()),
        std::time::Duration::from_millis(200),
    );
    let notice = NodeRef::<Div>::new();
    let close = move || {
        let had_focus = notice
            .get_untracked()
            .is_some_and(|notice| notice.contains(document().active_element().as_deref()));
        if let Some(root) = root() {
            let _ = root.remove_attribute(MARK);
        }
        open.set(false);
        if had_focus {
            if let Some(main) = document().get_element_by_id("main") {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(main).focus();
            }
        }
    };
    view! {
        <Show when=move || open.get()>
            <div
                class="update-notice"
                node_ref=notice
                on:keydown=move |event| {
                    if event.key() == "Escape" {
                        close();
                    }
                }
            >
                <p role="status" aria-live="polite">{move || message.get()}</p>
                <button type="button" on:click=move |_| close()>{t.update_dismiss()}</button>
            </div>
        </Show>
    }
    .into_any()
}
