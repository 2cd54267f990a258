//! Pages drawn ahead of time, natively, when the site is built: each record page and the
//! reference pages as the app first draws them, in each interface language, written beside
//! `index.html` as `<path>.html` (`fr/issues/spam.html`), and the English home page, written
//! into `index.html`. A link then shows its page
//! as soon as the HTML arrives, long before the Wasm on a slow line, and works as a plain
//! page of links if the Wasm never comes. The app draws the same markup in its place at
//! start-up, so nothing moves (index.html's start-up script drops a page drawn for another
//! address, and sends an address that names no language to the reader's).

use std::path::{Path, PathBuf};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use signpost_core::address::{self, Page as Address};
use signpost_core::model::Lang;

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

/// The summary of the record at `path` (an address, with its language prefix) in the page's
/// language, else in English, if it is a record page with one: what a shared link previews.
fn summary_at(path: &str) -> Option<String> {
    let catalog = data::catalog();
    let (lang, bare) = address::split_language(path);
    let lang = lang.unwrap_or(Lang::En);
    let summary = match Address::parse(bare) {
        Address::Issue(id) => &catalog.issue(&id)?.summary,
        Address::Organisation(id) => &catalog.organisation(&id)?.summary,
        Address::Resource(id) => catalog.resource(&id)?.summary.as_ref()?,
        _ => return None,
    };
    Some(summary.get(lang).to_string())
}

fn title_in(head: &str) -> Option<String> {
    let start = head.find("<title>")? + "<title>".len();
    let end = head[start..].find("</title>")? + start;
    Some(head[start..end].to_string())
}

/// Every address drawn ahead of time into its own file: each page of
/// `Page::drawn_ahead` in each interface language, but the English home page, which
/// `write_site` draws into index.html.
pub fn paths() -> Vec<String> {
    let pages = Address::drawn_ahead(data::catalog());
    address::INTERFACE_LANGS
        .into_iter()
        .flat_map(|lang| {
            pages
                .iter()
                .map(move |page| address::localized(lang, &page.path()))
        })
        .filter(|path| path != "/")
        .collect()
}

/// Where the page for `path` goes in the site folder: `/issues/spam` in `issues/spam.html`,
/// `/fr` in `fr.html`, which static hosts serve for `/issues/spam` and `/fr`
/// (scripts/serve-dist.mjs does too).
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
    let head = with_files(&head);
    Ok(format!("{head}{SHELL_START}{}{SHELL_END}{tail}", home.body))
}

/// `head` naming the files a page may need beside the Wasm (`details=...`, and each
/// language's pack as `fr=...`), after its title: the loader in Trunk.toml asks for the
/// ones the page's address needs together with the Wasm, not after it has started.
fn with_files(head: &str) -> String {
    let files: Vec<String> = std::iter::once(format!("details={}", data::DETAILS_URL))
        .chain(
            crate::i18n::PACK_FILES
                .iter()
                .map(|(code, file)| format!("{code}=/{file}")),
        )
        .collect();
    head.replacen(
        "</title>",
        &format!(
            "</title><meta name=\"signpost-files\" content=\"{}\">",
            files.join(" ")
        ),
        1,
    )
}

/// `index.html` with the page in its frame's place: in the page's language and direction,
/// titled and described as the page, with its versions in the other languages, and marked
/// with the address and language it was drawn for.
pub fn page_html(index: &str, path: &str, page: &Page) -> Result<String, String> {
    let (head, tail) = around_frame(index)?;
    let title = "<title>Signpost</title>";
    if !head.contains(title) {
        return Err(format!("index.html has no {title}"));
    }
    let (lang, bare) = address::split_language(path);
    let lang = lang.unwrap_or(Lang::En);
    let shell = format!(
        "<div id=\"boot-shell\" data-path=\"{}\" data-lang=\"{}\">{}{SHELL_END}",
        escape(path),
        lang.code(),
        page.body
    );
    let mut head = head.replacen(
        title,
        &format!("<title>{}</title>{}", escape(&page.title), alternates(bare)),
        1,
    );
    if let Some(description) = &page.description {
        head = with_description(&head, description);
    }
    let head = with_files(&in_language(&head, lang));
    Ok(format!("{head}{shell}{tail}"))
}

/// The page's address in each interface language, for search engines and link previews
/// (`hreflang`), English as the default. Absolute where the build knows the site's address
/// (`SIGNPOST_SITE_URL`); otherwise index.html's start-up script makes them so.
fn alternates(bare: &str) -> String {
    let site = option_env!("SIGNPOST_SITE_URL")
        .unwrap_or("")
        .trim_end_matches('/');
    let bare = if bare.is_empty() { "/" } else { bare };
    let link = |hreflang: &str, lang: Lang| {
        format!(
            "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{site}{}\">",
            escape(&address::localized(lang, bare))
        )
    };
    address::INTERFACE_LANGS
        .into_iter()
        .map(|lang| link(lang.code(), lang))
        .chain(std::iter::once(link("x-default", Lang::En)))
        .collect()
}

