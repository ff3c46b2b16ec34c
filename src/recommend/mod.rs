//! The recommender: a catalogue and a runner's profile in, shoes ranked with the reasons for
//! each out. Pure and deterministic: no I/O, no clock, no randomness.
//!
//! Each factor is a file with one `assess` function that scores a shoe for one input in
//! 0..=1 and says why, or excludes it when it fails a hard requirement (a width not made, a
//! fixed insole for orthotics, a size not stocked). A shoe's score is the weighted mean of
//! its factors' fits. Ranking needs only the fits; the words are produced on demand by
//! [`explain`], with the very same rules.

mod fitting;
mod optional;
mod pronation;
mod season;
mod surface;
mod weight;
pub mod what_if;
mod width;

use crate::catalogue::{Catalogue, Shoe};
use crate::profile::Profile;
use serde::Serialize;
use std::fmt;

/// One input the ranking weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    FootWidth,
    Weight,
    Pronation,
    Season,
    Surface,
    FootStrike,
    KneePain,
    Orthotics,
    Experience,
    Budget,
    Size,
    /// How the shoes tried on in a fitting felt.
    Fitting,
}

impl Factor {
    pub const ALL: [Factor; 12] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
        Factor::FootStrike,
        Factor::KneePain,
        Factor::Orthotics,
        Factor::Experience,
        Factor::Budget,
        Factor::Size,
        Factor::Fitting,
    ];

    /// The five every runner gives.
    pub const MAIN: [Factor; 5] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
    ];

    /// The name on the command line and in JSON: `foot_width`.
    pub fn key(self) -> &'static str {
        match self {
            Factor::FootWidth => "foot_width",
            Factor::Weight => "weight",
            Factor::Pronation => "pronation",
            Factor::Season => "season",
            Factor::Surface => "surface",
            Factor::FootStrike => "foot_strike",
            Factor::KneePain => "knee_pain",
            Factor::Orthotics => "orthotics",
            Factor::Experience => "experience",
            Factor::Budget => "budget",
            Factor::Size => "size",
            Factor::Fitting => "fitting",
        }
    }

    /// The name for people: "Foot width".
    pub fn label(self) -> &'static str {
        match self {
            Factor::FootWidth => "Foot width",
            Factor::Weight => "Body weight",
            Factor::Pronation => "Pronation",
            Factor::Season => "Season",
            Factor::Surface => "Surface",
            Factor::FootStrike => "Foot strike",
            Factor::KneePain => "Knee pain",
            Factor::Orthotics => "Orthotics",
            Factor::Experience => "Experience",
            Factor::Budget => "Budget",
            Factor::Size => "Shoe size",
            Factor::Fitting => "Tried on",
        }
    }

    pub fn from_key(key: &str) -> Option<Factor> {
        Factor::ALL.into_iter().find(|factor| factor.key() == key)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Whether the runner gave this input. The main five are always given.
    pub fn is_given(self, profile: &Profile) -> bool {
        match self {
            Factor::FootWidth
            | Factor::Weight
            | Factor::Pronation
            | Factor::Season
            | Factor::Surface => true,
            Factor::FootStrike => profile.foot_strike.is_some(),
            Factor::KneePain => profile.knee_pain.is_some(),
            Factor::Orthotics => profile.orthotics.is_some(),
            Factor::Experience => profile.experience.is_some(),
            Factor::Budget => profile.budget.is_some(),
            Factor::Size => profile.size_eu.is_some(),
            Factor::Fitting => !profile.tried.is_empty(),
        }
    }
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.key())
    }
}

/// How well a shoe suits one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Poor,
    Caution,
    Good,
}

impl Verdict {
    /// The verdict a factor's fit earns.
    pub fn of(fit: f64) -> Verdict {
        if fit >= 0.8 {
            Verdict::Good
        } else if fit >= 0.5 {
            Verdict::Caution
        } else {
            Verdict::Poor
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Caution => "caution",
            Verdict::Poor => "poor",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One sentence of explanation: which input, how well, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub factor: Factor,
    pub verdict: Verdict,
    pub text: String,
}

/// What one factor says of a shoe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Fit {
    /// How well it suits, 0..=1.
    Score(f64),
    /// It fails a hard requirement: not recommended whatever else it offers.
    Excluded,
}

/// Collects a factor's reasons when explaining; costs nothing when only ranking.
pub(crate) struct Notes<'a> {
    factor: Factor,
    reasons: Option<&'a mut Vec<Reason>>,
}

