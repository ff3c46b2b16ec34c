//! The `shoe-selector` binary: a command from the command line, or the window.

use shoe_selector::cli::{Outcome, run};

/// The program's allocator, here as in the shipped binary: glibc's returns a large ranking's
/// buffers to the system after each use, and every ranking then faulted its memory in
/// afresh (ranking 10,000 shoes took 1.7 ms instead of 1.0 ms). The web page keeps the
/// browser's.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufWriter, ErrorKind, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Buffered: the standard output flushes at every line, and a JSON answer for a large
    // catalogue has hundreds of thousands of lines.
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut err = std::io::stderr().lock();
    match run(std::env::args_os(), &mut out, &mut err) {
        Outcome::Exit(code) => match out.flush() {
            Ok(()) => ExitCode::from(code),
            // The reader stopped reading (`| head`): nothing more to say.
            Err(error) if error.kind() == ErrorKind::BrokenPipe => ExitCode::from(code),
            Err(error) => {
                let _ = writeln!(err, "error: could not write the answer: {error}");
                ExitCode::FAILURE
            }
        },
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