/// `head` (from `<html` on) with the document's language and direction set to `lang`'s.
fn in_language(head: &str, lang: Lang) -> String {
    let dir = if lang == Lang::Ar { "rtl" } else { "ltr" };
    head.replacen(
        "<html lang=\"en\" dir=\"ltr\">",
        &format!("<html lang=\"{}\" dir=\"{dir}\">", lang.code()),
        1,
    )
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
/// it, in every interface language; the number of pages written.
pub fn write_site(site: &Path) -> Result<usize, String> {
    let index_path = site.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .map_err(|error| format!("{}: {error}", index_path.display()))?;
    data::load()?;
    // The app was compiled knowing these files' names (build.rs reads data/); `curate bundle`
    // wrote them from data/ again. A name missing here means data/ changed in between.
    let named = std::iter::once(data::DETAILS_URL.trim_start_matches('/'))
        .chain(crate::i18n::PACK_FILES.iter().map(|(_, file)| *file));
    for file in named {
        if !site.join(file).is_file() {
            return Err(format!(
                "{file}, which the app was built to fetch, is not in {}: data/ changed during the build; build again",
                site.display()
            ));
        }
    }
    crate::packs::install_built().map_err(|failure| format!("the language packs: {failure:?}"))?;
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
            format!(
                "<html><head><title>Q&amp;A &lt;1&gt; · Signpost</title>{}{}\
                 <link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"icon\" href=\"/icon.svg\"></head><body>\
                 <div id=\"boot-shell\" data-path=\"/issues/q\" data-lang=\"en\"><main><h1>Q</h1></main></div><!-- /boot-shell -->\
                 <script>start()</script></body></html>",
                with_files("</title>").trim_start_matches("</title>"),
                alternates("/issues/q")
            )
        );
        let home = home_html(INDEX, &page).unwrap();
        assert!(
            home.starts_with("<html><head><title>Signpost</title><meta name=\"signpost-files\"")
        );
        assert!(home.contains("<link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"icon\""));
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
    fn every_record_has_a_page_file_beside_index_html_in_every_language() {
        data::load().unwrap();
        let paths = paths();
        let catalog = data::catalog();
        let per_language = 5
            + catalog.issues.len()
            + catalog.organisations.len()
            + catalog.resources.len()
            + catalog.countries.len();
        // The English home page goes into index.html.
        assert_eq!(paths.len(), 4 * per_language - 1);
        for path in [
            "/countries/SN",
            "/ask",
            "/fr",
            "/fr/issues/spam",
            "/ar/countries/SN",
            "/es/glossary",
        ] {
            assert!(paths.contains(&path.to_string()), "{path}");
        }
        assert!(!paths.contains(&"/".to_string()));
        assert_eq!(
            file_for(Path::new("site"), "/issues/spam"),
            Path::new("site/issues/spam.html")
        );
        assert_eq!(
            file_for(Path::new("site"), "/fr"),
            Path::new("site/fr.html")
        );
    }

    #[test]
    fn a_page_in_another_language_is_drawn_in_it_and_names_its_alternates() {
        data::load().unwrap();
        crate::packs::install_built().unwrap();
        let page = render("/fr/issues/spam");
        assert!(
            page.body.contains("<h1>Pourriel (spam)</h1>"),
            "{}",
            page.body
        );
        assert!(
            page.body.contains("href=\"/fr/organisations/ietf\""),
            "links stay in French"
        );
        let html = page_html(INDEX_WITH_HTML, "/fr/issues/spam", &page).unwrap();
        assert!(html.starts_with("<html lang=\"fr\" dir=\"ltr\">"), "{html}");
        for (hreflang, href) in [
            ("en", "/issues/spam"),
            ("fr", "/fr/issues/spam"),
            ("ar", "/ar/issues/spam"),
            ("x-default", "/issues/spam"),
        ] {
            assert!(
                html.contains(&format!(
                    "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\">"
                )),
                "{hreflang}"
            );
        }
        assert!(html.contains("data-path=\"/fr/issues/spam\" data-lang=\"fr\""));
        let summary = data::catalog()
            .issue("spam")
            .unwrap()
            .summary
            .fr
            .clone()
            .unwrap();
        assert!(
            html.contains(&escape(&summary)),
            "the French summary describes it"
        );
        let arabic = page_html(INDEX_WITH_HTML, "/ar", &render("/ar")).unwrap();
        assert!(arabic.starts_with("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(
            arabic.contains("<meta name=\"signpost-files\" content=\"details=/signpost-details-")
        );
    }

    const INDEX_WITH_HTML: &str = "<html lang=\"en\" dir=\"ltr\"><head><title>Signpost</title>\
        <meta name=\"description\" content=\"Where does this issue belong?\"></head><body>\
        <div id=\"boot-shell\"></div><!-- /boot-shell --></body></html>";
}
