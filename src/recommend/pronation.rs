//! Pronation: overpronators need a stability shoe with a firm heel counter (motion control
//! an option for heavy ones, never for weight alone); supinators a neutral, cushioned,
//! flexible shoe without posts; neutral runners a neutral shoe with no built-in support.
//! A stability shoe is said to guide the foot; how, only where the catalogue says.

use super::kind::guidance;
use super::{Context, Fit, HEAVY_KG, Notes};
use crate::catalogue::{Cushioning, Flexibility, HeelCounter, Shoe, Support};
use crate::profile::Pronation;
use crate::units::kg_text;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    let fit = match profile.pronation {
        Pronation::Over => overpronation(shoe, profile.weight_kg, notes),
        Pronation::Neutral => neutral(shoe, notes),
        Pronation::Under => supination(shoe, notes),
    };
    Fit::Score(fit)
}

/// "guides the foot with guide rails along the heel", or in general.
fn guides(shoe: &Shoe) -> String {
    match guidance(shoe) {
        Some(how) => format!("guides the foot with {how}"),
        None => "guides the foot".to_string(),
    }
}

fn overpronation(shoe: &Shoe, weight: f64, notes: &mut impl Notes) -> f64 {
    let support = match shoe.support {
        Support::Stability => {
            notes.good(|| {
                format!(
                    "You overpronate: a stability shoe {} and keeps it from rolling in.",
                    guides(shoe)
                )
            });
            1.0
        }
        Support::MotionControl if weight >= HEAVY_KG => {
            notes.good(|| format!("You overpronate and weigh {}: motion control holds the foot firmly, above all if it rolls in a lot; for most overpronators a stability shoe is enough.", kg_text(weight)));
            0.96
        }
        Support::MotionControl => {
            notes.caution(|| "You overpronate: motion control is the firmest support there is, more than most overpronators need; a stability shoe is usually enough.".to_string());
            0.75
        }
        Support::Neutral if shoe.heel_counter == HeelCounter::Rigid => {
            notes.caution(|| "You overpronate: a neutral shoe does not guide the foot, and its firm heel cup helps only a little; a stability shoe suits you better.".to_string());
            0.6
        }
        Support::Neutral => {
            notes.poor(|| {
                "You overpronate: a neutral shoe does nothing to stop the foot rolling in."
                    .to_string()
            });
            0.3
        }
    };
    let counter = match shoe.heel_counter {
        HeelCounter::Rigid => {
            if shoe.support != Support::Neutral {
                notes.good(|| {
                    "Its firm heel counter holds a heel that tends to roll in.".to_string()
                });
            }
            1.0
        }
        HeelCounter::Moderate => 0.95,
        HeelCounter::Flexible => {
            notes.caution(|| {
                "Soft, flexible heel counter: little hold for a heel that rolls in.".to_string()
            });
            0.8
        }
    };
    let insole = if shoe.removable_insole {
        notes.good(|| "Removable insole: room for an orthotic insole if you need one.".to_string());
        1.0
    } else {
        0.97
    };
    support * counter * insole
}

fn neutral(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    match shoe.support {
        Support::Neutral => {
            notes.good(|| {
                "Neutral gait, neutral shoe: no built-in support pushing against your foot."
                    .to_string()
            });
            1.0
        }
        Support::Stability => {
            notes.caution(|| format!("Your gait is neutral: a stability shoe {}, which a neutral foot does not need.", guides(shoe)));
            0.55
        }
        Support::MotionControl => {
            notes.poor(|| {
                "Your gait is neutral: a motion-control shoe blocks your foot's natural roll."
                    .to_string()
            });
            0.25
        }
    }
}

fn supination(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let support = match shoe.support {
        Support::Neutral => {
            notes.good(|| "You underpronate (supinate): a neutral shoe without posts lets the foot roll in a little.".to_string());
            1.0
        }
        Support::Stability => {
            notes.poor(|| format!("You underpronate (supinate): a stability shoe {}, which pushes a foot that already rolls outward further out.", guides(shoe)));
            0.35
        }
        Support::MotionControl => {
            notes.poor(|| "You underpronate (supinate): motion control pushes your foot further outward and stiffens it.".to_string());
            0.15
        }
    };
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| {
                format!(
                    "{} cushioning absorbs the hard landing on the outer edge of the foot.",
                    capitalised(shoe.cushioning.words())
                )
            });
            1.0
        }
        Cushioning::Moderate => {
            notes.caution(|| {
                "Moderate cushioning: supinators land hard and do best with more.".to_string()
            });
            0.85
        }
        Cushioning::Light | Cushioning::Minimal => {
            notes.poor(|| {
                format!(
                    "{} cushioning: too little for a supinator's hard landing.",
                    capitalised(shoe.cushioning.words())
                )
            });
            0.6
        }
    };
    let flex = match shoe.flexibility {
        Some(Flexibility::Stiff) => {
            notes.caution(|| "Stiff sole: a supinating foot already rolls too little; a flexible shoe helps it move.".to_string());
            0.85
        }
        Some(Flexibility::Flexible) => {
            notes.good(|| "Flexible sole lets a supinating foot move.".to_string());
            1.0
        }
        _ => 0.97,
    };
    support * cushioning * flex
}

pub(super) fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
