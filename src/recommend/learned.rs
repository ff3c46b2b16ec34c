//! What the shop has learned of each model's length: from the pairs its customers with
//! measured feet bought in a recorded size and kept happily, or brought back too small or
//! too big, how many half sizes from their brand's chart they needed. Told, and moving the
//! size to try by at most half a size, only past the thresholds of every other pattern.

use super::size::chart_of;
use crate::catalogue::{Catalogue, Sizing};
use crate::evidence::{Evidence, PATTERN_FITTINGS, PATTERN_SHARE, SizedPair};
use crate::words::Say;
use std::collections::{HashMap, HashSet};

/// The most half sizes a customer is counted as needing from their chart size either way.
const MOST_HALF_SIZES: i32 = 2;

/// A model's length fit as the shop learned it: `agree` of `of` customers with measured
/// feet needed `took` half sizes from their brand's chart size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LearnedFit {
    /// Half sizes up (positive) or down from the brand's chart.
    pub took: i32,
    /// How many customers needed that.
    pub agree: u32,
    /// How many customers' pairs told of their length.
    pub of: u32,
}

impl LearnedFit {
    /// The half sizes this moves the size to try of a model of `sizing`: towards what the
    /// shop's customers took, by at most one.
    pub fn moves(&self, sizing: Option<Sizing>) -> i32 {
        (self.took - sizing.map_or(0, Sizing::half_sizes)).clamp(-1, 1)
    }

    /// In words, for the shop's insights: "6 of 8 customers with measured feet took half a
    /// size up from the brand's chart: the size to try follows it, by half a size at most."
    pub fn told(&self) -> Say {
        Say::new("shop-length")
            .num("agree", f64::from(self.agree))
            .num("of", f64::from(self.of))
            .text("took", self.took_key())
            .text("clear", if self.is_clear() { "yes" } else { "no" })
            .num("fittings", f64::from(PATTERN_FITTINGS))
            .num("share", (PATTERN_SHARE * 100.0).round())
    }

    fn took_key(&self) -> &'static str {
        match self.took {
            ..=-2 => "down-full",
            -1 => "down-half",
            0 => "same",
            1 => "up-half",
            _ => "up-full",
        }
    }

    /// In words, for a model of `sizing`: "in this shop, 6 of 8 customers with measured
    /// feet took half a size up from their chart size", and, where that is further from the
    /// model's sizing than the size may move, that it moves half a size towards it.
    pub fn said(&self, sizing: Option<Sizing>) -> Say {
        let from_sizing = self.took - sizing.map_or(0, Sizing::half_sizes);
        Say::new(if from_sizing.abs() > 1 {
            "size-why-shop-capped"
        } else {
            "size-why-shop"
        })
        .num("agree", f64::from(self.agree))
        .num("of", f64::from(self.of))
        .text("took", self.took_key())
        .text("agrees", if from_sizing == 0 { "yes" } else { "no" })
        .text("toward", if from_sizing > 0 { "up" } else { "down" })
    }
}

/// The length fit the shop learned of each model, by shoe id: only those past the
/// thresholds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LearnedSizes {
    by_shoe: HashMap<String, LearnedFit>,
}

impl LearnedSizes {
    /// Learns from `evidence` the length fit of each shoe of `catalogue` that at least
    /// [`PATTERN_FITTINGS`] customers told of, when at least [`PATTERN_SHARE`] of them
    /// needed the same.
    pub fn learn(catalogue: &Catalogue, evidence: &Evidence) -> LearnedSizes {
        // Only shoes enough customers told of can be learned: usually none or a few, so a
        // shop without them (the window reranks in its frame) pays no search of its
        // catalogue.
        let enough = PATTERN_FITTINGS as usize;
        let told: HashSet<&str> = (evidence.shoes.iter())
            .filter(|(_, found)| found.sized.len() >= enough)
            .map(|(id, _)| id.as_str())
            .collect();
        if told.is_empty() {
            return LearnedSizes::default();
        }
        let by_shoe = fits_of(catalogue, evidence, |id| told.contains(id))
            .filter(|(_, fit)| fit.is_clear())
            .map(|(shoe, fit)| (catalogue.shoes[shoe].id.clone(), fit))
            .collect();
        LearnedSizes { by_shoe }
    }

