//! The inputs a shoe is judged on: each factor, its names, whether the runner gave it, and
//! sets of factors.

use super::*;
use crate::profile::Input;

/// How many factors there are.
pub(super) const COUNT: usize = 18;

/// One input the ranking weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    /// Whether the shoe is made in the runner's width: a hard requirement.
    FootWidth,
    /// The runner's body weight against the shoe's cushioning, platform and durability.
    Weight,
    /// How the foot rolls on landing, against the shoe's support.
    Pronation,
    /// When the runner mostly runs, against the upper and the outsole.
    Season,
    /// Where the runner mostly runs, against what the shoe is made for.
    Surface,
    /// What the pair is for against what the shoe is built for; everyday training unless
    /// the runner says otherwise, so it is always given.
    Purpose,
    /// Which part of the foot lands first, against cushioning, drop and flexibility.
    FootStrike,
    /// Whether the runner's knees hurt: more cushioning, and support for an overpronator.
    KneePain,
    /// Custom orthotics, which need a removable insole: a hard requirement.
    Orthotics,
    /// How long and how hard the runner has been running.
    Experience,
    /// How far the runner runs in a week: durability and protection for high mileage.
    WeeklyKm,
    /// Achilles or calf trouble: a drop of 8 mm or more, no zero drop.
    AchillesPain,
    /// The drop of the shoes run in now: a change of more than 4 mm is a transition.
    CurrentDrop,
    /// The foam the runner likes, against how the shoe's feels.
    PreferredFoam,
    /// The shoe's price against what the runner means to spend.
    Budget,
    /// The size to try in the shoe, from the measured feet or the pair run in now (else the
    /// runner's EU size), and whether it is stocked: a hard requirement.
    Size,
    /// The shoes run in now: the same again, the model that replaces it, or a move the way
    /// the runner asked.
    RunsIn,
    /// How the shoes tried on in a fitting felt.
    Fitting,
}

impl Factor {
    /// Every factor, in the order the ranking runs them and the detail lists them.
    pub const ALL: [Factor; COUNT] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
        Factor::Purpose,
        Factor::FootStrike,
        Factor::KneePain,
        Factor::Orthotics,
        Factor::Experience,
        Factor::WeeklyKm,
        Factor::AchillesPain,
        Factor::CurrentDrop,
        Factor::PreferredFoam,
        Factor::Budget,
        Factor::Size,
        Factor::RunsIn,
        Factor::Fitting,
    ];

    /// The five every runner gives.
    pub const MAIN: [Factor; 5] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
    ];

    /// What a best pick must suit without a trade-off: the main five, what the pair is for,
    /// and the runner's foot strike, knee pain, Achilles trouble and experience when given.
    /// A price a little over budget, stocked sizes not listed, a drop to get used to, a foam
    /// not quite to taste or a shoe not yet tried on do not keep a shoe from the best picks;
    /// a poor verdict on anything does.
    pub const CORE: [Factor; 10] = [
        Factor::FootWidth,
        Factor::Weight,
        Factor::Pronation,
        Factor::Season,
        Factor::Surface,
        Factor::Purpose,
        Factor::FootStrike,
        Factor::KneePain,
        Factor::AchillesPain,
        Factor::Experience,
    ];

    /// The name on the command line and in JSON: `foot_width`.
    pub fn key(self) -> &'static str {
        self.names().key
    }

    /// The id of the factor's name for people ("Foot width") in the message files.
    pub fn message(self) -> &'static str {
        self.names().name
    }

    /// The id of the factor's name in the middle of a sentence: "foot width".
    pub fn message_lower(self) -> &'static str {
        self.names().lower
    }

    /// The id of the factor's short name, for a chip: "Width".
    pub fn short_message(self) -> &'static str {
        self.names().short
    }

    /// The factor that weighs this input of the runner's.
    pub fn of(input: &Input) -> Factor {
        match input {
            Input::FootWidth(_) => Factor::FootWidth,
            Input::Weight(_) => Factor::Weight,
            Input::Pronation(..) => Factor::Pronation,
            Input::Season(_) => Factor::Season,
            Input::Surface(_) => Factor::Surface,
            Input::Purpose(_) => Factor::Purpose,
            Input::FootStrike(_) => Factor::FootStrike,
            Input::KneePain(_) => Factor::KneePain,
            Input::Orthotics(_) => Factor::Orthotics,
            Input::Experience(_) => Factor::Experience,
            Input::WeeklyKm(_) => Factor::WeeklyKm,
            Input::AchillesPain(_) => Factor::AchillesPain,
            Input::CurrentDrop(_) => Factor::CurrentDrop,
            Input::PreferredFoam(_) => Factor::PreferredFoam,
            Input::Budget(_) => Factor::Budget,
            Input::Size(_) | Input::Feet(..) => Factor::Size,
            Input::RunsIn(_) => Factor::RunsIn,
        }
    }

    /// The id of the name of the input's row in a table of inputs: its factor's name, but
    /// for the measured feet, which the size factor weighs beside the runner's own size.
    pub fn label_of(input: &Input) -> &'static str {
        match input {
            Input::Feet(..) => "input-label-feet",
            _ => Factor::of(input).message(),
        }
    }

    /// The factor's name for people, in `words`: "Foot width".
    pub fn label(self, words: &Words) -> String {
        words.get(self.message())
    }

    /// Every factor's key, for messages: "foot_width, weight, …".
    pub fn keys() -> String {
        let keys: Vec<&str> = Factor::ALL.iter().map(|f| f.key()).collect();
        keys.join(", ")
    }

    /// The factor whose [`Factor::key`] is `key`, if any.
    pub fn from_key(key: &str) -> Option<Factor> {
        Factor::ALL.into_iter().find(|factor| factor.key() == key)
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }

    /// Whether the runner gave this input, as [`Profile::given`] lists them. What the pair
    /// is for is always weighed (everyday training unless said); the fitting when a shoe
    /// tried on was said to feel some way or a pair bought earlier was judged.
    pub fn is_given(self, profile: &Profile) -> bool {
        match self {
            Factor::Purpose => true,
            // A shoe tried on with nothing said of it is noted, not weighed.
            Factor::Fitting => {
                profile.tried.iter().any(|tried| !tried.feel.is_empty())
                    || !profile.judged_pairs().is_empty()
            }
            // The size is worked out from a pair run in now when its size is given.
            Factor::Size if profile.runs_in.as_ref().is_some_and(|r| r.size.is_some()) => true,
            _ => profile.given().any(|input| Factor::of(&input) == self),
        }
    }
}

