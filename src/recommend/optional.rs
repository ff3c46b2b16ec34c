//! The optional inputs: foot strike, knee pain, orthotics, experience, budget and shoe size.
//! Each counts only when the runner gave it. Orthotics and size are hard requirements.

use super::kind::{Build, build};
use super::{Context, Fit, Notes};
use crate::catalogue::{Cushioning, Flexibility, HeelCounter, Purpose, Shoe, Support};
use crate::profile::{Experience, FootStrike, Pronation};
use crate::units::money;
use crate::words::Say;

/// Heel strikers need reinforced heel cushioning (the article's "technique of the runner")
/// and usually a higher drop; forefoot strikers a lower drop and a flexible forefoot.
pub(super) fn foot_strike(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(strike) = context.profile.foot_strike else {
        return Fit::Score(1.0);
    };
    let fit = match strike {
        FootStrike::Heel => heel_strike(shoe, notes),
        FootStrike::Midfoot => midfoot_strike(shoe, notes),
        FootStrike::Forefoot => forefoot_strike(shoe, notes),
    };
    Fit::Score(fit)
}

/// A heel striker: cushioning first, then the drop, then a heel counter that holds.
fn heel_strike(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| {
                Say::new("footstrike-heel-cushioned").word("level", shoe.cushioning.message())
            });
            1.0
        }
        Cushioning::Moderate => {
            notes.caution(|| Say::new("footstrike-heel-moderate"));
            0.8
        }
        Cushioning::Light | Cushioning::Minimal => {
            notes
                .poor(|| Say::new("footstrike-heel-thin").word("level", shoe.cushioning.message()));
            0.4
        }
    };
    let drop = match shoe.drop_mm {
        Some(drop) if drop >= 8.0 => {
            notes.good(|| Say::new("footstrike-heel-drop-high").num("drop", drop));
            1.0
        }
        Some(drop) if drop <= 4.0 => {
            notes.caution(|| Say::new("footstrike-heel-drop-low").num("drop", drop));
            0.75
        }
        _ => 0.9,
    };
    let counter = match shoe.heel_counter {
        HeelCounter::Rigid | HeelCounter::Moderate => 1.0,
        HeelCounter::Flexible => {
            notes.caution(|| Say::new("footstrike-heel-soft-counter"));
            0.8
        }
    };
    0.6 * cushioning + 0.25 * drop + 0.15 * counter
}

/// A midfoot striker: a middling drop suits; most others work.
fn midfoot_strike(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    match shoe.drop_mm {
        Some(drop) if (4.0..=10.0).contains(&drop) => {
            notes.good(|| Say::new("footstrike-midfoot-drop-suits").num("drop", drop));
            1.0
        }
        Some(drop) => {
            notes.caution(|| Say::new("footstrike-midfoot-drop-works").num("drop", drop));
            0.85
        }
        None => {
            notes.good(|| Say::new("footstrike-midfoot-drop-unlisted"));
            0.95
        }
    }
}

/// A forefoot striker: a low drop mostly, and a forefoot that bends.
fn forefoot_strike(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let drop = match shoe.drop_mm {
        Some(drop) if drop <= 6.0 => {
            notes.good(|| Say::new("footstrike-forefoot-drop-low").num("drop", drop));
            1.0
        }
        Some(drop) if drop >= 10.0 => {
            notes.caution(|| Say::new("footstrike-forefoot-drop-high").num("drop", drop));
            0.7
        }
        Some(drop) => {
            notes.good(|| Say::new("footstrike-forefoot-drop-fine").num("drop", drop));
            0.9
        }
        None => {
            notes.caution(|| Say::new("footstrike-forefoot-drop-unlisted"));
            0.85
        }
    };
    let flex = match shoe.flexibility {
        Some(Flexibility::Flexible) => 1.0,
        Some(Flexibility::Stiff) => 0.85,
        _ => 0.95,
    };
    0.75 * drop + 0.25 * flex
}

