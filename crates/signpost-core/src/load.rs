//! Reading the curators' TOML files from `data/` (native only: the build script and the
//! curator CLI). Syntax and shape errors become problems with file, line, record and field;
//! loading carries on so that one run reports everything.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::catalog::Catalog;
use crate::flow::Question;
use crate::location::FieldLines;
use crate::model::{Country, Issue, Organisation, Provenance, Region, Resource, Term};
use crate::problem::{Problem, Severity};
use crate::proposal::Proposal;

/// Where a record was read from, to locate its fields.
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: String,
    /// Path of the record's table in its file: empty for one-record files, `country[3]` for
    /// the fourth `[[country]]` of a shared file.
    pub prefix: String,
    lines: Arc<FieldLines>,
}

impl Origin {
    pub fn line(&self, field: &str) -> usize {
        // A field may already be written from the file's top ("about.sources").
        if !self.prefix.is_empty() && field.starts_with(&format!("{}.", self.prefix)) {
            return self.lines.line_of(field);
        }
        let path = match (self.prefix.is_empty(), field.is_empty()) {
            (true, _) => field.to_string(),
            (false, true) => self.prefix.clone(),
            (false, false) => format!("{}.{field}", self.prefix),
        };
        self.lines.line_of(&path)
    }
}

/// Origins parallel to the catalog's record vectors.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    pub issues: Vec<Origin>,
    pub organisations: Vec<Origin>,
    pub resources: Vec<Origin>,
    pub terms: Vec<Origin>,
    pub regions: Vec<Origin>,
    pub countries: Vec<Origin>,
    pub questions: Vec<Origin>,
}

/// Everything read from a data folder: the records, where each came from, and the problems
/// that kept some files from being read.
pub struct Dataset {
    pub catalog: Catalog,
    pub origins: Origins,
    /// Origins of the `[about]` tables: the glossary's, the regions', then each country
    /// file's, in the catalog's order.
    pub provenance_origins: Vec<Origin>,
    pub problems: Vec<Problem>,
    /// Proposed issues waiting for curators (`data/proposals/`, optional).
    pub proposals: Vec<(Proposal, Origin)>,
    /// Each translation's provenance (`data/translations/<lang>.toml`), with its language.
    pub translations: Vec<(crate::model::Lang, crate::translations::Translation, Origin)>,
    /// Every file read, for the build script's change tracking.
    pub files: Vec<PathBuf>,
    /// Ids (file names) of one-record files that could not be read: references to them are
    /// not reported again, the file's own problem already is.
    pub unreadable: HashSet<String>,
    /// The national sheets and national bodies (`data/national/`), kept out of the catalog:
    /// the app fetches them a country at a time.
    pub national: National,
}

/// What `data/national/` holds: each country's sheet (`sheets/<CODE>.toml`), the national
/// bodies they name (`organisations/<id>.toml`, one record each, like
/// `data/organisations/`), and which slots answer which issues (`slots.toml`).
#[derive(Debug, Clone, Default)]
pub struct National {
    pub sheets: Vec<crate::national::Sheet>,
    pub sheet_origins: Vec<Origin>,
    pub organisations: Vec<Organisation>,
    pub organisation_origins: Vec<Origin>,
    pub slot_issues: crate::national::SlotIssues,
    pub slot_issues_origin: Option<Origin>,
}

impl Dataset {
    /// An organisation record, national (`data/national/organisations/`) or not: a sheet may
    /// name either, as Brazil's names the Brazilian Internet Steering Committee.
    pub fn any_organisation(&self, id: &str) -> Option<&Organisation> {
        self.national
            .organisations
            .iter()
            .find(|organisation| organisation.id == id)
            .or_else(|| self.catalog.organisation(id))
    }

    /// The national bundle the app fetches for `country`.
    pub fn national_bundle(&self, country: &str) -> Option<crate::national::Bundle> {
        crate::national::bundle_for(
            country,
            &self.national.sheets,
            &|id| self.any_organisation(id),
            &self.national.slot_issues,
        )
    }

    /// Every country's national bundle, encoded.
    pub fn encode_national(&self) -> Vec<(String, Vec<u8>)> {
        crate::national::encode_all(
            &self.national.sheets,
            &|id| self.any_organisation(id),
            &self.national.slot_issues,
        )
    }

