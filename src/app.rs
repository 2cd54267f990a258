use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use signpost_core::address::Page;

use crate::components::shell::Shell;
use crate::data;
use crate::i18n::{initial_locale, provide_locale, Locale};
use crate::pages::compare::ComparePage;
use crate::pages::current_page;
use crate::pages::handout::HandoutPage;
use crate::pages::matrix::MatrixPage;
use crate::pages::propose::ProposePage;
use crate::pages::{
    about::AboutPage, ask::AskPage, changes::ChangesPage, changes::RecordChangesPage,
    cite::CitePage, countries::CountriesPage, country::CountryPage, glossary::GlossaryPage,
    home::HomePage, issue::IssuePage, not_found::NotFoundPage, organisation::OrganisationPage,
    resource::ResourcePage,
};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let loaded = data::load();
    view! {
        <Title formatter=|text: String| {
            if text.is_empty() { "Signpost".to_string() } else { format!("{text} · Signpost") }
        } />
        {match loaded {
            Ok(()) => view! {
                <Router>
                    <LocalizedApp />
                </Router>
            }
            .into_any(),
            Err(error) => {
                let locale = initial_locale();
                let t = locale.strings();
                view! {
                    <Html {..} lang=locale.code() dir=locale.dir() />
                    <main class="page">
                        <h1>{t.site_failed_heading()}</h1>
                        <p>{t.site_failed_reason(&error)}</p>
                        <p>{t.site_failed_advice()}</p>
                    </main>
                }
                .into_any()
            }
        }}
    }
}

/// Every page in the reader's language. A new language redraws the whole page: it happens
/// once in a visit, and it lets every component read its strings once, as plain text.
#[component]
fn LocalizedApp() -> impl IntoView {
    let locale = provide_locale();
    // index.html carries the English description for crawlers, and a page drawn ahead of time
    // its record's summary (`prerender`), kept in English; follow another language in place
    // rather than adding a second description.
    Effect::new(move |previous: Option<Locale>| {
        let current = locale.get();
        if previous.is_some() || current != Locale::En {
            if let Some(meta) = document()
                .query_selector("meta[name=\"description\"]")
                .ok()
                .flatten()
            {
                let _ = meta.set_attribute("content", current.strings().site_description());
            }
        }
        current
    });
    // The router writes a new path into the address bar once the page for it is drawn: the
    // page switch below draws it in the same pass, so every change of path is ready at once.
    if let Some(browser) = use_context::<BrowserUrl>() {
        let location = use_location();
        Effect::new(move |_| {
            location.pathname.track();
            browser.ready_to_complete();
        });
    }
    view! {
        <Html {..} lang=move || locale.get().code() dir=move || locale.get().dir() />
        {move || {
            locale.track();
            // One typed address (`signpost_core::address`): the path names the page, drawn
            // in the same task as the rest, the same way natively (drawn ahead of time) and in
            // the browser. Only the page's own part is drawn again when the path changes.
            view! {
                <Shell>
                    {move || match current_page() {
                        Page::Home => view! { <HomePage /> }.into_any(),
                        Page::Ask => view! { <AskPage /> }.into_any(),
                        Page::About => view! { <AboutPage /> }.into_any(),
                        Page::Propose => view! { <ProposePage /> }.into_any(),
                        Page::Glossary => view! { <GlossaryPage /> }.into_any(),
                        Page::Matrix => view! { <MatrixPage /> }.into_any(),
                        Page::Handout => view! { <HandoutPage /> }.into_any(),
                        Page::Countries => view! { <CountriesPage /> }.into_any(),
                        Page::Changes => view! { <ChangesPage /> }.into_any(),
                        Page::Cite => view! { <CitePage /> }.into_any(),
                        Page::Compare => view! { <ComparePage /> }.into_any(),
                        Page::Issue(_) => view! { <IssuePage /> }.into_any(),
                        Page::Organisation(_) => view! { <OrganisationPage /> }.into_any(),
                        Page::Resource(_) => view! { <ResourcePage /> }.into_any(),
                        Page::Country(_) => view! { <CountryPage /> }.into_any(),
                        Page::RecordChanges(..) => view! { <RecordChangesPage /> }.into_any(),
                        Page::NotFound => view! { <NotFoundPage /> }.into_any(),
                    }}
                </Shell>
            }
        }}
    }
}
