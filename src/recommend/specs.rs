//! A shoe as a fitter reads it off the box: its specification rows, what of it matters for
//! each input, and why one shoe ranks above another. Said as messages, for the shoe's
//! detail, the comparison and the report alike.

use super::what_if::separation;
use super::{Factor, Priorities, Recommendation};
use crate::catalogue::Shoe;
use crate::words::Say;

/// One row of a shoe's specifications: the id of its name ("Heel stack") and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The id of the row's name.
    pub name: &'static str,
    /// The value, to say.
    pub value: Say,
}

/// A price as a shop writes it: two decimals, and the currency when there is one.
pub fn price(price: f64, currency: Option<&str>) -> Say {
    Say::new("spec-price-value")
        .text("price", format!("{price:.2}"))
        .text("currency", currency.unwrap_or_default())
}

/// The shoe's specifications, row by row, in the order a fitter reads them; rows the
/// catalogue leaves out are left out.
pub fn rows(shoe: &Shoe, currency: Option<&str>) -> Vec<Row> {
    let row = |name, value| Row { name, value };
    let word = |id: &'static str| Say::new("spec-word").word("word", id);
    let mm = |mm: f64| Say::new("spec-mm").num("mm", mm);
    let mut rows = vec![
        row("spec-support", word(shoe.support.message())),
        row("spec-cushioning", word(shoe.cushioning.message())),
    ];
    if let Some(stack) = shoe.stack_heel_mm {
        rows.push(row("spec-heel-stack", mm(stack)));
    }
    if let Some(drop) = shoe.drop_mm {
        rows.push(row("spec-drop", mm(drop)));
    }
    rows.extend([
        row(
            "spec-weight",
            Say::new("spec-grams").num("grams", shoe.weight_g),
        ),
        row("spec-heel-counter", word(shoe.heel_counter.message())),
        row(
            "spec-insole",
            Say::new(if shoe.removable_insole {
                "spec-insole-removable"
            } else {
                "spec-insole-fixed"
            }),
        ),
        row("spec-breathability", word(shoe.breathability.message())),
        row("spec-upper", word(shoe.water_resistance.message())),
        row("spec-outsole", word(shoe.outsole.message())),
    ]);
    if let Some(flex) = shoe.flexibility {
        rows.push(row("spec-flexibility", word(flex.message())));
    }
    rows.push(row("spec-widths", widths(shoe)));
    rows.push(row("spec-surfaces", surfaces(shoe)));
    if let Some((low, high)) = shoe.sizes_eu {
        rows.push(row("spec-sizes", sizes(low, high)));
    }
    if let Some(amount) = shoe.price {
        rows.push(row("spec-price", price(amount, currency)));
    }
    rows
}

/// What of the shoe matters for `factor`, in a few words: what a comparison shows in the
/// factor's row.
pub fn features(shoe: &Shoe, factor: Factor) -> Say {
    match factor {
        Factor::FootWidth => widths(shoe),
        Factor::Weight | Factor::KneePain => match shoe.stack_heel_mm {
            Some(mm) => Say::new("feature-cushioning-stack")
                .word("level", shoe.cushioning.message())
                .num("mm", mm),
            None => Say::new("feature-cushioning").word("level", shoe.cushioning.message()),
        },
        Factor::Pronation => Say::new("feature-support")
            .word("support", shoe.support.message())
            .word("counter", shoe.heel_counter.message()),
        Factor::Season => Say::new("feature-season")
            .word("breathability", shoe.breathability.message())
            .word("upper", shoe.water_resistance.message())
            .word("outsole", shoe.outsole.message()),
        Factor::Surface => Say::new("feature-surface")
            .says("surfaces", vec![surfaces(shoe)])
            .word("outsole", shoe.outsole.message()),
        Factor::Purpose => match shoe.drop_mm {
            Some(mm) => Say::new("feature-purpose-drop")
                .word("build", super::built_for(shoe))
                .num("mm", mm),
            None => Say::new("feature-purpose").word("build", super::built_for(shoe)),
        },
        Factor::FootStrike | Factor::AchillesPain | Factor::CurrentDrop => match shoe.drop_mm {
            Some(mm) => Say::new("feature-drop").num("mm", mm),
            None => Say::new("feature-drop-unlisted"),
        },
        Factor::WeeklyKm => Say::new("feature-mileage")
            .word("level", shoe.cushioning.message())
            .word("outsole", shoe.outsole.message()),
        Factor::PreferredFoam => match super::kind::foam(shoe) {
            Some(foam) => Say::new("feature-foam").word("foam", foam.message()),
            None => Say::new("feature-foam-unlisted"),
        },
        Factor::Orthotics => Say::new(if shoe.removable_insole {
            "feature-insole-removable"
        } else {
            "feature-insole-fixed"
        }),
        Factor::Experience => match shoe.flexibility {
            Some(flex) => Say::new("feature-weight-flexibility")
                .num("grams", shoe.weight_g)
                .word("flexibility", flex.message()),
            None => Say::new("feature-weight").num("grams", shoe.weight_g),
        },
        Factor::Budget => match shoe.price {
            Some(amount) => Say::new("feature-price").text("price", format!("{amount:.0}")),
            None => Say::new("feature-price-unlisted"),
        },
        Factor::RunsIn => Say::new("feature-weight").num("grams", shoe.weight_g),
        Factor::Fitting => Say::new("feature-fitting")
            .word("counter", shoe.heel_counter.message())
            .word("level", shoe.cushioning.message()),
        Factor::Size => match shoe.sizes_eu {
            Some((low, high)) => sizes(low, high),
            None => Say::new("feature-sizes-unlisted"),
        },
    }
}

