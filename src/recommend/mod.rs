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

/// Where a rule says why. Ranking passes [`Quiet`], which keeps nothing, so the texts are
/// never built and the rules compile to bare arithmetic; explaining passes [`Collect`].
pub(crate) trait Notes {
    /// The factor whose rule speaks next.
    fn start(&mut self, _factor: Factor) {}

    fn say(&mut self, verdict: Verdict, text: impl FnOnce() -> String);

    #[inline]
    fn good(&mut self, text: impl FnOnce() -> String) {
        self.say(Verdict::Good, text);
    }

    #[inline]
    fn caution(&mut self, text: impl FnOnce() -> String) {
        self.say(Verdict::Caution, text);
    }

    #[inline]
    fn poor(&mut self, text: impl FnOnce() -> String) {
        self.say(Verdict::Poor, text);
    }

    /// One of three texts, by the verdict `fit` earns.
    #[inline]
    fn by_fit(
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

/// Keeps no reasons: for ranking.
pub(crate) struct Quiet;

impl Notes for Quiet {
    #[inline(always)]
    fn say(&mut self, _: Verdict, _: impl FnOnce() -> String) {}
}

/// Keeps each reason, under the factor being assessed.
pub(crate) struct Collect<'a> {
    factor: Factor,
    reasons: &'a mut Vec<Reason>,
}

impl Notes for Collect<'_> {
    fn start(&mut self, factor: Factor) {
        self.factor = factor;
    }

    fn say(&mut self, verdict: Verdict, text: impl FnOnce() -> String) {
        self.reasons.push(Reason {
            factor: self.factor,
            verdict,
            text: text(),
        });
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

/// Runs the rule of each factor in `given`, in the order of [`Factor::ALL`], and hands each
/// result to `each`. Written out factor by factor rather than looping over the factors, so
/// that ranking runs straight through the rules for every shoe: a jump on the factor for
/// each shoe cost more than most rules.
#[inline(always)]
fn assess_given<N: Notes>(
    shoe: &Shoe,
    context: &Context,
    given: FactorSet,
    notes: &mut N,
    mut each: impl FnMut(Factor, Fit),
) {
    macro_rules! rule {
        ($factor:ident, $rule:path) => {
            if given.contains(Factor::$factor) {
                notes.start(Factor::$factor);
                each(Factor::$factor, $rule(shoe, context, notes));
            }
        };
    }
    rule!(FootWidth, width::assess);
    rule!(Weight, weight::assess);
    rule!(Pronation, pronation::assess);
    rule!(Season, season::assess);
    rule!(Surface, surface::assess);
    rule!(FootStrike, optional::foot_strike);
    rule!(KneePain, optional::knee_pain);
    rule!(Orthotics, optional::orthotics);
    rule!(Experience, optional::experience);
    rule!(Budget, optional::budget);
    rule!(Size, optional::size);
    rule!(Fitting, fitting::assess);
}

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
#[derive(Debug, Clone, Copy, PartialEq)]
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
    given: FactorSet,
}

impl Fits {
    fn set(&mut self, factor: Factor, fit: f64) {
        self.values[factor.index()] = fit;
        self.given.insert(factor);
    }

    pub fn get(&self, factor: Factor) -> Option<f64> {
        self.given
            .contains(factor)
            .then(|| self.values[factor.index()])
    }

    pub fn iter(&self) -> impl Iterator<Item = (Factor, f64)> + '_ {
        Factor::ALL
            .into_iter()
            .filter_map(|factor| self.get(factor).map(|fit| (factor, fit)))
    }
}

/// A set of factors, kept in one integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FactorSet(u16);

impl FactorSet {
    pub fn insert(&mut self, factor: Factor) {
        self.0 |= 1 << factor.index();
    }

    pub fn contains(&self, factor: Factor) -> bool {
        self.0 & (1 << factor.index()) != 0
    }

    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// In the order of [`Factor::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = Factor> + '_ {
        Factor::ALL
            .into_iter()
            .filter(|&factor| self.contains(factor))
    }
}

impl FromIterator<Factor> for FactorSet {
    fn from_iter<I: IntoIterator<Item = Factor>>(factors: I) -> Self {
        let mut set = FactorSet::default();
        for factor in factors {
            set.insert(factor);
        }
        set
    }
}

