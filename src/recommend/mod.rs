//! The recommender: a catalogue and a runner's profile in, shoes ranked with the reasons for
//! each out. Pure and deterministic: no I/O, no clock, no randomness.
//!
//! Each factor is a file with one `assess` function that scores a shoe for one input in
//! 0..=1 and says why, or excludes it when it fails a hard requirement (a width not made, a
//! fixed insole for orthotics, a size not stocked). A shoe's score is the weighted mean of
//! its factors' fits. Ranking needs only the fits; the words are produced on demand by
//! [`explain`], with the very same rules.

mod fitting;
pub use fitting::{TakeAs, name_for, take_as};
mod habits;
mod kind;
mod memo;
pub mod needs;
mod optional;
mod pronation;
mod purpose;
mod season;
pub mod shop;
pub mod specs;
mod surface;
mod weight;
pub mod what_if;
mod width;

use crate::catalogue::{Catalogue, Cushioning, Shoe};
use crate::profile::Profile;
use crate::units::WeightUnit;
use crate::words::{Lang, Say, Words};
use serde::Serialize;
use std::fmt;

/// How many factors there are.
const COUNT: usize = 17;

/// One input the ranking weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    /// Whether the shoe is made in the runner's width: a hard requirement.
    FootWidth,
    /// The runner's body weight against the shoe's cushioning, platform and durability.
    Weight,
    /// How the foot rolls on landing, against the shoe's support.
    Pronation,
    /// When the runner mostly runs, against the upper and the outsole.
    Season,
    /// Where the runner mostly runs, against what the shoe is made for.
    Surface,
    /// What the pair is for against what the shoe is built for; everyday training unless
    /// the runner says otherwise, so it is always given.
    Purpose,
    /// Which part of the foot lands first, against cushioning, drop and flexibility.
    FootStrike,
    /// Whether the runner's knees hurt: more cushioning, and support for an overpronator.
    KneePain,
    /// Custom orthotics, which need a removable insole: a hard requirement.
    Orthotics,
    /// How long and how hard the runner has been running.
    Experience,
    /// How far the runner runs in a week: durability and protection for high mileage.
    WeeklyKm,
    /// Achilles or calf trouble: a drop of 8 mm or more, no zero drop.
    AchillesPain,
    /// The drop of the shoes run in now: a change of more than 4 mm is a transition.
    CurrentDrop,
    /// The foam the runner likes, against how the shoe's feels.
    PreferredFoam,
    /// The shoe's price against what the runner means to spend.
    Budget,
    /// Whether the shoe is stocked in the runner's EU size: a hard requirement.
    Size,
    /// How the shoes tried on in a fitting felt.
    Fitting,
}

impl Factor {
    /// Every factor, in the order the ranking runs them and the detail lists them.
    pub const ALL: [Factor; COUNT] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
        Factor::Purpose,
        Factor::FootStrike,
        Factor::KneePain,
        Factor::Orthotics,
        Factor::Experience,
        Factor::WeeklyKm,
        Factor::AchillesPain,
        Factor::CurrentDrop,
        Factor::PreferredFoam,
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

    /// What a best pick must suit without a trade-off: the main five, what the pair is for,
    /// and the runner's foot strike, knee pain, Achilles trouble and experience when given.
    /// A price a little over budget, stocked sizes not listed, a drop to get used to, a foam
    /// not quite to taste or a shoe not yet tried on do not keep a shoe from the best picks;
    /// a poor verdict on anything does.
    pub const CORE: [Factor; 10] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
        Factor::Purpose,
        Factor::FootStrike,
        Factor::KneePain,
        Factor::AchillesPain,
        Factor::Experience,
    ];

    /// The name on the command line and in JSON: `foot_width`.
    pub fn key(self) -> &'static str {
        match self {
            Factor::FootWidth => "foot_width",
            Factor::Weight => "weight",
            Factor::Pronation => "pronation",
            Factor::Season => "season",
            Factor::Surface => "surface",
            Factor::Purpose => "purpose",
            Factor::FootStrike => "foot_strike",
            Factor::KneePain => "knee_pain",
            Factor::Orthotics => "orthotics",
            Factor::Experience => "experience",
            Factor::WeeklyKm => "weekly_km",
            Factor::AchillesPain => "achilles_pain",
            Factor::CurrentDrop => "current_drop_mm",
            Factor::PreferredFoam => "preferred_foam",
            Factor::Budget => "budget",
            Factor::Size => "size",
            Factor::Fitting => "fitting",
        }
    }

    /// The id of the factor's name for people ("Foot width") in the message files.
    pub fn message(self) -> &'static str {
        match self {
            Factor::FootWidth => "factor-foot_width",
            Factor::Weight => "factor-weight",
            Factor::Pronation => "factor-pronation",
            Factor::Season => "factor-season",
            Factor::Surface => "factor-surface",
            Factor::Purpose => "factor-purpose",
            Factor::FootStrike => "factor-foot_strike",
            Factor::KneePain => "factor-knee_pain",
            Factor::Orthotics => "factor-orthotics",
            Factor::Experience => "factor-experience",
            Factor::WeeklyKm => "factor-weekly_km",
            Factor::AchillesPain => "factor-achilles_pain",
            Factor::CurrentDrop => "factor-current_drop_mm",
            Factor::PreferredFoam => "factor-preferred_foam",
            Factor::Budget => "factor-budget",
            Factor::Size => "factor-size",
            Factor::Fitting => "factor-fitting",
        }
    }

    /// The id of the factor's name in the middle of a sentence: "foot width".
    pub fn message_lower(self) -> &'static str {
        match self {
            Factor::FootWidth => "factor-lower-foot_width",
            Factor::Weight => "factor-lower-weight",
            Factor::Pronation => "factor-lower-pronation",
            Factor::Season => "factor-lower-season",
            Factor::Surface => "factor-lower-surface",
            Factor::Purpose => "factor-lower-purpose",
            Factor::FootStrike => "factor-lower-foot_strike",
            Factor::KneePain => "factor-lower-knee_pain",
            Factor::Orthotics => "factor-lower-orthotics",
            Factor::Experience => "factor-lower-experience",
            Factor::WeeklyKm => "factor-lower-weekly_km",
            Factor::AchillesPain => "factor-lower-achilles_pain",
            Factor::CurrentDrop => "factor-lower-current_drop_mm",
            Factor::PreferredFoam => "factor-lower-preferred_foam",
            Factor::Budget => "factor-lower-budget",
            Factor::Size => "factor-lower-size",
            Factor::Fitting => "factor-lower-fitting",
        }
    }

    /// The factor's name for people, in `words`: "Foot width".
    pub fn label(self, words: &Words) -> String {
        words.get(self.message())
    }

    /// Every factor's key, for messages: "foot_width, weight, …".
    pub fn keys() -> String {
        let keys: Vec<&str> = Factor::ALL.iter().map(|f| f.key()).collect();
        keys.join(", ")
    }

    /// The factor whose [`Factor::key`] is `key`, if any.
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
            | Factor::Surface
            | Factor::Purpose => true,
            Factor::FootStrike => profile.foot_strike.is_some(),
            Factor::KneePain => profile.knee_pain.is_some(),
            Factor::Orthotics => profile.orthotics.is_some(),
            Factor::Experience => profile.experience.is_some(),
            Factor::WeeklyKm => profile.weekly_km.is_some(),
            Factor::AchillesPain => profile.achilles_pain.is_some(),
            Factor::CurrentDrop => profile.current_drop_mm.is_some(),
            Factor::PreferredFoam => profile.preferred_foam.is_some(),
            Factor::Budget => profile.budget.is_some(),
            Factor::Size => profile.size_eu.is_some(),
            // A shoe tried on with nothing said of it is noted, not weighed.
            Factor::Fitting => {
                profile.tried.iter().any(|tried| !tried.feel.is_empty())
                    || !profile.judged_pairs().is_empty()
            }
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
    /// Does it badly; what a fit below 0.5 earns.
    Poor,
    /// A trade-off; what a fit from 0.5 to below 0.8 earns.
    Caution,
    /// Suits; what a fit of 0.8 or more earns.
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

    /// The verdict as the JSON names it, the same in every language: `caution`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Caution => "caution",
            Verdict::Poor => "poor",
        }
    }

    /// The verdict in `words`: "good".
    pub fn word(self, words: &Words) -> String {
        words.get(match self {
            Verdict::Good => "verdict-good",
            Verdict::Caution => "verdict-caution",
            Verdict::Poor => "verdict-poor",
        })
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
    /// The input it is about.
    pub factor: Factor,
    /// How well the shoe suits that input, by this reason alone.
    pub verdict: Verdict,
    /// What the rule found: its message and the numbers; in the JSON, the message's id
    /// names the rule.
    #[serde(rename = "rule")]
    pub said: Say,
    /// What it found, in the words of the language asked for.
    pub text: String,
}

