//! What the pair is for against what the shoe is built for. A runner who does not say buys
//! a pair for everyday running, and gets a daily trainer: a racer is for race day and fast
//! sessions of experienced runners, never a beginner's or a heavy runner's everyday pair; a
//! barefoot shoe and a zero drop are for feet used to them.

use super::kind::{Build, build, zero_drop};
use super::{Context, Fit, HEAVY_KG, Notes};
use crate::catalogue::{Flexibility, HeelCounter, Outsole, Shoe};
use crate::profile::{Experience, FootStrike};
use crate::units::kg_text;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    let beginner = profile.experience == Some(Experience::Beginner);
    let competitive = profile.experience == Some(Experience::Competitive);
    let heavy = profile.weight_kg >= HEAVY_KG;
    let weight = profile.weight_kg;
    let build = build(shoe);
    let kind_fit = match build {
        Build::Trainer => {
            notes.good(|| match signs_shown(shoe).as_slice() {
                [] => "For everyday running: a daily trainer, built for the miles.".to_string(),
                signs => format!(
                    "For everyday running: a daily trainer, with {}.",
                    and_list(signs)
                ),
            });
            1.0
        }
        Build::Tempo if beginner || heavy => {
            notes.caution(|| "A light tempo shoe: fun on faster days, but a daily trainer gives more protection for everyday running.".to_string());
            0.6
        }
        Build::Tempo => {
            notes.good(|| "A lively tempo shoe: many run every day in it, though a softer daily trainer is kinder on easy days.".to_string());
            0.92
        }
        Build::Racer { said } => {
            let looks = if said {
                "A racing shoe"
            } else {
                "Looks like a racing shoe (stiff and light)"
            };
            if beginner {
                notes.poor(|| format!("{looks}: not a beginner's pair; its narrow, springy platform asks for strong, practised legs. Start with a daily trainer."));
                0.15
            } else if heavy {
                notes.poor(|| format!("{looks}: no everyday pair at {}; its narrow platform and light build give way and wear out under the load.", kg_text(weight)));
                0.2
            } else if competitive {
                // Its stiffness is a caution for some feet: named only where it is faulted.
                let looks = if said {
                    "A racing shoe"
                } else {
                    "Looks like a racing shoe"
                };
                notes.good(|| format!("{looks}: for your races and fast sessions; keep a daily trainer for the easy miles."));
                0.9
            } else {
                notes.caution(|| format!("{looks}: fast, but its foam wears out within a few hundred km and its base is narrow; as an everyday pair a daily trainer serves you better."));
                0.55
            }
        }
        Build::Barefoot if beginner => {
            notes.poor(|| {
                "A barefoot-style shoe: legs that are new to running need cushioning first."
                    .to_string()
            });
            0.2
        }
        Build::Barefoot => {
            notes.caution(|| "A barefoot-style shoe: only for feet used to it; getting used to one takes months.".to_string());
            0.5
        }
    };
    let drop_fit = if build != Build::Barefoot && zero_drop(shoe) {
        if profile.foot_strike == Some(FootStrike::Forefoot) {
            notes.good(|| "Zero drop suits your forefoot landing; coming from higher-drop shoes, change over gradually.".to_string());
            1.0
        } else {
            notes.caution(|| "Zero drop: a big change from the 8 to 12 mm most shoes have, which takes calves and Achilles weeks to get used to; for runners who already run in it.".to_string());
            0.7
        }
    } else {
        1.0
    };
    Fit::Score(kind_fit * drop_fit * signs(shoe) * usual_drop(shoe))
}

/// The article's signs of a good running shoe that a catalogue shows, each a small plus for
/// any runner: protective rubber, a rigid heel insert, a sole that bends where the foot
/// does, an insole that comes out. (Cushioning, breathability, no arch support in a neutral
/// shoe and light weight are weighed with the inputs they concern.)
fn signs(shoe: &Shoe) -> f64 {
    // By the order of each kind's values; looked up rather than matched, as a shop's
    // catalogue mixes them in every order.
    const RUBBER: [f64; 4] = [0.994, 1.0, 0.998, 0.996]; // Road, DurableRubber, TrailLugs, WinterGrip
    const COUNTER: [f64; 3] = [0.99, 0.996, 1.0]; // Flexible, Moderate, Rigid
    const BENDS: [f64; 4] = [0.99, 0.997, 1.0, 0.995]; // Stiff, Moderate, Flexible, not said
    const INSOLE: [f64; 2] = [0.992, 1.0]; // fixed, removable
    let bends = shoe
        .flexibility
        .map_or(3, |flexibility| flexibility as usize);
    RUBBER[shoe.outsole as usize]
        * COUNTER[shoe.heel_counter as usize]
        * BENDS[bends]
        * INSOLE[usize::from(shoe.removable_insole)]
}

/// The signs of [`signs`] the shoe has, in words.
fn signs_shown(shoe: &Shoe) -> Vec<&'static str> {
    let mut shown = Vec::new();
    if shoe.outsole == Outsole::DurableRubber {
        shown.push("durable rubber");
    }
    if shoe.heel_counter == HeelCounter::Rigid {
        shown.push("a firm heel counter");
    }
    if matches!(
        shoe.flexibility,
        Some(Flexibility::Flexible | Flexibility::Moderate)
    ) {
        shown.push("a forefoot that bends");
    }
    if shoe.removable_insole {
        shown.push("an insole that comes out");
    }
    shown
}

/// "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Most runners come from shoes of 8 to 12 mm drop: the nearer a shoe is to that, the less
/// there is to get used to; at the same distance, the higher drop, as most runners land on
/// the heel. A small thing, beside what the runner said.
fn usual_drop(shoe: &Shoe) -> f64 {
    const USUAL_MM: f64 = 9.0;
    shoe.drop_mm.map_or(0.997, |drop| {
        1.0 - 0.003 * (drop - USUAL_MM).abs() - 0.0003 * (USUAL_MM - drop)
    })
}
