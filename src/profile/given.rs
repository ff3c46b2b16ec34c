//! The runner's inputs as one list: what the profile gives, in the order the ranking weighs
//! them, each able to say its value. The summary line, the report's table and the ranking's
//! "was this given" all read this list.

use super::{Experience, FootStrike, Profile, Pronation, PronationSeverity, Season};
use crate::catalogue::{Foam, Purpose, Surface, Width};
use crate::units::money;
use crate::words::{Say, Words};

/// One input the runner gave, with its value.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// How wide the feet are.
    FootWidth(Width),
    /// Body weight in kg.
    Weight(f64),
    /// How the foot rolls on landing, and how markedly when said.
    Pronation(Pronation, Option<PronationSeverity>),
    /// When the runner mostly runs.
    Season(Season),
    /// Where the runner mostly runs.
    Surface(Surface),
    /// What the pair is for.
    Purpose(Purpose),
    /// Which part of the foot lands first.
    FootStrike(FootStrike),
    /// Whether the knees hurt.
    KneePain(bool),
    /// Custom orthotics.
    Orthotics(bool),
    /// How long and how hard the runner has been running.
    Experience(Experience),
    /// Kilometres a week.
    WeeklyKm(f64),
    /// Achilles or calf trouble.
    AchillesPain(bool),
    /// The drop of the shoes run in now, in mm.
    CurrentDrop(f64),
    /// The foam the runner likes.
    PreferredFoam(Foam),
    /// What the runner means to spend.
    Budget(f64),
    /// The EU size.
    Size(f64),
    /// Both feet's lengths, left and right, in mm.
    Feet(f64, f64),
    /// The shoes run in now.
    RunsIn(Box<super::RunsIn>),
}

impl Profile {
    /// Every input the runner gave, in the order the ranking weighs them: the main five
    /// always, the others when given. Nothing of a customer or a fitting.
    pub fn given(&self) -> impl Iterator<Item = Input> {
        [
            Some(Input::FootWidth(self.foot_width)),
            Some(Input::Weight(self.weight_kg)),
            Some(Input::Pronation(self.pronation, self.severity())),
            Some(Input::Season(self.season)),
            Some(Input::Surface(self.surface)),
            self.purpose.map(Input::Purpose),
            self.foot_strike.map(Input::FootStrike),
            self.knee_pain.map(Input::KneePain),
            self.orthotics.map(Input::Orthotics),
            self.experience.map(Input::Experience),
            self.weekly_km.map(Input::WeeklyKm),
            self.achilles_pain.map(Input::AchillesPain),
            self.current_drop_mm.map(Input::CurrentDrop),
            self.preferred_foam.map(Input::PreferredFoam),
            self.budget.map(Input::Budget),
            self.size_eu.map(Input::Size),
            self.feet
                .map(|feet| Input::Feet(feet.left_mm, feet.right_mm)),
            self.runs_in
                .clone()
                .map(|runs_in| Input::RunsIn(Box::new(runs_in))),
        ]
        .into_iter()
        .flatten()
    }
}

impl Input {
    /// The value as a table row says it: "wide", "92 kg", "overpronation (marked)", "yes".
    pub fn value(&self) -> Say {
        let word = |id: &'static str| Say::new("spec-word").word("word", id);
        let yes_no = |yes: bool| word(if yes { "input-yes" } else { "input-no" });
        match *self {
            Input::Feet(left, right) => Say::new("input-feet")
                .text("left", crate::units::number(left))
                .text("right", crate::units::number(right)),
            Input::RunsIn(ref runs_in) => runs_in_value(runs_in),
            Input::FootWidth(width) => word(width.message()),
            Input::Weight(kg) => Say::new("input-weight").kg("kg", kg),
            Input::Pronation(pronation, Some(severity)) => Say::new("input-pronation-severity")
                .word("pronation", pronation.message())
                .word("severity", severity.message()),
            Input::Pronation(pronation, None) => word(pronation.message()),
            Input::Season(season) => word(season.message()),
            Input::Surface(surface) => word(surface.message()),
            Input::Purpose(purpose) => word(purpose.message()),
            Input::FootStrike(strike) => word(strike.message()),
            Input::KneePain(yes) | Input::Orthotics(yes) | Input::AchillesPain(yes) => yes_no(yes),
            Input::Experience(experience) => word(experience.message()),
            Input::WeeklyKm(km) => Say::new("input-km").num("km", km),
            Input::CurrentDrop(mm) => Say::new("input-mm").num("mm", mm),
            Input::PreferredFoam(foam) => word(foam.message()),
            Input::Budget(budget) => Say::new("spec-list").text("list", money(budget)),
            Input::Size(size) => Say::new("input-size").num("size", size),
        }
    }

