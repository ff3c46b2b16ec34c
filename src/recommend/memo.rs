//! The rules that look only at a few of a shoe's choices (its upper, its support, its
//! cushioning), worked out once per runner for every combination of those choices, by
//! running the rules themselves: ranking then looks each shoe's answer up instead of
//! running the rule again. A catalogue mixes the choices in every order, and a rule that
//! branches on each of them cost more than the lookup by far. Explaining still runs the
//! rules, for their words.

use super::{Context, Factor, Fit, Judge, Notes, Verdict, Verdicts, optional, pronation, season};
use crate::catalogue::{
    Breathability, Cushioning, Flexibility, HeelCounter, Outsole, Shoe, Support, WaterResistance,
};
use crate::words::Say;

/// A rule's answer for one combination: its fit, and the worst verdict of its reasons.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Answer {
    fit: f64,
    verdict: Verdict,
}

/// Each memorised rule's answers, by [`season_key`], [`pronation_key`] and [`knee_key`].
pub(crate) struct Memo {
    season: Vec<Answer>,
    pronation: Vec<Answer>,
    knee_pain: Vec<Answer>,
}

/// Which of a shoe's choices the season's rule looks at: breathability, water resistance and
/// outsole.
#[inline(always)]
fn season_key(shoe: &Shoe) -> usize {
    (shoe.breathability as usize * WaterResistance::ALL.len() + shoe.water_resistance as usize)
        * Outsole::ALL.len()
        + shoe.outsole as usize
}

/// ... the gait's: support, heel counter, insole, cushioning and flexibility (or none said).
#[inline(always)]
fn pronation_key(shoe: &Shoe) -> usize {
    let flexibility = shoe.flexibility.map_or(0, |f| f as usize + 1);
    (((shoe.support as usize * HeelCounter::ALL.len() + shoe.heel_counter as usize) * 2
        + usize::from(shoe.removable_insole))
        * Cushioning::ALL.len()
        + shoe.cushioning as usize)
        * (Flexibility::ALL.len() + 1)
        + flexibility
}

/// ... knee pain's: cushioning and support.
#[inline(always)]
fn knee_key(shoe: &Shoe) -> usize {
    shoe.cushioning as usize * Support::ALL.len() + shoe.support as usize
}

/// From this many shoes, working the answers out first costs less than running the rules
/// for every shoe.
const WORTH_IT_FROM: usize = 256;

impl Memo {
    /// The answers for ranking `shoes` shoes, when there are enough of them to be worth it.
    pub(crate) fn for_catalogue(context: &Context, shoes: usize) -> Option<Memo> {
        (shoes >= WORTH_IT_FROM).then(|| Memo::new(context))
    }

    /// Every answer of the memorised rules for the runner of `context`: a few hundred runs of
    /// the rules, on one shoe whose choices are changed in turn.
    pub(crate) fn new(context: &Context) -> Memo {
        let mut shoe = Shoe::plain();
        let mut season = Vec::with_capacity(36);
        for &breathability in Breathability::ALL {
            for &water_resistance in WaterResistance::ALL {
                for &outsole in Outsole::ALL {
                    (shoe.breathability, shoe.water_resistance, shoe.outsole) =
                        (breathability, water_resistance, outsole);
                    debug_assert_eq!(season_key(&shoe), season.len());
                    season.push(answer(&shoe, context, season::assess));
                }
            }
        }
        let mut shoe = Shoe::plain();
        let mut pronation = Vec::with_capacity(360);
        let flexibilities = [
            None,
            Some(Flexibility::Stiff),
            Some(Flexibility::Moderate),
            Some(Flexibility::Flexible),
        ];
        for &support in Support::ALL {
            for &heel_counter in HeelCounter::ALL {
                for removable_insole in [false, true] {
                    for &cushioning in Cushioning::ALL {
                        for flexibility in flexibilities {
                            shoe.support = support;
                            shoe.heel_counter = heel_counter;
                            shoe.removable_insole = removable_insole;
                            shoe.cushioning = cushioning;
                            shoe.flexibility = flexibility;
                            debug_assert_eq!(pronation_key(&shoe), pronation.len());
                            pronation.push(answer(&shoe, context, pronation::assess));
                        }
                    }
                }
            }
        }
        let mut shoe = Shoe::plain();
        let mut knee_pain = Vec::with_capacity(15);
        for &cushioning in Cushioning::ALL {
            for &support in Support::ALL {
                (shoe.cushioning, shoe.support) = (cushioning, support);
                debug_assert_eq!(knee_key(&shoe), knee_pain.len());
                knee_pain.push(answer(&shoe, context, optional::knee_pain));
            }
        }
        Memo {
            season,
            pronation,
            knee_pain,
        }
    }

