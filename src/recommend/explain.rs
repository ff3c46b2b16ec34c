//! The words of a ranking: every reason for a shoe, or the reasons it is left out, made
//! on demand by the same rules that rank.

use super::*;

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
    pub(super) context: Context<'a>,
    pub(super) given: FactorSet,
    pub(super) words: &'static Words,
    pub(super) unit: WeightUnit,
}

impl<'a> Explainer<'a> {
    /// Explains in English.
    pub fn new(catalogue: &'a Catalogue, profile: &'a Profile) -> Self {
        Explainer::learning(catalogue, profile, None)
    }

    /// Explains the shoes of an advice: the sizes to try moved by what the shop `learned`
    /// of models' length fit ([`super::Advice::learned`]).
    pub fn learning(
        catalogue: &'a Catalogue,
        profile: &'a Profile,
        learned: Option<&'a super::LearnedSizes>,
    ) -> Self {
        Explainer {
            context: Context::learning(catalogue, profile, learned),
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

    pub(super) fn reasons(&self, shoe: &Shoe, factors: FactorSet) -> Vec<Reason> {
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
pub(super) fn given(profile: &Profile) -> FactorSet {
    Factor::ALL
        .into_iter()
        .filter(|factor| factor.is_given(profile))
        .collect()
}

/// Why the first pick leads, when it is a best pick: the inputs it suits (each given and
/// judged good; how shoes felt aside, which the chips say), and what puts it ahead of the
/// next shoe.
#[derive(Debug, Clone, PartialEq)]
pub struct Lead {
    /// The inputs the first pick suits, in the order of [`Factor::ALL`].
    pub suits: Vec<Factor>,
    /// The next shoe, by its index in the catalogue, when the first is ahead of it for
    /// something.
    pub next: Option<usize>,
    /// What puts the first ahead of the next, at most two things.
    pub ahead: Vec<Say>,
}

/// Why the first pick of `ranking` leads; none when the first is no best pick.
pub fn first_pick_lead(ranking: &Ranking, priorities: &Priorities) -> Option<Lead> {
    let first = ranking.recommendations.first()?;
    if first.band != Band::Best {
        return None;
    }
    let suits = first
        .fits
        .iter()
        .map(|(factor, _)| factor)
        .filter(|&factor| factor != Factor::Fitting && first.verdict(factor) == Some(Verdict::Good))
        .collect();
    let (next, ahead) = ranking
        .recommendations
        .get(1)
        .map(|second| {
            let why = super::specs::why_above(first, second, priorities, 2);
            (Some(second.shoe).filter(|_| !why.is_empty()), why)
        })
        .unwrap_or_default();
    Some(Lead { suits, next, ahead })
}
