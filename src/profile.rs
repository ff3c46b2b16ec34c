//! The runner's inputs: the five main ones every ranking needs and the optional ones that
//! make a better fit, with their loading from profile files of format 1.

use crate::catalogue::fields::{FieldMap, FieldSpec, check_record, describe_ron_error};
use crate::catalogue::validate::out_of_range;
use crate::catalogue::{
    Diagnostic, DiagnosticKind, Foam, Purpose, SourceMap, Surface, Width, file_enum, read_text,
    ron_options,
};
use crate::units::{ShoeSize, SizeSystem, number};
use crate::words::Say;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

mod feet;
mod given;
pub use feet::{
    FEET_APART_MM, FOOT_MM, FOOT_WIDTH_MM, Feet, RUNS_IN_KM, RunsIn, RunsInFit, WORN_KM, Want,
    size_said,
};
pub use given::{Input, summary};

file_enum!(
    /// How the foot rolls on landing.
    Pronation { Neutral => "neutral", Over => "overpronation", Under => "underpronation (supination)" }
);
file_enum!(
    /// When the runner mostly runs.
    Season { Summer => "summer", SpringAutumn => "spring and autumn", Winter => "winter" }
);
file_enum!(
    /// Which part of the foot lands first.
    FootStrike { Heel => "heel", Midfoot => "midfoot", Forefoot => "forefoot" }
);
file_enum!(
    /// How long and how hard the runner has been running.
    Experience { Beginner => "beginner", Regular => "regular runner", Competitive => "competitive runner" }
);

file_enum!(
    /// How marked an over- or underpronation is: mild (a slight lean, some wear on one edge)
    /// or marked (flat feet or high arches, knees falling in, heavy wear on one edge).
    PronationSeverity { Mild => "mild", Marked => "marked" }
);

file_enum!(
    /// How a shoe felt when the runner tried it on in the shop.
    Feel {
        Fits => "fits well",
        TooNarrow => "too narrow",
        TooWide => "too wide",
        HeelSlips => "the heel slips",
        TooSoft => "too soft",
        TooFirm => "too firm",
        Liked => "liked",
        Disliked => "disliked",
    }
);

/// A shoe tried on during a fitting, and how it felt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Tried", deny_unknown_fields)]
pub struct Tried {
    /// The shoe's id in the catalogue.
    pub shoe: String,
    /// The size tried, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<ShoeSize>,
    /// How it felt; empty when nothing was said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feel: Vec<Feel>,
    /// What the fitter noted about it, in their own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

file_enum!(
    /// What went wrong with a pair bought at the shop, as the customer tells it later.
    PairTrouble {
        TooSmall => "too small",
        TooBig => "too big",
        TooNarrow => "too narrow",
        TooWide => "too wide",
        Blisters => "blisters",
        TooSoft => "too soft",
        TooFirm => "too firm",
        Pain => "pain",
        WoreOut => "wore out early",
    }
);

/// What the customer bought at a visit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Bought {
    /// This shoe, by its id in the catalogue.
    Shoe(String),
    /// Nothing.
    Nothing,
}

/// How the pair bought at the customer's previous visit went, told at the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LastPair {
    /// The customer is happy with it.
    Happy,
    /// The pair came back to the shop, and why.
    Returned(Vec<PairTrouble>),
    /// The customer kept it but it caused trouble, and what.
    Trouble(Vec<PairTrouble>),
}

impl LastPair {
    /// Whether the customer came back happy.
    pub fn happy(&self) -> bool {
        matches!(self, LastPair::Happy)
    }

    /// What went wrong, if anything.
    pub fn troubles(&self) -> &[PairTrouble] {
        match self {
            LastPair::Happy => &[],
            LastPair::Returned(why) | LastPair::Trouble(why) => why,
        }
    }
}

/// A pair bought at an earlier visit, and how it went as the customer told it at the next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JudgedPair<'a> {
    /// The shoe bought, by its id in the catalogue.
    pub shoe: &'a str,
    /// The day it was bought, when known.
    pub bought_on: Option<&'a str>,
    /// How it went.
    pub went: &'a LastPair,
}

