//! The one way to advise a runner: the ranking, what the shop's evidence moved, the
//! what-ifs, what would widen the choice and why the first pick leads, worked out together
//! and in one order. The window, the command line and the report all take an [`Advice`];
//! the report is written from the very advice the window shows.

use super::explain::{Lead, first_pick_lead};
use super::moves::{self, Moves};
use super::what_if::{WIDENINGS, WhatIfs, Widening, what_ifs_with, widen_learning};
use super::{
    Context, Factor, FactorSet, Judge, LearnedSizes, Priorities, Ranking, Recommendation, Verdict,
    Verdicts, assess_given, given, rank_learning,
};
use crate::catalogue::Catalogue;
use crate::evidence::Evidence;
use crate::profile::Profile;
use std::collections::HashMap;
use std::sync::Mutex;

/// Everything said to a runner about a catalogue.
#[derive(Debug, Default)]
pub struct Advice {
    /// The shoes ranked, the shop's moves in their scores, and the ones left out.
    pub ranking: Ranking,
    /// What the shop's evidence says of each shoe it moved.
    pub moves: Moves,
    /// What-if explanations; none when not asked for, or the catalogue is too large.
    pub what_ifs: Option<WhatIfs>,
    /// When no shoe suits everything asked, the changes that would widen the choice.
    pub widenings: Vec<Widening>,
    /// Why the first pick leads, when it is a best pick.
    pub lead: Option<Lead>,
    /// What the shop's evidence taught of models' length fit: the sizes to try said with
    /// this advice are moved by it.
    pub learned: LearnedSizes,
    /// Left-out shoes' verdicts on every input the runner gave, by the shoe's index, as
    /// they are asked for: the ranking stops at the requirement a shoe fails, a comparison
    /// shows the rest, and a catalogue may leave out thousands nobody compares.
    left_out: Mutex<HashMap<usize, Verdicts>>,
    /// The inputs the runner gave.
    given: FactorSet,
    /// Where each shoe of the catalogue stands, by its index: its place among the
    /// recommendations, else [`LEFT_OUT`]. Looked up per cell of a comparison, per frame.
    places: Vec<u32>,
}

/// A shoe's place in [`Advice::places`] when it is left out.
const LEFT_OUT: u32 = u32::MAX;

impl Clone for Advice {
    fn clone(&self) -> Self {
        Advice {
            ranking: self.ranking.clone(),
            moves: self.moves.clone(),
            what_ifs: self.what_ifs.clone(),
            widenings: self.widenings.clone(),
            lead: self.lead.clone(),
            learned: self.learned.clone(),
            left_out: Mutex::new(self.left_out.lock().map(|m| m.clone()).unwrap_or_default()),
            given: self.given,
            places: self.places.clone(),
        }
    }
}

impl Advice {
    /// Adds the what-ifs and widenings worked out apart, by [`what_ifs_for`] on this
    /// advice's ranking.
    pub fn add_what_ifs(&mut self, what_ifs: Option<WhatIfs>, widenings: Vec<Widening>) {
        self.what_ifs = what_ifs;
        self.widenings = widenings;
    }

    /// The recommendation of the shoe at `index` of the catalogue, if it is ranked.
    pub fn recommendation(&self, index: usize) -> Option<&Recommendation> {
        let place = *self.places.get(index)?;
        self.ranking.recommendations.get(place as usize)
    }

    /// Whether the shoe at `index` of the catalogue is left out.
    pub fn is_left_out(&self, index: usize) -> bool {
        self.places.get(index) == Some(&LEFT_OUT)
    }

