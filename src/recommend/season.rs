//! Running season: summer wants a breathable, untreated upper; in spring and autumn plain
//! mesh is the default (a water-resistant treatment a small trade-off, a waterproof membrane
//! a real one: warm, heavy, slow to dry); winter wants a waterproof or water-resistant upper
//! and grip on wet, snow and ice. Indoors the weather never reaches the shoe.

use super::{Context, Fit, Notes};
use crate::catalogue::{Breathability, Outsole, Shoe, Surface, WaterResistance};
use crate::profile::Season;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    if profile.surface == Surface::Indoor {
        return Fit::Score(indoors(shoe, notes));
    }
    let fit = match profile.season {
        Season::Summer => summer(shoe, notes),
        Season::SpringAutumn => spring_autumn(shoe, notes),
        Season::Winter => winter(shoe, profile.surface, notes),
    };
    Fit::Score(fit)
}

fn summer(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let breath = match shoe.breathability {
        Breathability::High => {
            notes.good(|| "Highly breathable upper keeps feet cool on summer runs.".to_string());
            1.0
        }
        Breathability::Medium => {
            notes.good(|| {
                "Medium breathability: fine on most summer days, warm on the hottest.".to_string()
            });
            0.85
        }
        Breathability::Low => {
            notes.poor(|| "Low breathability: hot and sweaty on summer runs.".to_string());
            0.35
        }
    };
    let water = match shoe.water_resistance {
        WaterResistance::NoTreatment => 1.0,
        WaterResistance::WaterResistant => {
            notes.caution(|| {
                "Water-resistant upper: warmer than plain mesh in summer, for nothing.".to_string()
            });
            0.75
        }
        WaterResistance::Waterproof => {
            notes.poor(|| {
                "Waterproof membrane: hot on summer runs, heavier, and sweat cannot get out; the plain version suits summer.".to_string()
            });
            0.3
        }
    };
    let grip = if shoe.outsole == Outsole::WinterGrip {
        notes.poor(|| "Winter grip outsole: its studs and ice rubber are wasted, and wear fast, in summer.".to_string());
        0.2
    } else {
        1.0
    };
    0.5 * breath + 0.3 * water + 0.2 * grip
}

fn spring_autumn(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let water = match shoe.water_resistance {
        WaterResistance::NoTreatment => {
            notes.good(|| {
                "Plain mesh: airy on mild days and quick to dry after a wet run.".to_string()
            });
            1.0
        }
        WaterResistance::WaterResistant => {
            notes.good(|| {
                "Water-resistant upper: drier feet on wet days, a little warmer than plain mesh."
                    .to_string()
            });
            0.93
        }
        WaterResistance::Waterproof => {
            notes.caution(|| {
                "Waterproof membrane: dry in rain and puddles, but warm, heavier and slow to dry on mild days; worth it if you run in the wet a lot, else the plain version serves better."
                    .to_string()
            });
            0.7
        }
    };
    let breath = match shoe.breathability {
        Breathability::Medium => {
            notes.good(|| "Medium breathability suits mild weather.".to_string());
            1.0
        }
        Breathability::High => {
            notes.good(|| "Highly breathable: cool on mild days, chilly on cold ones.".to_string());
            0.95
        }
        // A membrane's low breathability is said with the membrane.
        Breathability::Low if shoe.water_resistance == WaterResistance::Waterproof => 0.8,
        Breathability::Low => {
            notes.caution(|| "Low breathability: warm on mild spring days.".to_string());
            0.75
        }
    };
    let grip = if shoe.outsole == Outsole::WinterGrip {
        notes.caution(|| "Winter grip outsole: only worth it on frosty mornings; studs wear down on bare ground.".to_string());
        0.4
    } else {
        1.0
    };
    0.45 * water + 0.35 * breath + 0.2 * grip
}

fn winter(shoe: &Shoe, surface: Surface, notes: &mut impl Notes) -> f64 {
    let water = match shoe.water_resistance {
        WaterResistance::Waterproof => {
            notes
                .good(|| "Waterproof upper keeps feet dry and warm in snow and slush.".to_string());
            1.0
        }
        WaterResistance::WaterResistant => {
            notes.good(|| {
                "Water-resistant upper: dry in light wet and snow; deep slush gets through."
                    .to_string()
            });
            0.88
        }
        WaterResistance::NoTreatment => {
            notes.caution(|| {
                "Untreated mesh soaks through in snow and slush: cold, wet feet in winter."
                    .to_string()
            });
            0.45
        }
    };
    let grip = match shoe.outsole {
        Outsole::WinterGrip => {
            notes.good(|| "Winter grip outsole holds on ice and packed snow.".to_string());
            1.0
        }
        // On the road, lugs are judged with the surface.
        Outsole::TrailLugs if surface == Surface::Trail => {
            notes.good(|| "Lugged outsole bites into snow; careful on bare ice.".to_string());
            0.9
        }
        Outsole::TrailLugs => 0.8,
        // Said of the grip alone: how long the rubber lasts is the weight's and the road's.
        Outsole::DurableRubber => {
            notes.caution(|| {
                "No studs or lugs: fair grip on wet roads, slippery on ice and packed snow."
                    .to_string()
            });
            0.65
        }
        Outsole::Road => {
            notes.caution(|| "Smooth road rubber: slippery on ice and packed snow.".to_string());
            0.55
        }
    };
    let breath = match shoe.breathability {
        Breathability::High => 0.85,
        Breathability::Medium => 0.97,
        Breathability::Low => 1.0,
    };
    0.5 * water + 0.35 * grip + 0.15 * breath
}

fn indoors(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let breath = match shoe.breathability {
        Breathability::High => {
            notes.good(|| "You run indoors, so the weather never reaches your feet; a highly breathable upper keeps them cool in the gym.".to_string());
            1.0
        }
        Breathability::Medium => {
            notes.good(|| "You run indoors, so the weather never reaches your feet; medium breathability is fine, though warm gyms favour more.".to_string());
            0.85
        }
        Breathability::Low => {
            notes.caution(|| {
                "You run indoors, where it is warm: a low-breathability upper gets hot.".to_string()
            });
            0.5
        }
    };
    let water = match shoe.water_resistance {
        WaterResistance::NoTreatment => 1.0,
        WaterResistance::WaterResistant => 0.9,
        WaterResistance::Waterproof => {
            notes.caution(|| "Waterproof membrane: no use indoors, and warm.".to_string());
            0.6
        }
    };
    0.7 * breath + 0.3 * water
}
