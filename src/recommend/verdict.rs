//! How well a shoe suits an input, and where it stands: verdicts, the reasons that carry
//! them, the tiers a ranking is decided on and the bands a list shows.

use super::*;

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
    pub(super) caution: FactorSet,
    pub(super) poor: FactorSet,
}

impl Verdicts {
    /// Without a branch: the verdict is often looked up from a table, and a shop's
    /// catalogue gives them in no order a processor could guess.
    #[inline(always)]
    pub(super) fn record(&mut self, factor: Factor, verdict: Verdict) {
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
    pub(super) fn tier(&self, counted: FactorSet) -> Tier {
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
pub(super) const CORE_SET: FactorSet = FactorSet::of(&Factor::CORE);

/// How a shoe stands with the runner, which orders the ranking before any fit does: a shoe
/// that suits everything asked comes before one with a trade-off on what the runner is and
/// runs for ([`Factor::CORE`]), which comes before one that does something poorly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Tier {
    Suits,
    TradeOff,
    Poor,
}

impl Tier {
    /// The scores of this tier in millionths, from and to (both included): a shoe that
    /// suits everything scores from 0.8, one with a trade-off from 0.5, one that does
    /// something poorly below that.
    pub(super) fn steps(self) -> (u32, u32) {
        match self {
            Tier::Suits => (800_000, SCORE_STEPS),
            Tier::TradeOff => (500_000, 799_999),
            Tier::Poor => (0, 499_999),
        }
    }

    /// How far into the tier a weighted mean fit of `quality` carries a shoe, 0..=1. The
    /// shoes of a tier differ in small things, so their fits crowd together near the top:
    /// a power spreads them out (the order stays the same), the more the better the tier.
    pub(super) fn stretch(self, quality: f64) -> f64 {
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
