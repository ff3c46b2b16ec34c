//! The `shoe-selector` binary: a command from the command line, or the window.

use shoe_selector::cli::{Outcome, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match run(std::env::args_os(), &mut out, &mut err) {
        Outcome::Exit(code) => ExitCode::from(code),
        Outcome::Window(catalogue) => {
            drop((out, err));
            window(catalogue)
        }
    }
}

#[cfg(feature = "app")]
fn window(catalogue: Option<std::path::PathBuf>) -> ExitCode {
    match shoe_selector::app::run(catalogue) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Built without the window (`--no-default-features`): the commands still work.
#[cfg(not(feature = "app"))]
fn window(_: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!("error: this build has no window; give a command (see --help)");
    ExitCode::FAILURE
}
