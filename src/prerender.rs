//! Pages drawn ahead of time, natively, when the site is built: each record page and the
//! reference pages as the app first draws them in English, written beside `index.html` as
//! `<path>.html`, and the home page, written into `index.html`. A link then shows its page
//! as soon as the HTML arrives, long before the Wasm on a slow line, and works as a plain
//! page of links if the Wasm never comes. The app draws the same markup in its place at
//! start-up, so nothing moves (index.html's start-up script drops a page drawn for another
//! address or language).

use std::path::{Path, PathBuf};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use signpost_core::RecordKind;

use crate::data;

/// Drops every task: a page drawn ahead of time is what the app's first pass draws; effects
/// and downloads are the browser's business.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// A page as the app first draws it.
pub struct Page {
    /// The document title the page sets.
    pub title: String,
    /// What the page is about, for search engines and the preview of a shared link: the
    /// record's summary, if the page is a record's.
    pub description: Option<String>,
    /// The markup the app mounts into `<body>`.
    pub body: String,
}

/// Draws the page at `path` (an address within the site, without a query).
pub fn render(path: &str) -> Page {
    let _ = Executor::init_custom_executor(NoTasks);
    let owner = Owner::new();
    // Drawn once, never updated: reading signals outside a reactive context is the point.
    let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let page = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(path));
        let (meta, meta_output) = leptos_meta::ServerMetaContext::new();
        provide_context(meta);
        let body = view! { <crate::App /> }.to_html();
        let head = futures::executor::block_on(async {
            use futures::StreamExt;
            let head = futures::stream::iter(["<head></head>".to_string()]);
            meta_output
                .inject_meta_context(head)
                .await
                .collect::<String>()
                .await
        });
        Page {
            title: title_in(&head).unwrap_or_else(|| "Signpost".to_string()),
            description: summary_at(path),
            body,
        }
    });
    drop(owner);
    page
}

/// The English summary of the record at `path`, if it is a record page with one.
fn summary_at(path: &str) -> Option<String> {
    let catalog = data::catalog();
    let (kind, id) = path.trim_start_matches('/').split_once('/')?;
    let summary = match kind {
        "issues" => &catalog.issue(id)?.summary,
        "organisations" => &catalog.organisation(id)?.summary,
        "resources" => catalog.resource(id)?.summary.as_ref()?,
        _ => return None,
    };
    Some(summary.en.clone())
}

fn title_in(head: &str) -> Option<String> {
    let start = head.find("<title>")? + "<title>".len();
    let end = head[start..].find("</title>")? + start;
    Some(head[start..end].to_string())
}

/// Every address drawn ahead of time into its own file: each issue, organisation, resource
/// and country, and the pages that list or explain them. Not the home page (`write_site`
/// draws it into index.html) nor the pages that answer what a reader types or ticks.
pub fn paths() -> Vec<String> {
    let catalog = data::catalog();
    let records = catalog
        .issues
        .iter()
        .map(|issue| RecordKind::Issue.path(&issue.id))
        .chain(
            catalog
                .organisations
                .iter()
                .map(|organisation| RecordKind::Organisation.path(&organisation.id)),
        )
        .chain(
            catalog
                .resources
                .iter()
                .map(|resource| RecordKind::Resource.path(&resource.id)),
        )
        .chain(
            catalog
                .countries
                .iter()
                .map(|country| RecordKind::Country.path(&country.code)),
        );
    ["/ask", "/glossary", "/countries", "/about"]
        .into_iter()
        .map(str::to_string)
        .chain(records)
        .collect()
}

/// Where the page for `path` goes in the site folder: `/issues/spam` in `issues/spam.html`,
/// which static hosts serve for `/issues/spam` (scripts/serve-dist.mjs does too).
pub fn file_for(site: &Path, path: &str) -> PathBuf {
    site.join(format!("{}.html", path.trim_start_matches('/')))
}

const SHELL_START: &str = "<div id=\"boot-shell\">";
const SHELL_END: &str = "</div><!-- /boot-shell -->";

/// `index.html` around its frame: what comes before it, without the Wasm preload (no page
/// drawn ahead of time preloads it), and what comes after.
fn around_frame(index: &str) -> Result<(String, &str), String> {
    let start = index
        .find(SHELL_START)
        .ok_or_else(|| format!("index.html has no {SHELL_START}"))?;
    let end = index[start..]
        .find(SHELL_END)
        .map(|end| start + end + SHELL_END.len())
        .ok_or_else(|| format!("index.html has no {SHELL_END} after its frame"))?;
    Ok((without_preloads(&index[..start]), &index[end..]))
}

/// `index.html` with the home page drawn in its frame, for every visit that starts there.
pub fn home_html(index: &str, home: &Page) -> Result<String, String> {
    let (head, tail) = around_frame(index)?;
    Ok(format!("{head}{SHELL_START}{}{SHELL_END}{tail}", home.body))
}

/// `index.html` with the page in its frame's place, titled and described as the page, marked
/// with the address it was drawn for.
pub fn page_html(index: &str, path: &str, page: &Page) -> Result<String, String> {
    let (head, tail) = around_frame(index)?;
    let title = "<title>Signpost</title>";
    if !head.contains(title) {
        return Err(format!("index.html has no {title}"));
    }
    let shell = format!(
        "<div id=\"boot-shell\" data-path=\"{}\">{}{SHELL_END}",
        escape(path),
        page.body
    );
    let mut head = head.replacen(title, &format!("<title>{}</title>", escape(&page.title)), 1);
    if let Some(description) = &page.description {
        head = with_description(&head, description);
    }
    Ok(format!("{head}{shell}{tail}"))
}

