//! Where a field sits in a TOML file, so every problem can name its line.
//!
//! The parsed records keep no positions, so this scans the file's lines once: it follows
//! table headers (`[home]`, `[[roles]]`, `[[country]]`) and keys, and records the line of
//! each dotted path such as `roles[2].organisation` or `country[17].rir`.

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct FieldLines {
    lines: HashMap<String, usize>,
}

impl FieldLines {
    pub fn scan(text: &str) -> FieldLines {
        let mut lines = HashMap::new();
        let mut table = String::new();
        let mut array_counts: HashMap<String, usize> = HashMap::new();
        let mut in_multiline_string = false;
        for (index, raw) in text.lines().enumerate() {
            let number = index + 1;
            let line = raw.trim();
            if in_multiline_string {
                if line.contains("\"\"\"") || line.contains("'''") {
                    in_multiline_string = false;
                }
                continue;
            }
            if line.starts_with("[[") {
                let name = line
                    .trim_start_matches("[[")
                    .split("]]")
                    .next()
                    .unwrap_or("")
                    .trim();
                let count = array_counts.entry(name.to_string()).or_insert(0);
                table = format!("{name}[{count}]");
                *count += 1;
                lines.entry(name.to_string()).or_insert(number);
                lines.entry(table.clone()).or_insert(number);
            } else if line.starts_with('[') {
                table = line
                    .trim_start_matches('[')
                    .split(']')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string();
                lines.entry(table.clone()).or_insert(number);
            } else if let Some((key, value)) = line.split_once('=') {
                let key = key.trim().trim_matches('"');
                if key.is_empty() || key.starts_with('#') {
                    continue;
                }
                let path = if table.is_empty() {
                    key.to_string()
                } else {
                    format!("{table}.{key}")
                };
                lines.entry(path).or_insert(number);
                let value = value.trim();
                let opens = value.matches("\"\"\"").count() + value.matches("'''").count();
                if opens % 2 == 1 {
                    in_multiline_string = true;
                }
            }
        }
        FieldLines { lines }
    }

    /// The line of `path`, or of its nearest enclosing field or table; 1 if none is known.
    pub fn line_of(&self, path: &str) -> usize {
        let mut candidate = path;
        loop {
            if let Some(line) = self.lines.get(candidate) {
                return *line;
            }
            match candidate.rfind(['.', '[']) {
                Some(cut) => candidate = &candidate[..cut],
                None => return 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"id = "spam"
name = { en = "Spam" }

[home]
status = "partial"

[[roles]]
organisation = "ucenet"
role = "enforces"

[[roles]]
organisation = "m3aawg"
source = { title = "t", url = "u" }
"#;

    #[test]
    fn finds_top_level_table_and_array_fields() {
        let lines = FieldLines::scan(FILE);
        assert_eq!(lines.line_of("id"), 1);
        assert_eq!(lines.line_of("home.status"), 5);
        assert_eq!(lines.line_of("roles[0].role"), 9);
        assert_eq!(lines.line_of("roles[1].organisation"), 12);
        assert_eq!(lines.line_of("roles"), 7);
    }

    #[test]
    fn falls_back_to_the_enclosing_field() {
        let lines = FieldLines::scan(FILE);
        assert_eq!(lines.line_of("roles[1].source.url"), 13);
        assert_eq!(lines.line_of("name.fr"), 2);
        assert_eq!(lines.line_of("roles[1].instrument"), 11);
        assert_eq!(lines.line_of("nowhere"), 1);
    }
}
