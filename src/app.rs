use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::components::shell::Shell;
use crate::data;
use crate::i18n::{initial_locale, provide_locale, Locale};
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
    view! {
        <Html {..} lang=move || locale.get().code() dir=move || locale.get().dir() />
        {move || {
            locale.track();
            // Flat, not nested, routes: `FlatRoutes` draws the matched page in the same task as
            // the rest (`Routes` draws it in a later microtask, after start-up marks the search
            // box usable), and it is 12 KB brotli lighter.
            view! {
                <Shell>
                    <FlatRoutes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/ask") view=AskPage />
                        <Route path=path!("/about") view=AboutPage />
                        <Route path=path!("/propose") view=ProposePage />
                        <Route path=path!("/glossary") view=GlossaryPage />
                        <Route path=path!("/matrix") view=MatrixPage />
                        <Route path=path!("/handout") view=HandoutPage />
                        <Route path=path!("/issues/:id") view=IssuePage />
                        <Route path=path!("/organisations/:id") view=OrganisationPage />
                        <Route path=path!("/resources/:id") view=ResourcePage />
                        <Route path=path!("/countries") view=CountriesPage />
                        <Route path=path!("/countries/:code") view=CountryPage />
                        <Route path=path!("/changes") view=ChangesPage />
                        <Route path=path!("/changes/:kind/:id") view=RecordChangesPage />
                        <Route path=path!("/cite") view=CitePage />
                    </FlatRoutes>
                </Shell>
            }
        }}
    }
}
