use leptos::prelude::*;
use leptos_router::components::A;

use crate::data;

/// The frame of every page: skip link, header and navigation, main landmark, footer.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let catalog = data::catalog();
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span aria-hidden="true" class="brand-mark">"➜"</span>
                " Signpost"
            </A>
            <nav aria-label="Main">
                <ul>
                    <li><A href="/">"Search"</A></li>
                    <li><A href="/ask">"Guided questions"</A></li>
                    <li><A href="/countries">"Countries"</A></li>
                    <li><A href="/matrix">"Matrix"</A></li>
                    <li><A href="/handout">"Handout"</A></li>
                    <li><A href="/glossary">"Glossary"</A></li>
                    <li><A href="/about">"About"</A></li>
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>
                "Dataset version " {catalog.version.clone()} ", reviewed up to " {catalog.date.clone()} ". "
                {catalog.issues.len()} " issues, " {catalog.organisations.len()} " organisations, "
                {catalog.resources.len()} " resources. Data under CC BY 4.0. "
                <A href="/about">"How to cite and contribute"</A>
            </p>
        </footer>
    }
}