/// Knee pain: more cushioning, stability if overpronating, and a doctor for anything that
/// looks like an injury. A shoe removes a cause; it does not treat one.
pub(super) fn knee_pain(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(pain) = context.profile.knee_pain else {
        return Fit::Score(1.0);
    };
    if !pain {
        notes.good(|| Say::new("knee-no-pain"));
        return Fit::Score(1.0);
    }
    // The doctor's advice (`-knee-see-a-doctor` in the message files) goes with the shoe's own
    // verdict: it is no verdict on the shoe.
    let level = shoe.cushioning.message();
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| Say::new("knee-cushioning-good").word("level", level));
            1.0
        }
        Cushioning::Moderate => {
            notes.caution(|| Say::new("knee-cushioning-moderate"));
            0.7
        }
        Cushioning::Light | Cushioning::Minimal => {
            notes.poor(|| Say::new("knee-cushioning-poor").word("level", level));
            0.3
        }
    };
    let stability = if context.profile.pronation == Pronation::Over {
        if shoe.support == Support::Neutral {
            notes.poor(|| Say::new("knee-overpronation-neutral"));
            0.5
        } else {
            notes.good(|| Say::new("knee-overpronation-support"));
            1.0
        }
    } else {
        1.0
    };
    Fit::Score(0.7 * cushioning + 0.3 * stability)
}

/// Custom orthotics need a removable insole: a hard requirement.
pub(super) fn orthotics(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    match context.profile.orthotics {
        Some(true) if shoe.removable_insole => {
            notes.good(|| Say::new("orthotics-removable-insole"));
            Fit::Score(1.0)
        }
        Some(true) => {
            notes.poor(|| Say::new("orthotics-fixed-insole"));
            Fit::Excluded
        }
        _ => {
            notes.good(|| Say::new("orthotics-none"));
            Fit::Score(1.0)
        }
    }
}

/// Beginners: forgiving, cushioned daily trainers. Competitive runners: light, responsive
/// shoes. Whether a racer or a barefoot shoe is an everyday pair is the purpose's call; here
/// only what experience adds to it.
pub(super) fn experience(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(experience) = context.profile.experience else {
        return Fit::Score(1.0);
    };
    let build = build(shoe);
    let racer = matches!(build, Build::Racer { .. });
    let fit = match experience {
        Experience::Beginner => beginner(shoe, context, racer, notes),
        Experience::Regular => regular(build, context.profile.purpose(), notes),
        Experience::Competitive => competitive(shoe, context, racer, notes),
    };
    Fit::Score(fit)
}

/// A beginner: cushioning at least as much as the runner needs, and not a very light shoe
/// unless it is a racer (which the purpose judges).
fn beginner(shoe: &Shoe, context: &Context, racer: bool, notes: &mut impl Notes) -> f64 {
    let cushioning = match shoe.cushioning {
        level @ (Cushioning::Moderate | Cushioning::High | Cushioning::Max)
            if level >= context.cushioning_need =>
        {
            notes.good(|| {
                Say::new("experience-beginner-cushioning-forgiving")
                    .word("level", shoe.cushioning.message())
            });
            1.0
        }
        Cushioning::Moderate | Cushioning::High | Cushioning::Max => {
            notes.caution(|| {
                Say::new("experience-beginner-cushioning-more")
                    .word("level", shoe.cushioning.message())
            });
            0.8
        }
        Cushioning::Light => {
            notes.caution(|| Say::new("experience-beginner-cushioning-light"));
            0.6
        }
        Cushioning::Minimal => {
            notes.poor(|| Say::new("experience-beginner-cushioning-minimal"));
            0.3
        }
    };
    let light = if shoe.weight_g < 200.0 && !racer {
        notes.caution(|| Say::new("experience-beginner-very-light"));
        0.7
    } else {
        1.0
    };
    0.6 * cushioning + 0.4 * light
}

/// A regular runner: a trainer or a tempo shoe; a barefoot shoe is a caution, and so is a
/// racer, unless the pair is for races or fast sessions (what the pair is for says the rest).
fn regular(build: Build, purpose: Purpose, notes: &mut impl Notes) -> f64 {
    match build {
        Build::Barefoot => {
            notes.caution(|| Say::new("experience-regular-barefoot"));
            0.8
        }
        Build::Racer { .. } if matches!(purpose, Purpose::Race | Purpose::Tempo) => {
            notes.good(|| Say::new("experience-regular-racer-for-races"));
            1.0
        }
        Build::Racer { .. } => {
            notes.caution(|| Say::new("experience-regular-racer"));
            0.8
        }
        Build::Tempo | Build::Trainer => {
            notes.good(|| Say::new("experience-regular-trainer"));
            1.0
        }
    }
}

