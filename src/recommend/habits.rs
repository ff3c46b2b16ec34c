//! What the runner runs in and how much: weekly distance (durability and protection),
//! Achilles or calf trouble (a higher drop, no zero drop), the drop of the shoes run in now
//! (a change of more than 4 mm is a transition) and the foam the runner likes. Each counts
//! only when the runner gave it.

use super::kind::{Build, build, foam, zero_drop};
use super::{Context, Fit, Notes};
use crate::catalogue::{Cushioning, Outsole, Purpose, Shoe};
use crate::words::Say;

/// From this many kilometres a week, durability and protection count.
pub(super) const HIGH_KM: f64 = 50.0;
/// Achilles or calf trouble asks for at least this drop.
const ACHILLES_DROP_MM: f64 = 8.0;
/// A drop this much higher or lower than the shoes run in now takes weeks to get used to.
const TRANSITION_MM: f64 = 4.0;

/// High weekly distance favours durable rubber and protective cushioning, and a racer
/// wears out fast under it; at lower distances any trainer lasts.
pub(super) fn weekly_km(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(km) = context.profile.weekly_km else {
        return Fit::Score(1.0);
    };
    // A pair for races or fast sessions does not carry the weekly kilometres.
    if matches!(context.profile.purpose(), Purpose::Race | Purpose::Tempo) {
        notes.good(|| Say::new("habits-km-second-pair").num("km", km));
        return Fit::Score(1.0);
    }
    if km < HIGH_KM {
        notes.good(|| Say::new("habits-km-low").num("km", km));
        return Fit::Score(1.0);
    }
    if matches!(build(shoe), Build::Racer { .. }) {
        notes.caution(|| Say::new("habits-km-racer").num("km", km));
        return Fit::Score(0.6);
    }
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| {
                Say::new("habits-km-cushioned")
                    .num("km", km)
                    .word("level", shoe.cushioning.message())
            });
            1.0
        }
        Cushioning::Moderate => 0.9,
        Cushioning::Light | Cushioning::Minimal => {
            notes.caution(|| {
                Say::new("habits-km-thin")
                    .num("km", km)
                    .word("level", shoe.cushioning.message())
            });
            0.7
        }
    };
    let rubber = match shoe.outsole {
        Outsole::DurableRubber => {
            notes.good(|| Say::new("habits-km-durable-rubber"));
            1.0
        }
        Outsole::Road | Outsole::WinterGrip => 0.95,
        // Lugs wear fastest on the road, where most weekly kilometres are run.
        Outsole::TrailLugs => 0.9,
    };
    Fit::Score(cushioning * rubber)
}

/// Achilles or calf trouble: a drop of 8 mm or more takes load off the tendon; a low drop
/// adds to it, and a zero drop is poor for now.
pub(super) fn achilles_pain(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    if context.profile.achilles_pain != Some(true) {
        notes.good(|| Say::new("habits-achilles-none"));
        return Fit::Score(1.0);
    }
    let fit = match shoe.drop_mm {
        Some(drop) if drop >= ACHILLES_DROP_MM => {
            notes.good(|| Say::new("habits-achilles-high-drop").num("drop", drop));
            1.0
        }
        // A barefoot-style shoe whose drop is not given is as good as flat.
        _ if zero_drop(shoe) || (shoe.drop_mm.is_none() && build(shoe) == Build::Barefoot) => {
            notes.poor(|| Say::new("habits-achilles-zero-drop"));
            0.2
        }
        Some(drop) if drop >= ACHILLES_DROP_MM / 2.0 => {
            notes.caution(|| Say::new("habits-achilles-middling-drop").num("drop", drop));
            0.6
        }
        Some(drop) => {
            notes.poor(|| Say::new("habits-achilles-low-drop").num("drop", drop));
            0.35
        }
        None => {
            notes.caution(|| Say::new("habits-achilles-drop-unknown"));
            0.7
        }
    };
    Fit::Score(fit)
}

/// The drop of the shoes run in now: within 4 mm is an easy change; more is a transition of
/// some weeks, said in the direction it goes.
pub(super) fn current_drop(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(now) = context.profile.current_drop_mm else {
        return Fit::Score(1.0);
    };
    let Some(drop) = shoe.drop_mm else {
        notes.caution(|| Say::new("habits-drop-unknown").num("now", now));
        return Fit::Score(0.85);
    };
    let change = drop - now;
    let fit = if change.abs() <= TRANSITION_MM {
        notes.good(|| {
            Say::new("habits-drop-close")
                .num("drop", drop)
                .num("now", now)
        });
        1.0
    } else {
        let id = if change < 0.0 {
            "habits-drop-lower"
        } else {
            "habits-drop-higher"
        };
        notes.caution(|| {
            Say::new(id)
                .num("drop", drop)
                .num("now", now)
                .num("change", change.abs())
        });
        // The further, the longer the transition.
        (0.75 - 0.02 * (change.abs() - TRANSITION_MM)).max(0.5)
    };
    Fit::Score(fit)
}

/// The foam the runner likes against how this shoe's feels (its `foam`, else its notes'
/// words): the same is good, one step away a small trade-off, the other end a larger one.
pub(super) fn preferred_foam(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(liked) = context.profile.preferred_foam else {
        return Fit::Score(1.0);
    };
    let Some(feels) = foam(shoe) else {
        notes.caution(|| Say::new("habits-foam-unknown").word("liked", liked.message()));
        return Fit::Score(0.85);
    };
    // Soft, balanced, firm: soft and firm are the far ends.
    let steps = (feels as i8 - liked as i8).unsigned_abs();
    let said = |id| {
        Say::new(id)
            .word("feels", feels.message())
            .word("liked", liked.message())
    };
    let fit = match steps {
        0 => {
            notes.good(|| said("habits-foam-same"));
            1.0
        }
        1 => {
            notes.caution(|| said("habits-foam-near"));
            0.75
        }
        _ => {
            notes.caution(|| said("habits-foam-far"));
            0.55
        }
    };
    Fit::Score(fit)
}