/// An earlier visit of a returning customer, kept in their session file: the day, the shoes
/// tried, what was bought and how the pair before it went.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename = "Visit", deny_unknown_fields)]
pub struct Visit {
    /// The day of the visit, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The shoes tried on, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tried: Vec<Tried>,
    /// What the customer bought.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bought: Option<Bought>,
    /// The size of the pair bought, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bought_size: Option<ShoeSize>,
    /// How the pair bought at the visit before went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pair: Option<LastPair>,
    /// The runner's inputs at that visit (a profile of inputs only), so the visit can be
    /// ranked again as it was; absent in sessions written before visits kept them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Box<Profile>>,
}

/// What the runner tells us. A fitting session is a profile with the optional `customer`,
/// `date` and `tried` fields filled in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
pub struct Profile {
    /// How wide the runner's feet are: a shoe not made in this width is left out.
    pub foot_width: Width,
    /// Body weight in kilograms, within [`WEIGHT_KG`], whatever unit the window shows.
    pub weight_kg: f64,
    /// How the foot rolls on landing.
    pub pronation: Pronation,
    /// When the runner mostly runs.
    pub season: Season,
    /// Where the runner mostly runs.
    pub surface: Surface,
    /// Which part of the foot lands first; None when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foot_strike: Option<FootStrike>,
    /// Whether the knees hurt when running; None when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knee_pain: Option<bool>,
    /// Custom orthotics, which need a removable insole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orthotics: Option<bool>,
    /// How long and how hard the runner has been running; None when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<Experience>,
    /// In the catalogue's currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<f64>,
    /// The runner's shoe size in EU sizes, within [`SIZE_EU`], whatever system the window
    /// shows; a shoe not stocked in it is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_eu: Option<f64>,
    /// What this pair is for; everyday training when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// How far the runner runs in a week, in km, within [`WEEKLY_KM`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_km: Option<f64>,
    /// How marked the over- or underpronation is; read only with pronation `Over` or
    /// `Under` (see [`Profile::severity`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronation_severity: Option<PronationSeverity>,
    /// Achilles or calf trouble.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achilles_pain: Option<bool>,
    /// The drop of the shoes the runner runs in now, in mm, within [`CURRENT_DROP_MM`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_drop_mm: Option<f64>,
    /// The foam the runner likes underfoot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_foam: Option<Foam>,
    /// Both feet, measured: the size to take in each shoe is worked out from them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feet: Option<Feet>,
    /// How sizes are said to the runner; EU when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_system: Option<SizeSystem>,
    /// The shoes run in now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runs_in: Option<RunsIn>,
    /// The customer's name, in a fitting session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// The day of the fitting, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The shoes tried on, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tried: Vec<Tried>,
    /// What the customer bought at this visit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bought: Option<Bought>,
    /// The size of the pair bought at this visit, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bought_size: Option<ShoeSize>,
    /// How the pair bought at the customer's previous visit went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pair: Option<LastPair>,
    /// A returning customer's earlier visits, oldest first; this visit is the profile's own
    /// `date`, `tried`, `bought` and `last_pair`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visits: Vec<Visit>,
}

impl Default for Profile {
    /// The most common runner in a shop: standard feet, average weight, neutral gait, road.
    fn default() -> Self {
        Profile {
            foot_width: Width::Standard,
            weight_kg: 72.0,
            pronation: Pronation::Neutral,
            season: Season::SpringAutumn,
            surface: Surface::Road,
            foot_strike: None,
            knee_pain: None,
            orthotics: None,
            experience: None,
            budget: None,
            size_eu: None,
            purpose: None,
            weekly_km: None,
            pronation_severity: None,
            achilles_pain: None,
            current_drop_mm: None,
            preferred_foam: None,
            feet: None,
            size_system: None,
            runs_in: None,
            customer: None,
            date: None,
            tried: Vec::new(),
            bought: None,
            bought_size: None,
            last_pair: None,
            visits: Vec::new(),
        }
    }
}