    /// The translation records of one language, by the text they are about.
    pub fn translations_in(&self, lang: crate::model::Lang) -> crate::translations::Records<'_> {
        crate::translations::records_in(
            self.translations
                .iter()
                .map(|(lang, record, _)| (*lang, record)),
            lang,
        )
    }
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermsFile {
    pub about: Provenance,
    #[serde(default)]
    pub term: Vec<Term>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    #[serde(default)]
    pub question: Vec<Question>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionsFile {
    pub about: Provenance,
    #[serde(default)]
    pub region: Vec<Region>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CountriesFile {
    pub about: Provenance,
    #[serde(default)]
    pub country: Vec<Country>,
}

struct Reader {
    /// Folder that file names in messages are relative to (the data folder's parent).
    base: PathBuf,
    problems: Vec<Problem>,
    files: Vec<PathBuf>,
    unreadable: HashSet<String>,
}

impl Reader {
    fn display_name(&self, path: &Path) -> String {
        path.strip_prefix(&self.base)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// Parses one file into `T`, or records why it could not.
    fn read<T: DeserializeOwned>(&mut self, path: &Path) -> Option<(T, String, Arc<FieldLines>)> {
        self.files.push(path.to_path_buf());
        let name = self.display_name(path);
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                self.problems.push(Problem {
                    severity: Severity::Error,
                    file: name,
                    line: 1,
                    record: String::new(),
                    field: String::new(),
                    message: format!("cannot read the file ({error}); check it is UTF-8 text"),
                });
                return None;
            }
        };
        match toml::from_str::<T>(&text) {
            Ok(value) => Some((value, name, Arc::new(FieldLines::scan(&text)))),
            Err(error) => {
                self.problems.push(parse_problem(&name, &text, &error));
                None
            }
        }
    }

    fn toml_files(&mut self, folder: &Path) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = match fs::read_dir(folder) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect(),
            Err(_) => {
                self.problems.push(Problem {
                    severity: Severity::Error,
                    file: self.display_name(folder),
                    line: 1,
                    record: String::new(),
                    field: String::new(),
                    message: "folder is missing; create it (see CONTRIBUTING.md, Layout)".into(),
                });
                Vec::new()
            }
        };
        paths.sort();
        paths
    }

    /// Reads a folder of one-record files.
    fn read_folder<T: DeserializeOwned>(&mut self, folder: &Path) -> (Vec<T>, Vec<Origin>) {
        let mut records = Vec::new();
        let mut origins = Vec::new();
        for path in self.toml_files(folder) {
            if let Some((record, file, lines)) = self.read::<T>(&path) {
                records.push(record);
                origins.push(Origin {
                    file,
                    prefix: String::new(),
                    lines,
                });
            } else if let Some(stem) = path.file_stem() {
                self.unreadable.insert(stem.to_string_lossy().into_owned());
            }
        }
        (records, origins)
    }

    /// Reads files holding many records of one kind, each a `[[table]]`, with the file's
    /// `[about]` provenance. Returns the records, their origins, the index of each record's
    /// file in the provenance list, and that list with each file's origin.
    #[allow(clippy::type_complexity)]
    fn read_tables<F: DeserializeOwned, T>(
        &mut self,
        paths: Vec<PathBuf>,
        table: &str,
        unpack: impl Fn(F) -> (Provenance, Vec<T>),
    ) -> (Vec<T>, Vec<Origin>, Vec<u8>, Vec<(Provenance, Origin)>) {
        let mut records = Vec::new();
        let mut origins = Vec::new();
        let mut files = Vec::new();
        let mut provenances = Vec::new();
        for path in paths {
            if let Some((contents, file, lines)) = self.read::<F>(&path) {
                let (about, file_records) = unpack(contents);
                let file_index = provenances.len() as u8;
                provenances.push((
                    about,
                    Origin {
                        file: file.clone(),
                        prefix: "about".into(),
                        lines: lines.clone(),
                    },
                ));
                for (position, record) in file_records.into_iter().enumerate() {
                    records.push(record);
                    files.push(file_index);
                    origins.push(Origin {
                        file: file.clone(),
                        prefix: format!("{table}[{position}]"),
                        lines: lines.clone(),
                    });
                }
            }
        }
        (records, origins, files, provenances)
    }
}

/// Turns a TOML or shape error into a curator's message.
fn parse_problem(file: &str, text: &str, error: &toml::de::Error) -> Problem {
    let offset = error
        .span()
        .map(|span| span.start)
        .unwrap_or(0)
        .min(text.len());
    let line = text[..offset].matches('\n').count() + 1;
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    let field = line_text
        .split_once('=')
        .map(|(key, _)| key.trim().trim_matches('"').to_string())
        .filter(|key| !key.starts_with('[') && !key.starts_with('#'))
        .unwrap_or_default();
    let record = text
        .lines()
        .find_map(|l| {
            let (key, value) = l.split_once('=')?;
            (key.trim() == "id").then(|| value.trim().trim_matches('"').to_string())
        })
        .unwrap_or_default();
    let message = error.message().trim().replace('\n', " ");
    let hint = if message.starts_with("unknown field") {
        "; fix the spelling or remove the field"
    } else if message.starts_with("unknown variant") {
        "; use one of the listed values"
    } else if message.starts_with("missing field") {
        "; add it (see CONTRIBUTING.md)"
    } else if message.starts_with("alias") {
        // `Aliases` says what to do itself.
        ""
    } else {
        "; fix the TOML syntax"
    };
    Problem {
        severity: Severity::Error,
        file: file.to_string(),
        line,
        record,
        field,
        message: format!("{message}{hint}"),
    }
}