impl Notes<'_> {
    pub fn say(&mut self, verdict: Verdict, text: impl FnOnce() -> String) {
        if let Some(reasons) = self.reasons.as_deref_mut() {
            reasons.push(Reason {
                factor: self.factor,
                verdict,
                text: text(),
            });
        }
    }

    pub fn good(&mut self, text: impl FnOnce() -> String) {
        self.say(Verdict::Good, text);
    }

    pub fn caution(&mut self, text: impl FnOnce() -> String) {
        self.say(Verdict::Caution, text);
    }

    pub fn poor(&mut self, text: impl FnOnce() -> String) {
        self.say(Verdict::Poor, text);
    }

    /// One of three texts, by the verdict `fit` earns.
    pub fn by_fit(
        &mut self,
        fit: f64,
        good: impl FnOnce() -> String,
        caution: impl FnOnce() -> String,
        poor: impl FnOnce() -> String,
    ) {
        match Verdict::of(fit) {
            Verdict::Good => self.good(good),
            Verdict::Caution => self.caution(caution),
            Verdict::Poor => self.poor(poor),
        }
    }
}

/// What every factor may look at besides the shoe.
pub(crate) struct Context<'a> {
    pub profile: &'a Profile,
    pub catalogue_currency: Option<&'a str>,
    /// The shoes tried on in a fitting, found in the catalogue, with how they felt.
    pub tried: Vec<(&'a Shoe, &'a crate::profile::Tried)>,
}

impl<'a> Context<'a> {
    pub fn new(catalogue: &'a Catalogue, profile: &'a Profile) -> Self {
        let tried = profile
            .tried
            .iter()
            .filter_map(|t| {
                catalogue
                    .shoes
                    .iter()
                    .find(|s| s.id == t.shoe)
                    .map(|shoe| (shoe, t))
            })
            .collect();
        Context {
            profile,
            catalogue_currency: catalogue.currency.as_deref(),
            tried,
        }
    }

    pub fn currency_of<'s>(&'s self, shoe: &'s Shoe) -> Option<&'s str> {
        shoe.currency.as_deref().or(self.catalogue_currency)
    }
}

type Assess = fn(&Shoe, &Context, &mut Notes) -> Fit;

/// The rule of each factor, in the order of [`Factor::ALL`].
const RULES: [Assess; 12] = [
    width::assess,
    weight::assess,
    pronation::assess,
    season::assess,
    surface::assess,
    optional::foot_strike,
    optional::knee_pain,
    optional::orthotics,
    optional::experience,
    optional::budget,
    optional::size,
    fitting::assess,
];

/// How much each factor counts: 1 by default, 0 to leave it out of the score. Hard
/// requirements apply whatever their weight.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub struct Priorities([f64; 12]);

impl Default for Priorities {
    /// Every input counts once; how shoes felt on the feet counts twice, as a fitter would
    /// trust it over any spec.
    fn default() -> Self {
        let mut weights = [1.0; 12];
        weights[Factor::Fitting as usize] = 2.0;
        Priorities(weights)
    }
}

impl Priorities {
    pub fn get(&self, factor: Factor) -> f64 {
        self.0[factor.index()]
    }

    /// Sets a weight; negative or non-finite weights are refused.
    pub fn set(&mut self, factor: Factor, weight: f64) -> Result<(), String> {
        if !weight.is_finite() || weight < 0.0 {
            return Err(format!(
                "the weight of `{factor}` must be a number 0 or more, not {weight}"
            ));
        }
        self.0[factor.index()] = weight;
        Ok(())
    }

    pub fn is_default(&self) -> bool {
        *self == Priorities::default()
    }

