//! What the fitting taught: how the shoes tried on felt moves the ranking the way a fitter
//! would. Too narrow: the same model in a wider fit first, when it is made, else shoes that
//! come wider. Heel slip: a firmer heel counter than the shoe that slipped (and heel-lock
//! lacing). Too soft or too firm: a firmer or softer foam, by how the foam feels, never by
//! how much of it there is. A liked shoe goes up with those like it, a disliked one down.

use super::kind::foam;
use super::width::{narrower, wider};
use super::{Context, Fit, Notes};
use crate::catalogue::{Foam, HeelCounter, Shoe, Width};
use crate::profile::Feel;
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
            let other = if too_narrow {
                wider(width)
            } else {
                narrower(width)
            };
            match other.filter(|&w| shoe.made_in(w)) {
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

/// Another shoe after `tried` felt too narrow (or too wide): does this one come in the next
/// width?
fn other_width(shoe: &Shoe, tried: &Shoe, width: Width, felt: Feel, notes: &mut impl Notes) -> f64 {
    let too_narrow = felt == Feel::TooNarrow;
    let other = if too_narrow {
        wider(width)
    } else {
        narrower(width)
    };
    match other.filter(|&w| shoe.made_in(w)) {
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
