//! The web page's address carries the runner's inputs, so that a result can be bookmarked
//! or sent ("the shoes for me"), and opening the address shows it again. The inputs are
//! written as a runner profile, in the format of the command line's `--profile` files
//! (`docs/catalogue-format.md`), on one line, in the query's [`PARAMETER`]; never a
//! customer's name or fitting.

use super::ShoeApp;
use super::command::InputsCommand;
use crate::catalogue::Diagnostic;
use crate::profile::{Profile, parse_profile};
use crate::words::Say;
use std::path::Path;

/// The query parameter that holds the inputs: `?profile=(...)`.
pub const PARAMETER: &str = "profile";

/// The runner's inputs as the address writes them: a profile on one line, without a
/// customer.
pub fn profile_text(profile: &Profile) -> String {
    // Named, as a profile file starts, so that a problem in it is placed at its field.
    ron::to_string(&profile.inputs())
        .map_or_else(|_| String::new(), |text| format!("Profile{text}"))
}

/// The inputs the address gives, read and checked as a profile file is: its problems are
/// placed at their line and column of the parameter's text.
pub fn profile_from(text: &str) -> Result<Profile, Vec<Diagnostic>> {
    parse_profile(text, Path::new(&format!("?{PARAMETER}="))).map(|profile| profile.inputs())
}

impl ShoeApp {
    /// Takes the inputs an address gives (`text`, the [`PARAMETER`]'s value): the finder
    /// ranks for them; inputs that do not read leave the runner's as they were, and say
    /// where the address is wrong.
    pub fn take_address(&mut self, text: &str) {
        match profile_from(text) {
            Ok(profile) => self.push(InputsCommand::SetProfile(Box::new(profile))),
            Err(problems) => {
                let words = self.words();
                let first = problems
                    .first()
                    .map(|d| d.line_in(words))
                    .unwrap_or_default();
                self.notify(Say::new("notice-address-unread").text("error", first));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Feet, Pronation, RunsIn, Season, Want};

    /// Every input goes into the address and comes back the same; the customer does not go.
    #[test]
    fn the_inputs_go_into_the_address_and_come_back_the_same() {
        let profile = Profile {
            pronation: Pronation::Over,
            season: Season::Winter,
            weight_kg: 91.5,
            budget: Some(140.0),
            customer: Some("Anna Berg".to_string()),
            feet: Some(Feet {
                left_mm: 268.0,
                right_mm: 272.0,
                left_width_mm: None,
                right_width_mm: Some(104.0),
            }),
            runs_in: Some(RunsIn {
                shoe: Some("brooks-ghost-16".into()),
                model: None,
                size: Some(crate::units::ShoeSize::UsMen(10.0)),
                fit: Vec::new(),
                wants: vec![Want::Softer],
                km: Some(650.0),
            }),
            ..Profile::default()
        };
        let text = profile_text(&profile);
        assert!(!text.contains('\n'), "one line: {text}");
        assert!(!text.contains("Anna"), "no customer: {text}");
        assert_eq!(profile_from(&text), Ok(profile.inputs()));
    }

    /// An address whose inputs do not read says where, as a profile file's problems are.
    #[test]
    fn inputs_that_do_not_read_are_said_at_their_place() {
        let text = profile_text(&Profile {
            weight_kg: 90.0,
            ..Profile::default()
        })
        .replace("weight_kg:90.0", "weight_kg:900.0");
        let problems = profile_from(&text).expect_err("out of range");
        assert_eq!(problems[0].file, Path::new("?profile="));
        let column = text.find("900.0").expect("the weight") + 1;
        assert_eq!(
            (problems[0].line, problems[0].column),
            (1, column),
            "{text}"
        );
        assert!(profile_from("(season: Monsoon)").is_err());
    }
}
