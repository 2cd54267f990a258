//! The curators' command line as a pull request's workflow runs it: `curate check --format
//! github` annotates the line at fault, and fails the run on an error.

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn check_in_github_format_annotates_the_line_and_fails() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let scratch = std::env::temp_dir().join(format!("signpost-cli-{}", std::process::id()));
    let copy = scratch.join("data");
    let _ = std::fs::remove_dir_all(&scratch);
    copy_tree(&data, &copy);
    let spam = copy.join("issues/spam.toml");
    let text = std::fs::read_to_string(&spam).unwrap();
    std::fs::write(
        &spam,
        text.replacen("role = \"coordinates\"", "role = \"coordinate\"", 1),
    )
    .unwrap();

    let output = Command::new(env!("CARGO_BIN_EXE_curate"))
        .args(["check", "--format", "github", "--data"])
        .arg(&copy)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&scratch);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "an error fails the run");
    let error = printed
        .lines()
        .find(|line| line.starts_with("::error "))
        .expect("an error annotation");
    assert!(
        error.starts_with("::error file=data/issues/spam.toml,line="),
        "{error}"
    );
    assert!(error.contains("coordinate"), "{error}");

    let wrong = Command::new(env!("CARGO_BIN_EXE_curate"))
        .args(["check", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("takes text or github"));
}
