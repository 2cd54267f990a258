use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::shell::Shell;
use crate::data;
use crate::pages::handout::HandoutPage;
use crate::pages::matrix::MatrixPage;
use crate::pages::propose::ProposePage;
use crate::pages::{
    about::AboutPage, ask::AskPage, countries::CountriesPage, country::CountryPage,
    glossary::GlossaryPage, home::HomePage, issue::IssuePage, not_found::NotFoundPage,
    organisation::OrganisationPage, resource::ResourcePage,
};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let loaded = data::load();
    view! {
        <Html {..} lang="en" dir="ltr" />
        <Title formatter=|text: String| {
            if text.is_empty() { "Signpost".to_string() } else { format!("{text} · Signpost") }
        } />
        {match loaded {
            Ok(()) => view! {
                <Router>
                    <Shell>
                        <Routes fallback=|| view! { <NotFoundPage /> }>
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
                        </Routes>
                    </Shell>
                </Router>
            }
            .into_any(),
            Err(error) => view! {
                <main class="page">
                    <h1>"Signpost could not start"</h1>
                    <p>"The dataset built into this page could not be read: " {error}</p>
                    <p>"Reload the page. If this persists, please report it to the Signpost maintainers."</p>
                </main>
            }
            .into_any(),
        }}
    }
}
