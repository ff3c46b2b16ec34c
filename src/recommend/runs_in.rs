//! The shoes run in now: a pair that suits is the best clue there is. The same pair again
//! or the model that replaces it, shoes like it when the runner wants the same, shoes that
//! move the way they asked (softer, lighter, more support, more room), and a drop or stack
//! far from it said as a change to get used to.

use super::{Context, Fit, Notes};
use crate::catalogue::{Cushioning, Foam, Shoe, Support, ToeBox};
use crate::profile::{RunsIn, Want};
use crate::units::number;
use crate::words::Say;

/// A drop within this of the pair run in now is an easy change, as for `current_drop_mm`.
const DROP_MM: f64 = 4.0;
/// A heel stack within this of the pair run in now feels alike.
const STACK_MM: f64 = 8.0;
/// Lighter by at least this many grams is lighter; the same within it.
const LIGHTER_G: f64 = 15.0;

/// The factor of the shoes run in now.
pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(runs_in) = &context.profile.runs_in else {
        return Fit::Score(1.0);
    };
    let known = context.runs_in_shoe;
    let notes = &mut Counted { notes, said: 0 };
    let fit = if known.is_some_and(|known| std::ptr::eq(known, shoe)) {
        same_pair(runs_in, notes)
    } else {
        if runs_in.shoe.is_some() && shoe.replaces == runs_in.shoe {
            notes.good(|| replaces(shoe, known, runs_in));
        }
        let mut fit: f64 = 1.0;
        for &want in &runs_in.wants {
            fit = fit.min(match known {
                Some(known) => against_known(shoe, known, want, notes),
                None => against_words(shoe, want, notes),
            });
        }
        if let Some(known) = known {
            fit = fit.min(transition(shoe, known, context, notes));
        }
        fit
    };
    if notes.said == 0 {
        notes.good(|| {
            let name = known.map_or_else(|| runs_in.name(), |known| known.model.as_str());
            Say::new("runs-in-nothing-asked").text("shoe", name)
        });
    }
    Fit::Score(fit)
}

/// Counts what the rules said, so that a shoe with nothing to say of the pair run in now
/// still has its reason.
struct Counted<'n, N> {
    notes: &'n mut N,
    said: usize,
}

impl<N: Notes> Notes for Counted<'_, N> {
    fn start(&mut self, factor: super::Factor) {
        self.notes.start(factor);
    }

    fn say(&mut self, verdict: super::Verdict, said: impl FnOnce() -> Say) {
        self.said += 1;
        self.notes.say(verdict, said);
    }
}

/// The very pair run in now: good again when it fits and the runner wants the same, a
/// small trade-off when they asked for a change.
fn same_pair(runs_in: &RunsIn, notes: &mut impl Notes) -> f64 {
    let wants_change = runs_in.wants.iter().any(|&want| want != Want::Same);
    let fit = if wants_change {
        notes.caution(|| {
            Say::new("runs-in-same-but-change")
                .words("wants", runs_in.wants.iter().map(|w| w.message()))
        });
        0.7
    } else if runs_in.fits_well() {
        notes.good(|| Say::new("runs-in-same-fits"));
        1.0
    } else {
        notes.caution(|| {
            Say::new("runs-in-same-misfits").words("fit", runs_in.fit.iter().map(|f| f.message()))
        });
        0.75
    };
    if let Some(km) = runs_in.km.filter(|_| runs_in.worn()) {
        notes.good(|| Say::new("runs-in-worn").num("km", km));
    }
    fit
}

/// "The Ghost 17 replaces your Ghost 16: drop 12 to 10 mm, 15 g heavier."
fn replaces(shoe: &Shoe, known: Option<&Shoe>, runs_in: &RunsIn) -> Say {
    let mut changes = Vec::new();
    if let Some(known) = known {
        if let (Some(before), Some(now)) = (known.drop_mm, shoe.drop_mm)
            && before != now
        {
            changes.push(
                Say::new("runs-in-change-drop")
                    .text("before", number(before))
                    .text("now", number(now)),
            );
        }
        let grams = shoe.weight_g - known.weight_g;
        if grams.abs() >= 5.0 {
            let id = if grams > 0.0 {
                "runs-in-change-heavier"
            } else {
                "runs-in-change-lighter"
            };
            changes.push(Say::new(id).num("grams", grams.abs().round()));
        }
        if let (Some(before), Some(now)) = (known.stack_heel_mm, shoe.stack_heel_mm)
            && before != now
        {
            changes.push(
                Say::new("runs-in-change-stack")
                    .text("before", number(before))
                    .text("now", number(now)),
            );
        }
        if known.support != shoe.support {
            changes
                .push(Say::new("runs-in-change-support").word("support", shoe.support.message()));
        }
    }
    let before = known.map_or_else(|| runs_in.name(), |known| known.model.as_str());
    let id = if changes.is_empty() {
        "runs-in-replaces"
    } else {
        "runs-in-replaces-changes"
    };
    Say::new(id)
        .text("model", shoe.model.as_str())
        .text("before", before)
        .says("changes", changes)
}

