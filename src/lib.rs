//! The running-shoe selector: a runner's feet, weight, gait, season and surface matched
//! against a shop's RON catalogue, with every recommendation explained in plain words.
//!
//! The core ([`catalogue`], [`profile`], [`recommend`]) knows nothing of windows; the
//! command line ([`cli`]) and the desktop app (`app`) draw what it returns, in the words of
//! [`words`] (English and Russian).

// Habits of the house: every public item says what it is, no function runs past 80 lines
// (clippy.toml), and nothing is left printing to the terminal.
#![warn(missing_docs)]
#![warn(clippy::too_many_lines, clippy::dbg_macro, clippy::print_stderr)]

#[cfg(feature = "app")]
pub mod app;
pub mod catalogue;
pub mod cli;
pub mod dates;
pub mod evidence;
pub mod files;
pub mod knee_health;
pub mod pictures;
pub mod privacy;
pub mod profile;
pub mod recommend;
pub mod report;
pub mod sample;
pub mod session;
pub mod units;
pub mod words;