/// Why `above` ranks above `below`: the inputs that put it there, at most `most`, each with
/// what it gains on them in the cards' own scale, percent of the match ("surface (+4%
/// match)"), never more than the cards' difference; leaving out those worth less than a
/// point unless nothing else separates them; empty when they tie.
pub fn why_above(
    above: &Recommendation,
    below: &Recommendation,
    priorities: &Priorities,
    most: usize,
) -> Vec<Say> {
    let mut shares: Vec<(Option<Factor>, f64)> = separation(above, below, priorities)
        .into_iter()
        .filter(|(_, share)| *share > 0.0)
        .map(|(factor, share)| (Some(factor), share))
        .collect();
    // What the shop's fittings show is one more reason, in its own words.
    let shop = above.shop_move - below.shop_move;
    if shop > 1e-9 {
        shares.push((None, shop));
        shares.sort_by(|x, y| y.1.total_cmp(&x.1));
    }
    // Points are the cards' own: percent of the match. No input is said to put a shoe
    // further ahead than the cards show it, though others pulled the other way.
    let shown = |r: &Recommendation| card_percent(r.score);
    let gap = (shown(above) - shown(below)).max(0.0);
    // The inputs worth a point or more; the largest alone when none is.
    let worth = shares.iter().filter(|(_, share)| *share >= 0.005).count();
    shares
        .into_iter()
        .take(most.min(worth.max(1)))
        .map(|(factor, share)| {
            let points = (share * 100.0).round().min(gap);
            let said = if points >= 1.0 {
                Say::new("why-factor-points").num("points", points)
            } else {
                Say::new("why-factor-under-a-point")
            };
            match factor {
                Some(factor) => said.word("factor", factor.message_lower()),
                None => said.word("factor", "why-shop"),
            }
        })
        .collect()
}

/// The percent a card shows for `score`, rounded as the card writes it ("72% match").
pub fn card_percent(score: f64) -> f64 {
    format!("{:.0}", score * 100.0).parse().unwrap_or(0.0)
}

fn widths(shoe: &Shoe) -> Say {
    Say::new("spec-list").words("list", shoe.widths.iter().map(|w| w.message()))
}

fn surfaces(shoe: &Shoe) -> Say {
    Say::new("spec-list").words("list", shoe.surfaces.iter().map(|s| s.short_message()))
}

fn sizes(low: f64, high: f64) -> Say {
    Say::new("spec-sizes-value")
        .num("low", low)
        .num("high", high)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    /// Every row and every factor's features say something in both languages, and the
    /// numbers in them are the shoe's.
    #[test]
    fn rows_and_features_are_worded_in_both_languages_with_the_shoes_figures() {
        let catalogue = crate::sample::catalogue().expect("the sample");
        let shoe = &catalogue.shoes[0];
        for lang in Lang::ALL {
            let words = lang.words();
            let rows = rows(shoe, Some("EUR"));
            let weight = rows
                .iter()
                .find(|row| row.name == "spec-weight")
                .map(|row| words.say(&row.value))
                .expect("a weight row");
            assert!(
                weight.contains(&crate::units::number(shoe.weight_g)),
                "{weight}"
            );
            for row in &rows {
                assert!(!words.get(row.name).is_empty());
                assert!(!words.say(&row.value).trim().is_empty(), "{}", row.name);
            }
            for factor in Factor::ALL {
                assert!(
                    !words.say(&features(shoe, factor)).trim().is_empty(),
                    "{factor:?}"
                );
            }
        }
    }
}
