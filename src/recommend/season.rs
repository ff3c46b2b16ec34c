//! Running season: summer wants a breathable, untreated upper; spring and autumn welcome
//! water resistance; winter wants a water-resistant or waterproof upper and grip on wet,
//! snow and ice. Indoors the weather never reaches the shoe.

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
        Season::Winter => winter(shoe, notes),
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
            notes.caution(|| "Medium breathability: warm on hot summer days.".to_string());
            0.75
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
                "Water-resistant upper: a little warmer than plain mesh in summer.".to_string()
            });
            0.85
        }
        WaterResistance::Waterproof => {
            notes.poor(|| {
                "Waterproof upper: warm on summer runs, and sweat cannot get out.".to_string()
            });
            0.4
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
        WaterResistance::WaterResistant => {
            notes.good(|| {
                "Water-resistant upper: dry feet on wet spring and autumn days, still airy."
                    .to_string()
            });
            1.0
        }
        WaterResistance::Waterproof => {
            notes.good(|| {
                "Waterproof upper keeps out rain and puddles; a little warm on mild days."
                    .to_string()
            });
            0.9
        }
        WaterResistance::NoTreatment => {
            notes.caution(|| {
                "Untreated mesh: wet feet on rainy spring and autumn days.".to_string()
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
            0.9
        }
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

fn winter(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let water = match shoe.water_resistance {
        WaterResistance::Waterproof => {
            notes
                .good(|| "Waterproof upper keeps feet dry and warm in snow and slush.".to_string());
            1.0
        }
        WaterResistance::WaterResistant => {
            notes.caution(|| {
                "Water-resistant upper: fine in light wet, but deep snow and slush get through."
                    .to_string()
            });
            0.8
        }
        WaterResistance::NoTreatment => {
            notes.poor(|| {
                "Untreated mesh soaks through in snow and slush: cold, wet feet in winter."
                    .to_string()
            });
            0.35
        }
    };
    let grip = match shoe.outsole {
        Outsole::WinterGrip => {
            notes.good(|| "Winter grip outsole holds on ice and packed snow.".to_string());
            1.0
        }
        Outsole::TrailLugs => {
            notes.good(|| "Lugged outsole bites into snow; careful on bare ice.".to_string());
            0.85
        }
        Outsole::DurableRubber => {
            notes.caution(|| {
                "Durable rubber outsole: fair grip on wet roads, slippery on ice.".to_string()
            });
            0.7
        }
        Outsole::Road => {
            notes.poor(|| "Road outsole: slippery on ice and wet snow.".to_string());
            0.5
        }
    };
    let breath = match shoe.breathability {
        Breathability::High => {
            notes
                .caution(|| "Highly breathable mesh lets cold wind through in winter.".to_string());
            0.8
        }
        Breathability::Medium | Breathability::Low => 1.0,
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
            0.8
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
            notes.caution(|| "Waterproof upper: no use indoors, and warm.".to_string());
            0.6
        }
    };
    0.7 * breath + 0.3 * water
}
