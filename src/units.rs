//! Units a runner may think in: body weight in kilograms or pounds, shoe size in EU, UK or
//! US (men's or women's) sizes. Profiles always store kilograms and EU sizes.

use serde::{Deserialize, Serialize};

/// Kilograms in one pound, exactly (the international pound).
pub const KG_PER_LB: f64 = 0.453_592_37;

/// The unit the runner gives a body weight in; only what is shown and typed changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum WeightUnit {
    /// Kilograms, what profiles store.
    #[default]
    Kg,
    /// Pounds.
    Lb,
}

impl WeightUnit {
    /// Both units, in the order offered.
    pub const ALL: [WeightUnit; 2] = [WeightUnit::Kg, WeightUnit::Lb];

    /// A weight in kilograms, shown in this unit.
    pub fn from_kg(self, kg: f64) -> f64 {
        match self {
            WeightUnit::Kg => kg,
            WeightUnit::Lb => kg / KG_PER_LB,
        }
    }

    /// A weight in this unit, in kilograms.
    pub fn to_kg(self, value: f64) -> f64 {
        match self {
            WeightUnit::Kg => value,
            WeightUnit::Lb => value * KG_PER_LB,
        }
    }
}

/// Shoe size systems. The conversions are the usual running-shop chart (EU = (UK + 23.5) x 4/3,
/// US men's = UK + 1, US women's = UK + 2); brands differ by up to half a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SizeSystem {
    /// Continental European sizes, what profiles and catalogues store.
    #[default]
    Eu,
    /// British sizes.
    Uk,
    /// American men's sizes, one above British.
    UsMen,
    /// American women's sizes, two above British.
    UsWomen,
}

impl SizeSystem {
    /// Every system, in the order offered.
    pub const ALL: [SizeSystem; 4] = [
        SizeSystem::Eu,
        SizeSystem::Uk,
        SizeSystem::UsMen,
        SizeSystem::UsWomen,
    ];

    /// An EU size in this system, to the nearest half size.
    pub fn from_eu(self, eu: f64) -> f64 {
        let uk = eu * 3.0 / 4.0 - 23.5;
        let size = match self {
            SizeSystem::Eu => return eu,
            SizeSystem::Uk => uk,
            SizeSystem::UsMen => uk + 1.0,
            SizeSystem::UsWomen => uk + 2.0,
        };
        (size * 2.0).round() / 2.0
    }

    /// A size in this system, as an EU size to the nearest half size.
    pub fn to_eu(self, size: f64) -> f64 {
        let uk = match self {
            SizeSystem::Eu => return size,
            SizeSystem::Uk => size,
            SizeSystem::UsMen => size - 1.0,
            SizeSystem::UsWomen => size - 2.0,
        };
        ((uk + 23.5) * 4.0 / 3.0 * 2.0).round() / 2.0
    }
}

/// A shoe size as a runner or a box says it, in its own system: `Eu(44.0)`, `UsMen(10.0)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum ShoeSize {
    /// A continental European size.
    Eu(f64),
    /// A British size.
    Uk(f64),
    /// An American men's size.
    UsMen(f64),
    /// An American women's size.
    UsWomen(f64),
}

impl ShoeSize {
    /// The size in `system`.
    pub fn new(system: SizeSystem, value: f64) -> ShoeSize {
        match system {
            SizeSystem::Eu => ShoeSize::Eu(value),
            SizeSystem::Uk => ShoeSize::Uk(value),
            SizeSystem::UsMen => ShoeSize::UsMen(value),
            SizeSystem::UsWomen => ShoeSize::UsWomen(value),
        }
    }

    /// The system it is said in.
    pub fn system(self) -> SizeSystem {
        match self {
            ShoeSize::Eu(_) => SizeSystem::Eu,
            ShoeSize::Uk(_) => SizeSystem::Uk,
            ShoeSize::UsMen(_) => SizeSystem::UsMen,
            ShoeSize::UsWomen(_) => SizeSystem::UsWomen,
        }
    }

    /// The number, in its system.
    pub fn value(self) -> f64 {
        match self {
            ShoeSize::Eu(v) | ShoeSize::Uk(v) | ShoeSize::UsMen(v) | ShoeSize::UsWomen(v) => v,
        }
    }

    /// Whether a chart could hold it: a finite number within its system's
    /// [`SizeSystem::range`].
    pub fn is_plausible(self) -> bool {
        let value = self.value();
        let (low, high) = self.system().range();
        value.is_finite() && (low..=high).contains(&value)
    }
}

impl SizeSystem {
    /// The sizes a file may give in this system, inclusive: EU 15 to 60 and what the
    /// usual chart makes of it elsewhere (children's and the largest adults' sizes
    /// included).
    pub fn range(self) -> (f64, f64) {
        match self {
            SizeSystem::Eu => (15.0, 60.0),
            SizeSystem::Uk => (0.0, 26.0),
            SizeSystem::UsMen => (0.0, 27.0),
            SizeSystem::UsWomen => (0.0, 28.0),
        }
    }

    /// The id of the system's short name in the message files ("EU", "US men's").
    pub fn message(self) -> &'static str {
        match self {
            SizeSystem::Eu => "size-system-eu",
            SizeSystem::Uk => "size-system-uk",
            SizeSystem::UsMen => "size-system-us-men",
            SizeSystem::UsWomen => "size-system-us-women",
        }
    }
}

/// An amount of money as a shop writes it: whole amounts bare (`140`), others with two
/// decimals (`119.90`).
pub fn money(amount: f64) -> String {
    if amount.fract() == 0.0 {
        number(amount)
    } else {
        format!("{amount:.2}")
    }
}

/// A number as a person would write it: `265`, `8.5`.
pub fn number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else if value.is_finite() && value != 0.0 && !(1e-6..1e15).contains(&value.abs()) {
        // `1e308`, not its 309 digits.
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// A weight as written in explanations: `92 kg`, `72.5 kg`.
pub fn kg_text(value: f64) -> String {
    format!("{} kg", number((value * 10.0).round() / 10.0))
}

/// A slug made from any text, to suggest in place of an invalid id.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "my-shoe".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_and_kilograms_convert_both_ways() {
        assert!((WeightUnit::Lb.from_kg(100.0) - 220.462).abs() < 0.001);
        assert!((WeightUnit::Lb.to_kg(WeightUnit::Lb.from_kg(72.5)) - 72.5).abs() < 1e-9);
        assert_eq!(WeightUnit::Kg.from_kg(80.0), 80.0);
    }

    #[test]
    fn shoe_sizes_follow_the_shop_chart() {
        assert_eq!(SizeSystem::Uk.to_eu(8.0), 42.0);
        assert_eq!(SizeSystem::Uk.from_eu(42.0), 8.0);
        assert_eq!(SizeSystem::UsMen.from_eu(42.0), 9.0);
        assert_eq!(SizeSystem::UsWomen.to_eu(8.0), 39.5);
        for eu in [36.0, 38.5, 42.0, 45.5, 48.0] {
            for system in SizeSystem::ALL {
                let back = system.to_eu(system.from_eu(eu));
                assert!((back - eu).abs() <= 0.5, "{system:?} {eu} -> {back}");
            }
        }
    }
}
