//! Body weight: heavier runners load the shoe more, so they need more cushioning and a more
//! durable, more stable platform; light runners get by with little, and feel every gram.

use super::{Context, Fit, HEAVY_KG, Notes, lerp, progress};
use crate::catalogue::{HeelCounter, Outsole, Shoe};
use crate::words::Say;

/// Fit of each cushioning level (Minimal..=Max) for a light runner (under about 60 kg).
const LIGHT: [f64; 5] = [0.97, 0.99, 1.0, 0.995, 0.95];
/// ... for a runner of 60 to 85 kg: anything in range, minimal with care.
const MIDDLE: [f64; 5] = [0.65, 0.9, 0.98, 1.0, 0.995];
/// ... for a runner of 90 kg and more: high or max (max the most), never minimal.
const HEAVY: [f64; 5] = [0.1, 0.35, 0.65, 0.95, 1.0];

/// From this weight a stable platform matters as much as cushioning.
const VERY_HEAVY_KG: f64 = 100.0;

/// What the runner's weight asks of a shoe, worked out once per runner rather than for
/// every shoe: how far the runner is into each band, the fit of each cushioning level, and
/// what each gram of shoe costs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Load {
    weight: f64,
    toward_middle: f64,
    toward_heavy: f64,
    toward_very_heavy: f64,
    cushioning: [f64; 5],
    per_gram: f64,
}

impl Load {
    pub(crate) fn of(weight: f64) -> Load {
        let toward_middle = progress(weight, 57.0, 63.0);
        let toward_heavy = progress(weight, HEAVY_KG, HEAVY_KG + 5.0);
        let mut cushioning = [0.0; 5];
        for (level, fit) in cushioning.iter_mut().enumerate() {
            *fit = lerp(
                lerp(LIGHT[level], MIDDLE[level], toward_middle),
                HEAVY[level],
                toward_heavy,
            );
        }
        Load {
            weight,
            toward_middle,
            toward_heavy,
            toward_very_heavy: progress(weight, VERY_HEAVY_KG, VERY_HEAVY_KG + 10.0),
            cushioning,
            per_gram: lerp(lerp(0.06, 0.04, toward_middle), 0.015, toward_heavy) / 100.0,
        }
    }
}

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let load = &context.load;
    let weight = load.weight;
    let cushioning = cushioning(shoe, load, notes);

    // Over 100 kg a stable platform matters as much as cushioning: a firm heel counter
    // steadies each landing. Whether the shoe guides the foot is the gait's business.
    let mut fit = cushioning;
    if load.toward_very_heavy > 0.0 {
        let platform = match shoe.heel_counter {
            HeelCounter::Rigid => {
                notes.good(|| Say::new("weight-platform-rigid").kg("kg", VERY_HEAVY_KG));
                1.0
            }
            HeelCounter::Moderate => {
                notes.good(|| Say::new("weight-platform-moderate").kg("kg", VERY_HEAVY_KG));
                0.9
            }
            HeelCounter::Flexible => {
                notes.caution(|| Say::new("weight-platform-flexible").kg("kg", VERY_HEAVY_KG));
                0.6
            }
        };
        fit *= lerp(1.0, platform, load.toward_very_heavy);
    }

    // Heavier runners wear outsoles faster: durable rubber lasts (the article's rubber
    // inserts). Lugs and studs are judged by the surface and the season, not here.
    if load.toward_heavy > 0.0 {
        match shoe.outsole {
            Outsole::DurableRubber => notes.good(|| Say::new("weight-durable-rubber")),
            Outsole::Road => fit *= lerp(1.0, 0.95, load.toward_heavy),
            Outsole::TrailLugs | Outsole::WinterGrip => {}
        }
    }

    // Every gram is lifted at every step (the article's ninth sign: light weight); the
    // lighter the runner, the more a heavy shoe costs.
    fit *= 1.0 - load.per_gram * (shoe.weight_g - 100.0).max(0.0);
    if weight < 60.0 && shoe.weight_g > 320.0 {
        notes.caution(|| {
            Say::new("weight-heavy-shoe")
                .kg("kg", weight)
                .num("grams", shoe.weight_g.round())
        });
        fit *= 0.85;
    }
    Fit::Score(fit)
}

/// How the shoe's cushioning suits the runner's weight; for a heavy runner a taller stack
/// within the same level helps a little more.
fn cushioning(shoe: &Shoe, load: &Load, notes: &mut impl Notes) -> f64 {
    let fit = load.cushioning[shoe.cushioning as usize];
    let weight = load.weight;
    let level = shoe.cushioning.message();
    if load.toward_heavy > 0.0 {
        // From 85 kg high cushioning is what the weight asks for: a thinner level is never
        // praised, even where its fit still eases in.
        let judged = if shoe.cushioning < crate::catalogue::Cushioning::High {
            fit.min(0.79)
        } else {
            fit
        };
        notes.by_fit(
            judged,
            || {
                Say::new("weight-heavy-cushioning-good")
                    .kg("kg", weight)
                    .word("level", level)
            },
            || {
                Say::new("weight-heavy-cushioning-thin")
                    .kg("kg", weight)
                    .word("level", level)
            },
            || {
                Say::new("weight-heavy-cushioning-poor")
                    .kg("kg", weight)
                    .word("level", level)
            },
        );
        let stack = shoe
            .stack_heel_mm
            .map_or(0.5, |mm| ((mm - 30.0) * (1.0 / 12.0)).clamp(0.0, 1.0));
        return fit * lerp(1.0, lerp(0.97, 1.0, stack), load.toward_heavy);
    }
    // Below the heavy band the weight asks nothing of the level, so it names none: other
    // inputs (the surface, knee pain, a beginner's legs) say which level suits.
    if load.toward_middle > 0.0 {
        notes.by_fit(
            fit,
            || Say::new("weight-middle-any-level").kg("kg", weight),
            || Say::new("weight-middle-minimal").kg("kg", weight),
            || {
                Say::new("weight-middle-too-little")
                    .kg("kg", weight)
                    .word("level", level)
            },
        );
    } else {
        notes.good(|| Say::new("weight-light-any-level").kg("kg", weight));
    }
    fit
}
