//! Track surface: a shoe made for where the runner runs, with the sole that surface asks
//! for. Asphalt is hard on knees (the article): thick, durable, well-cushioned soles. A track
//! wants light and flexible; trail wants lugs, protective rubber and a stable upper; indoors,
//! light and breathable with moderate cushioning.

use super::{Context, Fit, Notes, lerp, progress};
use crate::catalogue::{
    Breathability, Cushioning, Flexibility, HeelCounter, Outsole, Shoe, Surface,
};
use crate::profile::Season;
use crate::words::Say;

/// Lugs up to this deep are a "door-to-trail" outsole that runs fine on asphalt.
const SHALLOW_LUGS_MM: f64 = 4.0;

/// The message of the words for running on `surface`: what "made for ..." and "not ..." say.
fn on(surface: Surface) -> &'static str {
    match surface {
        Surface::Road => "surface-on-road",
        Surface::Track => "surface-on-track",
        Surface::Trail => "surface-on-trail",
        Surface::Indoor => "surface-on-indoor",
    }
}

/// The message `id`, which names the runner's surface and lists the ones the shoe is made
/// for: each once (a repeat is only a catalogue warning), so at most the three that are not
/// the runner's.
fn unlisted(id: &'static str, shoe: &Shoe, surface: Surface) -> Say {
    let mut made: Vec<Surface> = Vec::with_capacity(shoe.surfaces.len());
    for &listed in &shoe.surfaces {
        if !made.contains(&listed) {
            made.push(listed);
        }
    }
    let mut say = Say::new(id)
        .word("surface", on(surface))
        .num("count", made.len() as u32);
    for (name, &listed) in ["made1", "made2", "made3"].into_iter().zip(&made) {
        say = say.word(name, on(listed));
    }
    say
}

/// The surfaces a shoe is made for, one bit each.
#[inline]
fn mask(surfaces: &[Surface]) -> usize {
    surfaces.iter().fold(0, |mask, &s| mask | 1 << s as usize)
}

/// For a runner on `surface`, for each set of surfaces a shoe is made for (by [`mask`]): how
/// well the best of them stands in for the runner's, and how much more versatile the others
/// make the pair.
pub(super) fn listings(surface: Surface) -> [(f64, f64); 16] {
    let mut listings = [(0.0, 0.0); 16];
    for (made, listing) in listings.iter_mut().enumerate() {
        for &made_for in Surface::ALL {
            if made & (1 << made_for as usize) == 0 {
                continue;
            }
            listing.0 = f64::max(listing.0, stand_in(surface, made_for));
            if made_for != surface {
                listing.1 += match made_for {
                    Surface::Road => 0.0008,
                    Surface::Track => 0.0004,
                    Surface::Trail => 0.0002,
                    Surface::Indoor => 0.0001,
                };
            }
        }
    }
    listings
}

/// How well a shoe made for `made_for` serves a runner on `runs_on` when it is not listed for it.
fn stand_in(runs_on: Surface, made_for: Surface) -> f64 {
    use Surface::*;
    match (runs_on, made_for) {
        (Road, Road) | (Track, Track) | (Trail, Trail) | (Indoor, Indoor) => 1.0,
        (Road, Track | Indoor) => 0.6,
        (Road, Trail) => 0.45,
        (Track, Road) => 0.75,
        (Track, Indoor) => 0.7,
        (Track, Trail) => 0.3,
        (Trail, Road | Track | Indoor) => 0.25,
        (Indoor, Road) => 0.8,
        (Indoor, Track) => 0.75,
        (Indoor, Trail) => 0.4,
    }
}

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let surface = context.profile.surface;
    let (mut listed, versatile) = context.surfaces[mask(&shoe.surfaces)];
    if listed >= 1.0 {
        notes.good(|| Say::new("surface-listed").word("surface", on(surface)));
    } else {
        // A trail runner can make do with a shoe that has the grip, even if not listed for trail.
        if surface == Surface::Trail
            && matches!(shoe.outsole, Outsole::TrailLugs | Outsole::WinterGrip)
        {
            listed = 0.6;
        }
        notes.by_fit(
            listed,
            || unlisted("surface-unlisted-serves", shoe, surface),
            || unlisted("surface-unlisted-will-do", shoe, surface),
            || unlisted("surface-unlisted", shoe, surface),
        );
    }
    let features = match surface {
        Surface::Road => road(shoe, context, notes),
        Surface::Track => track(shoe, context, notes),
        Surface::Trail => trail(shoe, context, notes),
        Surface::Indoor => indoor(shoe, context, notes),
    };
    Fit::Score(0.5 * listed + 0.5 * features - 0.002 + versatile)
}