impl Profile {
    /// A returning customer's new visit on `today`: this visit (its date, the shoes tried,
    /// what was bought and how the pair before went) joins the earlier visits, and today's
    /// starts with none of them. The same profile when its visit is already today's or has
    /// nothing in it.
    pub fn new_visit(&self, today: &str) -> Profile {
        let this = self.this_visit();
        let empty = this.date.is_none()
            && this.tried.is_empty()
            && this.bought.is_none()
            && this.last_pair.is_none();
        if self.date.as_deref() == Some(today) || empty {
            return self.clone();
        }
        let mut next = self.clone();
        next.visits.push(this);
        next.date = Some(today.to_string());
        next.tried.clear();
        next.bought = None;
        next.bought_size = None;
        next.last_pair = None;
        next
    }

    /// Every visit of the session, oldest first: the earlier ones, then this one.
    pub fn all_visits(&self) -> Vec<Visit> {
        let mut visits = self.visits.clone();
        visits.push(self.this_visit());
        visits
    }

    /// This visit: the profile's own date, shoes tried, what was bought and how the pair
    /// before went, with the inputs it was ranked for.
    fn this_visit(&self) -> Visit {
        Visit {
            date: self.date.clone(),
            tried: self.tried.clone(),
            bought: self.bought.clone(),
            bought_size: self.bought_size,
            last_pair: self.last_pair.clone(),
            inputs: Some(Box::new(self.inputs())),
        }
    }

    /// The runner's inputs alone: no customer, no visit, nothing tried or bought. What the
    /// window remembers between runs, and what a visit keeps of the inputs it was ranked for.
    pub fn inputs(&self) -> Profile {
        Profile {
            customer: None,
            date: None,
            tried: Vec::new(),
            bought: None,
            bought_size: None,
            last_pair: None,
            visits: Vec::new(),
            ..self.clone()
        }
    }

    /// Whether the profile holds anything of a customer: a name, a date, shoes tried or
    /// bought, how a pair went, earlier visits.
    pub fn has_customer(&self) -> bool {
        *self != self.inputs()
    }

    /// Every pair bought at an earlier visit that a later visit said how it went, oldest
    /// first: what this customer's own history says of those shoes.
    pub fn judged_pairs(&self) -> Vec<JudgedPair<'_>> {
        let verdicts = self
            .visits
            .iter()
            .skip(1)
            .map(|visit| visit.last_pair.as_ref())
            .chain(std::iter::once(self.last_pair.as_ref()));
        self.visits
            .iter()
            .zip(verdicts)
            .filter_map(|(visit, went)| match (&visit.bought, went) {
                (Some(Bought::Shoe(shoe)), Some(went)) => Some(JudgedPair {
                    shoe,
                    bought_on: visit.date.as_deref(),
                    went,
                }),
                _ => None,
            })
            .collect()
    }

    /// Whether the shoes tried on or the pairs bought before say the runner's width fitted
    /// too narrow (`narrow`) or too wide somewhere: then a what-if never asks whether the
    /// feet are narrower (or wider) still.
    pub fn found_too(&self, narrow: bool) -> bool {
        let (feel, trouble) = if narrow {
            (Feel::TooNarrow, PairTrouble::TooNarrow)
        } else {
            (Feel::TooWide, PairTrouble::TooWide)
        };
        self.tried.iter().any(|tried| tried.feel.contains(&feel))
            || self
                .judged_pairs()
                .iter()
                .any(|pair| pair.went.troubles().contains(&trouble))
    }

    /// The days of every visit, the earlier ones first, without copying the visits.
    pub fn visit_dates(&self) -> impl Iterator<Item = &str> {
        self.visits
            .iter()
            .filter_map(|visit| visit.date.as_deref())
            .chain(self.date.as_deref())
    }
}

/// The ranges of format 1, inclusive.
pub const WEIGHT_KG: (f64, f64) = (25.0, 250.0);
/// EU shoe sizes a runner can have.
pub const SIZE_EU: (f64, f64) = (15.0, 60.0);
/// Kilometres a week.
pub const WEEKLY_KM: (f64, f64) = (0.0, 300.0);
/// The drop of the shoes run in now, in mm: the shoes' own range.
pub const CURRENT_DROP_MM: (f64, f64) = crate::catalogue::validate::DROP_MM;

impl Profile {
    /// What this pair is for: everyday training unless the runner says otherwise.
    pub fn purpose(&self) -> Purpose {
        self.purpose.unwrap_or(Purpose::Daily)
    }