/// One wish, against the pair run in now.
fn against_known(shoe: &Shoe, known: &Shoe, want: Want, notes: &mut impl Notes) -> f64 {
    let name = known.model.as_str();
    match want {
        Want::Same => {
            let alike = shoe.support == known.support
                && (shoe.cushioning as i32 - known.cushioning as i32).abs() <= 1
                && match (shoe.drop_mm, known.drop_mm) {
                    (Some(a), Some(b)) => (a - b).abs() <= DROP_MM,
                    _ => true,
                }
                && (shoe.weight_g - known.weight_g).abs() <= 40.0;
            if alike {
                notes.good(|| Say::new("runs-in-like").text("shoe", name));
                1.0
            } else {
                notes.caution(|| Say::new("runs-in-unlike").text("shoe", name));
                0.75
            }
        }
        Want::Softer | Want::Firmer => {
            let softness = |s: &Shoe| match s.foam {
                Some(foam) => 2 - foam as i32,
                None => s.cushioning as i32 - Cushioning::Moderate as i32,
            };
            let change = softness(shoe) - softness(known);
            let change = if want == Want::Softer {
                change
            } else {
                -change
            };
            moved(notes, change, want, name)
        }
        Want::Lighter => {
            let grams = known.weight_g - shoe.weight_g;
            let change = if grams >= LIGHTER_G {
                1
            } else if grams > -LIGHTER_G {
                0
            } else {
                -1
            };
            moved(notes, change, want, name)
        }
        Want::MoreSupport | Want::LessSupport => {
            let change = shoe.support as i32 - known.support as i32;
            let change = if want == Want::MoreSupport {
                change
            } else {
                -change
            };
            moved(notes, change, want, name)
        }
        Want::MoreRoom => {
            let room = |s: &Shoe| s.toe_box.map_or(1, |t| t as i32) + s.widths.len() as i32 / 3;
            moved(notes, room(shoe) - room(known), want, name)
        }
    }
}

/// How far the shoe moves the way asked: further is good, no change a trade-off, the wrong
/// way poor.
fn moved(notes: &mut impl Notes, change: i32, want: Want, name: &str) -> f64 {
    if change > 0 {
        notes.good(|| {
            Say::new("runs-in-moves")
                .word("want", want.message())
                .text("shoe", name)
        });
        1.0
    } else if change == 0 {
        notes.caution(|| {
            Say::new("runs-in-no-change")
                .word("want", want.message())
                .text("shoe", name)
        });
        0.7
    } else {
        notes.poor(|| {
            Say::new("runs-in-wrong-way")
                .word("want", want.message())
                .text("shoe", name)
        });
        0.4
    }
}

/// One wish, when the pair run in now is known by name only: what the shoe is, plainly.
fn against_words(shoe: &Shoe, want: Want, notes: &mut impl Notes) -> f64 {
    let answers = match want {
        Want::Same => return 1.0,
        Want::Softer => {
            shoe.foam == Some(Foam::Soft)
                || (shoe.foam.is_none() && shoe.cushioning >= Cushioning::High)
        }
        Want::Firmer => {
            shoe.foam == Some(Foam::Firm)
                || (shoe.foam.is_none() && shoe.cushioning <= Cushioning::Moderate)
        }
        Want::Lighter => shoe.weight_g < 230.0,
        Want::MoreSupport => shoe.support != Support::Neutral,
        Want::LessSupport => shoe.support == Support::Neutral,
        Want::MoreRoom => shoe.toe_box == Some(ToeBox::Roomy),
    };
    if answers {
        notes.good(|| Say::new("runs-in-answers").word("want", want.message()));
        1.0
    } else {
        notes.caution(|| Say::new("runs-in-may-not").word("want", want.message()));
        0.8
    }
}

/// A drop or a heel stack far from the pair run in now: a change to get used to. The drop
/// is judged here only when the runner did not give `current_drop_mm` themselves.
fn transition(shoe: &Shoe, known: &Shoe, context: &Context, notes: &mut impl Notes) -> f64 {
    let mut fit: f64 = 1.0;
    if context.profile.current_drop_mm.is_none()
        && let (Some(drop), Some(now)) = (shoe.drop_mm, known.drop_mm)
        && (drop - now).abs() > DROP_MM
    {
        notes.caution(|| {
            Say::new("runs-in-drop-transition")
                .text("drop", number(drop))
                .text("now", number(now))
                .text("shoe", known.model.as_str())
        });
        fit = fit.min((0.75 - 0.02 * ((drop - now).abs() - DROP_MM)).max(0.5));
    }
    if let (Some(stack), Some(now)) = (shoe.stack_heel_mm, known.stack_heel_mm)
        && (stack - now).abs() > STACK_MM
    {
        notes.caution(|| {
            Say::new("runs-in-stack-transition")
                .text("stack", number(stack))
                .text("now", number(now))
                .text("shoe", known.model.as_str())
        });
        fit = fit.min(0.85);
    }
    fit
}
