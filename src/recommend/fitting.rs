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

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let width = context.profile.foot_width;
    let (mut sum, mut count) = (0.0, 0);
    for &(tried, record) in &context.tried {
        let same = tried.id == shoe.id;
        let name = || tried.name();
        for &feel in &record.feel {
            let fit = if same {
                own_feel(shoe, feel, width, notes)
            } else {
                match feel {
                    Feel::TooNarrow => other_width(
                        shoe,
                        &name(),
                        width,
                        wider(width),
                        "too narrow",
                        "wider",
                        notes,
                    ),
                    Feel::TooWide => other_width(
                        shoe,
                        &name(),
                        width,
                        narrower(width),
                        "too wide",
                        "narrower",
                        notes,
                    ),
                    Feel::HeelSlips => heel_slip(shoe, tried, notes),
                    Feel::TooSoft => firmness(shoe, tried, Feel::TooSoft, notes),
                    Feel::TooFirm => firmness(shoe, tried, Feel::TooFirm, notes),
                    Feel::Liked
                        if shoe.support == tried.support && shoe.cushioning == tried.cushioning =>
                    {
                        notes.good(|| format!("Raised: like the {}, which you liked, it is a {} shoe with {} cushioning.", name(), shoe.support.words(), shoe.cushioning.words()));
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
        notes.good(|| "Not tried on yet; nothing from the fitting speaks against it.".to_string());
        return Fit::Score(0.8);
    }
    Fit::Score(sum / f64::from(count))
}

/// How the shoe itself felt.
fn own_feel(shoe: &Shoe, feel: Feel, width: Width, notes: &mut impl Notes) -> f64 {
    match feel {
        Feel::Fits => {
            notes.good(|| "Raised: it fitted well when you tried it on.".to_string());
            1.0
        }
        Feel::Liked => {
            notes.good(|| "Raised: you liked it when you tried it on.".to_string());
            1.0
        }
        Feel::Disliked => {
            notes.poor(|| "Lowered: you did not like it when you tried it on.".to_string());
            0.2
        }
        Feel::TooNarrow | Feel::TooWide => {
            let (other, way) = if feel == Feel::TooNarrow {
                (wider(width), "wider")
            } else {
                (narrower(width), "narrower")
            };
            match other.filter(|&w| shoe.made_in(w)) {
                Some(other) => {
                    notes.good(|| {
                        format!(
                            "It felt {} in {} fit, and it also comes in {}: try that first.",
                            feel.words(),
                            width.words(),
                            other.words()
                        )
                    });
                    0.95
                }
                None => {
                    notes.poor(|| format!("Lowered: it felt {} when you tried it on, and it comes in no {way} fit.", feel.words()));
                    0.3
                }
            }
        }
        Feel::HeelSlips => {
            notes.caution(|| "The heel slipped when you tried it on: try heel-lock lacing; if it still slips, a shoe with a firmer heel counter.".to_string());
            0.4
        }
        Feel::TooSoft | Feel::TooFirm => {
            notes.poor(|| format!("Lowered: it felt {} when you tried it on.", feel.words()));
            0.3
        }
    }
}

/// Another shoe after the one tried felt too narrow (or too wide): does this one come in
/// the next width?
fn other_width(
    shoe: &Shoe,
    name: &str,
    width: Width,
    other: Option<Width>,
    felt: &str,
    way: &str,
    notes: &mut impl Notes,
) -> f64 {
    match other.filter(|&w| shoe.made_in(w)) {
        Some(other) => {
            notes.good(|| format!("Raised because the {name} felt {felt} in {} fit: this one also comes in {} fit.", width.words(), other.words()));
            0.9
        }
        None => {
            notes.caution(|| {
                format!("The {name} felt {felt}, and this one comes in no {way} fit than yours.")
            });
            0.7
        }
    }
}

/// After the heel slipped in `tried`: a firmer heel counter holds better.
fn heel_slip(shoe: &Shoe, tried: &Shoe, notes: &mut impl Notes) -> f64 {
    let (mine, theirs) = (shoe.heel_counter, tried.heel_counter);
    let name = tried.name();
    if mine > theirs {
        notes.good(|| format!("Raised because the heel slipped in the {name}: this one has a firmer, {} heel counter.", mine.words()));
        1.0
    } else if mine == theirs && mine == HeelCounter::Rigid {
        notes.caution(|| format!("The heel slipped in the {name}, whose heel counter is as firm as this one's: a narrower heel or heel-lock lacing is what helps."));
        0.6
    } else if mine == theirs {
        notes.caution(|| {
            format!(
                "The heel slipped in the {name}, and this heel counter is just as {}.",
                mine.words()
            )
        });
        0.6
    } else {
        notes.caution(|| {
            format!(
                "Lowered: the heel slipped in the {name}, and this heel counter is softer still."
            )
        });
        0.35
    }
}

/// After `tried` felt too soft or too firm: is this one's foam firmer or softer? Known only
/// where the catalogue says how each foam feels.
fn firmness(shoe: &Shoe, tried: &Shoe, felt: Feel, notes: &mut impl Notes) -> f64 {
    let name = tried.name();
    let too_soft = felt == Feel::TooSoft;
    let (Some(mine), Some(theirs)) = (foam(shoe), foam(tried)) else {
        notes.caution(|| format!("The {name} felt {}; how firm this one's foam is, the catalogue does not say: press the midsole or try it on.", felt.words()));
        return 0.75;
    };
    let firmness = |foam: Foam| foam as i8;
    let better = if too_soft {
        firmness(mine) > firmness(theirs)
    } else {
        firmness(mine) < firmness(theirs)
    };
    if better {
        notes.good(|| {
            format!(
                "Raised because the {name} felt {}: this one's foam is {}.",
                felt.words(),
                mine.words()
            )
        });
        1.0
    } else if mine == theirs {
        notes.caution(|| {
            format!(
                "The {name} felt {}, and this one's foam feels the same ({}).",
                felt.words(),
                mine.words()
            )
        });
        0.5
    } else {
        notes.poor(|| {
            format!(
                "Lowered because the {name} felt {}: this one's foam is {} still.",
                felt.words(),
                if too_soft { "softer" } else { "firmer" }
            )
        });
        0.25
    }
}