/// A shoe left out, and the hard requirements it fails.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exclusion {
    pub shoe: usize,
    pub failed: FactorSet,
    /// The fits of the factors it does not fail, as a recommended shoe would have them.
    pub fits: Fits,
}

impl Exclusion {
    /// The verdict for `factor`: poor for a failed hard requirement, else by its fit.
    pub fn verdict(&self, factor: Factor) -> Option<Verdict> {
        if self.failed.contains(factor) {
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
    let context = Context::new(catalogue, profile);
    let given = given(profile);
    let mut ranking = Ranking {
        recommendations: Vec::with_capacity(catalogue.shoes.len()),
        excluded: Vec::new(),
    };
    // The sort keys are made while each shoe is at hand.
    let mut recommended_keys = Vec::with_capacity(catalogue.shoes.len());
    let mut excluded_keys = Vec::new();
    for (index, shoe) in catalogue.shoes.iter().enumerate() {
        let (fits, failed) = assess_shoe(shoe, &context, given);
        if failed.is_empty() {
            let score = weighted_mean(&fits, priorities);
            let place = ranking.recommendations.len();
            recommended_keys.push(sort_key(score, &shoe.id, place));
            ranking.recommendations.push(Recommendation {
                rank: 0,
                shoe: index,
                score,
                fits,
            });
        } else {
            excluded_keys.push(sort_key(0.0, &shoe.id, ranking.excluded.len()));
            ranking.excluded.push(Exclusion {
                shoe: index,
                failed,
                fits,
            });
        }
    }
    let recommended = &ranking.recommendations;
    let places = sorted_places(recommended_keys, |place| {
        catalogue.shoes[recommended[place].shoe].id.as_str()
    });
    in_order(&mut ranking.recommendations, places);
    for (i, recommendation) in ranking.recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
    }
    let excluded = &ranking.excluded;
    let places = sorted_places(excluded_keys, |place| {
        catalogue.shoes[excluded[place].shoe].id.as_str()
    });
    in_order(&mut ranking.excluded, places);
    ranking
}

/// How many of an id's first bytes go into its sort key.
const KEY_PREFIX: usize = 10;

/// One integer that sorts an item (`place` in its list) in the ranking's order: the score
/// (best first), then the first bytes of its id, then its place. Comparing id strings while
/// sorting whole recommendations was most of the cost of ranking a large catalogue.
#[inline(always)]
fn sort_key(score: f64, id: &str, place: usize) -> u128 {
    let steps = u128::from(score_steps(score));
    // The first bytes, big-endian, padded with zeros: byte by byte, as a call to copy them
    // cost more than the rest of the key.
    let mut prefix = 0u128;
    for i in 0..KEY_PREFIX {
        prefix = (prefix << 8) | u128::from(id.as_bytes().get(i).copied().unwrap_or(0));
    }
    ((10_000 - steps) << 112) | (prefix << 32) | place as u128
}

/// The places of the items whose [`sort_key`]s are `keys`, in the ranking's order: best
/// score first, equal scores in order of id. Items whose keys tie but for their place (equal
/// scores, equal first bytes of their ids) are put in order of their whole ids, `id(place)`.
fn sorted_places<'a>(mut keys: Vec<u128>, id: impl Fn(usize) -> &'a str) -> Vec<u32> {
    keys.sort_unstable();
    let mut places: Vec<u32> = keys.iter().map(|&key| key as u32).collect();
    let mut start = 0;
    while start < keys.len() {
        let mut end = start + 1;
        while end < keys.len() && keys[end] >> 32 == keys[start] >> 32 {
            end += 1;
        }
        if end - start > 1 {
            places[start..end]
                .sort_unstable_by(|&a, &b| id(a as usize).cmp(id(b as usize)).then(a.cmp(&b)));
        }
        start = end;
    }
    places
}

/// One shoe's fits, and the hard requirements it fails.
#[inline(always)]
fn assess_shoe(shoe: &Shoe, context: &Context, given: FactorSet) -> (Fits, FactorSet) {
    let mut fits = Fits::default();
    let mut failed = FactorSet::default();
    assess_given(shoe, context, given, &mut Quiet, |factor, fit| match fit {
        Fit::Score(fit) => fits.set(factor, fit.clamp(0.0, 1.0)),
        Fit::Excluded => failed.insert(factor),
    });
    (fits, failed)
}

