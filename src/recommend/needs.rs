//! The needs of a shop's customers and how well its catalogue meets each: for each kind of
//! customer the evidence counted (a width, a gait, a weight band, a season, a surface), how
//! many shoes get a good verdict for a runner of that kind. Above the evidence, which only
//! counts; here the rules judge.

use crate::catalogue::Width;
use crate::evidence::{Evidence, WeightBand};
use crate::profile::{Profile, Pronation, Season};
use crate::words::Say;
use serde::Serialize;

/// A need fewer than this many shoes of the catalogue meet is a gap in the stock.
pub const GAP_SHOES: usize = 3;

/// A customer need, and how well the catalogue meets it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Need {
    /// The customers who have it: a width, a gait, a weight band, a season or a surface.
    pub need: NeedOf,
    /// How many customers in the dates counted have it.
    pub customers: u32,
    /// How many shoes of the catalogue meet it well (a good verdict on it, for a runner who
    /// is otherwise the default profile: standard width, 72 kg, neutral, spring and autumn,
    /// road).
    pub shoes: usize,
    /// Whether fewer than [`GAP_SHOES`] shoes meet it.
    pub gap: bool,
}

/// What a need is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "by", content = "value", rename_all = "snake_case")]
pub enum NeedOf {
    /// Feet of this width.
    FootWidth(Width),
    /// This gait.
    Pronation(Pronation),
    /// This weight band.
    Weight(WeightBand),
    /// Running mostly in this season.
    Season(Season),
    /// Running mostly on this surface.
    Surface(crate::catalogue::Surface),
}

impl NeedOf {
    /// The need in words: "extra-wide feet".
    pub fn said(self) -> Say {
        match self {
            NeedOf::FootWidth(width) => Say::new("need-width").text("width", width.as_str()),
            NeedOf::Pronation(pronation) => {
                Say::new("need-pronation").text("pronation", pronation.as_str())
            }
            NeedOf::Weight(band) => Say::new("need-weight").text("band", band.key()),
            NeedOf::Season(season) => Say::new("need-season").text("season", season.as_str()),
            NeedOf::Surface(surface) => Say::new("need-surface").text("surface", surface.as_str()),
        }
    }

    /// A runner with this need, otherwise the default profile, and the input that
    /// tells whether a shoe meets it.
    fn runner(self) -> (Profile, super::Factor) {
        use super::Factor;
        let base = Profile::default();
        match self {
            NeedOf::FootWidth(foot_width) => (Profile { foot_width, ..base }, Factor::FootWidth),
            NeedOf::Pronation(pronation) => (Profile { pronation, ..base }, Factor::Pronation),
            NeedOf::Weight(band) => (
                Profile {
                    weight_kg: band.typical_kg(),
                    ..base
                },
                Factor::Weight,
            ),
            NeedOf::Season(season) => (Profile { season, ..base }, Factor::Season),
            NeedOf::Surface(surface) => (Profile { surface, ..base }, Factor::Surface),
        }
    }
}

/// Every need the customers counted have, with how many shoes of `catalogue` meet it: the
/// gaps first, then the rest; within each, the most customers for each shoe that meets the
/// need first (where the stock is thinnest for the demand).
pub fn needs(evidence: &Evidence, catalogue: &crate::catalogue::Catalogue) -> Vec<Need> {
    use super::{Priorities, Verdict, rank};
    use crate::catalogue::Surface;
    let mix = &evidence.mix;
    let mut wanted: Vec<(NeedOf, u32)> = Vec::new();
    wanted.extend(
        Width::ALL
            .iter()
            .zip(mix.widths)
            .map(|(&w, n)| (NeedOf::FootWidth(w), n)),
    );
    wanted.extend(
        Pronation::ALL
            .iter()
            .zip(mix.pronation)
            .map(|(&p, n)| (NeedOf::Pronation(p), n)),
    );
    wanted.extend(
        WeightBand::ALL
            .iter()
            .zip(mix.weights)
            .map(|(&b, n)| (NeedOf::Weight(b), n)),
    );
    wanted.extend(
        Season::ALL
            .iter()
            .zip(mix.seasons)
            .map(|(&s, n)| (NeedOf::Season(s), n)),
    );
    wanted.extend(
        Surface::ALL
            .iter()
            .zip(mix.surfaces)
            .map(|(&s, n)| (NeedOf::Surface(s), n)),
    );
    let mut needs: Vec<Need> = wanted
        .into_iter()
        .filter(|&(_, customers)| customers > 0)
        .map(|(need, customers)| {
            let (runner, factor) = need.runner();
            let shoes = rank(catalogue, &runner, &Priorities::default())
                .recommendations
                .iter()
                .filter(|r| r.verdict(factor) == Some(Verdict::Good))
                .count();
            Need {
                need,
                customers,
                shoes,
                gap: shoes < GAP_SHOES,
            }
        })
        .collect();
    needs.sort_by(|a, b| {
        let per_shoe = |n: &Need| f64::from(n.customers) / (n.shoes as f64 + 1.0);
        b.gap
            .cmp(&a.gap)
            .then(per_shoe(b).total_cmp(&per_shoe(a)))
            .then(b.customers.cmp(&a.customers))
    });
    needs
}