/// A competitive runner: the lighter the better, but a racer under a heavy runner is a
/// caution.
fn competitive(shoe: &Shoe, context: &Context, racer: bool, notes: &mut impl Notes) -> f64 {
    if racer && context.profile.weight_kg >= super::HEAVY_KG {
        // What the pair is for says why; here only that speed is not the whole story.
        notes.caution(|| Say::new("experience-competitive-racer-heavy-runner"));
        0.7
    } else if racer && matches!(context.profile.purpose(), Purpose::Race | Purpose::Tempo) {
        notes.good(|| Say::new("experience-competitive-racer").num("grams", shoe.weight_g.round()));
        1.0
    } else if shoe.weight_g <= 250.0 {
        // A racer bought as an everyday pair: its lightness is praised here, what it is
        // built for is weighed with the purpose.
        notes.good(|| Say::new("experience-competitive-light").num("grams", shoe.weight_g.round()));
        0.95
    } else if shoe.weight_g <= 300.0 {
        notes.good(|| Say::new("experience-competitive-daily-trainer"));
        0.85
    } else {
        notes.caution(|| {
            Say::new("experience-competitive-heavy").num("grams", shoe.weight_g.round())
        });
        0.65
    }
}

/// The most over budget a price may be and still be "a little over": a tenth.
const A_LITTLE_OVER: f64 = 0.1;

/// Budget: within it is good; over it is a caution, said as "a little" up to a tenth over and
/// by its amount beyond; far over is poor. Not a hard requirement: a runner may stretch for
/// the right shoe.
pub(super) fn budget(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(budget) = context.profile.budget else {
        return Fit::Score(1.0);
    };
    let currency = context.currency_of(shoe);
    let priced = |amount: f64| match currency {
        Some(code) => format!("{} {code}", money(amount)),
        None => money(amount),
    };
    let Some(price) = shoe.price else {
        notes.caution(|| Say::new("budget-price-unlisted").text("budget", priced(budget)));
        return Fit::Score(0.7);
    };
    if price <= budget {
        notes.good(|| {
            Say::new("budget-within")
                .text("price", priced(price))
                .text("budget", priced(budget))
        });
        return Fit::Score(1.0);
    }
    let over = if budget > 0.0 {
        (price - budget) / budget
    } else {
        1.0
    };
    let fit = (1.0 - 2.0 * over).clamp(0.0, 0.75);
    // Over budget is never good: the fit stops at 0.75, below a good verdict. "A little"
    // is up to a tenth over; beyond that the amount is said.
    let said = |id: &'static str| {
        Say::new(id)
            .text("price", priced(price))
            .text("budget", priced(budget))
            .text("over", priced(price - budget))
            .num("percent", (over * 100.0).round())
    };
    let over_by = || {
        said(if over <= A_LITTLE_OVER {
            "budget-a-little-over"
        } else {
            "budget-over"
        })
    };
    notes.by_fit(fit, over_by, over_by, || said("budget-well-over"));
    Fit::Score(fit)
}

/// Shoe size: a shoe not stocked in the runner's size is left out. A shoe whose stocked
/// sizes are not listed stays in, with a caution.
pub(super) fn size(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(size) = context.profile.size_eu else {
        return Fit::Score(1.0);
    };
    match shoe.sizes_eu {
        Some((smallest, largest)) if (smallest..=largest).contains(&size) => {
            notes.good(|| {
                Say::new("size-stocked")
                    .num("size", size)
                    .num("smallest", smallest)
                    .num("largest", largest)
            });
            Fit::Score(1.0)
        }
        Some((smallest, largest)) => {
            notes.poor(|| {
                Say::new("size-not-stocked")
                    .num("size", size)
                    .num("smallest", smallest)
                    .num("largest", largest)
            });
            Fit::Excluded
        }
        None => {
            notes.caution(|| Say::new("size-unlisted").num("size", size));
            Fit::Score(0.8)
        }
    }
}
