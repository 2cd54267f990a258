use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::data;

#[component]
pub fn AboutPage() -> impl IntoView {
    let catalog = data::catalog();
    view! {
        <Title text="About" />
        <article class="page prose">
            <h1>"About Signpost"</h1>
            <p class="lead">
                "Signpost answers one question: where does this Internet issue belong, and who can help?"
            </p>
            <h2>"Who it is for"</h2>
            <ul>
                <li>"Policymakers, especially in developing countries, who need a clear answer they can act on and cite."</li>
                <li>"Trainers running capacity-building sessions, online or in rooms without a connection."</li>
                <li>"Curators who keep the dataset true, by pull request."</li>
            </ul>
            <h2>"What is inside"</h2>
            <p>
                "A curated dataset of Internet governance issues, the organisations that handle each one and their role "
                "(decides, coordinates, sets standards, discusses, builds capacity, enforces, resolves disputes), "
                "resources, a " <A href="/glossary">"glossary"</A> " and countries with their regional bodies. "
                "Some issues have no single home; Signpost says so plainly and shows the nearest venues."
            </p>
            <p>
                "This edition: dataset version " {catalog.version.clone()} ", reviewed up to " {catalog.date.clone()} "; "
                {catalog.issues.len()} " issues, " {catalog.organisations.len()} " organisations, "
                {catalog.resources.len()} " resources, " {catalog.terms.len()} " glossary terms, "
                {catalog.countries.len()} " countries and territories."
            </p>
            <h2>"How it works"</h2>
            <p>
                "Everything runs in your browser. The dataset is built into the page; nothing you type is sent anywhere. "
                "What you search for is kept in the page address, so you can share or bookmark it."
            </p>
            <h2>"How to cite"</h2>
            <p>
                "Signpost, dataset version " {catalog.version.clone()} " (" {catalog.date.clone()} "), with the page address. "
                "Every record names its own sources and the date it was last reviewed: cite those for the facts."
            </p>
            <h2 id="open-data">"Open data"</h2>
            <p>
                "The whole dataset, as checked for this edition (version " {catalog.version.clone()} ", " {catalog.date.clone()}
                "), under CC BY 4.0:"
            </p>
            <ul class="downloads">
                <li><a href="/signpost-data.json" download="signpost-data.json" rel="external">"JSON: every record in one file"</a></li>
                {["issues", "roles", "organisations", "resources", "terms", "countries", "about"].into_iter().map(|table| view! {
                    <li>
                        <a href=format!("/open-data/{table}.csv") download=format!("signpost-{table}.csv") rel="external">
                            "CSV: " {table}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
            <h2>"Licences"</h2>
            <p>
                "Data: Creative Commons Attribution 4.0 (CC BY 4.0). Code: the MIT licence."
            </p>
            <h2>"How to contribute"</h2>
            <p>
                "The data lives in small, readable files, one record each. To add or correct an issue, an organisation, a resource or a term, "
                "edit its file and open a pull request; a checker reports any problem with the file, the record and the field. "
                "The repository's CONTRIBUTING.md explains the format and the checks. "
                "To suggest an issue Signpost is missing, use the " <A href="/propose">"proposal form"</A> "."
            </p>
            <h2>"Where it comes from"</h2>
            <p>
                "Signpost grew out of Internet governance documents: the IGF 2007 synthesis paper and its glossary, "
                "the 2013 Dialogue on Internet Cooperation drafts, which asked how to address issues that do not have a home, "
                "and the recommendations of the Working Group on Enhanced Cooperation."
            </p>
        </article>
    }
}
