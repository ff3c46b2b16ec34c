//! The recommender: a catalogue and a runner's profile in, shoes ranked with the reasons for
//! each out. Pure and deterministic: no I/O, no clock, no randomness.
//!
//! Each factor is a file with one `assess` function that scores a shoe for one input in
//! 0..=1 and says why, or excludes it when it fails a hard requirement (a width not made, a
//! fixed insole for orthotics, a size not stocked). A shoe's score is the weighted mean of
//! its factors' fits. Ranking needs only the fits; the words are produced on demand by
//! [`explain`], with the very same rules.

mod advice;
mod explain;
mod factor;
mod priorities;
mod ranking;
mod tried_on;
mod verdict;
pub use advice::{Advice, Asked, advise, what_ifs_for};
pub use explain::*;
pub use factor::*;
pub use learned::{LearnedFit, LearnedSizes, length_fits};
pub use priorities::*;
pub use ranking::*;
pub use size::{Basis, Chart, SizeToTry, Sizes};
pub use tried_on::{TakeAs, name_for, take_as};
pub use verdict::*;
mod habits;
pub(crate) mod kind;
mod learned;
mod memo;
pub mod moves;
pub mod needs;
mod optional;
mod pronation;
mod purpose;
mod runs_in;
mod season;
mod size;
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
    /// The size to try in each shoe, when the runner gave their feet or a pair's size.
    pub sizes: Option<Sizes<'a>>,
    /// The pair run in now, when it is in the catalogue.
    pub runs_in_shoe: Option<&'a Shoe>,
}

/// From this weight a runner loads the shoe hard: more cushioning, durable rubber, no racers.
pub(crate) const HEAVY_KG: f64 = 85.0;

impl<'a> Context<'a> {
    pub fn new(catalogue: &'a Catalogue, profile: &'a Profile) -> Self {
        Context::learning(catalogue, profile, None)
    }

    /// As [`Context::new`], with the sizes moved by what the shop `learned` of models'
    /// length fit.
    pub fn learning(
        catalogue: &'a Catalogue,
        profile: &'a Profile,
        learned: Option<&'a LearnedSizes>,
    ) -> Self {
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
        let runs_in_shoe = runs_in_shoe(catalogue, profile);
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
            sizes: Sizes::with_runs_in(catalogue, profile, learned, runs_in_shoe),
            runs_in_shoe,
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
    rule!(Size, size::assess);
    rule!(RunsIn, runs_in::assess);
    rule!(Fitting, tried_on::assess);
}

/// The pair run in now, when the profile names it by an id the catalogue has.
pub fn runs_in_shoe<'a>(catalogue: &'a Catalogue, profile: &Profile) -> Option<&'a Shoe> {
    let id = profile.runs_in.as_ref()?.shoe.as_deref()?;
    catalogue.shoes.iter().find(|shoe| shoe.id == id)
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
    /// prefixes and the catalogue is not in order of id, and when the ranking is made in
    /// parts on several threads and merged; the shoes left out are listed in order of id.
    #[test]
    fn counted_ranks_agree_with_the_ranking() {
        counted_ranks_agree_on(3_000);
        // In three parts whatever the machine's cores, on a pool of three threads.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .expect("a pool of three threads");
        pool.install(|| counted_ranks_agree_on(2 * ranking::PARALLEL_FROM + 1));
    }

    fn counted_ranks_agree_on(shoes: usize) {
        let mut catalogue = generate(shoes);
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
            let ids: Vec<&str> = ranking
                .excluded
                .iter()
                .map(|e| catalogue.shoes[e.shoe].id.as_str())
                .collect();
            assert!(
                ids.windows(2).all(|w| w[0] < w[1]),
                "left out in order of id"
            );
            assert_eq!(ranking.recommendations.len() + ids.len(), count);
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