/// The worst verdict among each factor's reasons for one shoe, kept as two sets: what the
/// bands and the order of the ranking are decided on, and what a factor's chip shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Verdicts {
    caution: FactorSet,
    poor: FactorSet,
}

impl Verdicts {
    /// Without a branch: the verdict is often looked up from a table, and a shop's
    /// catalogue gives them in no order a processor could guess.
    #[inline(always)]
    fn record(&mut self, factor: Factor, verdict: Verdict) {
        let bit = 1u32 << factor.index();
        self.poor.0 |= bit & 0u32.wrapping_sub(u32::from(verdict == Verdict::Poor));
        self.caution.0 |= bit & 0u32.wrapping_sub(u32::from(verdict == Verdict::Caution));
    }

    /// The worst verdict of `factor`'s reasons; good when it gave only good ones.
    pub fn of(&self, factor: Factor) -> Verdict {
        if self.poor.contains(factor) {
            Verdict::Poor
        } else if self.caution.contains(factor) {
            Verdict::Caution
        } else {
            Verdict::Good
        }
    }

    /// The factors with a poor reason.
    pub fn poor(&self) -> FactorSet {
        self.poor
    }

    /// The factors with a caution and no poor reason.
    pub fn caution(&self) -> FactorSet {
        FactorSet(self.caution.0 & !self.poor.0)
    }

    /// How much of a trade-off the shoe is, counting the factors in `counted` only.
    fn tier(&self, counted: FactorSet) -> Tier {
        if self.poor.0 & counted.0 != 0 {
            Tier::Poor
        } else if self.caution.0 & counted.0 & CORE_SET.0 != 0 {
            Tier::TradeOff
        } else {
            Tier::Suits
        }
    }
}

/// [`Factor::CORE`], as a set.
const CORE_SET: FactorSet = FactorSet::of(&Factor::CORE);

/// How a shoe stands with the runner, which orders the ranking before any fit does: a shoe
/// that suits everything asked comes before one with a trade-off on what the runner is and
/// runs for ([`Factor::CORE`]), which comes before one that does something poorly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Suits,
    TradeOff,
    Poor,
}

impl Tier {
    /// The scores of this tier in millionths, from and to (both included): a shoe that
    /// suits everything scores from 0.8, one with a trade-off from 0.5, one that does
    /// something poorly below that.
    fn steps(self) -> (u32, u32) {
        match self {
            Tier::Suits => (800_000, SCORE_STEPS),
            Tier::TradeOff => (500_000, 799_999),
            Tier::Poor => (0, 499_999),
        }
    }

    /// How far into the tier a weighted mean fit of `quality` carries a shoe, 0..=1. The
    /// shoes of a tier differ in small things, so their fits crowd together near the top:
    /// a power spreads them out (the order stays the same), the more the better the tier.
    fn stretch(self, quality: f64) -> f64 {
        let q = quality.clamp(0.0, 1.0);
        match self {
            Tier::Suits => q.powi(20),
            Tier::TradeOff => q.powi(6),
            Tier::Poor => q * q,
        }
    }
}

/// What a recommendation is, in a shop's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    /// One of the few to try first: suits everything the runner said (no poor verdict, no
    /// caution on any of [`Factor::CORE`]). At most [`BEST_PICKS`].
    Best,
    /// A sound choice: nothing poor, perhaps a trade-off; or as good as the best picks but
    /// past the first five.
    Good,
    /// Something the runner asked for is poorly met.
    Tradeoffs,
}

/// The id of what is said above the list when no shoe suits everything the runner asked.
pub const NO_BEST_PICK: &str = "no-best-pick";

/// How many shoes the best band holds at most: what a fitter hands a customer to try.
pub const BEST_PICKS: usize = 5;

