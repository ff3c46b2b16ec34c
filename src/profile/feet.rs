//! The runner's measured feet and the shoes they run in now: what a fitter asks first.

use crate::catalogue::{Width, file_enum};
use crate::units::{ShoeSize, number};
use crate::words::Say;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Foot lengths a profile may give, heel to longest toe, in mm.
pub const FOOT_MM: (f64, f64) = (150.0, 350.0);
/// Foot widths, across the ball of the foot, in mm.
pub const FOOT_WIDTH_MM: (f64, f64) = (60.0, 140.0);
/// Distance on the shoes run in now, in km.
pub const RUNS_IN_KM: (f64, f64) = (0.0, 5000.0);
/// From this distance most trainers are worn: their foam and grip are going.
pub const WORN_KM: f64 = 500.0;
/// Feet further apart than half a US or UK size (1/6 inch) are told: fit the longer one.
pub const FEET_APART_MM: f64 = 25.4 / 6.0;

/// Both feet, measured standing: heel to longest toe, and across the ball when measured.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Feet", deny_unknown_fields)]
pub struct Feet {
    /// The left foot's length, in mm.
    pub left_mm: f64,
    /// The right foot's length, in mm.
    pub right_mm: f64,
    /// The left foot's width across the ball, in mm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_width_mm: Option<f64>,
    /// The right foot's width across the ball, in mm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_width_mm: Option<f64>,
}

impl Feet {
    /// The longer foot's length: the one a shoe is fitted to.
    pub fn longer_mm(&self) -> f64 {
        self.left_mm.max(self.right_mm)
    }

    /// How far apart the two lengths are, in mm.
    pub fn apart_mm(&self) -> f64 {
        (self.left_mm - self.right_mm).abs()
    }

    /// Whether the feet are more than half a size apart.
    pub fn far_apart(&self) -> bool {
        self.apart_mm() > FEET_APART_MM
    }

    /// The wider foot's width, when measured.
    pub fn wider_mm(&self) -> Option<f64> {
        match (self.left_width_mm, self.right_width_mm) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }

    /// The width the measured feet suggest, by the width across the ball against the
    /// length: about 36 to 39 % is a standard (D) foot; under 35 % narrow, from 40 % wide,
    /// from 42.5 % extra wide. A suggestion: the runner's own choice stays the input.
    pub fn suggested_width(&self) -> Option<Width> {
        let ratio = self.wider_mm()? / self.longer_mm();
        Some(if ratio < 0.35 {
            Width::Narrow
        } else if ratio < 0.40 {
            Width::Standard
        } else if ratio < 0.425 {
            Width::Wide
        } else {
            Width::ExtraWide
        })
    }

    /// Problems with the values, each with its field.
    pub fn problems(&self) -> Vec<(&'static str, Say)> {
        let mut found = Vec::new();
        for (field, value) in [("left_mm", self.left_mm), ("right_mm", self.right_mm)] {
            if !(FOOT_MM.0..=FOOT_MM.1).contains(&value) {
                found.push((field, out_of_range(field, value, FOOT_MM)));
            }
        }
        for (field, value) in [
            ("left_width_mm", self.left_width_mm),
            ("right_width_mm", self.right_width_mm),
        ] {
            if let Some(value) = value
                && !(FOOT_WIDTH_MM.0..=FOOT_WIDTH_MM.1).contains(&value)
            {
                found.push((field, out_of_range(field, value, FOOT_WIDTH_MM)));
            }
        }
        found
    }
}

fn out_of_range(field: &'static str, value: f64, range: (f64, f64)) -> Say {
    crate::catalogue::validate::out_of_range(field, value, range, "unit-mm")
}

file_enum!(
    /// How the shoes run in now fit.
    RunsInFit {
        Good => "fits well",
        TooShort => "too short",
        TooLong => "too long",
        TooNarrow => "too narrow",
        TooWide => "too wide",
        HeelSlips => "the heel slips",
    }
);

file_enum!(
    /// What the runner wants changed from the shoes run in now.
    Want {
        Same => "the same again",
        Softer => "softer",
        Firmer => "firmer",
        Lighter => "lighter",
        MoreSupport => "more support",
        LessSupport => "less support",
        MoreRoom => "more room",
    }
);

