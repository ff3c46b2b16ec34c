//! The optional inputs: foot strike, knee pain, orthotics, experience, budget and shoe size.
//! Each counts only when the runner gave it. Orthotics and size are hard requirements.

use super::kind::{Build, build};
use super::pronation::capitalised;
use super::{Context, Fit, Notes};
use crate::catalogue::{Cushioning, Flexibility, HeelCounter, Shoe, Support};
use crate::profile::{Experience, FootStrike, Pronation};
use crate::units::number;

/// Heel strikers need reinforced heel cushioning (the article's "technique of the runner")
/// and usually a higher drop; forefoot strikers a lower drop and a flexible forefoot.
pub(super) fn foot_strike(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(strike) = context.profile.foot_strike else {
        return Fit::Score(1.0);
    };
    let fit = match strike {
        FootStrike::Heel => {
            let cushioning = match shoe.cushioning {
                Cushioning::High | Cushioning::Max => {
                    notes.good(|| {
                        format!(
                            "You land on your heel: {} heel cushioning absorbs the blow.",
                            shoe.cushioning.words()
                        )
                    });
                    1.0
                }
                Cushioning::Moderate => {
                    notes.caution(|| "You land on your heel: moderate cushioning softens it, more would be kinder to your knees.".to_string());
                    0.8
                }
                Cushioning::Light | Cushioning::Minimal => {
                    notes.poor(|| format!("You land on your heel: {} cushioning leaves the heel blow unabsorbed, straight to the knee.", shoe.cushioning.words()));
                    0.4
                }
            };
            let drop = match shoe.drop_mm {
                Some(drop) if drop >= 8.0 => {
                    notes.good(|| {
                        format!("{} mm heel-to-toe drop suits a heel strike.", number(drop))
                    });
                    1.0
                }
                Some(drop) if drop <= 4.0 => {
                    notes.caution(|| format!("Low {} mm drop loads calves and Achilles of a heel striker; change over gradually.", number(drop)));
                    0.75
                }
                _ => 0.9,
            };
            let counter = match shoe.heel_counter {
                HeelCounter::Rigid | HeelCounter::Moderate => 1.0,
                HeelCounter::Flexible => {
                    notes.caution(|| "Soft heel counter: little hold where you land.".to_string());
                    0.8
                }
            };
            0.6 * cushioning + 0.25 * drop + 0.15 * counter
        }
        FootStrike::Midfoot => match shoe.drop_mm {
            Some(drop) if (4.0..=10.0).contains(&drop) => {
                notes.good(|| {
                    format!(
                        "You land on your midfoot: a {} mm drop suits it.",
                        number(drop)
                    )
                });
                1.0
            }
            Some(drop) => {
                notes.caution(|| format!("You land on your midfoot: a {} mm drop works, though 4 to 10 mm suits best.", number(drop)));
                0.85
            }
            None => {
                notes.good(|| {
                    "You land on your midfoot: most shoes suit a midfoot strike.".to_string()
                });
                0.95
            }
        },
        FootStrike::Forefoot => {
            let drop = match shoe.drop_mm {
                Some(drop) if drop <= 6.0 => {
                    notes.good(|| {
                        format!(
                            "You land on your forefoot: the low {} mm drop lets you.",
                            number(drop)
                        )
                    });
                    1.0
                }
                Some(drop) if drop >= 10.0 => {
                    notes.caution(|| format!("You land on your forefoot: a high {} mm drop puts a thick heel where you do not land.", number(drop)));
                    0.7
                }
                Some(drop) => {
                    notes.good(|| {
                        format!(
                            "You land on your forefoot: a {} mm drop is fine.",
                            number(drop)
                        )
                    });
                    0.9
                }
                None => {
                    notes.caution(|| "You land on your forefoot: the drop is not listed; a low drop suits you best.".to_string());
                    0.85
                }
            };
            let flex = match shoe.flexibility {
                Some(Flexibility::Flexible) => 1.0,
                Some(Flexibility::Stiff) => 0.85,
                _ => 0.95,
            };
            0.75 * drop + 0.25 * flex
        }
    };
    Fit::Score(fit)
}