/// A score in 0..=1 as the nearest whole number of steps of 0.0001: 0..=10,000. NaN counts
/// as 0; anything out of range as the nearest end.
fn score_steps(score: f64) -> u16 {
    // NaN stays NaN through the clamp and rounds to 0.
    round_non_negative(score.clamp(0.0, 1.0) * 10_000.0) as u16
}

/// The shoes of `catalogue` in order of id, for [`ranks`].
pub(crate) fn by_id(catalogue: &Catalogue) -> Vec<u32> {
    let mut by_id: Vec<u32> = (0..catalogue.shoes.len() as u32).collect();
    by_id.sort_unstable_by(|&a, &b| {
        catalogue.shoes[a as usize]
            .id
            .cmp(&catalogue.shoes[b as usize].id)
    });
    by_id
}

/// Each shoe's rank for `profile` as [`rank`] gives it, 0 for a shoe left out, without
/// building the ranking: for the what-ifs, which rank the catalogue once per changed input.
/// There are only 10,001 possible scores, so the shoes are counted by score and then placed
/// in order of id (`by_id`, from [`by_id`]) within each: no sorting at all.
pub(crate) fn ranks(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    by_id: &[u32],
) -> Vec<u32> {
    const LEFT_OUT: u16 = u16::MAX;
    let context = Context::new(catalogue, profile);
    let given = given(profile);
    let steps: Vec<u16> = catalogue
        .shoes
        .iter()
        .map(|shoe| {
            let (fits, failed) = assess_shoe(shoe, &context, given);
            if failed.is_empty() {
                score_steps(weighted_mean(&fits, priorities))
            } else {
                LEFT_OUT
            }
        })
        .collect();
    let mut count = vec![0u32; 10_001];
    for &step in steps.iter().filter(|&&step| step != LEFT_OUT) {
        count[usize::from(step)] += 1;
    }
    // The next rank to give at each score, the best score first.
    let mut next = vec![0u32; 10_001];
    let mut rank = 1;
    for step in (0..=10_000).rev() {
        next[step] = rank;
        rank += count[step];
    }
    let mut ranks = vec![0; steps.len()];
    for &shoe in by_id {
        let step = steps[shoe as usize];
        if step != LEFT_OUT {
            ranks[shoe as usize] = next[usize::from(step)];
            next[usize::from(step)] += 1;
        }
    }
    ranks
}

/// Puts `items` in the order `places` gives (the item for each position, as from
/// [`sorted_places`]). Gathered into a new list: the reads are independent of each other,
/// so the processor overlaps them, where following the permutation's cycles in place waits
/// on each one.
fn in_order<T: Copy>(items: &mut Vec<T>, places: Vec<u32>) {
    let sorted: Vec<T> = places.iter().map(|&place| items[place as usize]).collect();
    *items = sorted;
}

/// The score of a set of fits: their weighted mean, rounded to 4 decimals so that the
/// printed score orders exactly as the ranking does. With every weight at 0 nothing counts
/// for or against a shoe, and every score is 0.5.
fn weighted_mean(fits: &Fits, priorities: &Priorities) -> f64 {
    // In the order of `Factor::ALL`, the given factors only.
    let (mut sum, mut total) = (0.0, 0.0);
    for (i, (&fit, &weight)) in fits.values.iter().zip(&priorities.0).enumerate() {
        if fits.given.0 & (1 << i) != 0 {
            sum += weight * fit;
            total += weight;
        }
    }
    let mean = if total > 0.0 { sum / total } else { 0.5 };
    f64::from(score_steps(mean)) / 10_000.0
}

/// `x.round()` for 0 <= x < 2^52, without the call into the maths library that
/// `f64::round` costs on plain x86-64: exact, since `x - trunc(x)` is.
#[inline(always)]
fn round_non_negative(x: f64) -> u64 {
    let whole = x as u64;
    if x - whole as f64 >= 0.5 {
        whole + 1
    } else {
        whole
    }
}

