//! Pronation: overpronators need a stability shoe with a firm heel counter (motion control
//! an option for heavy ones, never for weight alone); supinators a neutral, cushioned,
//! flexible shoe without posts; neutral runners a neutral shoe with no built-in support.
//! A stability shoe is said to guide the foot; how, only where the catalogue says.

use super::kind::guidance;
use super::{Context, Fit, HEAVY_KG, Notes};
use crate::catalogue::{Cushioning, Flexibility, HeelCounter, Shoe, Support};
use crate::profile::{Pronation, PronationSeverity};
use crate::words::Say;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let profile = context.profile;
    let severity = profile.severity();
    let fit = match profile.pronation {
        Pronation::Over => overpronation(shoe, profile.weight_kg, severity, notes),
        Pronation::Neutral => neutral(shoe, notes),
        Pronation::Under => supination(shoe, notes) * marked_supination(shoe, severity, notes),
    };
    Fit::Score(fit)
}

/// The message that says how a stability shoe guides the foot: "guides the foot with guide
/// rails along the heel", or in general where the catalogue does not say how.
fn guides(shoe: &Shoe) -> Say {
    match shoe.guidance.as_deref() {
        Some(ways) if !ways.is_empty() => {
            Say::new("pronation-guides-with").words("ways", ways.iter().map(|way| way.message()))
        }
        _ => Say::new(guidance(shoe).unwrap_or("pronation-guides")),
    }
}

/// An overpronator: a stability shoe; motion control for marked overpronation (heavy
/// runners first), more than a mild one needs; a stable neutral shoe can do for a mild one,
/// never for a marked one. Not said how marked: as most overpronation is, in between.
fn overpronation(
    shoe: &Shoe,
    weight: f64,
    severity: Option<PronationSeverity>,
    notes: &mut impl Notes,
) -> f64 {
    let heavy = weight >= HEAVY_KG;
    let firm_heel = shoe.heel_counter == HeelCounter::Rigid;
    let support = match (shoe.support, severity) {
        // A marked overpronation is what motion control is made for: a stability shoe
        // serves it well, but a step below, the more so for a heavy runner.
        (Support::Stability, Some(PronationSeverity::Marked)) => {
            notes.good(|| {
                Say::new("pronation-over-stability-marked").says("guides", vec![guides(shoe)])
            });
            if heavy { 0.85 } else { 0.93 }
        }
        (Support::Stability, _) => {
            notes.good(|| Say::new("pronation-over-stability").says("guides", vec![guides(shoe)]));
            1.0
        }
        (Support::MotionControl, Some(PronationSeverity::Marked)) => {
            notes.good(|| Say::new("pronation-over-motion-control-marked"));
            if heavy { 1.0 } else { 0.96 }
        }
        (Support::MotionControl, Some(PronationSeverity::Mild)) => {
            notes.caution(|| Say::new("pronation-over-motion-control-mild"));
            0.65
        }
        (Support::MotionControl, None) if heavy => {
            notes.good(|| Say::new("pronation-over-motion-control-heavy").kg("kg", weight));
            0.96
        }
        (Support::MotionControl, None) => {
            notes.caution(|| Say::new("pronation-over-motion-control"));
            0.75
        }
        (Support::Neutral, Some(PronationSeverity::Mild)) if firm_heel => {
            notes.caution(|| Say::new("pronation-over-mild-neutral-stable"));
            0.78
        }
        (Support::Neutral, Some(PronationSeverity::Mild)) => {
            notes.caution(|| Say::new("pronation-over-mild-neutral"));
            0.6
        }
        (Support::Neutral, Some(PronationSeverity::Marked)) => {
            notes.poor(|| Say::new("pronation-over-marked-neutral"));
            0.2
        }
        (Support::Neutral, None) if firm_heel => {
            notes.caution(|| Say::new("pronation-over-neutral-firm-heel"));
            0.6
        }
        (Support::Neutral, None) => {
            notes.poor(|| Say::new("pronation-over-neutral"));
            0.3
        }
    };
    let counter = match shoe.heel_counter {
        HeelCounter::Rigid => {
            if shoe.support != Support::Neutral {
                notes.good(|| Say::new("pronation-over-rigid-counter"));
            }
            1.0
        }
        HeelCounter::Moderate => 0.95,
        HeelCounter::Flexible => {
            notes.caution(|| Say::new("pronation-over-flexible-counter"));
            0.8
        }
    };
    let insole = if shoe.removable_insole {
        notes.good(|| Say::new("pronation-over-removable-insole"));
        1.0
    } else {
        0.97
    };
    support * counter * insole
}