impl Band {
    /// The band as the JSON names it, the same in every language; also the report's style
    /// class: `tradeoffs`.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Best => "best",
            Band::Good => "good",
            Band::Tradeoffs => "tradeoffs",
        }
    }

    /// What one shoe of the band is, in `words`: "a best pick".
    pub fn one(self, words: &Words) -> String {
        words.get(match self {
            Band::Best => "band-best-one",
            Band::Good => "band-good-one",
            Band::Tradeoffs => "band-tradeoffs-one",
        })
    }

    /// The band in `words`, for headings: "Best picks".
    pub fn label(self, words: &Words) -> String {
        words.get(match self {
            Band::Best => "band-best",
            Band::Good => "band-good",
            Band::Tradeoffs => "band-tradeoffs",
        })
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What one factor says of a shoe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Fit {
    /// How well it suits, 0..=1.
    Score(f64),
    /// It fails a hard requirement: not recommended whatever else it offers.
    Excluded,
}

/// Where a rule says why. Ranking passes [`Judge`], which keeps only the worst verdict of
/// each factor, so the texts are never built and the rules compile to bare arithmetic;
/// explaining passes [`Collect`].
pub(crate) trait Notes {
    /// The factor whose rule speaks next.
    fn start(&mut self, factor: Factor);

    /// What the rule found, with its verdict. `said` is called only by explaining: ranking
    /// needs the verdict alone.
    fn say(&mut self, verdict: Verdict, said: impl FnOnce() -> Say);

    #[inline]
    fn good(&mut self, said: impl FnOnce() -> Say) {
        self.say(Verdict::Good, said);
    }

    #[inline]
    fn caution(&mut self, said: impl FnOnce() -> Say) {
        self.say(Verdict::Caution, said);
    }

    #[inline]
    fn poor(&mut self, said: impl FnOnce() -> Say) {
        self.say(Verdict::Poor, said);
    }

    /// One of three findings, by the verdict `fit` earns.
    #[inline]
    fn by_fit(
        &mut self,
        fit: f64,
        good: impl FnOnce() -> Say,
        caution: impl FnOnce() -> Say,
        poor: impl FnOnce() -> Say,
    ) {
        match Verdict::of(fit) {
            Verdict::Good => self.good(good),
            Verdict::Caution => self.caution(caution),
            Verdict::Poor => self.poor(poor),
        }
    }
}

/// Keeps each factor's worst verdict and no words: for ranking.
pub(crate) struct Judge {
    factor: Factor,
    verdicts: Verdicts,
}

impl Notes for Judge {
    #[inline(always)]
    fn start(&mut self, factor: Factor) {
        self.factor = factor;
    }

    #[inline(always)]
    fn say(&mut self, verdict: Verdict, _: impl FnOnce() -> Say) {
        self.verdicts.record(self.factor, verdict);
    }
}

/// Keeps each reason, under the factor being assessed, put into `words` with body weights
/// in `unit`.
pub(crate) struct Collect<'a> {
    factor: Factor,
    words: &'static Words,
    unit: WeightUnit,
    reasons: &'a mut Vec<Reason>,
}

impl Notes for Collect<'_> {
    fn start(&mut self, factor: Factor) {
        self.factor = factor;
    }

    fn say(&mut self, verdict: Verdict, said: impl FnOnce() -> Say) {
        let said = said();
        self.reasons.push(Reason {
            factor: self.factor,
            verdict,
            text: self.words.say_in(&said, self.unit),
            said,
        });
    }
}

/// What every factor may look at besides the shoe.
pub(crate) struct Context<'a> {
    pub profile: &'a Profile,
    pub catalogue_currency: Option<&'a str>,
    /// The shoes tried on in a fitting, found in the catalogue, with how they felt.
    pub tried: Vec<(&'a Shoe, &'a crate::profile::Tried)>,
    /// The pairs this customer bought at earlier visits, found in the catalogue, with how
    /// they went.
    pub history: Vec<(&'a Shoe, crate::profile::JudgedPair<'a>)>,
    /// The least cushioning that every input of the runner's finds enough: high for a heavy
    /// runner, knee pain, a heel strike or a supinating foot, moderate for a beginner or on
    /// asphalt, light otherwise. A rule praises a level only from there up, so that no
    /// reason praises what another faults.
    pub cushioning_need: Cushioning,
    /// Whether something about the runner asks for plenty of cushioning whatever the
    /// surface: the need above, or a beginner's legs. Rules that would otherwise call a
    /// thick sole more than needed keep quiet for such a runner.
    pub needs_cushioning: bool,
    /// What the runner's weight asks of a shoe.
    pub load: weight::Load,
    /// The width fit of each set of widths a shoe may be made in.
    pub widths: [f64; 16],
    /// For each set of surfaces a shoe may be made for: how well it serves the runner's,
    /// and how versatile it is.
    pub surfaces: [(f64, f64); 16],
}

/// From this weight a runner loads the shoe hard: more cushioning, durable rubber, no racers.
pub(crate) const HEAVY_KG: f64 = 85.0;

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
        let history = profile
            .judged_pairs()
            .into_iter()
            .filter_map(|pair| {
                catalogue
                    .shoes
                    .iter()
                    .find(|s| s.id == pair.shoe)
                    .map(|shoe| (shoe, pair))
            })
            .collect();
        let beginner = profile.experience == Some(crate::profile::Experience::Beginner);
        let cushioning_need = if profile.weight_kg >= HEAVY_KG
            || profile.knee_pain == Some(true)
            || profile.foot_strike == Some(crate::profile::FootStrike::Heel)
            || profile.pronation == crate::profile::Pronation::Under
        {
            Cushioning::High
        } else if beginner || profile.surface == crate::catalogue::Surface::Road {
            Cushioning::Moderate
        } else {
            Cushioning::Light
        };
        let needs_cushioning = cushioning_need == Cushioning::High || beginner;
        Context {
            profile,
            catalogue_currency: catalogue.currency.as_deref(),
            tried,
            history,
            cushioning_need,
            needs_cushioning,
            load: weight::Load::of(profile.weight_kg),
            widths: width::fits(profile.foot_width),
            surfaces: surface::listings(profile.surface),
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
/// With a [`memo::Memo`] (when ranking), the rules it holds are looked up, not run.
#[inline(always)]
fn assess_given<N: Notes>(
    shoe: &Shoe,
    context: &Context,
    memo: Option<&memo::Memo>,
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
        ($factor:ident, $rule:path, $memorised:ident) => {
            if given.contains(Factor::$factor) {
                notes.start(Factor::$factor);
                let fit = match memo {
                    Some(memo) => memo.$memorised(shoe, notes),
                    None => $rule(shoe, context, notes),
                };
                each(Factor::$factor, fit);
            }
        };
    }
    rule!(FootWidth, width::assess);
    rule!(Weight, weight::assess);
    rule!(Pronation, pronation::assess, pronation);
    rule!(Season, season::assess, season);
    rule!(Surface, surface::assess);
    rule!(Purpose, purpose::assess);
    rule!(FootStrike, optional::foot_strike);
    rule!(KneePain, optional::knee_pain, knee_pain);
    rule!(Orthotics, optional::orthotics);
    rule!(Experience, optional::experience);
    rule!(WeeklyKm, habits::weekly_km);
    rule!(AchillesPain, habits::achilles_pain);
    rule!(CurrentDrop, habits::current_drop);
    rule!(PreferredFoam, habits::preferred_foam);
    rule!(Budget, optional::budget);
    rule!(Size, optional::size);
    rule!(Fitting, fitting::assess);
}

