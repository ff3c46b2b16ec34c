//! How much each input counts: the priorities, held to 0..=100, read from settings and
//! from the command line.

use super::*;

/// The weights a priority may have, inclusive: 0 leaves a factor out of the score, 100 makes
/// it all but the only one. Beyond that the scores lose their meaning (weights of `1e308`
/// overflow the sums).
pub const PRIORITY_RANGE: (f64, f64) = (0.0, 100.0);

/// How much each factor counts: 1 by default, 0 to leave it out of the score. Hard
/// requirements apply whatever their weight. Saved as a map from each factor's key to its
/// weight; the list of weights that older versions saved still reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Priorities(pub(super) [f64; COUNT]);

impl Default for Priorities {
    /// Every input counts once; how shoes felt on the feet counts twice, as a fitter would
    /// trust it over any spec.
    fn default() -> Self {
        let mut weights = [1.0; COUNT];
        weights[Factor::Fitting as usize] = 2.0;
        Priorities(weights)
    }
}

impl Serialize for Priorities {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(
            Factor::ALL
                .into_iter()
                .map(|factor| (factor.key(), self.get(factor))),
        )
    }
}

impl<'de> serde::Deserialize<'de> for Priorities {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The factors in the order older versions saved their weights as a list.
        const LISTED: [Factor; 12] = [
            Factor::FootWidth,
            Factor::Weight,
            Factor::Pronation,
            Factor::Season,
            Factor::Surface,
            Factor::FootStrike,
            Factor::KneePain,
            Factor::Orthotics,
            Factor::Experience,
            Factor::Budget,
            Factor::Size,
            Factor::Fitting,
        ];
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Saved {
            Keyed(std::collections::BTreeMap<String, f64>),
            Listed(Vec<f64>),
        }
        let mut priorities = Priorities::default();
        let pairs: Vec<(Factor, f64)> = match Saved::deserialize(deserializer)? {
            Saved::Keyed(map) => map
                .into_iter()
                .filter_map(|(key, weight)| Factor::from_key(&key).map(|f| (f, weight)))
                .collect(),
            Saved::Listed(weights) => LISTED.into_iter().zip(weights).collect(),
        };
        for (factor, weight) in pairs {
            priorities
                .set(factor, weight)
                .map_err(serde::de::Error::custom)?;
        }
        Ok(priorities)
    }
}

impl Priorities {
    /// How much `factor` counts: 0 or more, 1 unless changed.
    pub fn get(&self, factor: Factor) -> f64 {
        self.0[factor.index()]
    }

    /// Sets a weight; anything but a number in [`PRIORITY_RANGE`] is refused.
    pub fn set(&mut self, factor: Factor, weight: f64) -> Result<(), PriorityError> {
        if !(PRIORITY_RANGE.0..=PRIORITY_RANGE.1).contains(&weight) {
            return Err(PriorityError::Weight {
                factor: factor.key(),
                given: crate::units::number(weight),
            });
        }
        self.0[factor.index()] = weight;
        Ok(())
    }

    /// Whether every factor still counts 1.
    pub fn is_default(&self) -> bool {
        *self == Priorities::default()
    }

    /// Applies `FACTOR=WEIGHT`, as given on the command line.
    pub fn apply(&mut self, assignment: &str) -> Result<(), PriorityError> {
        let Some((key, weight)) = assignment.split_once('=') else {
            return Err(PriorityError::NotAnAssignment(assignment.to_string()));
        };
        let key = key.trim();
        let Some(factor) = Factor::from_key(key) else {
            return Err(PriorityError::UnknownFactor(key.to_string()));
        };
        let given = weight.trim();
        // The weight is said as typed, not as a number may print (`1e308`, not its digits).
        let refused = || PriorityError::Weight {
            factor: factor.key(),
            given: format!("`{given}`"),
        };
        let weight: f64 = given.parse().map_err(|_| refused())?;
        self.set(factor, weight).map_err(|_| refused())
    }

    /// The factors of `given` that count for the score: those weighed above 0.
    pub(super) fn counted(&self, given: FactorSet) -> FactorSet {
        given.iter().filter(|&f| self.get(f) > 0.0).collect()
    }
}

/// Why a priority was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriorityError {
    /// Not `FACTOR=WEIGHT`.
    NotAnAssignment(String),
    /// No factor has this key.
    UnknownFactor(String),
    /// The weight is not a number from 0 to 100.
    Weight {
        /// The factor's key.
        factor: &'static str,
        /// The weight as given.
        given: String,
    },
}

impl PriorityError {
    /// What is wrong, to be put into words.
    pub fn said(&self) -> Say {
        match self {
            PriorityError::NotAnAssignment(given) => {
                Say::new("priority-not-assignment").text("given", given.as_str())
            }
            PriorityError::UnknownFactor(given) => Say::new("priority-unknown-factor")
                .text("given", given.as_str())
                .text("keys", Factor::keys()),
            PriorityError::Weight { factor, given } => Say::new("priority-weight")
                .text("factor", *factor)
                .text("given", given.as_str())
                .num("max", PRIORITY_RANGE.1),
        }
    }
}

impl fmt::Display for PriorityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::En.words().say(&self.said()))
    }
}

impl std::error::Error for PriorityError {}
