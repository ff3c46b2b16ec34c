//! Track surface: a shoe made for where the runner runs, with the sole that surface asks
//! for. Asphalt is hard on knees (the article): thick, durable, well-cushioned soles. A track
//! wants light and flexible; trail wants lugs, protective rubber and a stable upper; indoors,
//! light and breathable with moderate cushioning.

use super::{Context, Fit, Notes, lerp, progress};
use crate::catalogue::{
    Breathability, Cushioning, Flexibility, HeelCounter, Outsole, Shoe, Surface,
};
use crate::profile::Season;
use crate::units::number;

/// Lugs up to this deep are a "door-to-trail" outsole that runs fine on asphalt.
const SHALLOW_LUGS_MM: f64 = 4.0;

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
        notes.good(|| format!("Made for {} running.", surface.short()));
    } else {
        // A trail runner can make do with a shoe that has the grip, even if not listed for trail.
        if surface == Surface::Trail
            && matches!(shoe.outsole, Outsole::TrailLugs | Outsole::WinterGrip)
        {
            listed = 0.6;
        }
        let made = || {
            let made: Vec<&str> = shoe.surfaces.iter().map(|s| s.short()).collect();
            made.join(" and ")
        };
        notes.by_fit(
            listed,
            || {
                format!(
                    "Made for {}, not {}, but serves well there.",
                    made(),
                    surface.short()
                )
            },
            || {
                format!(
                    "Made for {}, not {}: it will do, but it is not built for it.",
                    made(),
                    surface.short()
                )
            },
            || format!("Made for {}, not {}.", made(), surface.short()),
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
                format!(
                    "Asphalt is hard on knees: its {} cushioning takes the sting out.",
                    shoe.cushioning.words()
                )
            });
            1.0
        }
        // Praised only where no other input of the runner's asks for more.
        Cushioning::Moderate if context.cushioning_need <= Cushioning::Moderate => {
            notes.good(|| "Moderate cushioning: enough for asphalt on most runs.".to_string());
            0.85
        }
        Cushioning::Moderate => 0.85,
        Cushioning::Light => {
            notes.caution(|| "Light cushioning on asphalt: hard on the knees over long runs; thick, cushioned soles are better.".to_string());
            0.55
        }
        Cushioning::Minimal => {
            notes.poor(|| {
                "Minimal cushioning on asphalt passes the impact straight to your knees."
                    .to_string()
            });
            0.3
        }
    };
    let outsole = match shoe.outsole {
        Outsole::DurableRubber => {
            notes.good(|| "Durable full-rubber outsole lasts on abrasive asphalt.".to_string());
            1.0
        }
        Outsole::Road => 0.96,
        Outsole::TrailLugs => match shoe.lug_depth_mm {
            Some(depth) if depth <= SHALLOW_LUGS_MM => {
                notes.good(|| {
                    format!(
                        "Shallow {} mm lugs: fine on asphalt between trails.",
                        number(depth)
                    )
                });
                0.85
            }
            _ => {
                notes.caution(|| {
                    "Trail lugs wear down fast and feel unsteady on asphalt.".to_string()
                });
                0.6
            }
        },
        Outsole::WinterGrip if context.profile.season == Season::Winter => {
            notes.good(|| "Studs and ice rubber grip on icy roads; on long stretches of bare asphalt they wear, so keep a plain pair for thaw days.".to_string());
            0.9
        }
        Outsole::WinterGrip => {
            notes.caution(|| {
                "Winter grip studs wear down and feel harsh on bare asphalt; keep them for icy roads.".to_string()
            });
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
            notes.good(|| format!("Light ({} g): quick on the track.", shoe.weight_g.round()));
        }
        1.0
    } else if shoe.weight_g <= 300.0 {
        lerp(0.97, 0.85, progress(shoe.weight_g, 230.0, 300.0))
    } else {
        notes.caution(|| format!("Heavy for the track ({} g).", shoe.weight_g.round()));
        0.6
    };
    let cushioning = match shoe.cushioning {
        Cushioning::Light | Cushioning::Moderate => 1.0,
        Cushioning::High => 0.9,
        Cushioning::Minimal => 0.85,
        Cushioning::Max if context.needs_cushioning => 0.9,
        Cushioning::Max => {
            notes.caution(|| {
                "Max cushioning: more than the track's soft surface needs.".to_string()
            });
            0.7
        }
    };
    let flex = match shoe.flexibility {
        Some(Flexibility::Flexible | Flexibility::Moderate) => {
            notes.good(|| "Flexible forefoot for quick turnover on the track.".to_string());
            1.0
        }
        Some(Flexibility::Stiff) => 0.95,
        None => 0.9,
    };
    let outsole = match shoe.outsole {
        Outsole::Road | Outsole::DurableRubber => 1.0,
        Outsole::TrailLugs => {
            notes.caution(|| "Trail lugs are clumsy on a track's smooth surface.".to_string());
            0.5
        }
        Outsole::WinterGrip => {
            notes.poor(|| "Winter studs are not for a stadium track.".to_string());
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
            notes.good(|| "Lugged outsole grips dirt, mud and loose ground.".to_string());
            // Deeper lugs hold better in mud, where the catalogue says how deep.
            shoe.lug_depth_mm
                .map_or(0.97, |depth| lerp(0.94, 1.0, progress(depth, 2.0, 5.0)))
        }
        // Out of winter the season faults the studs; they still grip on the dirt.
        Outsole::WinterGrip if context.profile.season == Season::Winter => {
            notes.good(|| "Winter grip outsole bites on snowy and icy trails.".to_string());
            0.85
        }
        Outsole::WinterGrip => 0.75,
        Outsole::DurableRubber => {
            notes.caution(|| "No lugs: fine on dry, packed paths, slippery in mud.".to_string());
            0.6
        }
        Outsole::Road => {
            notes.poor(|| "Road outsole: no grip in mud or on loose ground.".to_string());
            0.3
        }
    };
    let upper = match shoe.heel_counter {
        HeelCounter::Rigid => 1.0,
        HeelCounter::Moderate => 0.97,
        HeelCounter::Flexible => {
            notes.caution(|| "Soft heel counter: less hold on uneven ground.".to_string());
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
                    format!(
                        "{} cushioning suits a treadmill's give.",
                        super::pronation::capitalised(shoe.cushioning.words())
                    )
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
            notes.caution(|| {
                "Trail lugs feel unstable on a treadmill belt or gym floor.".to_string()
            });
            0.45
        }
        Outsole::WinterGrip => {
            notes.poor(|| "Winter studs damage treadmill belts and gym floors.".to_string());
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
