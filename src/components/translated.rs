//! Data text in the reader's language. Curators translate the dataset in part: where a text
//! has no translation yet, the English text is shown, marked as English (`lang="en"`, its
//! own direction inside a right-to-left page, and a visible note), so screen readers
//! pronounce it right and readers know why it is in English.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use signpost_core::model::{LocalText, Organisation};

use crate::i18n::{use_locale, Locale};

/// Which language a piece of data text is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The reader's language.
    InLocale,
    /// English, for want of a translation: marked, with a note.
    InEnglish,
    /// An English proper name: marked, without a note, since names are not translated.
    EnglishName,
}

/// A curator's text in `locale`, or its English text.
pub fn pick(text: &'static LocalText, locale: Locale) -> (&'static str, Written) {
    match text.exact(locale.lang()) {
        Some(translated) => (translated, Written::InLocale),
        None => (text.en.as_str(), Written::InEnglish),
    }
}

/// A curator's text in the reader's language, or in English, marked.
#[component]
pub fn Translated(text: &'static LocalText) -> impl IntoView {
    let (shown, written) = pick(text, use_locale());
    view! { <WrittenIn written=written>{shown}</WrittenIn> }
}

/// Marks its children as `written` says.
#[component]
pub fn WrittenIn(written: Written, children: Children) -> impl IntoView {
    match written {
        Written::InLocale => children().into_any(),
        Written::InEnglish => view! { <InEnglish>{children()}</InEnglish> }.into_any(),
        Written::EnglishName => view! { <EnglishName>{children()}</EnglishName> }.into_any(),
    }
}

/// English text in a page in another language, with a note saying so.
#[component]
pub fn InEnglish(children: Children) -> impl IntoView {
    let locale = use_locale();
    if locale == Locale::En {
        return children().into_any();
    }
    view! {
        <EnglishName>{children()}</EnglishName>
        " "
        <small class="in-english">{locale.strings().language_in_english()}</small>
    }
    .into_any()
}

/// English text in a page in another language, marked for pronunciation and direction.
#[component]
pub fn EnglishName(children: Children) -> impl IntoView {
    let locale = use_locale();
    if locale == Locale::En {
        return children().into_any();
    }
    view! { <span lang="en" dir=locale.is_rtl().then_some("ltr")>{children()}</span> }.into_any()
}

/// An organisation's official name in the reader's language where the data has one.
pub fn organisation_name(
    organisation: &'static Organisation,
    locale: Locale,
) -> Option<&'static str> {
    (locale != Locale::En)
        .then(|| organisation.names.get(locale.code()))
        .flatten()
        .map(String::as_str)
}

/// Says, discreetly, that the data text of a record (`issues/spam.toml`) on this page was
/// translated by machine and not yet reviewed by a person fluent in the reader's language,
/// with the page in English one click away. Nothing in English, or when every translated
/// text of the record has been reviewed.
#[component]
pub fn TranslationNote(record: String) -> impl IntoView {
    let locale = use_locale();
    if locale == Locale::En {
        return ().into_any();
    }
    let reviewed = crate::packs::reviewed(locale);
    let unreviewed = signpost_core::translations::record_texts(crate::data::catalog(), &record)
        .into_iter()
        .filter(|text| text.text.exact(locale.lang()).is_some())
        .any(|text| !reviewed.contains(&text.at));
    if !unreviewed {
        return ().into_any();
    }
    let t = locale.strings();
    let location = use_location();
    let english = Locale::En.href(&format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked()
    ));
    view! {
        <p class="translation-note">
            <small>
                {t.language_unreviewed()} " "
                <A href=english attr:hreflang="en">{t.language_read_in_english()}</A>
            </small>
        </p>
    }
    .into_any()
}
