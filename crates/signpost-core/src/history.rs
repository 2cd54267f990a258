//! What changed in the dataset, and when: read from the repository's history at build time
//! (`curate bundle` writes it beside the app as `signpost-history.bin`, and `changes.xml`,
//! an Atom feed), shown by the "what changed" page and each record's history.
//!
//! Each commit that touched `data/` becomes a [`Change`]: its date and message, and the
//! records it added, removed or edited, with the fields that differ. Shared files (the
//! glossary, the countries files) are compared record by record.

use serde::{Deserialize, Serialize};

use crate::catalog::RecordKind;

/// The history beside the app (gzip, like the details), and its Atom feed. Not named after
/// their bytes: the service worker precaches them with the build they belong to.
pub const FILE: &str = "signpost-history.bin";
pub const FEED_FILE: &str = "changes.xml";

/// The history as `curate bundle` encodes it, before compression.
pub fn decode(bytes: &[u8]) -> Result<History, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// The dataset's history, newest change first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub changes: Vec<Change>,
    /// Set when the build could not read the repository's history (no git, or a copy
    /// without it): the pages say so rather than show an empty history.
    pub unavailable: Option<String>,
}

/// One commit that touched the data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The commit's abbreviated hash.
    pub commit: String,
    /// `YYYY-MM-DD`, the commit's date.
    pub date: String,
    /// The commit message's first line.
    pub message: String,
    pub records: Vec<RecordChange>,
}

/// What one change did to one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordChange {
    pub kind: RecordKind,
    pub id: String,
    pub action: Action,
    /// The top-level fields that differ, for an edit.
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    Added,
    Edited,
    Removed,
}

impl History {
    /// The changes that touched one record, newest first, each with what it did to it.
    pub fn of_record(&self, kind: RecordKind, id: &str) -> Vec<(&Change, &RecordChange)> {
        self.changes
            .iter()
            .filter_map(|change| {
                change
                    .records
                    .iter()
                    .find(|record| record.kind == kind && record.id == id)
                    .map(|record| (change, record))
            })
            .collect()
    }
}

/// The records of one data file as it stood at one commit: (kind, id, its table).
#[cfg(feature = "load")]
fn records_of(path: &str, text: Option<&str>) -> Vec<(RecordKind, String, toml::Table)> {
    let Some(table) = text.and_then(|text| text.parse::<toml::Table>().ok()) else {
        return Vec::new();
    };
    let one = |kind: RecordKind| {
        let id = table
            .get("id")
            .and_then(|id| id.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| file_stem(path));
        vec![(kind, id, table.clone())]
    };
    let many = |kind: RecordKind, key: &str, id_field: &str| {
        table
            .get(key)
            .and_then(|records| records.as_array())
            .into_iter()
            .flatten()
            .filter_map(|record| record.as_table())
            .filter_map(|record| {
                let id = record.get(id_field)?.as_str()?.to_string();
                Some((kind, id, record.clone()))
            })
            .collect()
    };
    if path.starts_with("data/issues/") {
        one(RecordKind::Issue)
    } else if path.starts_with("data/organisations/") {
        one(RecordKind::Organisation)
    } else if path.starts_with("data/resources/") {
        one(RecordKind::Resource)
    } else if path == "data/glossary.toml" {
        many(RecordKind::Term, "term", "id")
    } else if path.starts_with("data/countries/") {
        many(RecordKind::Country, "country", "code")
    } else {
        Vec::new()
    }
}