    #[inline(always)]
    pub(crate) fn season(&self, shoe: &Shoe, notes: &mut impl Notes) -> Fit {
        self.season[season_key(shoe)].give(notes)
    }

    #[inline(always)]
    pub(crate) fn pronation(&self, shoe: &Shoe, notes: &mut impl Notes) -> Fit {
        self.pronation[pronation_key(shoe)].give(notes)
    }

    #[inline(always)]
    pub(crate) fn knee_pain(&self, shoe: &Shoe, notes: &mut impl Notes) -> Fit {
        self.knee_pain[knee_key(shoe)].give(notes)
    }
}

impl Answer {
    #[inline(always)]
    fn give(self, notes: &mut impl Notes) -> Fit {
        notes.say(self.verdict, || Say::new(""));
        Fit::Score(self.fit)
    }
}

/// Runs `rule` on `shoe` and keeps its fit and its worst verdict.
fn answer(shoe: &Shoe, context: &Context, rule: fn(&Shoe, &Context, &mut Judge) -> Fit) -> Answer {
    let mut judge = Judge {
        factor: Factor::FootWidth,
        verdicts: Verdicts::default(),
    };
    let fit = match rule(shoe, context, &mut judge) {
        Fit::Score(fit) => fit,
        // None of these rules leaves a shoe out.
        Fit::Excluded => 0.0,
    };
    Answer {
        fit,
        verdict: judge.verdicts.of(Factor::FootWidth),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::generate::generate;
    use crate::catalogue::{Catalogue, Surface};
    use crate::profile::{Profile, Pronation, Season};

    type Rule = fn(&Shoe, &Context, &mut Judge) -> Fit;
    type Memorised = fn(&Memo, &Shoe, &mut Judge) -> Fit;

    /// Each memorised answer is exactly what its rule says of the shoe, whatever the shoe's
    /// other fields: the keys name every choice the rules look at.
    #[test]
    fn memorised_answers_are_what_the_rules_say() {
        let catalogue: Catalogue = generate(3_000);
        let mut profiles = Vec::new();
        for &pronation in Pronation::ALL {
            for &season in Season::ALL {
                for &surface in Surface::ALL {
                    for (weight_kg, knee_pain) in
                        [(55.0, Some(true)), (80.0, None), (104.0, Some(true))]
                    {
                        profiles.push(Profile {
                            pronation,
                            season,
                            surface,
                            weight_kg,
                            knee_pain,
                            ..Profile::default()
                        });
                    }
                }
            }
        }
        let judged = |fit: Fit, judge: &Judge| (fit, judge.verdicts.of(Factor::FootWidth));
        let fresh = || Judge {
            factor: Factor::FootWidth,
            verdicts: Verdicts::default(),
        };
        for profile in &profiles {
            let context = Context::new(&catalogue, profile);
            let memo = Memo::new(&context);
            for shoe in &catalogue.shoes {
                let rules: [(Rule, Memorised); 3] = [
                    (season::assess, |m, s, n| m.season(s, n)),
                    (pronation::assess, |m, s, n| m.pronation(s, n)),
                    (optional::knee_pain, |m, s, n| m.knee_pain(s, n)),
                ];
                for (rule, memorised) in rules {
                    let (mut by_rule, mut by_memo) = (fresh(), fresh());
                    let expected = judged(rule(shoe, &context, &mut by_rule), &by_rule);
                    let looked_up = judged(memorised(&memo, shoe, &mut by_memo), &by_memo);
                    assert_eq!(looked_up, expected, "{} for {profile:?}", shoe.id);
                }
            }
        }
    }
}