/// A factor's key and the ids of its names in the message files.
struct Names {
    key: &'static str,
    name: &'static str,
    lower: &'static str,
    short: &'static str,
}

/// The one table of the factors' words: each factor's key, from which the ids of its names
/// follow (`factor-KEY`, `factor-lower-KEY`, `factor-short-KEY`).
macro_rules! factor_names {
    ($($factor:ident => $key:literal,)*) => {
        impl Factor {
            fn names(self) -> Names {
                match self {
                    $(Factor::$factor => Names {
                        key: $key,
                        name: concat!("factor-", $key),
                        lower: concat!("factor-lower-", $key),
                        short: concat!("factor-short-", $key),
                    },)*
                }
            }
        }
    };
}

factor_names! {
    FootWidth => "foot_width",
    Weight => "weight",
    Pronation => "pronation",
    Season => "season",
    Surface => "surface",
    Purpose => "purpose",
    FootStrike => "foot_strike",
    KneePain => "knee_pain",
    Orthotics => "orthotics",
    Experience => "experience",
    WeeklyKm => "weekly_km",
    AchillesPain => "achilles_pain",
    CurrentDrop => "current_drop_mm",
    PreferredFoam => "preferred_foam",
    Budget => "budget",
    Size => "size",
    RunsIn => "runs_in",
    Fitting => "fitting",
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.key())
    }
}

/// A set of factors, kept in one integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FactorSet(pub(super) u32);

impl FactorSet {
    /// The set of these factors, built at compile time.
    pub(super) const fn of(factors: &[Factor]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < factors.len() {
            bits |= 1 << factors[i] as u32;
            i += 1;
        }
        FactorSet(bits)
    }

    /// Adds `factor`; adding it twice changes nothing.
    pub fn insert(&mut self, factor: Factor) {
        self.0 |= 1 << factor.index();
    }

    /// Whether `factor` is in the set.
    pub fn contains(&self, factor: Factor) -> bool {
        self.0 & (1 << factor.index()) != 0
    }

    /// How many factors are in the set.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no factor is in the set.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// In the order of [`Factor::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = Factor> + '_ {
        Factor::ALL
            .into_iter()
            .filter(|&factor| self.contains(factor))
    }
}

impl FromIterator<Factor> for FactorSet {
    fn from_iter<I: IntoIterator<Item = Factor>>(factors: I) -> Self {
        let mut set = FactorSet::default();
        for factor in factors {
            set.insert(factor);
        }
        set
    }
}