#[cfg(feature = "load")]
fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What changed between two versions of one data file, record by record.
#[cfg(feature = "load")]
pub fn compare(path: &str, before: Option<&str>, after: Option<&str>) -> Vec<RecordChange> {
    let old = records_of(path, before);
    let new = records_of(path, after);
    let mut changes = Vec::new();
    for (kind, id, table) in &new {
        match old.iter().find(|(k, i, _)| k == kind && i == id) {
            None => changes.push(RecordChange {
                kind: *kind,
                id: id.clone(),
                action: Action::Added,
                fields: Vec::new(),
            }),
            Some((_, _, previous)) => {
                let mut fields: Vec<String> = table
                    .iter()
                    .filter(|(key, value)| previous.get(*key) != Some(value))
                    .map(|(key, _)| key.clone())
                    .chain(
                        previous
                            .keys()
                            .filter(|key| !table.contains_key(*key))
                            .cloned(),
                    )
                    .collect();
                fields.sort();
                if !fields.is_empty() {
                    changes.push(RecordChange {
                        kind: *kind,
                        id: id.clone(),
                        action: Action::Edited,
                        fields,
                    });
                }
            }
        }
    }
    for (kind, id, _) in &old {
        if !new.iter().any(|(k, i, _)| k == kind && i == id) {
            changes.push(RecordChange {
                kind: *kind,
                id: id.clone(),
                action: Action::Removed,
                fields: Vec::new(),
            });
        }
    }
    changes
}

/// Reads the history of `data/` from the git repository at `root` (the data folder's
/// parent). Without git or its history, says why in `unavailable`.
#[cfg(feature = "load")]
pub fn read(root: &std::path::Path) -> History {
    match read_git(root) {
        Ok(changes) => History {
            changes,
            unavailable: None,
        },
        Err(reason) => History {
            changes: Vec::new(),
            unavailable: Some(reason),
        },
    }
}

#[cfg(feature = "load")]
fn git(root: &std::path::Path, args: &[&str]) -> Result<String, String> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|error| format!("git could not be run: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "git {} failed: {}",
            args.first().unwrap_or(&""),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(feature = "load")]
fn read_git(root: &std::path::Path) -> Result<Vec<Change>, String> {
    const FIELD: char = '\u{1f}';
    const COMMIT: char = '\u{1e}';
    let log = git(
        root,
        &[
            "log",
            "--format=%x1e%h%x1f%H%x1f%P%x1f%ad%x1f%s",
            "--date=short",
            "--name-only",
            "--no-renames",
            "--",
            "data/",
        ],
    )?;
    let shallow = git(root, &["rev-parse", "--is-shallow-repository"])?;
    let mut changes = Vec::new();
    for entry in log.split(COMMIT).filter(|entry| !entry.trim().is_empty()) {
        let mut lines = entry.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split(FIELD).collect();
        let [short, full, parents, date, message] = header[..] else {
            continue;
        };
        let parent = format!("{full}^");
        let has_parent = !parents.is_empty();
        let mut records = Vec::new();
        for path in lines.map(str::trim).filter(|path| path.ends_with(".toml")) {
            let after = git(root, &["show", &format!("{full}:{path}")]).ok();
            let before = has_parent
                .then(|| git(root, &["show", &format!("{parent}:{path}")]).ok())
                .flatten();
            records.extend(compare(path, before.as_deref(), after.as_deref()));
        }
        if !records.is_empty() {
            changes.push(Change {
                commit: short.to_string(),
                date: date.to_string(),
                message: message.to_string(),
                records,
            });
        }
    }
    if changes.is_empty() && shallow.trim() == "true" {
        return Err("this copy of the repository has no history (a shallow clone)".into());
    }
    Ok(changes)
}

