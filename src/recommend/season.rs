//! Running season: summer wants a breathable, untreated upper; in spring and autumn plain
//! mesh is the default (a water-resistant treatment a small trade-off, a waterproof membrane
//! a real one: warm, heavy, slow to dry); winter wants a waterproof or water-resistant upper
//! and grip on wet, snow and ice. Indoors the weather never reaches the shoe.

use super::{Context, Fit, Notes};
use crate::catalogue::{Breathability, Outsole, Shoe, Surface, WaterResistance};
use crate::profile::Season;
use crate::words::Say;

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
            notes.good(|| Say::new("season-summer-breathable"));
            1.0
        }
        Breathability::Medium => {
            notes.good(|| Say::new("season-summer-medium-breathability"));
            0.85
        }
        Breathability::Low => {
            notes.poor(|| Say::new("season-summer-low-breathability"));
            0.35
        }
    };
    let water = match shoe.water_resistance {
        WaterResistance::NoTreatment => 1.0,
        WaterResistance::WaterResistant => {
            notes.caution(|| Say::new("season-summer-water-resistant"));
            0.75
        }
        WaterResistance::Waterproof => {
            notes.poor(|| Say::new("season-summer-waterproof"));
            0.3
        }
    };
    let grip = if shoe.outsole == Outsole::WinterGrip {
        notes.poor(|| Say::new("season-summer-winter-grip"));
        0.2
    } else {
        1.0
    };
    0.5 * breath + 0.3 * water + 0.2 * grip
}

fn spring_autumn(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let water = match shoe.water_resistance {
        WaterResistance::NoTreatment => {
            notes.good(|| Say::new("season-spring-autumn-plain-mesh"));
            1.0
        }
        WaterResistance::WaterResistant => {
            notes.good(|| Say::new("season-spring-autumn-water-resistant"));
            0.93
        }
        WaterResistance::Waterproof => {
            notes.caution(|| Say::new("season-spring-autumn-waterproof"));
            0.7
        }
    };
    let breath = match shoe.breathability {
        Breathability::Medium => {
            notes.good(|| Say::new("season-spring-autumn-medium-breathability"));
            1.0
        }
        Breathability::High => {
            notes.good(|| Say::new("season-spring-autumn-breathable"));
            0.95
        }
        // A membrane's low breathability is said with the membrane.
        Breathability::Low if shoe.water_resistance == WaterResistance::Waterproof => 0.8,
        Breathability::Low => {
            notes.caution(|| Say::new("season-spring-autumn-low-breathability"));
            0.75
        }
    };
    let grip = if shoe.outsole == Outsole::WinterGrip {
        notes.caution(|| Say::new("season-spring-autumn-winter-grip"));
        0.4
    } else {
        1.0
    };
    0.45 * water + 0.35 * breath + 0.2 * grip
}

fn winter(shoe: &Shoe, surface: Surface, notes: &mut impl Notes) -> f64 {
    let water = match shoe.water_resistance {
        WaterResistance::Waterproof => {
            notes.good(|| Say::new("season-winter-waterproof"));
            1.0
        }
        WaterResistance::WaterResistant => {
            notes.good(|| Say::new("season-winter-water-resistant"));
            0.88
        }
        WaterResistance::NoTreatment => {
            notes.caution(|| Say::new("season-winter-untreated"));
            0.45
        }
    };
    let grip = match shoe.outsole {
        Outsole::WinterGrip => {
            notes.good(|| Say::new("season-winter-winter-grip"));
            1.0
        }
        // On the road, lugs are judged with the surface.
        Outsole::TrailLugs if surface == Surface::Trail => {
            notes.good(|| Say::new("season-winter-lugs"));
            0.9
        }
        Outsole::TrailLugs => 0.8,
        // Said of the grip alone: how long the rubber lasts is the weight's and the road's.
        Outsole::DurableRubber => {
            notes.caution(|| Say::new("season-winter-no-studs"));
            0.65
        }
        Outsole::Road => {
            notes.caution(|| Say::new("season-winter-road-rubber"));
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
            notes.good(|| Say::new("season-indoors-breathable"));
            1.0
        }
        Breathability::Medium => {
            notes.good(|| Say::new("season-indoors-medium-breathability"));
            0.85
        }
        Breathability::Low => {
            notes.caution(|| Say::new("season-indoors-low-breathability"));
            0.5
        }
    };
    let water = match shoe.water_resistance {
        WaterResistance::NoTreatment => 1.0,
        WaterResistance::WaterResistant => 0.9,
        WaterResistance::Waterproof => {
            notes.caution(|| Say::new("season-indoors-waterproof"));
            0.6
        }
    };
    0.7 * breath + 0.3 * water
}