/// The weights a priority may have, inclusive: 0 leaves a factor out of the score, 100 makes
/// it all but the only one. Beyond that the scores lose their meaning (weights of `1e308`
/// overflow the sums).
pub const PRIORITY_RANGE: (f64, f64) = (0.0, 100.0);

/// How much each factor counts: 1 by default, 0 to leave it out of the score. Hard
/// requirements apply whatever their weight. Saved as a map from each factor's key to its
/// weight; the list of weights that older versions saved still reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Priorities([f64; COUNT]);

impl Default for Priorities {
    /// Every input counts once; how shoes felt on the feet counts twice, as a fitter would
    /// trust it over any spec.
    fn default() -> Self {
        let mut weights = [1.0; COUNT];
        weights[Factor::Fitting as usize] = 2.0;
        Priorities(weights)
    }
}

impl Serialize for Priorities {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(
            Factor::ALL
                .into_iter()
                .map(|factor| (factor.key(), self.get(factor))),
        )
    }
}

impl<'de> serde::Deserialize<'de> for Priorities {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The factors in the order older versions saved their weights as a list.
        const LISTED: [Factor; 12] = [
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
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Saved {
            Keyed(std::collections::BTreeMap<String, f64>),
            Listed(Vec<f64>),
        }
        let mut priorities = Priorities::default();
        let pairs: Vec<(Factor, f64)> = match Saved::deserialize(deserializer)? {
            Saved::Keyed(map) => map
                .into_iter()
                .filter_map(|(key, weight)| Factor::from_key(&key).map(|f| (f, weight)))
                .collect(),
            Saved::Listed(weights) => LISTED.into_iter().zip(weights).collect(),
        };
        for (factor, weight) in pairs {
            priorities
                .set(factor, weight)
                .map_err(serde::de::Error::custom)?;
        }
        Ok(priorities)
    }
}

impl Priorities {
    /// How much `factor` counts: 0 or more, 1 unless changed.
    pub fn get(&self, factor: Factor) -> f64 {
        self.0[factor.index()]
    }

    /// Sets a weight; anything but a number in [`PRIORITY_RANGE`] is refused.
    pub fn set(&mut self, factor: Factor, weight: f64) -> Result<(), PriorityError> {
        if !(PRIORITY_RANGE.0..=PRIORITY_RANGE.1).contains(&weight) {
            return Err(PriorityError::Weight {
                factor: factor.key(),
                given: crate::units::number(weight),
            });
        }
        self.0[factor.index()] = weight;
        Ok(())
    }

    /// Whether every factor still counts 1.
    pub fn is_default(&self) -> bool {
        *self == Priorities::default()
    }

    /// Applies `FACTOR=WEIGHT`, as given on the command line.
    pub fn apply(&mut self, assignment: &str) -> Result<(), PriorityError> {
        let Some((key, weight)) = assignment.split_once('=') else {
            return Err(PriorityError::NotAnAssignment(assignment.to_string()));
        };
        let key = key.trim();
        let Some(factor) = Factor::from_key(key) else {
            return Err(PriorityError::UnknownFactor(key.to_string()));
        };
        let given = weight.trim();
        // The weight is said as typed, not as a number may print (`1e308`, not its digits).
        let refused = || PriorityError::Weight {
            factor: factor.key(),
            given: format!("`{given}`"),
        };
        let weight: f64 = given.parse().map_err(|_| refused())?;
        self.set(factor, weight).map_err(|_| refused())
    }

    /// The factors of `given` that count for the score: those weighed above 0.
    fn counted(&self, given: FactorSet) -> FactorSet {
        given.iter().filter(|&f| self.get(f) > 0.0).collect()
    }
}

/// Why a priority was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriorityError {
    /// Not `FACTOR=WEIGHT`.
    NotAnAssignment(String),
    /// No factor has this key.
    UnknownFactor(String),
    /// The weight is not a number from 0 to 100.
    Weight {
        /// The factor's key.
        factor: &'static str,
        /// The weight as given.
        given: String,
    },
}

impl PriorityError {
    /// What is wrong, to be put into words.
    pub fn said(&self) -> Say {
        match self {
            PriorityError::NotAnAssignment(given) => {
                Say::new("priority-not-assignment").text("given", given.as_str())
            }
            PriorityError::UnknownFactor(given) => Say::new("priority-unknown-factor")
                .text("given", given.as_str())
                .text("keys", Factor::keys()),
            PriorityError::Weight { factor, given } => Say::new("priority-weight")
                .text("factor", *factor)
                .text("given", given.as_str())
                .num("max", PRIORITY_RANGE.1),
        }
    }
}

impl fmt::Display for PriorityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::En.words().say(&self.said()))
    }
}

impl std::error::Error for PriorityError {}

/// A recommended shoe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Recommendation {
    /// 1 for the best.
    pub rank: usize,
    /// Index of the shoe in the catalogue.
    pub shoe: usize,
    /// 0..=1, rounded to 6 decimals: from 0.8 for a shoe that suits everything asked, from
    /// 0.5 for one with a trade-off, below 0.5 for one that does something poorly; within
    /// each, the weighted mean of the factors' fits.
    pub score: f64,
    /// Each given factor's fit, in the order of [`Factor::ALL`].
    pub fits: Fits,
    /// The worst verdict of each factor's reasons.
    pub verdicts: Verdicts,
    /// Where the shoe stands in the list: best pick, good, or with trade-offs.
    pub band: Band,
    /// How far what the shop's fittings show moved the score (in `score` already); 0 when
    /// they did not.
    pub shop_move: f64,
}

impl Recommendation {
    /// The fit of `factor`, 0..=1, when the runner gave that input.
    pub fn fit(&self, factor: Factor) -> Option<f64> {
        self.fits.get(factor)
    }

    /// The worst verdict of `factor`'s reasons, when the runner gave that input.
    pub fn verdict(&self, factor: Factor) -> Option<Verdict> {
        self.fits.get(factor).map(|_| self.verdicts.of(factor))
    }