/// The history as an Atom feed: one entry per change, newest first, with relative links to
/// the records (feed readers resolve them against the feed's own address).
pub fn atom(history: &History, title: &str, updated: &str) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{}</title>\n  <id>tag:signpost,2026:changes</id>\n  <link rel=\"self\" href=\"/changes.xml\"/>\n  <link href=\"/changes\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  <author><name>Signpost curators</name></author>\n",
        escape(title)
    );
    for change in &history.changes {
        let items: String = change
            .records
            .iter()
            .map(|record| {
                let what = match record.action {
                    Action::Added => "added".to_string(),
                    Action::Removed => "removed".to_string(),
                    Action::Edited => format!("edited: {}", record.fields.join(", ")),
                };
                format!(
                    "<li><a href=\"{}\">{} {}</a> ({what})</li>",
                    record.kind.path(&record.id),
                    record.kind.code(),
                    record.id
                )
            })
            .collect();
        feed.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>tag:signpost,2026:change:{}</id>\n    <updated>{}T00:00:00Z</updated>\n    <link href=\"/changes#{}\"/>\n    <content type=\"html\">{}</content>\n  </entry>\n",
            escape(&change.message),
            change.commit,
            change.date,
            change.commit,
            escape(&format!("<ul>{items}</ul>"))
        ));
    }
    feed.push_str("</feed>\n");
    feed
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    #[test]
    fn a_one_record_file_reports_the_fields_that_changed() {
        let before = "id = \"x\"\nname = \"X\"\nreviewed = \"2026-01-01\"\n";
        let after =
            "id = \"x\"\nname = \"X\"\nreviewed = \"2026-02-01\"\nwebsite = \"https://x\"\n";
        let changes = compare("data/organisations/x.toml", Some(before), Some(after));
        assert_eq!(
            changes,
            vec![RecordChange {
                kind: RecordKind::Organisation,
                id: "x".into(),
                action: Action::Edited,
                fields: vec!["reviewed".into(), "website".into()],
            }]
        );
        let added = compare("data/issues/y.toml", None, Some("id = \"y\"\n"));
        assert_eq!(added[0].action, Action::Added);
        let removed = compare("data/resources/z.toml", Some("id = \"z\"\n"), None);
        assert_eq!(removed[0].action, Action::Removed);
        assert!(compare(
            "data/issues/y.toml",
            Some("id = \"y\"\n"),
            Some("id = \"y\"\n")
        )
        .is_empty());
    }

    #[test]
    fn a_shared_file_is_compared_record_by_record() {
        let before = "[about]\nreviewed = \"2026-01-01\"\n[[country]]\ncode = \"SN\"\nrir = \"afrinic\"\n[[country]]\ncode = \"KE\"\nrir = \"afrinic\"\n";
        let after = "[about]\nreviewed = \"2026-02-01\"\n[[country]]\ncode = \"SN\"\nrir = \"afrinic\"\nnir = \"x\"\n[[country]]\ncode = \"ML\"\nrir = \"afrinic\"\n";
        let changes = compare("data/countries/africa.toml", Some(before), Some(after));
        let summary: Vec<(String, Action)> = changes
            .iter()
            .map(|change| (change.id.clone(), change.action))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("SN".to_string(), Action::Edited),
                ("ML".to_string(), Action::Added),
                ("KE".to_string(), Action::Removed)
            ]
        );
        assert_eq!(changes[0].fields, vec!["nir".to_string()]);
    }

    #[test]
    fn the_feed_has_one_entry_per_change_with_escaped_text() {
        let history = History {
            changes: vec![Change {
                commit: "abc1234".into(),
                date: "2026-12-07".into(),
                message: "Data: <b> & co".into(),
                records: vec![RecordChange {
                    kind: RecordKind::Issue,
                    id: "spam".into(),
                    action: Action::Edited,
                    fields: vec!["roles".into()],
                }],
            }],
            unavailable: None,
        };
        let feed = atom(&history, "Signpost: what changed", "2026-12-07");
        assert_eq!(feed.matches("<entry>").count(), 1);
        assert!(feed.contains("<title>Data: &lt;b&gt; &amp; co</title>"));
        assert!(feed.contains(
            "&lt;a href=&quot;/issues/spam&quot;&gt;issue spam&lt;/a&gt; (edited: roles)"
        ));
    }

    #[test]
    fn this_repository_has_a_history_of_its_data() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let history = read(&root);
        if let Some(reason) = &history.unavailable {
            // A copy without git history (an archive) cannot be read; the pages say so.
            eprintln!("history unavailable here: {reason}");
            return;
        }
        assert!(!history.changes.is_empty());
        assert!(history
            .changes
            .iter()
            .all(|change| change.date.len() == 10 && !change.records.is_empty()));
    }
}
