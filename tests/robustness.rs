//! Any input returns without a panic: arbitrary Unicode (emoji, right-to-left text, control
//! characters), very long input, only stop words, and country codes that do not exist.

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use signpost_core::load::load;
use signpost_core::{Catalog, SearchIndex};

fn catalog_and_index() -> &'static (Catalog, SearchIndex) {
    static LOADED: OnceLock<(Catalog, SearchIndex)> = OnceLock::new();
    LOADED.get_or_init(|| {
        let catalog = load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")).catalog;
        let index = SearchIndex::build(&catalog);
        (catalog, index)
    })
}

fn route_all_ways(question: &str) {
    let (catalog, index) = catalog_and_index();
    for country in [None, Some("SN"), Some("zz"), Some("")] {
        let route = catalog.route(index, question, country, 20);
        assert!(route.hits.len() <= 20);
        for hit in &route.hits {
            assert!(hit.score.is_finite());
            assert!(!catalog.kinds_of(&hit.id).is_empty() || catalog.country(&hit.id).is_some());
        }
    }
}

#[test]
fn awkward_inputs_return() {
    let long = "spam ".repeat(2_000);
    let cases = [
        "",
        " ",
        "the of and to",
        "le la les de des",
        "🙂🙃💥",
        "الأمن السيبراني",
        "\u{202e}maps\u{202c}",
        "\u{0000}\u{0007}\u{001b}[31m",
        "'; DROP TABLE issues; --",
        "<script>alert(1)</script>",
        "a",
        "??",
        long.as_str(),
        &"x".repeat(10_000),
    ];
    for case in cases {
        route_all_ways(case);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_unicode_returns(question in "\\PC{0,80}") {
        route_all_ways(&question);
    }

    #[test]
    fn any_mix_of_words_and_noise_returns(words in prop::collection::vec("[a-zA-Zéèñçü0-9\\-' ]{0,12}|\\p{Arabic}{1,6}|[\\u{1F300}-\\u{1F6FF}]{1,3}", 0..30)) {
        route_all_ways(&words.join(" "));
    }
}