/// The shoes the runner runs in now: which, in what size, how they fit, what should change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "RunsIn", deny_unknown_fields)]
pub struct RunsIn {
    /// The shoe's id in the catalogue, when it is there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shoe: Option<String>,
    /// The shoe's name, when it is not in the catalogue: "Brooks Ghost 15".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The size worn, in the system on its label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<ShoeSize>,
    /// How they fit; nothing said when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fit: Vec<RunsInFit>,
    /// What the runner wants changed; nothing said when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wants: Vec<Want>,
    /// How far they have been run, in km.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub km: Option<f64>,
}

impl RunsIn {
    /// The pair as the runner named it: its name, else its catalogue id.
    pub fn name(&self) -> &str {
        self.model
            .as_deref()
            .or(self.shoe.as_deref())
            .unwrap_or_default()
    }

    /// Whether they fit well: said to, and nothing said against.
    pub fn fits_well(&self) -> bool {
        self.fit.contains(&RunsInFit::Good) && self.fit.len() == 1
    }

    /// How many half sizes longer the right size is than the one worn: +1 when too short,
    /// -1 when too long, 0 otherwise.
    pub fn length_change(&self) -> i32 {
        i32::from(self.fit.contains(&RunsInFit::TooShort))
            - i32::from(self.fit.contains(&RunsInFit::TooLong))
    }

    /// Whether they have run far enough to be worn.
    pub fn worn(&self) -> bool {
        self.km.is_some_and(|km| km >= WORN_KM)
    }

    /// Problems with the values, each with its field.
    pub fn problems(&self) -> Vec<(&'static str, Say)> {
        let mut found = Vec::new();
        match (&self.shoe, &self.model) {
            (Some(_), Some(_)) => found.push(("model", Say::new("profile-runs-in-both"))),
            (None, None) => found.push(("size", Say::new("profile-runs-in-neither"))),
            (Some(id), None) if id.trim().is_empty() => {
                found.push(("shoe", Say::new("profile-runs-in-neither")))
            }
            (None, Some(name)) if name.trim().is_empty() => {
                found.push(("model", Say::new("profile-runs-in-neither")))
            }
            _ => {}
        }
        if let Some(said) = self.size.and_then(size_problem) {
            found.push(("size", said));
        }
        if self.fit.contains(&RunsInFit::TooShort) && self.fit.contains(&RunsInFit::TooLong) {
            found.push(("fit", Say::new("profile-runs-in-short-and-long")));
        }
        if let Some(km) = self.km
            && !(RUNS_IN_KM.0..=RUNS_IN_KM.1).contains(&km)
        {
            found.push((
                "km",
                crate::catalogue::validate::out_of_range("km", km, RUNS_IN_KM, "unit-km"),
            ));
        }
        found
    }
}

/// A recorded size is one a chart could hold.
pub fn size_problem(size: ShoeSize) -> Option<Say> {
    (!size.is_plausible()).then(|| {
        let (low, high) = size.system().range();
        Say::new("profile-size-out-of-range")
            .word("system", size.system().message())
            .text("size", number(size.value()))
            .text("low", number(low))
            .text("high", number(high))
    })
}

/// A size as people write it: "EU 44", "US 10.5".
pub fn size_said(size: ShoeSize) -> Say {
    Say::new("size-in-system")
        .word("system", size.system().message())
        .text("size", number(size.value()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longer_foot_and_the_gap_between_them() {
        let feet = Feet {
            left_mm: 268.0,
            right_mm: 273.0,
            left_width_mm: None,
            right_width_mm: Some(104.0),
        };
        assert_eq!(feet.longer_mm(), 273.0);
        assert!(feet.far_apart(), "5 mm is more than half a size");
        let close = Feet {
            right_mm: 271.0,
            ..feet
        };
        assert!(!close.far_apart(), "3 mm is less");
        // 104 / 273 = 38 %: a standard foot; 115 / 273 = 42 %: wide.
        assert_eq!(feet.suggested_width(), Some(Width::Standard));
        let wide = Feet {
            right_width_mm: Some(115.0),
            ..feet
        };
        assert_eq!(wide.suggested_width(), Some(Width::Wide));
    }

    #[test]
    fn a_shoe_run_in_needs_an_id_or_a_name_and_a_size_a_chart_holds() {
        let runs_in = RunsIn {
            shoe: None,
            model: None,
            size: Some(ShoeSize::Eu(90.0)),
            fit: vec![RunsInFit::TooShort, RunsInFit::TooLong],
            wants: Vec::new(),
            km: Some(-1.0),
        };
        let fields: Vec<&str> = runs_in.problems().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["size", "size", "fit", "km"]);
    }
}
