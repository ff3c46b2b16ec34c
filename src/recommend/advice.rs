//! The one way to advise a runner: the ranking, what the shop's evidence moved, the
//! what-ifs, what would widen the choice and why the first pick leads, worked out together
//! and in one order. The window, the command line and the report all take an [`Advice`];
//! the report is written from the very advice the window shows.

use super::explain::{Lead, first_pick_lead};
use super::moves::{self, Moves};
use super::what_if::{WIDENINGS, WhatIfs, Widening, what_ifs_with, widen};
use super::{
    Context, Factor, FactorSet, Judge, Priorities, Ranking, Verdict, Verdicts, assess_given, given,
    rank,
};
use crate::catalogue::Catalogue;
use crate::evidence::Evidence;
use crate::profile::Profile;

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
    /// Each left-out shoe's verdict on every input the runner gave, in the order of
    /// `ranking.excluded`: the ranking stops at the requirement a shoe fails, a comparison
    /// shows the rest.
    left_out: Vec<Verdicts>,
    /// The inputs the runner gave.
    given: FactorSet,
}

impl Advice {
    /// How well the shoe at `index` of the catalogue suits `factor`: a ranked shoe's verdict
    /// as the ranking has it, a left-out shoe's as its rules find it. None when the runner
    /// did not give that input, or no such shoe was advised on.
    pub fn verdict(&self, index: usize, factor: Factor) -> Option<Verdict> {
        let ranking = &self.ranking;
        if let Some(recommendation) = ranking.recommendations.iter().find(|r| r.shoe == index) {
            return recommendation.verdict(factor);
        }
        let place = ranking.excluded.iter().position(|e| e.shoe == index)?;
        let verdicts = self.left_out.get(place)?;
        self.given.contains(factor).then(|| verdicts.of(factor))
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

/// The advice for `profile` on `catalogue` with `priorities`, as much as `asked`: ranked,
/// moved by the evidence, then the what-ifs worked out on that moved ranking (so their
/// claims hold where they are shown), what would widen the choice, and why the first leads.
pub fn advise(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    asked: &Asked,
) -> Advice {
    let mut ranking = rank(catalogue, profile, priorities);
    let moves = asked.evidence.map_or_else(Moves::default, |evidence| {
        moves::apply(&mut ranking, catalogue, profile, evidence)
    });
    let afford = asked.what_ifs_per_shoe > 0 && catalogue.shoes.len() <= asked.what_if_max_shoes;
    // Evidence with nothing in it moves nothing: the what-ifs need not look at it.
    let evidence = asked.evidence.filter(|evidence| !evidence.shoes.is_empty());
    let what_ifs = afford.then(|| {
        what_ifs_with(
            catalogue,
            profile,
            priorities,
            &ranking,
            asked.what_ifs_per_shoe,
            evidence,
        )
    });
    let widenings = if afford {
        widen(catalogue, profile, priorities, WIDENINGS)
    } else {
        Vec::new()
    };
    let lead = first_pick_lead(&ranking, priorities);
    let given = given(profile);
    let context = Context::new(catalogue, profile);
    let left_out = ranking
        .excluded
        .iter()
        .map(|exclusion| {
            let mut judge = Judge {
                factor: Factor::FootWidth,
                verdicts: Verdicts::default(),
            };
            let shoe = &catalogue.shoes[exclusion.shoe];
            assess_given(shoe, &context, None, given, &mut judge, |_, _| {});
            judge.verdicts
        })
        .collect();
    Advice {
        ranking,
        moves,
        what_ifs,
        widenings,
        lead,
        left_out,
        given,
    }
}