    /// How marked the over- or underpronation is; `None` for a neutral gait, whatever the
    /// file says, and when not given.
    pub fn severity(&self) -> Option<PronationSeverity> {
        match self.pronation {
            Pronation::Over | Pronation::Under => self.pronation_severity,
            Pronation::Neutral => None,
        }
    }

    /// Problems with the values, each with the field it is about.
    pub fn problems(&self) -> Vec<(ProfileField, Say)> {
        let mut problems: Vec<(ProfileField, Say)> = self
            .problems_of_values()
            .into_iter()
            .map(|(field, said)| (ProfileField::Top(field), said))
            .collect();
        let not_a_day = |date: &str| Say::new("profile-date-not-a-day").text("date", date);
        if let Some(date) = self.date.as_deref().filter(|d| !crate::dates::is_day(d)) {
            problems.push((ProfileField::Top("date"), not_a_day(date)));
        }
        for (index, visit) in self.visits.iter().enumerate() {
            if let Some(date) = visit.date.as_deref().filter(|d| !crate::dates::is_day(d)) {
                problems.push((ProfileField::Visit(index, "date"), not_a_day(date)));
            }
            if let Some(said) = visit.bought_size.and_then(feet::size_problem) {
                problems.push((ProfileField::Visit(index, "bought_size"), said));
            }
        }
        if let Some(feet) = &self.feet {
            for (field, said) in feet.problems() {
                problems.push((ProfileField::Within("feet", field), said));
            }
        }
        if let Some(runs_in) = &self.runs_in {
            for (field, said) in runs_in.problems() {
                problems.push((ProfileField::Within("runs_in", field), said));
            }
        }
        if let Some(said) = self.bought_size.and_then(feet::size_problem) {
            problems.push((ProfileField::Top("bought_size"), said));
        }
        for tried in &self.tried {
            if let Some(said) = tried.size.and_then(feet::size_problem) {
                problems.push((ProfileField::Top("tried"), said));
            }
        }
        problems
    }

    fn problems_of_values(&self) -> Vec<(&'static str, Say)> {
        let mut problems = Vec::new();
        if !(WEIGHT_KG.0..=WEIGHT_KG.1).contains(&self.weight_kg) {
            problems.push((
                "weight_kg",
                out_of_range("weight_kg", self.weight_kg, WEIGHT_KG, "unit-kg"),
            ));
        }
        if let Some(budget) = self.budget
            && (!budget.is_finite() || budget < 0.0)
        {
            problems.push((
                "budget",
                Say::new("check-budget-negative").text("budget", number(budget)),
            ));
        }
        if let Some(size) = self.size_eu
            && !(SIZE_EU.0..=SIZE_EU.1).contains(&size)
        {
            problems.push((
                "size_eu",
                out_of_range("size_eu", size, SIZE_EU, "unit-eu-size"),
            ));
        }
        let ranged = [
            ("weekly_km", self.weekly_km, WEEKLY_KM, "unit-km-a-week"),
            (
                "current_drop_mm",
                self.current_drop_mm,
                CURRENT_DROP_MM,
                "unit-mm",
            ),
        ];
        for (field, value, range, unit) in ranged {
            if let Some(value) = value
                && !(range.0..=range.1).contains(&value)
            {
                problems.push((field, out_of_range(field, value, range, unit)));
            }
        }
        problems
    }
}

