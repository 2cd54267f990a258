//! Build-time settings, each set in one place.

/// The project's public repository (e.g. `https://github.com/<owner>/<repo>`), for the
/// "open an issue" link of the proposal form. Set `SIGNPOST_REPOSITORY_URL` when building;
/// without it the form still produces the record to copy or download.
pub const REPOSITORY_URL: Option<&str> = option_env!("SIGNPOST_REPOSITORY_URL");
