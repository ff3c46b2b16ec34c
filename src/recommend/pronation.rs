//! Pronation: overpronators need a stability shoe (motion control when heavy) with a firm
//! heel counter; supinators a neutral, cushioned, flexible shoe without posts; neutral
//! runners a neutral shoe with no built-in arch support.

use super::{Context, Fit, Notes, kg_text};
use crate::catalogue::{Cushioning, Flexibility, HeelCounter, Shoe, Support};
use crate::profile::Pronation;

/// From this weight an overpronator is well served by motion control.
const HEAVY_KG: f64 = 85.0;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    let fit = match profile.pronation {
        Pronation::Over => overpronation(shoe, profile.weight_kg, notes),
        Pronation::Neutral => neutral(shoe, notes),
        Pronation::Under => supination(shoe, notes),
    };
    Fit::Score(fit)
}

fn overpronation(shoe: &Shoe, weight: f64, notes: &mut impl Notes) -> f64 {
    let counter = shoe.heel_counter.words();
    let support_fit: f64 = match shoe.support {
        Support::Stability if weight >= HEAVY_KG => {
            notes.good(|| format!("You overpronate: stability shoe with a {counter} heel counter keeps the foot from rolling in; at {} motion control would hold it even firmer.", kg_text(weight)));
            0.92
        }
        Support::Stability => {
            notes.good(|| format!("You overpronate: stability shoe with a {counter} heel counter keeps the foot from rolling in."));
            1.0
        }
        Support::MotionControl if weight >= HEAVY_KG => {
            notes.good(|| format!("You overpronate and weigh {}: motion control holds the foot firmly where a stability shoe may give way.", kg_text(weight)));
            1.0
        }
        Support::MotionControl => {
            notes.caution(|| "You overpronate: motion control is the firmest support there is, more than most overpronators need; a stability shoe is usually enough.".to_string());
            0.8
        }
        Support::Neutral => {
            notes.poor(|| {
                "You overpronate: a neutral shoe does nothing to stop the foot rolling in."
                    .to_string()
            });
            0.3
        }
    };
    let counter_fit = match shoe.heel_counter {
        HeelCounter::Rigid => {
            if shoe.support == Support::Neutral {
                notes.caution(|| "Its rigid heel counter steadies the heel a little.".to_string());
            }
            1.0
        }
        HeelCounter::Moderate => 0.95,
        HeelCounter::Flexible => {
            notes.poor(|| {
                "Soft, flexible heel counter: little hold for a heel that rolls in.".to_string()
            });
            0.8
        }
    };
    let insole_fit = if shoe.removable_insole {
        notes.good(|| "Removable insole: room for an orthotic insole if you need one.".to_string());
        1.0
    } else {
        notes.caution(|| "The insole is fixed, so an orthotic insole will not fit.".to_string());
        0.95
    };
    // A rigid heel counter helps a neutral shoe a little.
    let neutral_help: f64 =
        if shoe.support == Support::Neutral && shoe.heel_counter == HeelCounter::Rigid {
            0.1
        } else {
            0.0
        };
    (support_fit * counter_fit * insole_fit + neutral_help).min(1.0_f64)
}

fn neutral(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    match shoe.support {
        Support::Neutral => {
            notes.good(|| "Neutral gait, neutral shoe: no built-in arch support pushing against your foot.".to_string());
            1.0
        }
        Support::Stability => {
            notes.caution(|| "Your gait is neutral: the medial post of a stability shoe pushes against a foot that does not need it.".to_string());
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
    let support_fit = match shoe.support {
        Support::Neutral => {
            notes.good(|| "You underpronate (supinate): a neutral shoe without posts lets the foot roll in a little.".to_string());
            1.0
        }
        Support::Stability => {
            notes.poor(|| "You underpronate (supinate): a stability post pushes your foot further outward.".to_string());
            0.35
        }
        Support::MotionControl => {
            notes.poor(|| "You underpronate (supinate): motion control pushes your foot further outward and stiffens it.".to_string());
            0.15
        }
    };
    let cushioning_fit = match shoe.cushioning {
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
    let flex_fit = match shoe.flexibility {
        Some(Flexibility::Stiff) => {
            notes.caution(|| "Stiff sole: a supinating foot already rolls too little; a flexible shoe helps it move.".to_string());
            0.85
        }
        Some(Flexibility::Flexible) => {
            notes.good(|| "Flexible sole lets a supinating foot move.".to_string());
            1.0
        }
        _ => 1.0,
    };
    support_fit * cushioning_fit * flex_fit
}

pub(super) fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