/// Every reason for `shoe` and this runner, factor by factor: for a recommended shoe what
/// suits and what does not, for an excluded one also why it was left out.
pub fn explain(catalogue: &Catalogue, shoe: &Shoe, profile: &Profile) -> Vec<Reason> {
    Explainer::new(catalogue, profile).explain(shoe)
}

/// Only the reasons that exclude `shoe`: one or more per failed hard requirement.
pub fn exclusion_reasons(catalogue: &Catalogue, shoe: &Shoe, profile: &Profile) -> Vec<Reason> {
    Explainer::new(catalogue, profile).exclusion_reasons(shoe)
}

/// Explains many shoes of one catalogue for one runner: what the rules look at besides the
/// shoe (the shoes tried on, found in the catalogue) is prepared once, not for every shoe.
pub struct Explainer<'a> {
    context: Context<'a>,
    given: FactorSet,
}

impl<'a> Explainer<'a> {
    pub fn new(catalogue: &'a Catalogue, profile: &'a Profile) -> Self {
        Explainer {
            context: Context::new(catalogue, profile),
            given: given(profile),
        }
    }

    /// As [`explain`].
    pub fn explain(&self, shoe: &Shoe) -> Vec<Reason> {
        self.reasons(shoe, self.given)
    }

    /// As [`exclusion_reasons`]. Only the failed requirements' rules are asked for words.
    pub fn exclusion_reasons(&self, shoe: &Shoe) -> Vec<Reason> {
        let (_, failed) = assess_shoe(shoe, &self.context, self.given);
        let mut reasons = self.reasons(shoe, failed);
        reasons.retain(|reason| reason.verdict == Verdict::Poor);
        reasons
    }

    fn reasons(&self, shoe: &Shoe, factors: FactorSet) -> Vec<Reason> {
        let mut reasons = Vec::new();
        let mut notes = Collect {
            factor: Factor::FootWidth,
            reasons: &mut reasons,
        };
        assess_given(shoe, &self.context, factors, &mut notes, |_, _| {});
        reasons
    }
}

/// The factors the runner gave.
fn given(profile: &Profile) -> FactorSet {
    Factor::ALL
        .into_iter()
        .filter(|factor| factor.is_given(profile))
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Width;
    use crate::catalogue::generate::generate;
    use crate::profile::{Pronation, Season};

    /// The what-ifs' counting ranks agree with the ranking, shoe by shoe, also when ids share
    /// long prefixes and the catalogue is not in order of id.
    /// The rounding used for scores is `f64::round`, also at the halves and for NaN.
    #[test]
    fn scores_round_as_f64_round_does() {
        let mut samples = vec![0.0, 0.5, 1.5, 2.5, 9_999.5, 10_000.0, 0.49999999999999994];
        samples.extend((0..200_000).map(|i| f64::from(i) * 0.050_000_000_1));
        for x in samples {
            assert_eq!(round_non_negative(x), x.round() as u64, "{x}");
        }
        assert_eq!(score_steps(f64::NAN), 0);
        assert_eq!(
            score_steps(0.123_45),
            (0.123_45_f64 * 10_000.0).round() as u16
        );
        assert_eq!(score_steps(7.0), 10_000);
    }

    #[test]
    fn counted_ranks_agree_with_the_ranking() {
        let mut catalogue = generate(3_000);
        let count = catalogue.shoes.len();
        for (i, shoe) in catalogue.shoes.iter_mut().enumerate() {
            if i % 3 == 0 {
                shoe.id = format!("new-balance-fresh-foam-{}", count - i);
            }
        }
        let profiles = [
            Profile::default(),
            Profile {
                foot_width: Width::Wide,
                pronation: Pronation::Over,
                season: Season::Winter,
                weight_kg: 95.0,
                knee_pain: Some(true),
                ..Profile::default()
            },
        ];
        let order = by_id(&catalogue);
        for profile in &profiles {
            let ranking = rank(&catalogue, profile, &Priorities::default());
            let counted = ranks(&catalogue, profile, &Priorities::default(), &order);
            let mut expected = vec![0; count];
            for r in &ranking.recommendations {
                expected[r.shoe] = r.rank as u32;
            }
            assert!(ranking.excluded.len() < count, "some shoes are ranked");
            assert_eq!(counted, expected);
        }
    }
}
