//! What the pair is for against what the shoe is built for. A runner who does not say buys
//! a pair for everyday running, and gets a daily trainer: a racer is for race day and fast
//! sessions of experienced runners, never a beginner's or a heavy runner's everyday pair; a
//! barefoot shoe and a zero drop are for feet used to them.

use super::kind::{Build, build, zero_drop};
use super::{Context, Fit, HEAVY_KG, Notes};
use crate::catalogue::{Cushioning, Flexibility, HeelCounter, Outsole, Purpose, Shoe};
use crate::profile::{Experience, FootStrike};
use crate::words::Say;

/// A trainer lighter than this is quick enough for tempo runs and races.
const LIGHT_G: f64 = 250.0;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    let runner = Runner {
        beginner: profile.experience == Some(Experience::Beginner),
        competitive: profile.experience == Some(Experience::Competitive),
        heavy: profile.weight_kg >= HEAVY_KG,
        weight: profile.weight_kg,
    };
    let build = build(shoe);
    let purpose = profile.purpose();
    let sold_for = purpose != Purpose::Daily
        && shoe
            .uses
            .as_ref()
            .is_some_and(|uses| uses.contains(&purpose));
    let racer = matches!(build, Build::Racer { .. });
    let barefoot = build == Build::Barefoot;
    let kind_fit = if sold_for && !barefoot && !(racer && (runner.beginner || runner.heavy)) {
        // The shop says what the shoe is for, and it is what this pair is for.
        notes.good(|| Say::new("purpose-sold-for").word("purpose", purpose.message()));
        1.0
    } else {
        match purpose {
            Purpose::Daily => everyday(shoe, build, &runner, notes),
            Purpose::Race => for_races(shoe, build, &runner, notes),
            Purpose::Tempo => for_tempo(shoe, build, &runner, notes),
            Purpose::LongRun | Purpose::Recovery => {
                for_easy_miles(shoe, build, purpose, &runner, notes)
            }
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

/// What of the runner decides which kind of shoe suits.
struct Runner {
    beginner: bool,
    competitive: bool,
    heavy: bool,
    weight: f64,
}

/// A pair for everyday running: a daily trainer; a racer only as a competitive runner's
/// second pair; a barefoot shoe only for feet used to it.
fn everyday(shoe: &Shoe, build: Build, runner: &Runner, notes: &mut impl Notes) -> f64 {
    match build {
        Build::Trainer => {
            notes.good(|| trainer(&signs_shown(shoe)));
            1.0
        }
        Build::Tempo if runner.beginner || runner.heavy => {
            notes.caution(|| Say::new("purpose-tempo-protection"));
            0.6
        }
        Build::Tempo => {
            notes.good(|| Say::new("purpose-tempo-lively"));
            0.92
        }
        Build::Racer { said } => {
            let looks = looks(said);
            if runner.beginner {
                notes.poor(|| Say::new("purpose-racer-beginner").word("looks", looks));
                0.15
            } else if runner.heavy {
                notes.poor(|| {
                    Say::new("purpose-racer-heavy")
                        .word("looks", looks)
                        .kg("kg", runner.weight)
                });
                0.2
            } else if runner.competitive {
                // A single everyday pair is a trainer even for a racer's legs: one bought
                // for races says so with the purpose.
                let looks = if said {
                    "purpose-racer-said"
                } else {
                    "purpose-racer-seen-short"
                };
                notes.caution(|| Say::new("purpose-racer-competitive").word("looks", looks));
                0.72
            } else {
                notes.caution(|| Say::new("purpose-racer-everyday").word("looks", looks));
                0.55
            }
        }
        Build::Barefoot => barefoot(runner, notes),
    }
}

/// A pair for races: a racer for runners whose legs are ready for one, a light trainer or
/// a tempo shoe for the others; a heavy daily trainer is slow on race day.
fn for_races(shoe: &Shoe, build: Build, runner: &Runner, notes: &mut impl Notes) -> f64 {
    match build {
        Build::Racer { said } if runner.beginner => {
            notes.caution(|| Say::new("purpose-race-racer-beginner").word("looks", looks(said)));
            0.6
        }
        Build::Racer { said } if runner.heavy => {
            notes.caution(|| {
                Say::new("purpose-race-racer-heavy")
                    .word("looks", looks(said))
                    .kg("kg", runner.weight)
            });
            0.65
        }
        Build::Racer { said } => {
            notes.good(|| Say::new("purpose-race-racer").word("looks", looks(said)));
            1.0
        }
        Build::Tempo => {
            notes.good(|| Say::new("purpose-race-tempo"));
            if runner.beginner || runner.heavy {
                0.95
            } else {
                0.85
            }
        }
        Build::Trainer if runner.beginner => {
            notes.good(|| Say::new("purpose-race-trainer-beginner"));
            0.9
        }
        Build::Trainer if shoe.weight_g < LIGHT_G => {
            notes.good(|| Say::new("purpose-race-light-trainer").num("grams", shoe.weight_g));
            0.82
        }
        Build::Trainer => {
            notes.caution(|| Say::new("purpose-race-trainer").num("grams", shoe.weight_g));
            0.6
        }
        Build::Barefoot => barefoot(runner, notes),
    }
}

/// A pair for tempo runs: a tempo shoe, a light trainer, or a racer for runners whose legs
/// are ready for one.
fn for_tempo(shoe: &Shoe, build: Build, runner: &Runner, notes: &mut impl Notes) -> f64 {
    match build {
        Build::Tempo => {
            notes.good(|| Say::new("purpose-tempo-tempo"));
            1.0
        }
        Build::Racer { said } if runner.beginner || runner.heavy => {
            notes.caution(|| Say::new("purpose-tempo-racer-careful").word("looks", looks(said)));
            0.6
        }
        Build::Racer { said } => {
            notes.good(|| Say::new("purpose-tempo-racer").word("looks", looks(said)));
            0.85
        }
        Build::Trainer if shoe.weight_g < LIGHT_G => {
            notes.good(|| Say::new("purpose-tempo-light-trainer").num("grams", shoe.weight_g));
            0.88
        }
        Build::Trainer => {
            notes.caution(|| Say::new("purpose-tempo-trainer").num("grams", shoe.weight_g));
            0.65
        }
        Build::Barefoot => barefoot(runner, notes),
    }
}

/// A pair for long or recovery runs: a well-cushioned trainer; a racer or tempo shoe
/// gives too little protection over the distance (a competitive runner's marathon-pace
/// long runs aside).
fn for_easy_miles(
    shoe: &Shoe,
    build: Build,
    purpose: Purpose,
    runner: &Runner,
    notes: &mut impl Notes,
) -> f64 {
    let said = |id| Say::new(id).word("purpose", purpose.message());
    match build {
        Build::Trainer => match shoe.cushioning {
            Cushioning::High | Cushioning::Max => {
                notes.good(|| {
                    said("purpose-easy-cushioned").word("level", shoe.cushioning.message())
                });
                1.0
            }
            Cushioning::Moderate => {
                notes.caution(|| said("purpose-easy-moderate"));
                0.75
            }
            Cushioning::Light | Cushioning::Minimal => {
                notes
                    .caution(|| said("purpose-easy-thin").word("level", shoe.cushioning.message()));
                0.6
            }
        },
        Build::Tempo => {
            notes.caution(|| said("purpose-easy-tempo"));
            0.6
        }
        Build::Racer { said: stated } if runner.competitive && purpose == Purpose::LongRun => {
            notes.caution(|| said("purpose-easy-racer-competitive").word("looks", looks(stated)));
            0.65
        }
        Build::Racer { said: stated } => {
            notes.poor(|| said("purpose-easy-racer").word("looks", looks(stated)));
            0.4
        }
        Build::Barefoot => {
            notes.poor(|| said("purpose-easy-barefoot"));
            0.3
        }
    }
}

/// A barefoot-style shoe: for feet used to it, never for a beginner.
fn barefoot(runner: &Runner, notes: &mut impl Notes) -> f64 {
    if runner.beginner {
        notes.poor(|| Say::new("purpose-barefoot-beginner"));
        0.2
    } else {
        notes.caution(|| Say::new("purpose-barefoot"));
        0.5
    }
}

/// The words for a racer: said so by the catalogue, or judged from its build.
fn looks(said: bool) -> &'static str {
    if said {
        "purpose-racer-said"
    } else {
        "purpose-racer-seen"
    }
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