    /// How well the shoe at `index` of `catalogue` suits `factor` for `profile` (those the
    /// advice was worked out for): a ranked shoe's verdict as the ranking has it, a left-out
    /// shoe's as its rules find it (once per shoe). None when the runner did not give that
    /// input, or no such shoe was advised on.
    pub fn verdict(
        &self,
        catalogue: &Catalogue,
        profile: &Profile,
        index: usize,
        factor: Factor,
    ) -> Option<Verdict> {
        if let Some(recommendation) = self.recommendation(index) {
            return recommendation.verdict(factor);
        }
        if !self.is_left_out(index) || !self.given.contains(factor) {
            return None;
        }
        let shoe = catalogue.shoes.get(index)?;
        let mut known = self.left_out.lock().ok()?;
        let verdicts = *known.entry(index).or_insert_with(|| {
            let mut judge = Judge {
                factor: Factor::FootWidth,
                verdicts: Verdicts::default(),
            };
            let context = Context::learning(catalogue, profile, Some(&self.learned));
            assess_given(shoe, &context, None, self.given, &mut judge, |_, _| {});
            judge.verdicts
        });
        Some(verdicts.of(factor))
    }
}

/// How much advice to work out.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'e> {
    /// What the shop's fittings show, to move the ranking and the what-ifs; none for the
    /// catalogue's ranking alone.
    pub evidence: Option<&'e Evidence>,
    /// What-ifs for each shoe: 0 leaves them out, and the widenings with them.
    pub what_ifs_per_shoe: usize,
    /// Catalogues larger than this get no what-ifs or widenings (each ranks the catalogue
    /// again once per changed input).
    pub what_if_max_shoes: usize,
}

impl Default for Asked<'_> {
    /// Two what-ifs a shoe, for a catalogue of any size, and no evidence.
    fn default() -> Self {
        Asked {
            evidence: None,
            what_ifs_per_shoe: 2,
            what_if_max_shoes: usize::MAX,
        }
    }
}

/// The what-ifs for each shoe of `ranking` (the advice's, moved by the evidence, so their
/// claims hold where they are shown) and what would widen the choice, as much as `asked`:
/// the part of [`advise`] that ranks the catalogue again once per changed input, which a
/// window works out off its frame and adds with [`Advice::add_what_ifs`].
pub fn what_ifs_for(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    ranking: &Ranking,
    asked: &Asked,
) -> (Option<WhatIfs>, Vec<Widening>) {
    let afford = asked.what_ifs_per_shoe > 0 && catalogue.shoes.len() <= asked.what_if_max_shoes;
    if !afford {
        return (None, Vec::new());
    }
    // Evidence with nothing in it moves nothing: the what-ifs need not look at it.
    let evidence = asked.evidence.filter(|evidence| !evidence.shoes.is_empty());
    let learned = evidence.map(|evidence| LearnedSizes::learn(catalogue, evidence));
    let what_ifs = what_ifs_with(
        catalogue,
        profile,
        priorities,
        ranking,
        asked.what_ifs_per_shoe,
        evidence.zip(learned.as_ref()),
    );
    (
        Some(what_ifs),
        widen_learning(catalogue, profile, priorities, WIDENINGS, learned.as_ref()),
    )
}

/// The advice for `profile` on `catalogue` with `priorities`, as much as `asked`: ranked,
/// moved by the evidence, then the what-ifs worked out on that moved ranking (so their
/// claims hold where they are shown), what would widen the choice, and why the first leads.
pub fn advise(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    asked: &Asked,
) -> Advice {
    let learned = asked
        .evidence
        .map_or_else(LearnedSizes::default, |evidence| {
            LearnedSizes::learn(catalogue, evidence)
        });
    let mut ranking = rank_learning(catalogue, profile, priorities, Some(&learned));
    let moves = asked.evidence.map_or_else(Moves::default, |evidence| {
        moves::apply(&mut ranking, catalogue, profile, evidence)
    });
    let (what_ifs, widenings) = what_ifs_for(catalogue, profile, priorities, &ranking, asked);
    let lead = first_pick_lead(&ranking, priorities);
    let given = given(profile);
    let left_out = Mutex::default();
    let mut places = vec![LEFT_OUT; catalogue.shoes.len()];
    for (place, recommendation) in ranking.recommendations.iter().enumerate() {
        places[recommendation.shoe] = place as u32;
    }
    Advice {
        ranking,
        moves,
        what_ifs,
        widenings,
        lead,
        learned,
        left_out,
        given,
        places,
    }
}