    /// Applies `FACTOR=WEIGHT`, as given on the command line.
    pub fn apply(&mut self, assignment: &str) -> Result<(), String> {
        let Some((key, weight)) = assignment.split_once('=') else {
            return Err(format!(
                "`{assignment}` is not FACTOR=WEIGHT, like `weight=2`"
            ));
        };
        let key = key.trim();
        let Some(factor) = Factor::from_key(key) else {
            let keys: Vec<&str> = Factor::ALL.iter().map(|f| f.key()).collect();
            return Err(format!(
                "unknown factor `{key}`; the factors are {}",
                keys.join(", ")
            ));
        };
        let weight: f64 = weight.trim().parse().map_err(|_| {
            format!(
                "the weight of `{key}` must be a number 0 or more, not `{}`",
                weight.trim()
            )
        })?;
        self.set(factor, weight)
    }
}

/// A recommended shoe.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// 1 for the best.
    pub rank: usize,
    /// Index of the shoe in the catalogue.
    pub shoe: usize,
    /// The weighted mean of the factors' fits, 0..=1, rounded to 4 decimals.
    pub score: f64,
    /// Each given factor's fit, in the order of [`Factor::ALL`].
    pub fits: Fits,
}

impl Recommendation {
    pub fn fit(&self, factor: Factor) -> Option<f64> {
        self.fits.get(factor)
    }
}

/// The fit of each given factor, kept inline (ranking a large catalogue allocates nothing
/// per shoe). Iterates as `(Factor, fit)` in the order of [`Factor::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Fits {
    values: [f64; 12],
    given: u16,
}

impl Fits {
    fn set(&mut self, factor: Factor, fit: f64) {
        self.values[factor.index()] = fit;
        self.given |= 1 << factor.index();
    }

    pub fn get(&self, factor: Factor) -> Option<f64> {
        (self.given & (1 << factor.index()) != 0).then(|| self.values[factor.index()])
    }

    pub fn iter(&self) -> impl Iterator<Item = (Factor, f64)> + '_ {
        Factor::ALL
            .into_iter()
            .filter_map(|factor| self.get(factor).map(|fit| (factor, fit)))
    }
}

/// A shoe left out, and the hard requirements it fails.
#[derive(Debug, Clone, PartialEq)]
pub struct Exclusion {
    pub shoe: usize,
    pub failed: Vec<Factor>,
    /// The fits of the factors it does not fail, as a recommended shoe would have them.
    pub fits: Fits,
}

impl Exclusion {
    /// The verdict for `factor`: poor for a failed hard requirement, else by its fit.
    pub fn verdict(&self, factor: Factor) -> Option<Verdict> {
        if self.failed.contains(&factor) {
            Some(Verdict::Poor)
        } else {
            self.fits.get(factor).map(Verdict::of)
        }
    }
}

/// Every shoe of the catalogue, recommended or excluded, exactly once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking {
    /// Best first; equal scores in order of id.
    pub recommendations: Vec<Recommendation>,
    /// In order of id.
    pub excluded: Vec<Exclusion>,
}

/// Ranks every shoe of `catalogue` for `profile`.
pub fn rank(catalogue: &Catalogue, profile: &Profile, priorities: &Priorities) -> Ranking {
    rank_ordered(catalogue, profile, priorities, None)
}

/// Each shoe's place when the catalogue is sorted by id, to break ties between equal scores
/// without comparing strings; worth it when one catalogue is ranked many times.
pub fn id_order(catalogue: &Catalogue) -> Vec<u32> {
    let mut by_id: Vec<usize> = (0..catalogue.shoes.len()).collect();
    by_id.sort_unstable_by(|&a, &b| catalogue.shoes[a].id.cmp(&catalogue.shoes[b].id));
    let mut order = vec![0; by_id.len()];
    for (place, shoe) in by_id.into_iter().enumerate() {
        order[shoe] = place as u32;
    }
    order
}

