//! What the fitting taught: how the shoes tried on felt, and how the pairs this customer
//! bought before went, move the ranking the way a fitter would. Too narrow: the same model
//! in a wider fit first, when it is made, else shoes that come wider. Heel slip: a firmer
//! heel counter than the shoe that slipped (and heel-lock lacing). Too soft or too firm: a
//! firmer or softer foam, by how the foam feels, never by how much of it there is. A liked
//! shoe goes up with those like it, a disliked one down. A pair that went well is the safe
//! choice; one that came back too small or too narrow, the same model only a size or a width
//! on (said with its name: "in wide"); one that gave blisters or pain, not again.

use super::kind::foam;
use super::width::{narrower, wider};
use super::{Context, Fit, Notes};
use crate::catalogue::{Foam, HeelCounter, Shoe, Width};
use crate::profile::{Feel, JudgedPair, LastPair, PairTrouble, Profile};
use crate::words::Say;

/// The fit of a shoe the fitting says nothing about: neither tried with a feeling noted nor
/// moved by how another felt.
pub(crate) const UNTOUCHED: f64 = 0.8;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let width = context.profile.foot_width;
    let (mut sum, mut count) = (0.0, 0);
    for &(tried, record) in &context.tried {
        let same = tried.id == shoe.id;
        for &feel in &record.feel {
            let fit = if same {
                own_feel(shoe, feel, width, notes)
            } else {
                match feel {
                    Feel::TooNarrow => other_width(shoe, tried, width, Feel::TooNarrow, notes),
                    Feel::TooWide => other_width(shoe, tried, width, Feel::TooWide, notes),
                    Feel::HeelSlips => heel_slip(shoe, tried, notes),
                    Feel::TooSoft => firmness(shoe, tried, Feel::TooSoft, notes),
                    Feel::TooFirm => firmness(shoe, tried, Feel::TooFirm, notes),
                    Feel::Liked
                        if shoe.support == tried.support && shoe.cushioning == tried.cushioning =>
                    {
                        notes.good(|| {
                            Say::new("fitting-like-the-liked")
                                .text("name", tried.name())
                                .text("support", shoe.support.as_str())
                                .text("level", shoe.cushioning.as_str())
                        });
                        0.9
                    }
                    Feel::Fits | Feel::Liked | Feel::Disliked => continue,
                }
            };
            sum += fit;
            count += 1;
        }
    }
    for &(bought, pair) in &context.history {
        let same = bought.id == shoe.id;
        let fits: Vec<f64> = if same {
            own_history(shoe, pair, width, notes)
        } else {
            // A pair that went back for its width or its foam says what a try-on would.
            pair.went
                .troubles()
                .iter()
                .filter_map(|trouble| match trouble {
                    PairTrouble::TooNarrow => {
                        Some(other_width(shoe, bought, width, Feel::TooNarrow, notes))
                    }
                    PairTrouble::TooWide => {
                        Some(other_width(shoe, bought, width, Feel::TooWide, notes))
                    }
                    PairTrouble::TooSoft => Some(firmness(shoe, bought, Feel::TooSoft, notes)),
                    PairTrouble::TooFirm => Some(firmness(shoe, bought, Feel::TooFirm, notes)),
                    _ => None,
                })
                .collect()
        };
        for fit in fits {
            sum += fit;
            count += 1;
        }
    }
    if count == 0 {
        let tried = context.tried.iter().any(|(tried, _)| tried.id == shoe.id);
        notes.good(|| {
            Say::new(if tried {
                "fitting-tried-no-feel"
            } else {
                "fitting-not-tried"
            })
        });
        return Fit::Score(UNTOUCHED);
    }
    Fit::Score(sum / f64::from(count))
}

/// How the shoe itself felt.
fn own_feel(shoe: &Shoe, feel: Feel, width: Width, notes: &mut impl Notes) -> f64 {
    match feel {
        Feel::Fits => {
            notes.good(|| Say::new("fitting-own-fits"));
            1.0
        }
        Feel::Liked => {
            notes.good(|| Say::new("fitting-own-liked"));
            1.0
        }
        Feel::Disliked => {
            notes.poor(|| Say::new("fitting-own-disliked"));
            0.2
        }
        Feel::TooNarrow | Feel::TooWide => {
            let too_narrow = feel == Feel::TooNarrow;
            match width_asked(shoe, width, feel) {
                Some(other) => {
                    notes.good(|| {
                        let id = if too_narrow {
                            "fitting-own-too-narrow-comes-wider"
                        } else {
                            "fitting-own-too-wide-comes-narrower"
                        };
                        Say::new(id)
                            .text("width", width.as_str())
                            .text("other", other.as_str())
                    });
                    0.95
                }
                None => {
                    notes.poor(|| {
                        Say::new(if too_narrow {
                            "fitting-own-too-narrow-no-wider"
                        } else {
                            "fitting-own-too-wide-no-narrower"
                        })
                    });
                    0.3
                }
            }
        }
        Feel::HeelSlips => {
            notes.caution(|| Say::new("fitting-own-heel-slips"));
            0.4
        }
        Feel::TooSoft | Feel::TooFirm => {
            notes.poor(|| Say::new("fitting-own-too-soft-or-firm").text("feel", feel.as_str()));
            0.3
        }
    }
}