fn road(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> f64 {
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| {
                Say::new("surface-road-cushioned").word("level", shoe.cushioning.message())
            });
            1.0
        }
        // Praised only where no other input of the runner's asks for more.
        Cushioning::Moderate if context.cushioning_need <= Cushioning::Moderate => {
            notes.good(|| Say::new("surface-road-moderate"));
            0.85
        }
        Cushioning::Moderate => 0.85,
        Cushioning::Light => {
            notes.caution(|| Say::new("surface-road-light"));
            0.55
        }
        Cushioning::Minimal => {
            notes.poor(|| Say::new("surface-road-minimal"));
            0.3
        }
    };
    let outsole = match shoe.outsole {
        Outsole::DurableRubber => {
            notes.good(|| Say::new("surface-road-durable-rubber"));
            1.0
        }
        Outsole::Road => 0.96,
        Outsole::TrailLugs => match shoe.lug_depth_mm {
            Some(depth) if depth <= SHALLOW_LUGS_MM => {
                notes.good(|| Say::new("surface-road-shallow-lugs").num("mm", depth));
                0.85
            }
            _ => {
                notes.caution(|| Say::new("surface-road-trail-lugs"));
                0.6
            }
        },
        Outsole::WinterGrip if context.profile.season == Season::Winter => {
            notes.good(|| Say::new("surface-road-winter-grip-icy"));
            0.9
        }
        Outsole::WinterGrip => {
            notes.caution(|| Say::new("surface-road-winter-grip"));
            0.5
        }
    };
    // A taller stack takes more of the sting out, whatever the level.
    0.6 * cushioning * stack(shoe, true) + 0.4 * outsole
}

/// A small preference by heel stack over the whole range a catalogue allows, so that two
/// shoes of one cushioning level still differ: `taller` when more stack suits the surface
/// (or the runner), else less.
fn stack(shoe: &Shoe, taller: bool) -> f64 {
    let height = shoe
        .stack_heel_mm
        .map_or(0.5, |mm| ((mm - 5.0) * (1.0 / 55.0)).clamp(0.0, 1.0));
    if taller {
        lerp(0.985, 1.0, height)
    } else {
        lerp(1.0, 0.985, height)
    }
}

