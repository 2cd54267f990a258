//! Citations of a Signpost page, pinned to the dataset's version and date, in the formats
//! reference managers read: plain text, BibTeX, RIS and CSL-JSON.

/// What a citation says of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation<'a> {
    /// The page's title: the record's name.
    pub title: &'a str,
    /// The page's full address.
    pub url: &'a str,
    /// The dataset's version and date (`YYYY-MM-DD`).
    pub version: &'a str,
    pub date: &'a str,
    /// The day the reader cites it (`YYYY-MM-DD`).
    pub accessed: &'a str,
}

const AUTHOR: &str = "Signpost curators";
const CONTAINER: &str = "Signpost: Internet governance issues and who handles them";

impl Citation<'_> {
    fn year(&self) -> &str {
        self.date.get(..4).unwrap_or(self.date)
    }

    pub fn plain(&self) -> String {
        format!(
            "{AUTHOR} ({}). {}. In {CONTAINER}, dataset version {} ({}). {} (accessed {}).",
            self.year(),
            self.title,
            self.version,
            self.date,
            self.url,
            self.accessed
        )
    }

    pub fn bibtex(&self) -> String {
        let key: String = format!("signpost-{}", self.title)
            .chars()
            .filter_map(|c| {
                if c.is_ascii_alphanumeric() {
                    Some(c.to_ascii_lowercase())
                } else if c == ' ' || c == '-' {
                    Some('-')
                } else {
                    None
                }
            })
            .collect();
        let braced = |text: &str| text.replace(['{', '}'], "");
        format!(
            "@misc{{{key},\n  author = {{{{{AUTHOR}}}}},\n  title = {{{}}},\n  howpublished = {{{CONTAINER}}},\n  year = {{{}}},\n  version = {{{}}},\n  date = {{{}}},\n  url = {{{}}},\n  urldate = {{{}}}\n}}",
            braced(self.title),
            self.year(),
            braced(self.version),
            self.date,
            self.url,
            self.accessed
        )
    }

    pub fn ris(&self) -> String {
        let slashed = |date: &str| date.replace('-', "/");
        format!(
            "TY  - DATA\r\nAU  - {AUTHOR}\r\nTI  - {}\r\nT2  - {CONTAINER}\r\nPY  - {}\r\nDA  - {}\r\nET  - {}\r\nUR  - {}\r\nY2  - {}\r\nER  - \r\n",
            self.title,
            self.year(),
            slashed(self.date),
            self.version,
            self.url,
            slashed(self.accessed)
        )
    }

    pub fn csl_json(&self) -> String {
        let parts = |date: &str| {
            date.split('-')
                .filter_map(|part| part.parse::<u32>().ok())
                .map(|part| part.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "[{{\n  \"type\": \"dataset\",\n  \"title\": {},\n  \"author\": [{{\"literal\": \"{AUTHOR}\"}}],\n  \"container-title\": \"{CONTAINER}\",\n  \"version\": {},\n  \"issued\": {{\"date-parts\": [[{}]]}},\n  \"accessed\": {{\"date-parts\": [[{}]]}},\n  \"URL\": {}\n}}]",
            json(self.title),
            json(self.version),
            parts(self.date),
            parts(self.accessed),
            json(self.url)
        )
    }
}

fn json(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spam() -> Citation<'static> {
        Citation {
            title: "Spam \"junk\" {mail}",
            url: "https://signpost.example/issues/spam",
            version: "0.1.0",
            date: "2026-12-07",
            accessed: "2027-01-05",
        }
    }

    #[test]
    fn every_format_carries_the_version_the_date_and_the_address() {
        let citation = spam();
        for text in [
            citation.plain(),
            citation.bibtex(),
            citation.ris(),
            citation.csl_json(),
        ] {
            assert!(text.contains("0.1.0"), "{text}");
            assert!(
                text.contains("https://signpost.example/issues/spam"),
                "{text}"
            );
            assert!(text.contains("2026"), "{text}");
        }
    }

    #[test]
    fn formats_follow_their_syntax() {
        let citation = spam();
        assert!(citation
            .bibtex()
            .starts_with("@misc{signpost-spam-junk-mail,\n"));
        assert!(citation.bibtex().contains("title = {Spam \"junk\" mail}"));
        assert!(citation.ris().starts_with("TY  - DATA\r\n"));
        assert!(citation.ris().ends_with("ER  - \r\n"));
        assert!(citation.ris().contains("DA  - 2026/12/07\r\n"));
        let csl = citation.csl_json();
        assert!(csl.contains("\"title\": \"Spam \\\"junk\\\" {mail}\""));
        assert!(csl.contains("\"issued\": {\"date-parts\": [[2026, 12, 7]]}"));
        assert!(csl.contains("\"accessed\": {\"date-parts\": [[2027, 1, 5]]}"));
    }
}