/// How the pair of this very shoe that the customer bought before went: the safe choice
/// when it went well; after it came back too narrow or too wide, this model only in the
/// other width (not made in it: not again); too small or too big, only another size; after
/// blisters, pain or a foam that did not suit, not again. Each with the day it was bought.
fn own_history(shoe: &Shoe, pair: JudgedPair, width: Width, notes: &mut impl Notes) -> Vec<f64> {
    let when = || pair.bought_on.unwrap_or("none").to_string();
    let kept = matches!(pair.went, LastPair::Trouble(_));
    let went = |id: &'static str| {
        Say::new(id).text("date", when()).word(
            "went",
            if kept {
                "history-kept"
            } else {
                "history-returned"
            },
        )
    };
    if pair.went.happy() {
        notes.good(|| Say::new("fitting-history-happy").text("date", when()));
        return vec![1.0];
    }
    pair.went
        .troubles()
        .iter()
        .map(|&trouble| match trouble {
            PairTrouble::TooNarrow | PairTrouble::TooWide => {
                let too_narrow = trouble == PairTrouble::TooNarrow;
                let other = if too_narrow {
                    wider(width)
                } else {
                    narrower(width)
                };
                match other.filter(|&w| shoe.made_in(w)) {
                    Some(other) => {
                        notes.caution(|| {
                            went("fitting-history-width-other")
                                .text("trouble", trouble.as_str())
                                .text("width", width.as_str())
                                .text("other", other.as_str())
                        });
                        0.9
                    }
                    None => {
                        notes.poor(|| {
                            went("fitting-history-width-none").text("trouble", trouble.as_str())
                        });
                        0.2
                    }
                }
            }
            PairTrouble::TooSmall | PairTrouble::TooBig => {
                notes.caution(|| went("fitting-history-size").text("trouble", trouble.as_str()));
                0.8
            }
            PairTrouble::Blisters | PairTrouble::Pain => {
                notes.poor(|| went("fitting-history-hurt").text("trouble", trouble.as_str()));
                0.1
            }
            PairTrouble::TooSoft | PairTrouble::TooFirm => {
                notes.poor(|| went("fitting-history-foam").text("trouble", trouble.as_str()));
                0.25
            }
            PairTrouble::WoreOut => {
                notes.caution(|| went("fitting-history-wore-out"));
                0.6
            }
        })
        .collect()
}

/// How to take a shoe that a try-on or an earlier pair found wanting in width or size, but
/// that comes in another: the ranking rests on it, so wherever the shoe is named, it is
/// named with it ("Nike Structure 25, in extra wide").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeAs {
    /// In this width, not the runner's.
    Width(Width),
    /// Half a size larger than the pair that came back too small.
    HalfSizeUp,
    /// Half a size smaller than the pair that came back too big.
    HalfSizeDown,
}

impl TakeAs {
    /// How it is said after the shoe's name: "in extra wide", "half a size up".
    pub fn said(self) -> Say {
        match self {
            TakeAs::Width(width) => Say::new("take-in-width").text("width", width.as_str()),
            TakeAs::HalfSizeUp => Say::new("take-half-size-up"),
            TakeAs::HalfSizeDown => Say::new("take-half-size-down"),
        }
    }

    /// As the JSON gives it: the change, and the value taken.
    pub fn json(self) -> serde_json::Value {
        match self {
            TakeAs::Width(width) => serde_json::json!({ "width": width.as_str() }),
            TakeAs::HalfSizeUp => serde_json::json!({ "size": "half-up" }),
            TakeAs::HalfSizeDown => serde_json::json!({ "size": "half-down" }),
        }
    }
}

