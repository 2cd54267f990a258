use std::cell::Cell;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::update_notice::UpdateNotice;
use crate::data;
use crate::i18n::{requested_locale, use_locale, Locale};
use crate::packs::{self, Pack};

/// The frame of every page: skip link, header with navigation and languages, main
/// landmark, footer.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let catalog = data::catalog();
    let locale = use_locale();
    let t = locale.strings();
    view! {
        <a class="skip-link" href="#main">{t.shell_skip()}</a>
        <header class="site-header">
            <A href=locale.href("/") attr:class="brand">
                <span aria-hidden="true" class="brand-mark">"➜"</span>
                " " {t.site_name()}
            </A>
            <nav aria-label=t.shell_nav()>
                <ul>
                    <li><A href=locale.href("/")>{t.shell_search()}</A></li>
                    <li><A href=locale.href("/ask")>{t.shell_ask()}</A></li>
                    <li><A href=locale.href("/countries")>{t.shell_countries()}</A></li>
                    <li><A href=locale.href("/matrix")>{t.shell_matrix()}</A></li>
                    <li><A href=locale.href("/handout")>{t.shell_handout()}</A></li>
                    <li><A href=locale.href("/glossary")>{t.shell_glossary()}</A></li>
                    <li><A href=locale.href("/about")>{t.shell_about()}</A></li>
                </ul>
            </nav>
            <LanguagePicker />
        </header>
        <UpdateNotice />
        <LanguageStatus />
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>
                {t.shell_dataset(&catalog.version, &catalog.date)} " "
                {t.shell_counts(catalog.issues.len(), catalog.organisations.len(), catalog.resources.len())} " "
                {t.shell_licence()} " "
                <A href=locale.href("/about")>{t.shell_cite()}</A>
            </p>
        </footer>
    }
}

thread_local! {
    /// Set when a language was just picked: the page is drawn anew, and focus goes back to
    /// the picker rather than to the top of the document.
    static PICKED: Cell<bool> = const { Cell::new(false) };
}

/// Links to this page in each language, each named in itself. Links rather than a
/// `<select>`: arrow keys in a select would switch the page's language at every step.
#[component]
fn LanguagePicker() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    // This page with `lang` set to `locale`, keeping the rest of the address.
    let href_in = move |locale: Locale| {
        let mut query = location.query.get();
        query.remove("lang");
        // A page drawn ahead of time (`prerender`) has no fragment, and reading it there
        // makes the router warn.
        let hash = if cfg!(target_family = "wasm") {
            location.hash.get()
        } else {
            String::new()
        };
        let path = format!(
            "{}{}{hash}",
            location.pathname.get(),
            query.to_query_string(),
        );
        locale.href(&path)
    };
    Effect::new(move || {
        if PICKED.replace(false) {
            if let Some(link) = document()
                .query_selector(".languages a[aria-current]")
                .ok()
                .flatten()
                .and_then(|element| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
                })
            {
                let _ = link.focus();
            }
        }
    });
    view! {
        <nav class="languages" aria-label=current.strings().language_picker()>
            <ul>
                {Locale::ALL.into_iter().map(|locale| view! {
                    <li>
                        <a
                            href=move || href_in(locale)
                            hreflang=locale.code()
                            lang=locale.code()
                            dir=locale.dir()
                            aria-current=(locale == current).then_some("true")
                            on:click=move |_| {
                                locale.remember();
                                PICKED.set(locale != current);
                            }
                        >
                            {locale.native_name()}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// Says that the language just picked is on its way, or why it did not come, with a retry.
#[component]
fn LanguageStatus() -> impl IntoView {
    let t = use_locale().strings();
    move || {
        let wanted = requested_locale();
        match packs::state(wanted) {
            Pack::Ready | Pack::NotAsked => ().into_any(),
            Pack::Loading => view! {
                <p class="details-status" role="status">{t.language_loading(wanted.native_name())}</p>
            }
            .into_any(),
            Pack::Failed(failure) => {
                view! {
                    <div class="details-status" role="alert">
                        <p>{t.language_failed(wanted.native_name(), t.fetch_failure(failure))}</p>
                        <button type="button" on:click=move |_| packs::request(wanted)>{t.details_retry()}</button>
                    </div>
                }
                .into_any()
            }
        }
    }
}
