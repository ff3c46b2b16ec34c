//! What the pair is for against what the shoe is built for. A runner who does not say buys
//! a pair for everyday running, and gets a daily trainer: a racer is for race day and fast
//! sessions of experienced runners, never a beginner's or a heavy runner's everyday pair; a
//! barefoot shoe and a zero drop are for feet used to them.

use super::kind::{Build, build, zero_drop};
use super::{Context, Fit, HEAVY_KG, Notes};
use crate::catalogue::{Flexibility, HeelCounter, Outsole, Shoe};
use crate::profile::{Experience, FootStrike};
use crate::words::Say;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    let beginner = profile.experience == Some(Experience::Beginner);
    let competitive = profile.experience == Some(Experience::Competitive);
    let heavy = profile.weight_kg >= HEAVY_KG;
    let weight = profile.weight_kg;
    let build = build(shoe);
    let kind_fit = match build {
        Build::Trainer => {
            notes.good(|| trainer(&signs_shown(shoe)));
            1.0
        }
        Build::Tempo if beginner || heavy => {
            notes.caution(|| Say::new("purpose-tempo-protection"));
            0.6
        }
        Build::Tempo => {
            notes.good(|| Say::new("purpose-tempo-lively"));
            0.92
        }
        Build::Racer { said } => {
            let looks = if said {
                "purpose-racer-said"
            } else {
                "purpose-racer-seen"
            };
            if beginner {
                notes.poor(|| Say::new("purpose-racer-beginner").word("looks", looks));
                0.15
            } else if heavy {
                notes.poor(|| {
                    Say::new("purpose-racer-heavy")
                        .word("looks", looks)
                        .kg("kg", weight)
                });
                0.2
            } else if competitive {
                // Its stiffness is a caution for some feet: named only where it is faulted.
                let looks = if said {
                    "purpose-racer-said"
                } else {
                    "purpose-racer-seen-short"
                };
                notes.good(|| Say::new("purpose-racer-competitive").word("looks", looks));
                0.9
            } else {
                notes.caution(|| Say::new("purpose-racer-everyday").word("looks", looks));
                0.55
            }
        }
        Build::Barefoot if beginner => {
            notes.poor(|| Say::new("purpose-barefoot-beginner"));
            0.2
        }
        Build::Barefoot => {
            notes.caution(|| Say::new("purpose-barefoot"));
            0.5
        }
    };
    let drop_fit = if build != Build::Barefoot && zero_drop(shoe) {
        if profile.foot_strike == Some(FootStrike::Forefoot) {
            notes.good(|| Say::new("purpose-zero-drop-forefoot"));
            1.0
        } else {
            notes.caution(|| Say::new("purpose-zero-drop"));
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

/// The signs of [`signs`] the shoe has, as the ids of their words.
fn signs_shown(shoe: &Shoe) -> Vec<&'static str> {
    let mut shown = Vec::new();
    if shoe.outsole == Outsole::DurableRubber {
        shown.push("purpose-sign-durable-rubber");
    }
    if shoe.heel_counter == HeelCounter::Rigid {
        shown.push("purpose-sign-firm-heel-counter");
    }
    if matches!(
        shoe.flexibility,
        Some(Flexibility::Flexible | Flexibility::Moderate)
    ) {
        shown.push("purpose-sign-bending-forefoot");
    }
    if shoe.removable_insole {
        shown.push("purpose-sign-removable-insole");
    }
    shown
}

/// A daily trainer, with the signs it shows listed ("a, b and c": the message joins them,
/// as each language joins a list its own way).
fn trainer(signs: &[&'static str]) -> Say {
    const NAMES: [&str; 4] = ["first", "second", "third", "fourth"];
    if signs.is_empty() {
        return Say::new("purpose-trainer");
    }
    let count = u32::try_from(signs.len()).unwrap_or(u32::MAX);
    let mut say = Say::new("purpose-trainer-signs").num("count", count);
    for (&name, &sign) in NAMES.iter().zip(signs) {
        say = say.word(name, sign);
    }
    say
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