/// How `profile`'s fitting says to take `shoe`, if anything: the other width when it felt
/// (or went back) too narrow or too wide and comes in that width, another half size when the
/// pair bought went back too small or too big. Today's try-on counts before an earlier pair.
pub fn take_as(shoe: &Shoe, profile: &Profile) -> Option<TakeAs> {
    let width = profile.foot_width;
    let other_width = |too_narrow: bool| {
        let other = if too_narrow {
            wider(width)
        } else {
            narrower(width)
        };
        other.filter(|&w| shoe.made_in(w)).map(TakeAs::Width)
    };
    let tried = profile
        .tried
        .iter()
        .filter(|tried| tried.shoe == shoe.id)
        .flat_map(|tried| tried.feel.iter())
        .find_map(|feel| match feel {
            Feel::TooNarrow => other_width(true),
            Feel::TooWide => other_width(false),
            _ => None,
        });
    tried.or_else(|| {
        profile
            .judged_pairs()
            .iter()
            .rev()
            .filter(|pair| pair.shoe == shoe.id)
            .flat_map(|pair| pair.went.troubles().iter())
            .find_map(|trouble| match trouble {
                PairTrouble::TooNarrow => other_width(true),
                PairTrouble::TooWide => other_width(false),
                PairTrouble::TooSmall => Some(TakeAs::HalfSizeUp),
                PairTrouble::TooBig => Some(TakeAs::HalfSizeDown),
                _ => None,
            })
    })
}

/// A shoe's name as the window, the report and the command line give it to this runner:
/// with the width or size to take it in, when the fitting says so.
pub fn name_for(shoe: &Shoe, profile: &Profile, words: &crate::words::Words) -> String {
    match take_as(shoe, profile) {
        Some(take) => words.say(
            &Say::new("take-name")
                .text("name", shoe.name())
                .says("take", vec![take.said()]),
        ),
        None => shoe.name(),
    }
}

/// The next width the way a pair that felt `felt` (too narrow, else too wide) in `width` asks
/// for, when `shoe` is made in it.
fn width_asked(shoe: &Shoe, width: Width, felt: Feel) -> Option<Width> {
    let other = if felt == Feel::TooNarrow {
        wider(width)
    } else {
        narrower(width)
    };
    other.filter(|&w| shoe.made_in(w))
}

/// Another shoe after `tried` felt too narrow (or too wide): does this one come in the next
/// width?
fn other_width(shoe: &Shoe, tried: &Shoe, width: Width, felt: Feel, notes: &mut impl Notes) -> f64 {
    let too_narrow = felt == Feel::TooNarrow;
    match width_asked(shoe, width, felt) {
        Some(other) => {
            notes.good(|| {
                let id = if too_narrow {
                    "fitting-too-narrow-this-comes-wider"
                } else {
                    "fitting-too-wide-this-comes-narrower"
                };
                Say::new(id)
                    .text("name", tried.name())
                    .text("width", width.as_str())
                    .text("other", other.as_str())
            });
            0.9
        }
        None => {
            notes.caution(|| {
                let id = if too_narrow {
                    "fitting-too-narrow-this-no-wider"
                } else {
                    "fitting-too-wide-this-no-narrower"
                };
                Say::new(id).text("name", tried.name())
            });
            0.7
        }
    }
}

/// After the heel slipped in `tried`: a firmer heel counter holds better.
fn heel_slip(shoe: &Shoe, tried: &Shoe, notes: &mut impl Notes) -> f64 {
    let (mine, theirs) = (shoe.heel_counter, tried.heel_counter);
    let said = |id| Say::new(id).text("name", tried.name());
    if mine > theirs {
        notes.good(|| said("fitting-heel-slipped-this-firmer").text("counter", mine.as_str()));
        1.0
    } else if mine == theirs && mine == HeelCounter::Rigid {
        notes.caution(|| said("fitting-heel-slipped-both-rigid"));
        0.6
    } else if mine == theirs {
        notes.caution(|| said("fitting-heel-slipped-this-as-soft").text("counter", mine.as_str()));
        0.6
    } else {
        notes.caution(|| said("fitting-heel-slipped-this-softer"));
        0.35
    }
}

/// After `tried` felt too soft or too firm: is this one's foam firmer or softer? Known only
/// where the catalogue says how each foam feels.
fn firmness(shoe: &Shoe, tried: &Shoe, felt: Feel, notes: &mut impl Notes) -> f64 {
    let said = |id| {
        Say::new(id)
            .text("name", tried.name())
            .text("feel", felt.as_str())
    };
    let too_soft = felt == Feel::TooSoft;
    let (Some(mine), Some(theirs)) = (foam(shoe), foam(tried)) else {
        notes.caution(|| said("fitting-firmness-unknown"));
        return 0.75;
    };
    let firmness = |foam: Foam| foam as i8;
    let better = if too_soft {
        firmness(mine) > firmness(theirs)
    } else {
        firmness(mine) < firmness(theirs)
    };
    if better {
        notes.good(|| said("fitting-firmness-better").word("foam", mine.message()));
        1.0
    } else if mine == theirs {
        notes.caution(|| said("fitting-firmness-same").word("foam", mine.message()));
        0.5
    } else {
        notes.poor(|| said("fitting-firmness-worse"));
        0.25
    }
}