    /// Whether the fitting moved this shoe: how it or another shoe felt on raised or
    /// lowered it.
    pub fn moved_by_fitting(&self) -> bool {
        self.fits
            .get(Factor::Fitting)
            .is_some_and(|fit| (fit - fitting::UNTOUCHED).abs() > 1e-6)
    }
}

/// The fit of each given factor, kept inline (ranking a large catalogue allocates nothing
/// per shoe) and to single precision, ample for fits of 0..=1 and half the memory to move
/// when the ranking is put in order. Iterates as `(Factor, fit)` in the order of
/// [`Factor::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Fits {
    values: [f32; COUNT],
    given: FactorSet,
}

impl Fits {
    /// The fit of `factor`, 0..=1; None when the runner did not give that input.
    pub fn get(&self, factor: Factor) -> Option<f64> {
        self.given
            .contains(factor)
            .then(|| f64::from(self.values[factor.index()]))
    }

    /// Each given factor with its fit.
    pub fn iter(&self) -> impl Iterator<Item = (Factor, f64)> + '_ {
        Factor::ALL
            .into_iter()
            .filter_map(|factor| self.get(factor).map(|fit| (factor, fit)))
    }
}

/// A set of factors, kept in one integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FactorSet(u32);

impl FactorSet {
    /// The set of these factors, built at compile time.
    const fn of(factors: &[Factor]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < factors.len() {
            bits |= 1 << factors[i] as u32;
            i += 1;
        }
        FactorSet(bits)
    }

    /// Adds `factor`; adding it twice changes nothing.
    pub fn insert(&mut self, factor: Factor) {
        self.0 |= 1 << factor.index();
    }

    /// Whether `factor` is in the set.
    pub fn contains(&self, factor: Factor) -> bool {
        self.0 & (1 << factor.index()) != 0
    }

    /// How many factors are in the set.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no factor is in the set.
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

/// A shoe left out, and the hard requirements it fails. Its other inputs are not weighed:
/// [`explain`] says how it stands on each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exclusion {
    /// Index of the shoe in the catalogue.
    pub shoe: usize,
    /// The hard requirements it fails: foot width, orthotics, size.
    pub failed: FactorSet,
}

/// Every shoe of the catalogue, recommended or excluded, exactly once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking {
    /// Best first; equal scores in order of id.
    pub recommendations: Vec<Recommendation>,
    /// In order of id.
    pub excluded: Vec<Exclusion>,
}

impl Ranking {
    /// How many recommendations are in `band`.
    pub fn in_band(&self, band: Band) -> usize {
        self.recommendations
            .iter()
            .filter(|r| r.band == band)
            .count()
    }
}

/// Ranks every shoe of `catalogue` for `profile`.
pub fn rank(catalogue: &Catalogue, profile: &Profile, priorities: &Priorities) -> Ranking {
    let context = Context::new(catalogue, profile);
    let memo = memo::Memo::for_catalogue(&context, catalogue.shoes.len());
    let scoring = Scoring::new(profile, priorities);
    let shoes = &catalogue.shoes;
    // A large catalogue is assessed on every core, a part each; the parts are then put in
    // order together, so the ranking is the same however it was split.
    let threads = if shoes.len() >= PARALLEL_FROM {
        std::thread::available_parallelism()
            .map_or(1, usize::from)
            .min(MAX_THREADS)
    } else {
        1
    };
    let size = shoes.len().div_ceil(threads).max(1);
    // Every part's lists are made here, on the calling thread, so that their memory comes
    // back to its allocator and is reused by the next ranking instead of being mapped and
    // faulted in afresh.
    let mut parts: Vec<Part> = shoes
        .chunks(size)
        .map(|run| Part::with_capacity(run.len()))
        .collect();
    if parts.len() > 1 {
        std::thread::scope(|scope| {
            let mut runs = shoes.chunks(size).zip(parts.iter_mut()).enumerate();
            let first = runs.next();
            for (i, (run, part)) in runs {
                let (context, memo, scoring) = (&context, memo.as_ref(), &scoring);
                scope.spawn(move || assess_part(run, i * size, context, memo, scoring, part));
            }
            if let Some((_, (run, part))) = first {
                assess_part(run, 0, &context, memo.as_ref(), &scoring, part);
            }
        });
    } else if let Some(part) = parts.first_mut() {
        assess_part(shoes, 0, &context, memo.as_ref(), &scoring, part);
    }
    let recommendations = Joined::new(parts.iter().map(|part| &part.recommendations[..]));
    let excluded = Joined::new(parts.iter().map(|part| &part.excluded[..]));
    // The keys' places count from the start of the joined lists.
    let recommended_keys = joined_keys(
        parts.iter().map(|p| &p.recommended_keys[..]),
        &recommendations.starts,
        |key, start| key + start as u64,
    );
    let places = sorted_places(recommended_keys, |place| {
        shoes[recommendations.get(place).shoe].id.as_str()
    });
    let mut ranking = Ranking {
        recommendations: recommendations.in_order(&places),
        excluded: Vec::new(),
    };
    give_bands(&mut ranking.recommendations, scoring.given);
    let excluded_keys = joined_keys(
        parts.iter().map(|p| &p.excluded_keys[..]),
        &excluded.starts,
        |key, start| key + start as u128,
    );
    let places = sorted_places(excluded_keys, |place| {
        shoes[excluded.get(place).shoe].id.as_str()
    });
    ranking.excluded = excluded.in_order(&places);
    ranking
}

/// The parts' keys as one list, each moved on by where its part starts.
fn joined_keys<'a, K: SortKey + 'a>(
    parts: impl Iterator<Item = &'a [K]>,
    starts: &[usize],
    moved: impl Fn(K, usize) -> K,
) -> Vec<K> {
    let mut keys = Vec::new();
    for (part, &start) in parts.zip(starts) {
        keys.extend(part.iter().map(|&key| moved(key, start)));
    }
    keys
}

/// From this many shoes, [`rank`] assesses them on several threads.
const PARALLEL_FROM: usize = 25_000;
/// The most threads [`rank`] uses.
const MAX_THREADS: usize = 8;

/// A run of the catalogue's shoes assessed, with the sort keys of each list (their places
/// counted within the run).
struct Part {
    recommendations: Vec<Recommendation>,
    recommended_keys: Vec<u64>,
    excluded: Vec<Exclusion>,
    excluded_keys: Vec<u128>,
}

impl Part {
    fn with_capacity(shoes: usize) -> Part {
        Part {
            recommendations: Vec::with_capacity(shoes),
            recommended_keys: Vec::with_capacity(shoes),
            excluded: Vec::with_capacity(shoes / 2),
            excluded_keys: Vec::with_capacity(shoes / 2),
        }
    }
}