/// Knee pain: more cushioning, stability if overpronating, and a doctor for anything that
/// looks like an injury. A shoe removes a cause; it does not treat one.
pub(super) fn knee_pain(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(pain) = context.profile.knee_pain else {
        return Fit::Score(1.0);
    };
    if !pain {
        notes.good(|| "No knee pain reported.".to_string());
        return Fit::Score(1.0);
    }
    // The doctor's advice goes with the shoe's own verdict: it is no verdict on the shoe.
    let cushioning = match shoe.cushioning {
        Cushioning::High | Cushioning::Max => {
            notes.good(|| {
                format!(
                    "Knee pain: {} cushioning takes load off the knee. {SEE_A_DOCTOR}",
                    shoe.cushioning.words()
                )
            });
            1.0
        }
        Cushioning::Moderate => {
            notes.caution(|| {
                format!("Knee pain: moderate cushioning; high or max would spare the knee more. {SEE_A_DOCTOR}")
            });
            0.7
        }
        Cushioning::Light | Cushioning::Minimal => {
            notes.poor(|| {
                format!(
                    "Knee pain: {} cushioning passes the impact to the knee. {SEE_A_DOCTOR}",
                    shoe.cushioning.words()
                )
            });
            0.3
        }
    };
    let stability = if context.profile.pronation == Pronation::Over {
        if shoe.support == Support::Neutral {
            notes.poor(|| "Knee pain with overpronation: the inward roll twists the knee, and a neutral shoe does not check it.".to_string());
            0.5
        } else {
            notes.good(|| {
                "Knee pain with overpronation: the support keeps the knee from twisting inward."
                    .to_string()
            });
            1.0
        }
    } else {
        1.0
    };
    Fit::Score(0.7 * cushioning + 0.3 * stability)
}

/// Said with every shoe's knee reason: a shoe removes a cause, it does not treat an injury.
const SEE_A_DOCTOR: &str = "See a doctor, not a shoe shop, if the knee is swollen, red, locks, gives way, or the pain is sharp or comes with numbness; warm up before every run.";

/// Custom orthotics need a removable insole: a hard requirement.
pub(super) fn orthotics(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    match context.profile.orthotics {
        Some(true) if shoe.removable_insole => {
            notes.good(|| "Removable insole: your orthotics go in its place.".to_string());
            Fit::Score(1.0)
        }
        Some(true) => {
            notes.poor(|| "The insole is fixed: your orthotics will not fit in.".to_string());
            Fit::Excluded
        }
        _ => {
            notes.good(|| "No orthotics: the insole does not matter.".to_string());
            Fit::Score(1.0)
        }
    }
}