fn neutral(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    match shoe.support {
        Support::Neutral => {
            notes.good(|| Say::new("pronation-neutral-neutral"));
            1.0
        }
        Support::Stability => {
            notes.caution(|| {
                Say::new("pronation-neutral-stability").says("guides", vec![guides(shoe)])
            });
            0.55
        }
        Support::MotionControl => {
            notes.poor(|| Say::new("pronation-neutral-motion-control"));
            0.25
        }
    }
}

/// Marked supination (high arches, a rigid foot that absorbs little): cushioning and a sole
/// that bends count more; a mild one is the general case.
fn marked_supination(
    shoe: &Shoe,
    severity: Option<PronationSeverity>,
    notes: &mut impl Notes,
) -> f64 {
    if severity != Some(PronationSeverity::Marked) {
        return 1.0;
    }
    let cushioned = matches!(shoe.cushioning, Cushioning::High | Cushioning::Max);
    let bends = shoe.flexibility != Some(Flexibility::Stiff);
    if cushioned && bends && shoe.support == Support::Neutral {
        notes.good(|| Say::new("pronation-under-marked-suits"));
        1.0
    } else {
        notes.caution(|| Say::new("pronation-under-marked-needs"));
        0.8
    }
}

fn supination(shoe: &Shoe, notes: &mut impl Notes) -> f64 {
    let support = match shoe.support {
        Support::Neutral => {
            notes.good(|| Say::new("pronation-under-neutral"));
            1.0
        }
        Support::Stability => {
            notes.poor(|| Say::new("pronation-under-stability").says("guides", vec![guides(shoe)]));
            0.35
        }
        Support::MotionControl => {
            notes.poor(|| Say::new("pronation-under-motion-control"));
            0.15
        }
    };
    let level = shoe.cushioning.as_str();
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| Say::new("pronation-under-cushioned").text("level", level));
            1.0
        }
        Cushioning::Moderate => {
            notes.caution(|| Say::new("pronation-under-moderate-cushioning"));
            0.85
        }
        Cushioning::Light | Cushioning::Minimal => {
            notes.poor(|| Say::new("pronation-under-thin-cushioning").text("level", level));
            0.6
        }
    };
    let flex = match shoe.flexibility {
        Some(Flexibility::Stiff) => {
            notes.caution(|| Say::new("pronation-under-stiff"));
            0.85
        }
        Some(Flexibility::Flexible) => {
            notes.good(|| Say::new("pronation-under-flexible"));
            1.0
        }
        _ => 0.97,
    };
    support * cushioning * flex
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Guidance;
    use crate::words::Lang;

    /// Each way the catalogue's notes say a stability shoe guides the foot has words of its
    /// own in every language: none falls back to saying it only in general.
    #[test]
    fn every_way_of_guiding_the_foot_has_its_own_words() {
        let notes = [
            ("GuideRails", "guide rails along the heel"),
            ("a dual-density medial post", "a firmer medial post"),
            ("a J-Frame", "firmer foam along the inner side"),
            ("a wide base", "a wide base with raised sidewalls"),
            ("the Wave plate", "a firm plate in the heel and midfoot"),
            ("a guidance system", "the shape of its midsole"),
        ];
        for (note, how) in notes {
            let shoe = Shoe {
                support: Support::Stability,
                notes: Some(note.into()),
                ..Shoe::plain()
            };
            let said = guides(&shoe);
            let english = Lang::En.words().say(&said);
            assert_eq!(english, format!("guides the foot with {how}"), "{note}");
            assert_ne!(Lang::Ru.words().say(&said), english, "{note}");
            // Denied, the words say nothing of how it guides the foot.
            let denied = Shoe {
                notes: Some(format!("Without {note}, but light.").into()),
                ..shoe.clone()
            };
            let said = Lang::En.words().say(&guides(&denied));
            assert_eq!(said, "guides the foot", "no {note}");
        }
        let plain = Lang::En.words().say(&guides(&Shoe::plain()));
        assert_eq!(plain, "guides the foot");
        // The typed field comes first, whatever the notes say.
        let typed = Shoe {
            support: Support::Stability,
            guidance: Some(vec![Guidance::GuideRails, Guidance::WideBase]),
            notes: Some("a medial post".into()),
            ..Shoe::plain()
        };
        assert_eq!(
            Lang::En.words().say(&guides(&typed)),
            "guides the foot with guide rails along the heel, a wide base"
        );
    }
}