fn track(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> f64 {
    let beginner = context.profile.experience == Some(crate::profile::Experience::Beginner);
    let lightness = if shoe.weight_g <= 230.0 {
        // A beginner hears that a very light shoe gives little support: not praised here.
        if !beginner {
            notes.good(|| Say::new("surface-track-light").num("grams", shoe.weight_g.round()));
        }
        1.0
    } else if shoe.weight_g <= 300.0 {
        lerp(0.97, 0.85, progress(shoe.weight_g, 230.0, 300.0))
    } else {
        notes.caution(|| Say::new("surface-track-heavy").num("grams", shoe.weight_g.round()));
        0.6
    };
    let cushioning = match shoe.cushioning {
        Cushioning::Light | Cushioning::Moderate => 1.0,
        Cushioning::High => 0.9,
        Cushioning::Minimal => 0.85,
        Cushioning::Max if context.needs_cushioning => 0.9,
        Cushioning::Max => {
            notes.caution(|| Say::new("surface-track-max-cushioning"));
            0.7
        }
    };
    let flex = match shoe.flexibility {
        Some(Flexibility::Flexible | Flexibility::Moderate) => {
            notes.good(|| Say::new("surface-track-flexible"));
            1.0
        }
        Some(Flexibility::Stiff) => 0.95,
        None => 0.9,
    };
    let outsole = match shoe.outsole {
        Outsole::Road | Outsole::DurableRubber => 1.0,
        Outsole::TrailLugs => {
            notes.caution(|| Say::new("surface-track-trail-lugs"));
            0.5
        }
        Outsole::WinterGrip => {
            notes.poor(|| Say::new("surface-track-winter-grip"));
            0.3
        }
    };
    0.35 * lightness
        + 0.2 * cushioning * stack(shoe, context.needs_cushioning)
        + 0.2 * flex
        + 0.25 * outsole
}

fn trail(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> f64 {
    let outsole = match shoe.outsole {
        Outsole::TrailLugs => {
            notes.good(|| Say::new("surface-trail-lugs"));
            // Deeper lugs hold better in mud, where the catalogue says how deep.
            shoe.lug_depth_mm
                .map_or(0.97, |depth| lerp(0.94, 1.0, progress(depth, 2.0, 5.0)))
        }
        // Out of winter the season faults the studs; they still grip on the dirt.
        Outsole::WinterGrip if context.profile.season == Season::Winter => {
            notes.good(|| Say::new("surface-trail-winter-grip"));
            0.85
        }
        Outsole::WinterGrip => 0.75,
        Outsole::DurableRubber => {
            notes.caution(|| Say::new("surface-trail-no-lugs"));
            0.6
        }
        Outsole::Road => {
            notes.poor(|| Say::new("surface-trail-road-outsole"));
            0.3
        }
    };
    let upper = match shoe.heel_counter {
        HeelCounter::Rigid => 1.0,
        HeelCounter::Moderate => 0.97,
        HeelCounter::Flexible => {
            notes.caution(|| Say::new("surface-trail-soft-heel"));
            0.75
        }
    };
    // More stack, more protection from stones and roots.
    0.75 * outsole * stack(shoe, true) + 0.25 * upper
}

fn indoor(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> f64 {
    let cushioning = if context.needs_cushioning {
        // Weight, knees or landing ask for cushioning; their own reasons say so.
        match shoe.cushioning {
            Cushioning::High | Cushioning::Max => 1.0,
            Cushioning::Moderate => 0.85,
            Cushioning::Light => 0.7,
            Cushioning::Minimal => 0.5,
        }
    } else {
        match shoe.cushioning {
            Cushioning::Moderate | Cushioning::Light => {
                notes.good(|| {
                    Say::new("surface-indoor-cushioning").text("level", shoe.cushioning.as_str())
                });
                1.0
            }
            Cushioning::High => 0.9,
            Cushioning::Max => 0.8,
            Cushioning::Minimal => 0.75,
        }
    };
    let lightness = lerp(1.0, 0.8, progress(shoe.weight_g, 230.0, 320.0));
    let outsole = match shoe.outsole {
        Outsole::DurableRubber => 1.0,
        Outsole::Road => 0.995,
        Outsole::TrailLugs => {
            notes.caution(|| Say::new("surface-indoor-trail-lugs"));
            0.45
        }
        Outsole::WinterGrip => {
            notes.poor(|| Say::new("surface-indoor-winter-grip"));
            0.2
        }
    };
    let breath = match shoe.breathability {
        Breathability::High => 1.0,
        Breathability::Medium => 0.85,
        Breathability::Low => 0.6,
    };
    0.3 * cushioning * stack(shoe, context.needs_cushioning)
        + 0.2 * lightness
        + 0.3 * outsole
        + 0.2 * breath
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    /// A shoe not made for the runner's surface lists the surfaces it is made for, each once,
    /// joined as each language joins a list.
    #[test]
    fn the_surfaces_a_shoe_is_made_for_are_listed_once_each() {
        let say = |lang: Lang, surfaces: &[Surface]| {
            let shoe = Shoe {
                surfaces: surfaces.to_vec(),
                ..Shoe::plain()
            };
            lang.words()
                .say(&unlisted("surface-unlisted", &shoe, Surface::Trail))
        };
        use Surface::*;
        assert_eq!(say(Lang::En, &[Road]), "Made for road, not trail.");
        assert_eq!(
            say(Lang::En, &[Road, Track, Road]),
            "Made for road and track, not trail."
        );
        assert_eq!(
            say(Lang::En, &[Indoor, Road, Track]),
            "Made for indoor and road and track, not trail."
        );
        assert_eq!(
            say(Lang::Ru, &[Road]),
            "Модель создана для бега по асфальту, а не по трейлам."
        );
        assert_eq!(
            say(Lang::Ru, &[Road, Track]),
            "Модель создана для бега по асфальту и на стадионе, а не по трейлам."
        );
        assert_eq!(
            say(Lang::Ru, &[Indoor, Road, Track]),
            "Модель создана для бега в помещении, по асфальту и на стадионе, а не по трейлам."
        );
    }

    /// The cushioning levels praised on a treadmill open the sentence, capitalised.
    #[test]
    fn a_treadmill_cushioning_level_opens_its_sentence() {
        let say = |lang: Lang, level: Cushioning| {
            lang.words()
                .say(&Say::new("surface-indoor-cushioning").text("level", level.as_str()))
        };
        assert_eq!(
            say(Lang::En, Cushioning::Light),
            "Light cushioning suits a treadmill's give."
        );
        assert_eq!(
            say(Lang::En, Cushioning::Moderate),
            "Moderate cushioning suits a treadmill's give."
        );
        assert!(say(Lang::Ru, Cushioning::Light).starts_with("Лёгкая амортизация"));
        assert!(say(Lang::Ru, Cushioning::Moderate).starts_with("Умеренная амортизация"));
    }
}