/// Assesses `shoes`, the catalogue's from index `first` on, into `part`.
fn assess_part(
    shoes: &[Shoe],
    first: usize,
    context: &Context,
    memo: Option<&memo::Memo>,
    scoring: &Scoring,
    part: &mut Part,
) {
    // The sort keys are made while each shoe is at hand.
    for (offset, shoe) in shoes.iter().enumerate() {
        let (fits, failed, verdicts, sum) = assess_shoe(shoe, context, memo, scoring);
        if failed.is_empty() {
            let steps = score_steps(scoring.mean(sum), verdicts, scoring.counted);
            let place = part.recommendations.len();
            part.recommended_keys.push(score_key(steps, place));
            part.recommendations.push(Recommendation {
                rank: 0,
                shoe: first + offset,
                score: f64::from(steps) / f64::from(SCORE_STEPS),
                fits,
                verdicts,
                band: Band::Good,
                shop_move: 0.0,
            });
        } else {
            part.excluded_keys
                .push(id_key(&shoe.id, part.excluded.len()));
            part.excluded.push(Exclusion {
                shoe: first + offset,
                failed,
            });
        }
    }
}

/// Lists read as one, without copying them together: for the parts of a ranking.
struct Joined<'a, T> {
    lists: Vec<&'a [T]>,
    /// Where each list starts in the whole.
    starts: Vec<usize>,
}

impl<'a, T: Copy> Joined<'a, T> {
    fn new(lists: impl Iterator<Item = &'a [T]>) -> Self {
        let lists: Vec<&[T]> = lists.collect();
        let mut starts = Vec::with_capacity(lists.len());
        let mut start = 0;
        for list in &lists {
            starts.push(start);
            start += list.len();
        }
        Joined { lists, starts }
    }

    #[inline]
    fn get(&self, place: usize) -> &T {
        let part = self.starts.partition_point(|&start| start <= place) - 1;
        &self.lists[part][place - self.starts[part]]
    }

    /// The items in the order `places` gives (the item for each position, as from
    /// [`sorted_places`]). Gathered into a new list: the reads are independent of each
    /// other, so the processor overlaps them, where following a permutation's cycles in
    /// place waits on each one.
    fn in_order(&self, places: &[u32]) -> Vec<T> {
        match self.lists.as_slice() {
            [one] => places.iter().map(|&place| one[place as usize]).collect(),
            _ => places
                .iter()
                .map(|&place| *self.get(place as usize))
                .collect(),
        }
    }
}

/// Numbers the ranked shoes and puts them in bands, in rank order: the best picks are the
/// first shoes that suit everything the runner said (every input, whatever its weight), at
/// most [`BEST_PICKS`]; a shoe with a poor verdict and every shoe after it has trade-offs.
fn give_bands(recommendations: &mut [Recommendation], given: FactorSet) {
    let mut band = Band::Best;
    let mut best = 0;
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
        let own = match recommendation.verdicts.tier(given) {
            Tier::Suits if best < BEST_PICKS => Band::Best,
            Tier::Suits | Tier::TradeOff => Band::Good,
            Tier::Poor => Band::Tradeoffs,
        };
        band = band.max(own);
        if band == Band::Best {
            best += 1;
        }
        recommendation.band = band;
    }
}

/// The factors that put `b` in a lower tier than `a`: a poor verdict `a` has not, or (when
/// neither has a poor one) a trade-off on [`Factor::CORE`] that `a` has not. Empty when they
/// stand in the same tier.
pub(crate) fn tier_difference(
    a: &Recommendation,
    b: &Recommendation,
    priorities: &Priorities,
) -> FactorSet {
    let counted = priorities.counted(a.fits.given);
    let (tier_a, tier_b) = (a.verdicts.tier(counted), b.verdicts.tier(counted));
    if tier_a >= tier_b {
        return FactorSet::default();
    }
    let only_b = |of_b: FactorSet, of_a: FactorSet| FactorSet(of_b.0 & !of_a.0 & counted.0);
    match tier_b {
        Tier::Poor => only_b(b.verdicts.poor, a.verdicts.poor),
        _ => FactorSet(only_b(b.verdicts.caution, a.verdicts.caution).0 & CORE_SET.0),
    }
}

/// A recommended shoe's sort key: its score (best first), then its place in its list. Two
/// different shoes seldom share a score, so ids are compared only where they do.
#[inline(always)]
fn score_key(steps: u32, place: usize) -> u64 {
    (u64::from(SCORE_STEPS - steps) << 32) | place as u64
}

/// How many of an id's first bytes go into a left-out shoe's sort key.
const KEY_PREFIX: usize = 12;

/// A left-out shoe's sort key: the first bytes of its id, then its place in its list. The
/// left-out shoes are listed in order of id, and comparing id strings while sorting them was
/// most of the cost.
#[inline(always)]
fn id_key(id: &str, place: usize) -> u128 {
    // The first bytes, big-endian, padded with zeros: byte by byte, as a call to copy them
    // cost more than the rest of the key.
    let mut prefix = 0u128;
    for i in 0..KEY_PREFIX {
        prefix = (prefix << 8) | u128::from(id.as_bytes().get(i).copied().unwrap_or(0));
    }
    (prefix << 32) | place as u128
}

/// A sort key whose low 32 bits are the place of its item, the rest what it is sorted by.
trait SortKey: Copy + Ord {
    /// The key without the place: equal for items that tie.
    fn tie(self) -> Self;
    fn place(self) -> u32;
}

impl SortKey for u64 {
    fn tie(self) -> u64 {
        self >> 32
    }
    fn place(self) -> u32 {
        self as u32
    }
}

impl SortKey for u128 {
    fn tie(self) -> u128 {
        self >> 32
    }
    fn place(self) -> u32 {
        self as u32
    }
}