/// `head` with its description meta tag saying `description`.
fn with_description(head: &str, description: &str) -> String {
    let tag = "<meta name=\"description\" content=\"";
    let Some(start) = head.find(tag).map(|start| start + tag.len()) else {
        return head.to_string();
    };
    let Some(end) = head[start..].find('"').map(|end| start + end) else {
        return head.to_string();
    };
    format!("{}{}{}", &head[..start], escape(description), &head[end..])
}

/// `head` without the link that fetches the Wasm ahead of the page: a page drawn ahead of
/// time asks for it once it has painted (the loader in Trunk.toml), and a page that is not
/// kept (another address, another language) asks for it at once.
fn without_preloads(head: &str) -> String {
    let mut kept = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        kept.push_str(&rest[..start]);
        rest = match rest[start..].find('>') {
            Some(end) => &rest[start + end + 1..],
            None => "",
        };
    }
    kept.push_str(rest);
    kept
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Draws the home page into the built site's `index.html` and every page of `paths()` beside
/// it; the number of pages written.
pub fn write_site(site: &Path) -> Result<usize, String> {
    let index_path = site.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .map_err(|error| format!("{}: {error}", index_path.display()))?;
    data::load()?;
    let write = |file: &Path, html: String| {
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| format!("{}: {error}", folder.display()))?;
        }
        std::fs::write(file, html).map_err(|error| format!("{}: {error}", file.display()))
    };
    let paths = paths();
    for path in &paths {
        write(
            &file_for(site, path),
            page_html(&index, path, &render(path))?,
        )?;
    }
    write(&index_path, home_html(&index, &render("/"))?)?;
    Ok(paths.len() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html><head><title>Signpost</title>\
        <link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"preload\" href=\"/app.wasm\" as=\"fetch\">\
        <link rel=\"icon\" href=\"/icon.svg\"></head><body>\
        <div id=\"boot-shell\"><main><h1>Home</h1></main></div><!-- /boot-shell -->\
        <script>start()</script></body></html>";

    #[test]
    fn a_record_page_is_drawn_as_the_app_draws_it() {
        data::load().unwrap();
        let page = render("/issues/spam");
        assert_eq!(page.title, "Spam · Signpost");
        let summary = &data::catalog().issue("spam").unwrap().summary.en;
        assert_eq!(page.description.as_ref(), Some(summary));
        let html = page_html(INDEX_WITH_DESCRIPTION, "/issues/spam", &page).unwrap();
        assert!(html.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(summary)
        )));
        assert!(page.body.contains("<h1>Spam</h1>"), "{}", page.body);
        assert!(page.body.contains("href=\"/organisations/ietf\""));
        // The details are on their way, as in the browser's first drawing.
        assert!(page.body.contains("class=\"details-status\""));
        assert!(!page.body.contains("[source: ]"), "no empty source links");
        let unknown = render("/issues/no-such-issue");
        assert!(!unknown.body.contains("<h1>Spam</h1>"));
        let home = render("/");
        assert_eq!(home.title, "Signpost");
        assert!(home.body.contains("id=\"search-input\""));
        assert!(
            home.body.contains("href=\"/issues/spam\""),
            "issues by basket"
        );
    }

    const INDEX_WITH_DESCRIPTION: &str = "<html><head><title>Signpost</title>\
        <meta name=\"description\" content=\"Where does this issue belong?\"></head><body>\
        <div id=\"boot-shell\"></div><!-- /boot-shell --></body></html>";

    #[test]
    fn the_page_takes_the_frames_place_in_index_html() {
        let page = Page {
            title: "Q&A <1> · Signpost".to_string(),
            description: None,
            body: "<main><h1>Q</h1></main>".to_string(),
        };
        let html = page_html(INDEX, "/issues/q", &page).unwrap();
        assert_eq!(
            html,
            "<html><head><title>Q&amp;A &lt;1&gt; · Signpost</title>\
             <link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"icon\" href=\"/icon.svg\"></head><body>\
             <div id=\"boot-shell\" data-path=\"/issues/q\"><main><h1>Q</h1></main></div><!-- /boot-shell -->\
             <script>start()</script></body></html>"
        );
        let home = home_html(INDEX, &page).unwrap();
        assert!(home.starts_with(
            "<html><head><title>Signpost</title><link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"icon\""
        ));
        assert!(home
            .contains("<div id=\"boot-shell\"><main><h1>Q</h1></main></div><!-- /boot-shell -->"));
        let no_end = INDEX.replace("<!-- /boot-shell -->", "");
        assert!(page_html(&no_end, "/q", &page)
            .unwrap_err()
            .contains("/boot-shell"));
        let no_title = INDEX.replace("<title>Signpost</title>", "");
        assert!(page_html(&no_title, "/q", &page)
            .unwrap_err()
            .contains("<title>"));
    }

    #[test]
    fn every_record_has_a_page_file_beside_index_html() {
        data::load().unwrap();
        let paths = paths();
        let catalog = data::catalog();
        assert_eq!(
            paths.len(),
            4 + catalog.issues.len()
                + catalog.organisations.len()
                + catalog.resources.len()
                + catalog.countries.len()
        );
        assert!(paths.contains(&"/countries/SN".to_string()));
        assert!(paths.contains(&"/ask".to_string()));
        assert_eq!(
            file_for(Path::new("site"), "/issues/spam"),
            Path::new("site/issues/spam.html")
        );
    }
}