    /// The input in a few words after the main five in a summary line ("heel strike",
    /// "knee pain"); None for the main five (said in the line's start, but for a
    /// pronation's severity) and for an answer of no.
    fn phrase(&self) -> Option<Say> {
        Some(match *self {
            Input::Feet(left, right) => {
                Say::new("summary-feet").text("foot", crate::units::number(left.max(right)))
            }
            Input::RunsIn(ref runs_in) => Say::new("summary-runs-in").text("shoe", runs_in.name()),
            Input::FootWidth(_)
            | Input::Weight(_)
            | Input::Pronation(_, None)
            | Input::Season(_)
            | Input::Surface(_)
            | Input::KneePain(false)
            | Input::Orthotics(false)
            | Input::AchillesPain(false) => return None,
            Input::Pronation(_, Some(severity)) => {
                Say::new("summary-severity").word("severity", severity.message())
            }
            Input::Purpose(purpose) => {
                Say::new("summary-purpose").word("purpose", purpose.message())
            }
            Input::FootStrike(strike) => {
                Say::new("summary-strike").word("strike", strike.message())
            }
            Input::KneePain(true) => Say::new("summary-knee-pain"),
            Input::Orthotics(true) => Say::new("summary-orthotics"),
            Input::Experience(experience) => {
                Say::new("summary-experience").word("experience", experience.message())
            }
            Input::WeeklyKm(km) => Say::new("summary-weekly-km").num("km", km),
            Input::AchillesPain(true) => Say::new("summary-achilles"),
            Input::CurrentDrop(drop) => Say::new("summary-current-drop").num("drop", drop),
            Input::PreferredFoam(foam) => Say::new("summary-foam").word("foam", foam.message()),
            Input::Budget(budget) => Say::new("summary-budget").num("budget", budget),
            Input::Size(size) => Say::new("summary-size").num("size", size),
        })
    }
}

/// The pair run in now as a table row says it: "brooks-ghost-16, EU 44, fits well".
fn runs_in_value(runs_in: &super::RunsIn) -> Say {
    let mut parts = vec![Say::new("spec-list").text("list", runs_in.name())];
    if let Some(size) = runs_in.size {
        parts.push(super::size_said(size));
    }
    parts.extend(
        runs_in
            .fit
            .iter()
            .map(|fit| Say::new("spec-word").word("word", fit.message())),
    );
    if !runs_in.wants.is_empty() {
        parts.push(
            Say::new("input-wants").words("wants", runs_in.wants.iter().map(|w| w.message())),
        );
    }
    if let Some(km) = runs_in.km {
        parts.push(Say::new("input-km-on").num("km", km));
    }
    Say::new("input-list").says("parts", parts)
}

/// The profile in a few words: "wide feet, 92 kg, overpronation, winter, road; knee pain".
pub fn summary(profile: &Profile, words: &Words) -> String {
    let mut text = words.say(
        &Say::new("summary-main")
            .word("width", profile.foot_width.message())
            .kg("kg", profile.weight_kg)
            .word("pronation", profile.pronation.message())
            .word("season", profile.season.message())
            .word("surface", profile.surface.short_message()),
    );
    let extra: Vec<String> = profile
        .given()
        .filter_map(|input| input.phrase())
        .map(|say| words.say(&say))
        .collect();
    if !extra.is_empty() {
        text.push_str("; ");
        text.push_str(&extra.join(", "));
    }
    text
}