/// The places of the items whose keys are `keys`, in the ranking's order; items whose keys
/// tie but for their place are put in order of their whole ids, `id(place)`.
fn sorted_places<'a, K: SortKey>(mut keys: Vec<K>, id: impl Fn(usize) -> &'a str) -> Vec<u32> {
    keys.sort_unstable();
    let mut places: Vec<u32> = keys.iter().map(|&key| key.place()).collect();
    let mut start = 0;
    while start < keys.len() {
        let mut end = start + 1;
        while end < keys.len() && keys[end].tie() == keys[start].tie() {
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

/// What a ranking needs of the runner's inputs besides the profile: which were given, which
/// count for the score (weighed above 0), and their weights.
#[derive(Clone, Copy)]
struct Scoring {
    given: FactorSet,
    counted: FactorSet,
    weights: [f64; COUNT],
    /// The total weight of the given factors: what a recommended shoe's weighted fits are
    /// divided by (every given factor scores a shoe that fails none).
    total: f64,
}

impl Scoring {
    fn new(profile: &Profile, priorities: &Priorities) -> Scoring {
        let given = given(profile);
        Scoring {
            given,
            counted: priorities.counted(given),
            weights: priorities.0,
            total: given.iter().map(|factor| priorities.get(factor)).sum(),
        }
    }

    /// The weighted mean fit of a shoe whose weighted fits add up to `sum`, 0..=1. With
    /// every weight at 0 nothing counts for or against a shoe, and the mean is 0.5.
    #[inline(always)]
    fn mean(&self, sum: f64) -> f64 {
        if self.total > 0.0 {
            sum / self.total
        } else {
            0.5
        }
    }
}

/// The inputs whose rules can leave a shoe out: a width not made, a fixed insole for
/// orthotics, a size not stocked.
const HARD: FactorSet = FactorSet::of(&[Factor::FootWidth, Factor::Orthotics, Factor::Size]);

/// One shoe's fits, the hard requirements it fails, the worst verdict of each factor, and
/// the sum of its weighted fits. The hard requirements are checked first: a shoe that fails
/// one is left out, and nothing else about it is weighed.
#[inline(always)]
fn assess_shoe(
    shoe: &Shoe,
    context: &Context,
    memo: Option<&memo::Memo>,
    scoring: &Scoring,
) -> (Fits, FactorSet, Verdicts, f64) {
    let mut fits = Fits::default();
    let mut failed = FactorSet::default();
    let mut sum = 0.0;
    let mut judge = Judge {
        factor: Factor::FootWidth,
        verdicts: Verdicts::default(),
    };
    let mut add = |factor: Factor, fit: Fit, failed: &mut FactorSet| match fit {
        Fit::Score(fit) => {
            let fit = f64::clamp(fit, 0.0, 1.0);
            fits.values[factor.index()] = fit as f32;
            sum += scoring.weights[factor.index()] * fit;
        }
        Fit::Excluded => failed.insert(factor),
    };
    let hard = FactorSet(scoring.given.0 & HARD.0);
    assess_given(shoe, context, memo, hard, &mut judge, |factor, fit| {
        add(factor, fit, &mut failed)
    });
    if failed.is_empty() {
        let soft = FactorSet(scoring.given.0 & !HARD.0);
        assess_given(shoe, context, memo, soft, &mut judge, |factor, fit| {
            add(factor, fit, &mut failed)
        });
    }
    fits.given = FactorSet(scoring.given.0 & !failed.0);
    (fits, failed, judge.verdicts, sum)
}

/// Scores are whole numbers of millionths: printed as they are ranked, and fine enough that
/// shoes which differ for the runner do not share one.
const SCORE_STEPS: u32 = 1_000_000;

/// A shoe's score in millionths: where its tier starts, and how far into the tier its
/// weighted mean fit (`quality`, 0..=1) carries it. Only the factors in `counted` (given,
/// weighed above 0) decide the tier.
#[inline(always)]
fn score_steps(quality: f64, verdicts: Verdicts, counted: FactorSet) -> u32 {
    let tier = verdicts.tier(counted);
    let (bottom, top) = tier.steps();
    // NaN stays NaN through the clamp and rounds to 0.
    bottom + round_non_negative(f64::from(top - bottom) * tier.stretch(quality)) as u32
}

/// The shoes of `catalogue` in order of id, and each shoe's place in that order, for
/// [`ranks`].
pub(crate) struct IdOrder {
    by_id: Vec<u32>,
    place: Vec<u32>,
}

impl IdOrder {
    pub fn of(catalogue: &Catalogue) -> IdOrder {
        let mut by_id: Vec<u32> = (0..catalogue.shoes.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| {
            catalogue.shoes[a as usize]
                .id
                .cmp(&catalogue.shoes[b as usize].id)
        });
        let mut place = vec![0; by_id.len()];
        for (i, &shoe) in by_id.iter().enumerate() {
            place[shoe as usize] = i as u32;
        }
        IdOrder { by_id, place }
    }
}

/// Each shoe's rank for `profile` as [`rank`] gives it, 0 for a shoe left out, without
/// building the ranking: for the what-ifs, which rank the catalogue once per changed input.
/// Each shoe is one integer, its score then its place in order of id, and sorting those
/// gives the ranks.
pub(crate) fn ranks(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    order: &IdOrder,
) -> Vec<u32> {
    let context = Context::new(catalogue, profile);
    let memo = memo::Memo::for_catalogue(&context, catalogue.shoes.len());
    let scoring = Scoring::new(profile, priorities);
    let mut keys: Vec<u64> = Vec::with_capacity(catalogue.shoes.len());
    for (index, shoe) in catalogue.shoes.iter().enumerate() {
        let (_, failed, verdicts, sum) = assess_shoe(shoe, &context, memo.as_ref(), &scoring);
        if failed.is_empty() {
            let steps = score_steps(scoring.mean(sum), verdicts, scoring.counted);
            keys.push((u64::from(SCORE_STEPS - steps) << 32) | u64::from(order.place[index]));
        }
    }
    keys.sort_unstable();
    let mut ranks = vec![0; catalogue.shoes.len()];
    for (i, key) in keys.into_iter().enumerate() {
        ranks[order.by_id[(key & 0xffff_ffff) as usize] as usize] = i as u32 + 1;
    }
    ranks
}

/// How many shoes of `catalogue` suit everything `profile` gives: the shoes that would be
/// best picks were there no limit of [`BEST_PICKS`].
pub(crate) fn suiting(catalogue: &Catalogue, profile: &Profile, priorities: &Priorities) -> usize {
    let context = Context::new(catalogue, profile);
    let memo = memo::Memo::for_catalogue(&context, catalogue.shoes.len());
    let scoring = Scoring::new(profile, priorities);
    catalogue
        .shoes
        .iter()
        .filter(|shoe| {
            let (_, failed, verdicts, _) = assess_shoe(shoe, &context, memo.as_ref(), &scoring);
            failed.is_empty() && verdicts.tier(scoring.given) == Tier::Suits
        })
        .count()
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
    words: &'static Words,
    unit: WeightUnit,
}

impl<'a> Explainer<'a> {
    /// Explains in English.
    pub fn new(catalogue: &'a Catalogue, profile: &'a Profile) -> Self {
        Explainer {
            context: Context::new(catalogue, profile),
            given: given(profile),
            words: Lang::En.words(),
            unit: WeightUnit::Kg,
        }
    }

    /// Says body weights in `unit` (kilograms unless asked).
    #[must_use]
    pub fn weighing_in(mut self, unit: WeightUnit) -> Self {
        self.unit = unit;
        self
    }

    /// Explains in `lang`.
    #[must_use]
    pub fn speaking(mut self, lang: Lang) -> Self {
        self.words = lang.words();
        self
    }

    /// As [`explain`].
    pub fn explain(&self, shoe: &Shoe) -> Vec<Reason> {
        self.reasons(shoe, self.given)
    }

    /// As [`exclusion_reasons`]. Only the failed requirements' rules are asked for words.
    pub fn exclusion_reasons(&self, shoe: &Shoe) -> Vec<Reason> {
        let scoring = Scoring {
            given: self.given,
            counted: self.given,
            weights: [1.0; COUNT],
            total: 0.0,
        };
        let (_, failed, _, _) = assess_shoe(shoe, &self.context, None, &scoring);
        let mut reasons = self.reasons(shoe, failed);
        reasons.retain(|reason| reason.verdict == Verdict::Poor);
        reasons
    }

    fn reasons(&self, shoe: &Shoe, factors: FactorSet) -> Vec<Reason> {
        let mut reasons = Vec::new();
        let mut notes = Collect {
            factor: Factor::FootWidth,
            words: self.words,
            unit: self.unit,
            reasons: &mut reasons,
        };
        assess_given(shoe, &self.context, None, factors, &mut notes, |_, _| {});
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

/// What `shoe` is built for ("daily trainer", "racing shoe"), as the rules judge it: the id
/// of its words.
pub fn built_for(shoe: &Shoe) -> &'static str {
    kind::build(shoe).message()
}

/// Linear interpolation, `t` clamped to 0..=1.
pub(crate) fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t.clamp(0.0, 1.0)
}

/// How far `value` has gone from `start` to `end`, clamped to 0..=1.
pub(crate) fn progress(value: f64, start: f64, end: f64) -> f64 {
    ((value - start) / (end - start)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Width;
    use crate::catalogue::generate::generate;
    use crate::profile::{Pronation, Season};

    /// The core holds every priority to a number from 0 to 100, however it is given.
    #[test]
    fn priorities_are_numbers_from_0_to_100() {
        let mut priorities = Priorities::default();
        for refused in [-0.5, 100.5, 1e308, f64::INFINITY, f64::NAN] {
            assert!(
                priorities.set(Factor::Weight, refused).is_err(),
                "{refused}"
            );
        }
        assert_eq!(
            priorities,
            Priorities::default(),
            "nothing refused was kept"
        );
        for taken in [0.0, 3.0, 100.0] {
            priorities.set(Factor::Weight, taken).expect("in range");
            assert_eq!(priorities.get(Factor::Weight), taken);
        }
        let error = priorities.apply("surface=1e308").expect_err("too large");
        assert!(error.to_string().contains("`1e308`"), "{error}");
        // Settings that somehow hold a weight out of range do not read.
        let saved = "{\"weight\": 1e308}";
        assert!(serde_json::from_str::<Priorities>(saved).is_err());
    }

    /// The rounding used for scores is `f64::round`, also at the halves and for NaN.
    #[test]
    fn scores_round_as_f64_round_does() {
        let mut samples = vec![0.0, 0.5, 1.5, 2.5, 9_999.5, 10_000.0, 0.49999999999999994];
        samples.extend((0..200_000).map(|i| f64::from(i) * 0.050_000_000_1));
        for x in samples {
            assert_eq!(round_non_negative(x), x.round() as u64, "{x}");
        }
        assert_eq!(round_non_negative(f64::NAN), 0);
    }

    /// Each tier's scores stay in its own range, whatever the fits: a shoe that suits
    /// everything never scores below one with a trade-off.
    #[test]
    fn tiers_keep_to_their_ranges() {
        let counted: FactorSet = Factor::ALL.into_iter().collect();
        let mut caution = Verdicts::default();
        caution.record(Factor::Season, Verdict::Caution);
        let mut poor = Verdicts::default();
        poor.record(Factor::Budget, Verdict::Poor);
        for quality in [0.0, 0.3, 0.999_999, 1.0, f64::NAN] {
            let suits = score_steps(quality, Verdicts::default(), counted);
            let trade_off = score_steps(quality, caution, counted);
            let poorly = score_steps(quality, poor, counted);
            assert!((800_000..=1_000_000).contains(&suits), "{suits}");
            assert!((500_000..800_000).contains(&trade_off), "{trade_off}");
            assert!(poorly < 500_000, "{poorly}");
        }
        // A caution on an optional input is not a trade-off on what the runner came for.
        let mut optional = Verdicts::default();
        optional.record(Factor::Budget, Verdict::Caution);
        assert_eq!(optional.tier(counted), Tier::Suits);
        // A factor weighed 0 does not count.
        let without_season: FactorSet = Factor::ALL
            .into_iter()
            .filter(|&f| f != Factor::Season)
            .collect();
        assert_eq!(caution.tier(without_season), Tier::Suits);
    }

    /// The what-ifs' ranks agree with the ranking, shoe by shoe, also when ids share long
    /// prefixes and the catalogue is not in order of id.
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
        let order = IdOrder::of(&catalogue);
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

    /// Priorities saved by older versions as a list of twelve weights still read, each to
    /// its factor; the map they are saved as now reads back equal.
    #[test]
    fn saved_priorities_read_in_both_layouts() -> Result<(), ron::error::SpannedError> {
        let old: Priorities =
            ron::from_str("(1.0, 2.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 3.0, 1.0, 1.0, 2.0)").or_else(
                |_| ron::from_str("[1.0, 2.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 3.0, 1.0, 1.0, 2.0]"),
            )?;
        assert_eq!(old.get(Factor::Weight), 2.0);
        assert_eq!(old.get(Factor::Season), 0.0);
        assert_eq!(old.get(Factor::Experience), 3.0);
        assert_eq!(old.get(Factor::Fitting), 2.0);
        assert_eq!(old.get(Factor::Purpose), 1.0);
        let text = ron::to_string(&old).map_err(|e| ron::error::SpannedError {
            code: e,
            span: ron::error::Span {
                start: ron::error::Position { line: 0, col: 0 },
                end: ron::error::Position { line: 0, col: 0 },
            },
        })?;
        let again: Priorities = ron::from_str(&text)?;
        assert_eq!(again, old);
        Ok(())
    }
}