/// Beginners: forgiving, cushioned daily trainers. Competitive runners: light, responsive
/// shoes. Whether a racer or a barefoot shoe is an everyday pair is the purpose's call; here
/// only what experience adds to it.
pub(super) fn experience(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(experience) = context.profile.experience else {
        return Fit::Score(1.0);
    };
    let build = build(shoe);
    let racer = matches!(build, Build::Racer { .. });
    let fit = match experience {
        Experience::Beginner => {
            let cushioning = match shoe.cushioning {
                level @ (Cushioning::Moderate | Cushioning::High | Cushioning::Max)
                    if level >= context.cushioning_need =>
                {
                    notes.good(|| {
                        format!(
                            "For a beginner: {} cushioning is forgiving while legs adapt.",
                            shoe.cushioning.words()
                        )
                    });
                    1.0
                }
                Cushioning::Moderate | Cushioning::High | Cushioning::Max => {
                    notes.caution(|| {
                        format!(
                            "For a beginner: {} cushioning; with what else you told us, more would be kinder while legs adapt.",
                            shoe.cushioning.words()
                        )
                    });
                    0.8
                }
                Cushioning::Light => {
                    notes.caution(|| "For a beginner: light cushioning asks more of legs that are still adapting.".to_string());
                    0.6
                }
                Cushioning::Minimal => {
                    notes.poor(|| "For a beginner: minimal cushioning leaves legs that are still adapting unprotected.".to_string());
                    0.3
                }
            };
            let light = if shoe.weight_g < 200.0 && !racer {
                notes.caution(|| "A very light shoe gives a beginner little support.".to_string());
                0.7
            } else {
                1.0
            };
            0.6 * cushioning + 0.4 * light
        }
        Experience::Regular => match build {
            Build::Barefoot => {
                notes.caution(|| "Minimal shoe: fine once your feet are used to it.".to_string());
                0.8
            }
            Build::Racer { .. } => {
                notes.caution(|| "As a regular runner, keep a racing shoe for races and fast sessions, with a daily trainer beside it.".to_string());
                0.8
            }
            Build::Tempo | Build::Trainer => {
                notes.good(|| "Suits a regular runner's training.".to_string());
                1.0
            }
        },
        Experience::Competitive => {
            if racer && context.profile.weight_kg >= super::HEAVY_KG {
                // What the pair is for says why; here only that speed is not the whole story.
                notes.caution(|| {
                    "Fast, but at your weight a racing shoe is for race day alone.".to_string()
                });
                0.7
            } else if racer {
                notes.good(|| {
                    format!(
                        "Light ({} g) and fast: built for racing.",
                        shoe.weight_g.round()
                    )
                });
                1.0
            } else if shoe.weight_g <= 250.0 {
                notes.good(|| {
                    format!(
                        "Light ({} g): responsive for fast training.",
                        shoe.weight_g.round()
                    )
                });
                0.95
            } else if shoe.weight_g <= 300.0 {
                notes.good(|| {
                    "A daily trainer for the easy miles between fast sessions.".to_string()
                });
                0.85
            } else {
                notes.caution(|| format!("Heavy ({} g) for fast running.", shoe.weight_g.round()));
                0.65
            }
        }
    };
    Fit::Score(fit)
}

/// Budget: within it is good; a little over is a caution; far over is poor. Not a hard
/// requirement: a runner may stretch for the right shoe.
pub(super) fn budget(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(budget) = context.profile.budget else {
        return Fit::Score(1.0);
    };
    let currency = context.currency_of(shoe);
    let money = |amount: f64| match currency {
        Some(code) => format!("{} {code}", money_number(amount)),
        None => money_number(amount),
    };
    let Some(price) = shoe.price else {
        notes.caution(|| {
            format!(
                "Price not listed: ask before you try it on (your budget is {}).",
                money(budget)
            )
        });
        return Fit::Score(0.7);
    };
    if price <= budget {
        notes.good(|| {
            format!(
                "{}, within your budget of {}.",
                capitalised(&money(price)),
                money(budget)
            )
        });
        return Fit::Score(1.0);
    }
    let over = if budget > 0.0 {
        (price - budget) / budget
    } else {
        1.0
    };
    let fit = (1.0 - 2.0 * over).clamp(0.0, 0.75);
    notes.by_fit(
        fit,
        String::new,
        || {
            format!(
                "{}, a little over your budget of {}.",
                money(price),
                money(budget)
            )
        },
        || {
            format!(
                "{}, well over your budget of {}.",
                money(price),
                money(budget)
            )
        },
    );
    Fit::Score(fit)
}

fn money_number(amount: f64) -> String {
    if amount.fract() == 0.0 {
        number(amount)
    } else {
        format!("{amount:.2}")
    }
}

/// Shoe size: a shoe not stocked in the runner's size is left out. A shoe whose stocked
/// sizes are not listed stays in, with a caution.
pub(super) fn size(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(size) = context.profile.size_eu else {
        return Fit::Score(1.0);
    };
    match shoe.sizes_eu {
        Some((smallest, largest)) if (smallest..=largest).contains(&size) => {
            notes.good(|| {
                format!(
                    "Stocked in your size, EU {} (EU {} to {}).",
                    number(size),
                    number(smallest),
                    number(largest)
                )
            });
            Fit::Score(1.0)
        }
        Some((smallest, largest)) => {
            notes.poor(|| {
                format!(
                    "Not stocked in your size, EU {}: only EU {} to {}.",
                    number(size),
                    number(smallest),
                    number(largest)
                )
            });
            Fit::Excluded
        }
        None => {
            notes.caution(|| {
                format!(
                    "Stocked sizes not listed: ask whether EU {} is in stock.",
                    number(size)
                )
            });
            Fit::Score(0.8)
        }
    }
}
