//! Body weight: heavier runners load the shoe more, so they need more cushioning and a more
//! durable, more stable platform; light runners get by with little.

use super::{Context, Fit, Notes, kg_text, lerp, progress};
use crate::catalogue::{HeelCounter, Outsole, Shoe, Support};

/// Fit of each cushioning level (Minimal..=Max) for a light runner (under about 60 kg).
const LIGHT: [f64; 5] = [1.0, 1.0, 1.0, 1.0, 0.9];
/// ... for a runner of 60 to 85 kg: anything in range, minimal with care.
const MIDDLE: [f64; 5] = [0.7, 0.95, 1.0, 1.0, 1.0];
/// ... for a runner of 90 kg and more: high or max (max the most), never minimal.
const HEAVY: [f64; 5] = [0.1, 0.35, 0.65, 0.95, 1.0];

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let weight = context.profile.weight_kg;
    let level = shoe.cushioning as usize;
    let toward_middle = progress(weight, 57.0, 63.0);
    let toward_heavy = progress(weight, 85.0, 90.0);
    let cushioning_fit = lerp(
        lerp(LIGHT[level], MIDDLE[level], toward_middle),
        HEAVY[level],
        toward_heavy,
    );
    let cushioning = shoe.cushioning.words();
    if toward_heavy > 0.0 {
        notes.by_fit(
            cushioning_fit,
            || format!("At {} you load the shoe hard: its {cushioning} cushioning absorbs the impact.", kg_text(weight)),
            || format!("At {}, {cushioning} cushioning is on the thin side: high or max cushioning would spare your knees more.", kg_text(weight)),
            || format!("At {}, {cushioning} cushioning is too little: it compresses fast and passes the impact to your knees; choose high or max.", kg_text(weight)),
        );
    } else if toward_middle > 0.0 {
        notes.by_fit(
            cushioning_fit,
            || format!("At {} any cushioning in range suits; this shoe has {cushioning} cushioning.", kg_text(weight)),
            || format!("Minimal cushioning at {}: only if your feet are used to barefoot-style shoes; build up slowly.", kg_text(weight)),
            || format!("{cushioning} cushioning gives little protection at {}.", kg_text(weight)),
        );
    } else {
        notes.by_fit(
            cushioning_fit,
            || {
                format!(
                    "At {} you need little cushioning; {cushioning} is fine.",
                    kg_text(weight)
                )
            },
            || {
                format!(
                    "At {}, {cushioning} cushioning is more shoe than you need.",
                    kg_text(weight)
                )
            },
            || {
                format!(
                    "At {}, {cushioning} cushioning is more shoe than you need.",
                    kg_text(weight)
                )
            },
        );
    }

    // Over 100 kg a stable platform matters as much as cushioning.
    let toward_very_heavy = progress(weight, 100.0, 110.0);
    let platform_fit = match (shoe.support, shoe.heel_counter) {
        (Support::Stability | Support::MotionControl, _) => 1.0,
        (Support::Neutral, HeelCounter::Rigid) => 0.9,
        (Support::Neutral, HeelCounter::Moderate) => 0.75,
        (Support::Neutral, HeelCounter::Flexible) => 0.45,
    };
    if toward_very_heavy > 0.0 {
        notes.by_fit(
            platform_fit,
            || format!("Over 100 kg a stable platform matters: {} shoe with a {} heel counter.", shoe.support.words(), shoe.heel_counter.words()),
            || format!("Over 100 kg a stable platform matters: a neutral shoe with a {} heel counter gives only some.", shoe.heel_counter.words()),
            || "Over 100 kg a stable platform matters: a neutral shoe with a flexible heel counter gives little.".to_string(),
        );
    }

    // Heavier runners wear outsoles faster: durable rubber lasts (the article's rubber inserts).
    let durability_fit = match shoe.outsole {
        Outsole::Road => 0.85,
        Outsole::DurableRubber | Outsole::TrailLugs | Outsole::WinterGrip => 1.0,
    };
    if toward_heavy > 0.0 {
        if shoe.outsole == Outsole::Road {
            notes.caution(|| "Standard road rubber wears faster under a heavier runner than durable full rubber.".to_string());
        } else {
            notes.good(|| {
                format!(
                    "Its {} outsole stands up to the extra load.",
                    shoe.outsole.words()
                )
            });
        }
    }

    // A light runner gains nothing from a heavy shoe (the article's ninth sign: light weight).
    let heavy_shoe_fit = if weight < 60.0 && shoe.weight_g > 320.0 {
        0.85
    } else {
        1.0
    };
    if heavy_shoe_fit < 1.0 {
        notes.caution(|| {
            format!(
                "At {} a {} g shoe is a lot to lift; lighter shoes suit you.",
                kg_text(weight),
                shoe.weight_g.round()
            )
        });
    }

    Fit::Score(
        cushioning_fit
            * lerp(1.0, platform_fit, toward_very_heavy)
            * lerp(1.0, durability_fit, toward_heavy)
            * heavy_shoe_fit,
    )
}
