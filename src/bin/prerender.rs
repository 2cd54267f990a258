//! Draws the site's record and reference pages ahead of time into a built site (see
//! `signpost::prerender`). The Trunk hook runs it on the staging folder.
//!
//!   cargo run --bin prerender -- SITE_FOLDER

#[cfg(not(target_family = "wasm"))]
fn main() -> std::process::ExitCode {
    let Some(site) = std::env::args_os().nth(1) else {
        eprintln!("prerender: give the built site folder");
        return std::process::ExitCode::from(2);
    };
    match signpost::prerender::write_site(std::path::Path::new(&site)) {
        Ok(count) => {
            println!("prerender: {count} pages drawn ahead of time");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

// The Wasm build compiles every binary of the package; this one only runs natively.
#[cfg(target_family = "wasm")]
fn main() {}
