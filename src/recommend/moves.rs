//! The shop's evidence in the ranking: a shoe that the customers a runner is like found too
//! narrow, or came back happy with, moves by at most [`crate::evidence::MOST_MOVE`] of the score, within its
//! tier, so what the runner asked for still decides; each move is said with its counts.

use super::{Factor, Ranking, Reason, Verdict, give_bands, given};
use crate::catalogue::Catalogue;
use crate::evidence::{Evidence, Pattern};
use crate::profile::Profile;
use crate::words::Words;

/// The patterns that moved each shoe, by its index in the catalogue.
#[derive(Debug, Clone, Default)]
pub struct Moves {
    moved: Vec<(usize, Vec<Pattern>)>,
}

impl Moves {
    /// The patterns told of `shoe` (an index into the catalogue's shoes).
    pub fn of(&self, shoe: usize) -> &[Pattern] {
        self.moved
            .binary_search_by_key(&shoe, |(index, _)| *index)
            .map_or(&[], |found| &self.moved[found].1)
    }

    /// The reasons the patterns of `shoe` give, in `words`: a good verdict for what speaks
    /// for it, a caution for what speaks against it.
    pub fn reasons(&self, shoe: usize, words: &Words) -> Vec<Reason> {
        self.of(shoe)
            .iter()
            .map(|pattern| {
                let said = pattern.said();
                Reason {
                    factor: Factor::Fitting,
                    verdict: if pattern.finding.sign() > 0.0 {
                        Verdict::Good
                    } else {
                        Verdict::Caution
                    },
                    text: words.say(&said),
                    said,
                }
            })
            .collect()
    }

    /// Whether the evidence moved any shoe.
    pub fn is_empty(&self) -> bool {
        self.moved.is_empty()
    }
}

/// Moves each recommended shoe of `ranking` by the patterns of `evidence` that concern the
/// runner of `profile`: by at most [`crate::evidence::MOST_MOVE`], within the shoe's tier (from 0.8 for a shoe
/// that suits everything, from 0.5 for one with a trade-off), then ranks and bands again.
/// The shoes left out stay left out.
pub fn apply(
    ranking: &mut Ranking,
    catalogue: &Catalogue,
    profile: &Profile,
    evidence: &Evidence,
) -> Moves {
    let mut moves = Moves::default();
    if evidence.shoes.is_empty() {
        return moves;
    }
    for recommendation in &mut ranking.recommendations {
        let shoe = &catalogue.shoes[recommendation.shoe];
        let patterns = evidence.patterns(&shoe.id, profile);
        if patterns.is_empty() {
            continue;
        }
        let (low, high) = tier_of(recommendation.score);
        let moved = (recommendation.score + Evidence::move_of(&patterns)).clamp(low, high);
        let moved = (moved * 1e6).round() / 1e6;
        recommendation.shop_move = moved - recommendation.score;
        recommendation.score = moved;
        moves.moved.push((recommendation.shoe, patterns));
    }
    moves.moved.sort_by_key(|(shoe, _)| *shoe);
    ranking.recommendations.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| catalogue.shoes[a.shoe].id.cmp(&catalogue.shoes[b.shoe].id))
    });
    give_bands(&mut ranking.recommendations, given(profile));
    moves
}

/// The scores of the tier `score` is in, from and to.
fn tier_of(score: f64) -> (f64, f64) {
    if score >= 0.8 {
        (0.8, 1.0)
    } else if score >= 0.5 {
        (0.5, 0.799_999)
    } else {
        (0.0, 0.499_999)
    }
}
