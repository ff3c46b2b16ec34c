//! The command line: `check` and `recommend` for scripts, shop systems and tests; with no
//! command, the window. Output follows the public contract in `docs/catalogue-format.md`.

mod check;
mod insights;
mod recommend;
mod report;

use crate::words::Lang;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

/// The command line as given: a command, or none for the window, and the options every
/// command shares.
#[derive(Debug, Parser)]
#[command(
    name = "shoe-selector",
    version,
    about = "Finds the running shoes that fit a runner, from a shop's catalogue, and explains why.",
    long_about = "Finds the running shoes that fit a runner, from a shop's catalogue, and explains why.\n\n\
                  With no command, opens the window on the last catalogue opened, or the built-in sample (or --catalogue)."
)]
pub struct Cli {
    /// The command to run; None opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Catalogue to open in the window (default: the last one opened, else the built-in sample).
    #[arg(long, value_name = "CATALOGUE")]
    pub catalogue: Option<PathBuf>,
    /// The language of the words (`check`'s problems and its JSON's `message`, `recommend`'s
    /// list and its JSON's `text`, `report`): en or ru. English unless given, whatever the
    /// system's language, so scripts stay stable; the JSON's keys and values never change.
    #[arg(long, global = true, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
}

/// The commands, each with its own options; their doc comments are the help text.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a catalogue; print every problem as FILE:LINE:COLUMN: error|warning: message.
    /// Exits 1 when there is an error, 0 otherwise (warnings allowed).
    Check {
        /// Print the problems as one JSON object instead.
        #[arg(long)]
        json: bool,
        /// The catalogue file (.ron); without it, the built-in sample.
        catalogue: Option<PathBuf>,
    },
    /// Rank a catalogue's shoes for a runner's profile, with the reasons for each.
    Recommend {
        /// The catalogue file (.ron); without it, the built-in sample (said on standard
        /// error).
        #[arg(long)]
        catalogue: Option<PathBuf>,
        /// The runner's profile file (.ron).
        #[arg(long)]
        profile: PathBuf,
        /// Show only the best N recommendations.
        #[arg(long, value_name = "N")]
        top: Option<usize>,
        /// Print one JSON object instead of a readable list.
        #[arg(long)]
        json: bool,
        /// Weigh a factor, e.g. `weight=2`: a number from 0 to 100 (default 1; 0 leaves it out
        /// of the score). Repeatable.
        #[arg(long, value_name = "FACTOR=WEIGHT")]
        priority: Vec<String>,
        /// Leave out the what-if explanations (they rank the catalogue once per changed
        /// input: quick for a shop, noticeable for 100,000 shoes).
        #[arg(long)]
        no_what_if: bool,
        /// The shop's sessions folder: patterns in its fittings clear enough to tell (at
        /// least 5 customers like this runner, 60 % agreeing) move a shoe by at
        /// most 0.05, said with their counts. Without it the ranking is the catalogue's alone.
        #[arg(long, value_name = "DIR")]
        sessions: Option<PathBuf>,
    },
    /// Write a printable fitting report (self-contained HTML, pictures embedded): the inputs,
    /// the top choices with their reasons, the shoes tried on and, with knee pain, the advice.
    Report {
        /// The catalogue file (.ron); without it, the built-in sample (said on standard
        /// error).
        #[arg(long)]
        catalogue: Option<PathBuf>,
        /// The runner's profile or fitting session (.ron).
        #[arg(long)]
        profile: PathBuf,
        /// Where to write the report (.html). A file already there is left alone unless
        /// --force is given.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// Replace the file at --out if there is one (it is kept as a numbered backup beside
        /// it). Never a catalogue, a profile or a session, even with --force.
        #[arg(long)]
        force: bool,
        /// How many top choices to show (default 5); the same shoes in the same order as `recommend`.
        #[arg(long, value_name = "N", default_value_t = 5)]
        top: usize,
        /// Weigh a factor, as for `recommend` (0 to 100). Repeatable.
        #[arg(long, value_name = "FACTOR=WEIGHT")]
        priority: Vec<String>,
        /// The shop's sessions folder, whose evidence moves the ranking, as for `recommend`.
        #[arg(long, value_name = "DIR")]
        sessions: Option<PathBuf>,
    },
    /// What the shop's fittings show, from its sessions folder: per shoe, how often it was
    /// tried, how it felt, bought, and how the pairs went, by the customer's width, gait and
    /// weight band; the mix of customers; with --catalogue, the needs few shoes meet.
    /// Anonymous: no customer's name is printed.
    Insights {
        /// The sessions folder.
        #[arg(long, value_name = "DIR")]
        sessions: PathBuf,
        /// The catalogue, for the shoes' names and the needs few of its shoes meet.
        #[arg(long)]
        catalogue: Option<PathBuf>,
        /// Count only visits on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Count only visits on or before this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Print one JSON object instead.
        #[arg(long)]
        json: bool,
    },
    /// Write the built-in sample catalogue into a folder, with its pictures: catalogue.ron
    /// and images/. A copy to edit; refuses to overwrite any file.
    Sample {
        /// The folder to write into (made if need be).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// What `main` should do after the command line was read.
pub enum Outcome {
    /// Open the window, on this catalogue if one was named.
    Window(Option<PathBuf>),
    /// A command ran; exit with this code.
    Exit(u8),
}

/// Runs a command with its output going to `out` and messages to `err`.
pub fn run(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            use clap::error::ErrorKind;
            let code = match error.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => 1,
            };
            let rendered = error.render().to_string();
            let _ = if code == 0 {
                out.write_all(rendered.as_bytes())
            } else {
                err.write_all(rendered.as_bytes())
            };
            return Outcome::Exit(code);
        }
    };
    match cli.command {
        None => Outcome::Window(cli.catalogue),
        Some(Command::Check { json, catalogue }) => Outcome::Exit(check::run(
            catalogue.as_deref(),
            json,
            cli.lang.words(),
            out,
            err,
        )),
        Some(Command::Recommend {
            catalogue,
            profile,
            top,
            json,
            priority,
            no_what_if,
            sessions,
        }) => {
            let request = recommend::Request {
                catalogue,
                profile,
                top,
                json,
                priorities: priority,
                what_if: !no_what_if,
                lang: cli.lang,
                sessions,
            };
            Outcome::Exit(recommend::run(&request, out, err))
        }
        Some(Command::Report {
            catalogue,
            profile,
            out: file,
            force,
            top,
            priority,
            sessions,
        }) => {
            let request = recommend::Request {
                catalogue,
                profile,
                top: Some(top),
                json: false,
                priorities: priority,
                what_if: true,
                lang: cli.lang,
                sessions,
            };
            Outcome::Exit(report::run(&request, &file, force, err))
        }
        Some(command @ Command::Insights { .. }) => insights(command, cli.lang, out, err),
        Some(Command::Sample { out: folder }) => sample(&folder, out, err),
    }
}

/// Runs `insights`.
fn insights(command: Command, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let Command::Insights {
        sessions,
        catalogue,
        since,
        until,
        json,
    } = command
    else {
        return Outcome::Exit(1);
    };
    let request = insights::Request {
        sessions,
        catalogue,
        dates: crate::evidence::Dates { since, until },
        json,
        lang,
    };
    Outcome::Exit(insights::run(&request, out, err))
}

/// Runs `sample`: the built-in catalogue written into `folder`.
fn sample(folder: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match crate::sample::write_to(folder) {
        Ok(catalogue) => {
            let _ = writeln!(
                out,
                "Wrote the sample catalogue to {} with its pictures in {}",
                catalogue.display(),
                folder.join("images").display()
            );
            Outcome::Exit(0)
        }
        Err(why) => {
            let _ = writeln!(err, "error: {}", crate::words::Lang::En.words().say(&why));
            Outcome::Exit(1)
        }
    }
}