/// Where in a profile a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    /// A field of the profile itself.
    Top(&'static str),
    /// A field of one of its earlier visits, by its place in `visits`.
    Visit(usize, &'static str),
    /// A field of a record in a field: `feet`'s `left_mm`.
    Within(&'static str, &'static str),
}

const PROFILE_FIELDS: &[FieldSpec] = &[
    FieldSpec::required::<Width>("foot_width", "Standard"),
    FieldSpec::required::<f64>("weight_kg", "70"),
    FieldSpec::required::<Pronation>("pronation", "Neutral"),
    FieldSpec::required::<Season>("season", "Summer"),
    FieldSpec::required::<Surface>("surface", "Road"),
    FieldSpec::optional::<FootStrike>("foot_strike"),
    FieldSpec::optional::<bool>("knee_pain"),
    FieldSpec::optional::<bool>("orthotics"),
    FieldSpec::optional::<Experience>("experience"),
    FieldSpec::optional::<f64>("budget"),
    FieldSpec::optional::<f64>("size_eu"),
    FieldSpec::optional::<Purpose>("purpose"),
    FieldSpec::optional::<f64>("weekly_km"),
    FieldSpec::optional::<PronationSeverity>("pronation_severity"),
    FieldSpec::optional::<bool>("achilles_pain"),
    FieldSpec::optional::<f64>("current_drop_mm"),
    FieldSpec::optional::<Foam>("preferred_foam"),
    FieldSpec::optional::<Feet>("feet"),
    FieldSpec::optional::<SizeSystem>("size_system"),
    FieldSpec::optional::<RunsIn>("runs_in"),
    FieldSpec::optional::<String>("customer"),
    FieldSpec::optional::<String>("date"),
    FieldSpec::optional::<Vec<Tried>>("tried"),
    FieldSpec::optional::<Bought>("bought"),
    FieldSpec::optional::<ShoeSize>("bought_size"),
    FieldSpec::optional::<LastPair>("last_pair"),
    FieldSpec::optional::<Vec<Visit>>("visits"),
];

/// Reads and checks the profile at `path`.
pub fn load_profile(path: &Path) -> Result<Profile, Vec<Diagnostic>> {
    let text = read_text(path).map_err(|error| vec![error.to_diagnostic(path)])?;
    parse_profile(&text, path)
}

/// Reads and checks profile `text`; `file` names it in diagnostics.
pub fn parse_profile(text: &str, file: &Path) -> Result<Profile, Vec<Diagnostic>> {
    let map = SourceMap::new(text);
    match ron_options().from_str::<Profile>(text) {
        Ok(profile) => {
            let problems = profile.problems();
            if problems.is_empty() {
                return Ok(profile);
            }
            let record = check_record(&map, text, "Profile", PROFILE_FIELDS, &mut Vec::new());
            let fields = record.as_ref().map(|record| &record.fields);
            let visits: Vec<&ron::value::RawValue> = fields
                .and_then(|fields| fields.get("visits"))
                .and_then(|raw| ron_options().from_str(raw.get_ron()).ok())
                .unwrap_or_default();
            Err(problems
                .into_iter()
                .map(|(at, said)| {
                    let (offset, field) = match at {
                        ProfileField::Top(field) => (
                            fields.and_then(|fields| fields.value_offset(&map, field)),
                            field,
                        ),
                        ProfileField::Visit(index, field) => (
                            visits
                                .get(index)
                                .and_then(|raw| FieldMap::parse(raw.get_ron(), "Visit").ok())
                                .and_then(|visit| visit.value_offset(&map, field))
                                .or_else(|| fields.and_then(|f| f.value_offset(&map, "visits"))),
                            field,
                        ),
                        ProfileField::Within(outer, field) => (
                            fields
                                .and_then(|fields| fields.get(outer))
                                .and_then(|raw| {
                                    let name = if outer == "feet" { "Feet" } else { "RunsIn" };
                                    FieldMap::parse(raw.get_ron(), name).ok()
                                })
                                .and_then(|inner| inner.value_offset(&map, field))
                                .or_else(|| fields.and_then(|f| f.value_offset(&map, outer))),
                            field,
                        ),
                    };
                    let offset = offset.unwrap_or_else(|| map.value_start(0));
                    let mut diagnostic = Diagnostic::error(file, map.position(offset), said)
                        .of_kind(DiagnosticKind::OutOfRange);
                    diagnostic.field = Some(field.to_string());
                    diagnostic
                })
                .collect())
        }
        Err(typed_error) => {
            let mut problems = Vec::new();
            check_record(&map, text, "Profile", PROFILE_FIELDS, &mut problems);
            let mut diagnostics: Vec<Diagnostic> = problems
                .into_iter()
                .map(|p| Diagnostic::error(file, p.position, p.said).of_kind(p.kind))
                .collect();
            if diagnostics.is_empty() {
                diagnostics.push(Diagnostic::error(
                    file,
                    map.shift(text, typed_error.span.start),
                    describe_ron_error(&typed_error.code, None),
                ));
            }
            diagnostics.sort_by_key(|d| (d.line, d.column));
            Err(diagnostics)
        }
    }
}
