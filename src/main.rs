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
            match shoe_selector::app::run(catalogue) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