/// Reads every record under `data_dir`. File names in problems are relative to its parent.
pub fn load(data_dir: &Path) -> Dataset {
    let base = data_dir.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut reader = Reader {
        base,
        problems: Vec::new(),
        files: Vec::new(),
        unreadable: HashSet::new(),
    };

    let (issues, issue_origins) = reader.read_folder::<Issue>(&data_dir.join("issues"));
    let (organisations, organisation_origins) =
        reader.read_folder::<Organisation>(&data_dir.join("organisations"));
    let (resources, resource_origins) = reader.read_folder::<Resource>(&data_dir.join("resources"));
    let (terms, term_origins, _, glossary_about) = reader.read_tables(
        vec![data_dir.join("glossary.toml")],
        "term",
        |f: TermsFile| (f.about, f.term),
    );
    let (regions, region_origins, _, regions_about) = reader.read_tables(
        vec![data_dir.join("regions.toml")],
        "region",
        |f: RegionsFile| (f.about, f.region),
    );
    let (questions, question_origins, _, _) = reader.read_tables(
        vec![data_dir.join("questions.toml")],
        "question",
        |f: QuestionsFile| (Provenance::default(), f.question),
    );
    let proposals_dir = data_dir.join("proposals");
    let (proposals, proposal_origins) = if proposals_dir.is_dir() {
        reader.read_folder::<Proposal>(&proposals_dir)
    } else {
        (Vec::new(), Vec::new())
    };
    let country_files = reader.toml_files(&data_dir.join("countries"));
    let (countries, country_origins, country_file, countries_about) =
        reader.read_tables(country_files, "country", |f: CountriesFile| {
            (f.about, f.country)
        });

    let national = read_national(&mut reader, &data_dir.join("national"));

    let mut translations = Vec::new();
    for lang in crate::translations::TRANSLATED {
        let file = data_dir
            .join("translations")
            .join(format!("{}.toml", lang.code()));
        if !file.is_file() {
            continue;
        }
        let (records, origins, _, _) = reader.read_tables(
            vec![file],
            "text",
            |f: crate::translations::TranslationsFile| (Provenance::default(), f.texts),
        );
        translations.extend(
            records
                .into_iter()
                .zip(origins)
                .map(|(record, origin)| (lang, record, origin)),
        );
    }

    let date = issues
        .iter()
        .map(|r| r.reviewed.as_str())
        .chain(organisations.iter().map(|r| r.reviewed.as_str()))
        .chain(resources.iter().map(|r| r.reviewed.as_str()))
        .filter(|date| crate::check::parse_date(date).is_some())
        .max()
        .unwrap_or("")
        .to_string();

    let mut catalog = Catalog::new(
        env!("CARGO_PKG_VERSION").to_string(),
        date,
        issues,
        organisations,
        resources,
        terms,
        regions,
        countries,
    );
    let provenance_origins: Vec<Origin> = glossary_about
        .iter()
        .chain(&regions_about)
        .chain(&countries_about)
        .map(|(_, origin)| origin.clone())
        .collect();
    catalog.glossary_about = glossary_about
        .into_iter()
        .next()
        .map(|(about, _)| about)
        .unwrap_or_default();
    catalog.regions_about = regions_about
        .into_iter()
        .next()
        .map(|(about, _)| about)
        .unwrap_or_default();
    catalog.countries_about = countries_about
        .into_iter()
        .map(|(about, _)| about)
        .collect();
    catalog.country_file = country_file;
    catalog.questions = questions;
    Dataset {
        catalog,
        provenance_origins,
        proposals: proposals.into_iter().zip(proposal_origins).collect(),
        origins: Origins {
            issues: issue_origins,
            organisations: organisation_origins,
            resources: resource_origins,
            terms: term_origins,
            regions: region_origins,
            countries: country_origins,
            questions: question_origins,
        },
        translations,
        problems: reader.problems,
        files: reader.files,
        unreadable: reader.unreadable,
        national,
    }
}

/// Reads `data/national/`, if the data has one (small test datasets need not).
fn read_national(reader: &mut Reader, folder: &Path) -> National {
    if !folder.is_dir() {
        return National::default();
    }
    let (sheets, sheet_origins) =
        reader.read_folder::<crate::national::Sheet>(&folder.join("sheets"));
    let (organisations, organisation_origins) =
        reader.read_folder::<Organisation>(&folder.join("organisations"));
    let slots_file = folder.join("slots.toml");
    let (slot_issues, slot_issues_origin) =
        match reader.read::<crate::national::SlotIssues>(&slots_file) {
            Some((slot_issues, file, lines)) => (
                slot_issues,
                Some(Origin {
                    file,
                    prefix: String::new(),
                    lines,
                }),
            ),
            None => (crate::national::SlotIssues::default(), None),
        };
    National {
        sheets,
        sheet_origins,
        organisations,
        organisation_origins,
        slot_issues,
        slot_issues_origin,
    }
}
