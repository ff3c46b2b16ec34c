//! What the fitting taught: how the shoes tried on felt moves the ranking the way a fitter
//! would. A shoe that felt too narrow goes down and shoes that also come wider go up; heel
//! slip asks for a firmer heel counter; too soft or too firm asks for less or more cushioning
//! than that shoe; a liked shoe goes up with those like it, a disliked one goes down.

use super::{Context, Fit, Notes};
use crate::catalogue::{HeelCounter, Shoe, Width};
use crate::profile::Feel;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let width = context.profile.foot_width;
    let mut fits = Vec::new();
    for &(tried, record) in &context.tried {
        let same = tried.id == shoe.id;
        let name = tried.name();
        for &feel in &record.feel {
            let fit = match (feel, same) {
                (Feel::Fits | Feel::Liked, true) => {
                    notes.good(|| {
                        format!(
                            "Raised: it {} when you tried it on.",
                            if feel == Feel::Fits {
                                "fitted well"
                            } else {
                                "was liked"
                            }
                        )
                    });
                    1.0
                }
                (Feel::Disliked, true) => {
                    notes.poor(|| "Lowered: you did not like it when you tried it on.".to_string());
                    0.2
                }
                (feel, true) => {
                    notes.poor(|| {
                        format!("Lowered: it felt {} when you tried it on.", feel.words())
                    });
                    0.3
                }
                (Feel::TooNarrow, false) => match wider(width) {
                    Some(wider) if shoe.made_in(wider) => {
                        notes.good(|| format!("Raised because the {name} felt too narrow: this one also comes in {} fit.", wider.words()));
                        1.0
                    }
                    _ => {
                        notes.caution(|| format!("The {name} felt too narrow, and this one comes in no wider fit than yours."));
                        0.7
                    }
                },
                (Feel::TooWide, false) => match narrower(width) {
                    Some(narrower) if shoe.made_in(narrower) => {
                        notes.good(|| format!("Raised because the {name} felt too wide: this one also comes in {} fit.", narrower.words()));
                        1.0
                    }
                    _ => {
                        notes.caution(|| format!("The {name} felt too wide, and this one comes in no narrower fit than yours."));
                        0.7
                    }
                },
                (Feel::HeelSlips, false) => match (shoe.heel_counter, tried.heel_counter) {
                    (mine, theirs) if mine > theirs || mine == HeelCounter::Rigid => {
                        notes.good(|| format!("Raised because the heel slipped in the {name}: this one has a {} heel counter.", shoe.heel_counter.words()));
                        1.0
                    }
                    (mine, theirs) if mine == theirs => {
                        notes.caution(|| format!("The heel slipped in the {name}, and this heel counter is just as {}.", mine.words()));
                        0.6
                    }
                    _ => {
                        notes.poor(|| format!("Lowered: the heel slipped in the {name}, and this heel counter is softer still."));
                        0.3
                    }
                },
                (Feel::TooSoft, false) => firmness(shoe, tried, &name, true, notes),
                (Feel::TooFirm, false) => firmness(shoe, tried, &name, false, notes),
                (Feel::Liked, false)
                    if shoe.support == tried.support && shoe.cushioning == tried.cushioning =>
                {
                    notes.good(|| format!("Raised: like the {name}, which you liked, it is a {} shoe with {} cushioning.", shoe.support.words(), shoe.cushioning.words()));
                    0.9
                }
                (Feel::Fits | Feel::Liked | Feel::Disliked, false) => continue,
            };
            fits.push(fit);
        }
    }
    if fits.is_empty() {
        notes.good(|| "Not tried on yet; nothing from the fitting speaks against it.".to_string());
        return Fit::Score(0.8);
    }
    Fit::Score(fits.iter().sum::<f64>() / fits.len() as f64)
}

/// After a shoe felt too soft (`softer_felt`) or too firm: this one is firmer or softer?
fn firmness(
    shoe: &Shoe,
    tried: &Shoe,
    name: &str,
    softer_felt: bool,
    notes: &mut impl Notes,
) -> f64 {
    let (mine, theirs) = (shoe.cushioning, tried.cushioning);
    let better = if softer_felt {
        mine < theirs
    } else {
        mine > theirs
    };
    let feel = if softer_felt { "too soft" } else { "too firm" };
    if better {
        let way = if softer_felt { "firmer" } else { "softer" };
        notes.good(|| {
            format!(
                "Raised because the {name} felt {feel}: this one is {way} ({} cushioning).",
                mine.words()
            )
        });
        1.0
    } else if mine == theirs {
        notes.caution(|| {
            format!(
                "The {name} felt {feel}, and this one has the same {} cushioning.",
                mine.words()
            )
        });
        0.5
    } else {
        notes.poor(|| {
            format!(
                "Lowered because the {name} felt {feel}: this one is even {}.",
                if softer_felt { "softer" } else { "firmer" }
            )
        });
        0.2
    }
}

fn wider(width: Width) -> Option<Width> {
    match width {
        Width::Narrow => Some(Width::Standard),
        Width::Standard => Some(Width::Wide),
        Width::Wide => Some(Width::ExtraWide),
        Width::ExtraWide => None,
    }
}

fn narrower(width: Width) -> Option<Width> {
    match width {
        Width::Narrow => None,
        Width::Standard => Some(Width::Narrow),
        Width::Wide => Some(Width::Standard),
        Width::ExtraWide => Some(Width::Wide),
    }
}