/// [`rank`], breaking ties with a precomputed [`id_order`] when one is given.
pub(crate) fn rank_ordered(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    order: Option<&[u32]>,
) -> Ranking {
    let context = Context::new(catalogue, profile);
    let given: Vec<Factor> = Factor::ALL
        .into_iter()
        .filter(|f| f.is_given(profile))
        .collect();
    let mut ranking = Ranking {
        recommendations: Vec::with_capacity(catalogue.shoes.len()),
        excluded: Vec::new(),
    };
    for (index, shoe) in catalogue.shoes.iter().enumerate() {
        let mut fits = Fits::default();
        let mut failed = Vec::new();
        for &factor in &given {
            let mut notes = Notes {
                factor,
                reasons: None,
            };
            match RULES[factor.index()](shoe, &context, &mut notes) {
                Fit::Score(fit) => fits.set(factor, fit.clamp(0.0, 1.0)),
                Fit::Excluded => failed.push(factor),
            }
        }
        if failed.is_empty() {
            let score = weighted_mean(&fits, priorities);
            ranking.recommendations.push(Recommendation {
                rank: 0,
                shoe: index,
                score,
                fits,
            });
        } else {
            ranking.excluded.push(Exclusion {
                shoe: index,
                failed,
                fits,
            });
        }
    }
    let id = |index: usize| catalogue.shoes[index].id.as_str();
    // Ids are unique, so an unstable sort is still fully determined.
    match order {
        Some(order) => ranking.recommendations.sort_unstable_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| order[a.shoe].cmp(&order[b.shoe]))
        }),
        None => ranking.recommendations.sort_unstable_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| id(a.shoe).cmp(id(b.shoe)))
        }),
    }
    for (i, recommendation) in ranking.recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
    }
    match order {
        Some(order) => ranking.excluded.sort_unstable_by_key(|e| order[e.shoe]),
        None => ranking
            .excluded
            .sort_unstable_by(|a, b| id(a.shoe).cmp(id(b.shoe))),
    }
    ranking
}

/// The score of a set of fits: their weighted mean, rounded to 4 decimals so that the
/// printed score orders exactly as the ranking does. With every weight at 0 nothing counts
/// for or against a shoe, and every score is 0.5.
fn weighted_mean(fits: &Fits, priorities: &Priorities) -> f64 {
    let (sum, total) = fits.iter().fold((0.0, 0.0), |(sum, total), (factor, fit)| {
        let weight = priorities.get(factor);
        (sum + weight * fit, total + weight)
    });
    let mean = if total > 0.0 { sum / total } else { 0.5 };
    (mean.clamp(0.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// Every reason for `shoe` and this runner, factor by factor: for a recommended shoe what
/// suits and what does not, for an excluded one also why it was left out.
pub fn explain(catalogue: &Catalogue, shoe: &Shoe, profile: &Profile) -> Vec<Reason> {
    let context = Context::new(catalogue, profile);
    let mut reasons = Vec::new();
    for factor in Factor::ALL.into_iter().filter(|f| f.is_given(profile)) {
        let mut notes = Notes {
            factor,
            reasons: Some(&mut reasons),
        };
        RULES[factor.index()](shoe, &context, &mut notes);
    }
    reasons
}

/// Only the reasons that exclude `shoe`: one or more per failed hard requirement.
pub fn exclusion_reasons(catalogue: &Catalogue, shoe: &Shoe, profile: &Profile) -> Vec<Reason> {
    let context = Context::new(catalogue, profile);
    let mut reasons = Vec::new();
    for factor in Factor::ALL.into_iter().filter(|f| f.is_given(profile)) {
        let mut found = Vec::new();
        let mut notes = Notes {
            factor,
            reasons: Some(&mut found),
        };
        if RULES[factor.index()](shoe, &context, &mut notes) == Fit::Excluded {
            reasons.extend(
                found
                    .into_iter()
                    .filter(|reason| reason.verdict == Verdict::Poor),
            );
        }
    }
    reasons
}

/// Linear interpolation, `t` clamped to 0..=1.
pub(crate) fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t.clamp(0.0, 1.0)
}

/// How far `value` has gone from `start` to `end`, clamped to 0..=1.
pub(crate) fn progress(value: f64, start: f64, end: f64) -> f64 {
    ((value - start) / (end - start)).clamp(0.0, 1.0)
}

/// A weight as written in explanations: `92 kg`, `72.5 kg`.
pub fn kg_text(value: f64) -> String {
    format!(
        "{} kg",
        crate::catalogue::validate::number((value * 10.0).round() / 10.0)
    )
}