    /// What the shop learned of the shoe `id`.
    pub fn of(&self, id: &str) -> Option<LearnedFit> {
        if self.by_shoe.is_empty() {
            return None;
        }
        self.by_shoe.get(id).copied()
    }

    /// Whether nothing was learned.
    pub fn is_empty(&self) -> bool {
        self.by_shoe.is_empty()
    }
}

impl LearnedFit {
    /// Whether enough customers told, and enough of them agree, to move the size: at least
    /// [`PATTERN_FITTINGS`], and at least [`PATTERN_SHARE`] of them.
    pub fn is_clear(&self) -> bool {
        self.of >= PATTERN_FITTINGS && f64::from(self.agree) >= PATTERN_SHARE * f64::from(self.of)
    }
}

/// What the pairs told of each shoe of `catalogue` whose length any customer with measured
/// feet told of, by the shoe's index: the half sizes most of them needed, and how many,
/// clear or not yet.
pub fn length_fits(catalogue: &Catalogue, evidence: &Evidence) -> Vec<(usize, LearnedFit)> {
    fits_of(catalogue, evidence, |_| true).collect()
}

/// What the pairs told of each shoe of `catalogue` whose id `wanted` accepts.
fn fits_of<'a>(
    catalogue: &'a Catalogue,
    evidence: &'a Evidence,
    wanted: impl Fn(&str) -> bool + 'a,
) -> impl Iterator<Item = (usize, LearnedFit)> + 'a {
    catalogue
        .shoes
        .iter()
        .enumerate()
        .filter(move |(_, shoe)| wanted(&shoe.id))
        .filter_map(|(index, shoe)| {
            let pairs = &evidence.shoes.get(&shoe.id)?.sized;
            let fit = count_fit(catalogue, &shoe.brand, pairs)?;
            Some((index, fit))
        })
}

/// The half sizes from the chart of `brand` that most of the customers of `pairs` needed
/// (the nearer the chart on a tie), with how many did; none when no pair's size reads on
/// the chart.
fn count_fit(catalogue: &Catalogue, brand: &str, pairs: &[SizedPair]) -> Option<LearnedFit> {
    let span = (2 * MOST_HALF_SIZES + 1) as usize;
    let mut counts = vec![0u32; span];
    let mut of = 0u32;
    for pair in pairs {
        let Some(needed) = needed_half_sizes(catalogue, brand, pair) else {
            continue;
        };
        of += 1;
        counts[(needed + MOST_HALF_SIZES) as usize] += 1;
    }
    if of == 0 {
        return None;
    }
    let (at, &agree) = counts
        .iter()
        .enumerate()
        .max_by_key(|(at, count)| (**count, std::cmp::Reverse(at.abs_diff(span / 2))))?;
    Some(LearnedFit {
        took: at as i32 - MOST_HALF_SIZES,
        agree,
        of,
    })
}

/// How many half sizes from its brand's chart size the customer of `pair` needed: the size
/// bought, less the chart's size for their foot, and a half more for a pair too small (a
/// half less for one too big). None when the chart has neither.
fn needed_half_sizes(catalogue: &Catalogue, brand: &str, pair: &SizedPair) -> Option<i32> {
    let chart = chart_of(catalogue, brand, pair.size.system());
    let bought = chart.row_of(pair.size)? as i32;
    let by_foot = chart.row_for_foot(pair.foot_mm)? as i32;
    let needed = bought - by_foot + pair.length.needed_half_sizes();
    Some(needed.clamp(-MOST_HALF_SIZES, MOST_HALF_SIZES))
}
