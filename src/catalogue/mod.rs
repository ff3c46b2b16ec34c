//! The shoe catalogue: the model of format 1, read from the shop's hand-edited RON files.
//!
//! Reading and checking live in [`load`] and [`validate`]; every problem found becomes a
//! [`Diagnostic`] that names the file, line and column.

pub mod charts;
mod diagnostic;
pub(crate) mod fields;
mod found;
pub mod generate;
mod index;
mod load;
pub mod notes;
mod outline;
pub mod save;
mod source;
pub mod validate;

pub use diagnostic::{Diagnostic, DiagnosticKind, Severity, Worded};
pub use load::{
    LISTED_ERRORS, LISTED_WARNINGS, LoadError, Loaded, MAX_FILE_BYTES, ParseOutcome, Unlisted,
    folder_of, load_catalogue, load_catalogue_errors, locate, parse_catalogue, parse_fetched,
    read_text, text_of,
};
pub use notes::ShoeNotes;
pub use source::{Position, SourceMap, ron_options, skip_blank};
pub use validate::{Limits, is_slug, is_web_address};

use serde::{Deserialize, Serialize};
use std::fmt;

/// The only catalogue format this build reads and writes.
pub const FORMAT: u32 = 1;

/// A whole catalogue file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Catalogue", deny_unknown_fields)]
pub struct Catalogue {
    /// The format the file is written in; this build reads only [`FORMAT`].
    pub format: u32,
    /// What the shop calls this catalogue, such as "Sample shop, spring range".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Currency of every price that does not name its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Every shoe the shop stocks, in the file's order; at least one. Reading stops past
    /// [`Limits::DEFAULT`]'s `max_shoes`.
    #[serde(deserialize_with = "bounded_shoes")]
    pub shoes: Vec<Shoe>,
    /// The shop's own size charts, for brands whose built-in chart it replaces or that have
    /// none; each brand at most once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub size_charts: Vec<charts::SizeChart>,
}

/// The shoes of a catalogue, read one by one until there are more than the limit: then an
/// error, before the next is read, so a file of millions of shoes costs no more than the
/// limit's worth.
fn bounded_shoes<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<Shoe>, D::Error> {
    struct Shoes;
    impl<'de> serde::de::Visitor<'de> for Shoes {
        type Value = Vec<Shoe>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of shoes")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Vec<Shoe>, A::Error> {
            let max = Limits::DEFAULT.max_shoes;
            let mut shoes = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(shoe) = seq.next_element()? {
                if shoes.len() == max {
                    return Err(serde::de::Error::custom(format!("more than {max} shoes")));
                }
                shoes.push(shoe);
            }
            Ok(shoes)
        }
    }
    deserializer.deserialize_seq(Shoes)
}

impl Catalogue {
    /// The currency a shoe's price is in: its own, else the catalogue's.
    pub fn currency_of<'a>(&'a self, shoe: &'a Shoe) -> Option<&'a str> {
        shoe.currency.as_deref().or(self.currency.as_deref())
    }
}

/// One shoe model as the shop stocks it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Shoe", deny_unknown_fields)]
pub struct Shoe {
    /// A slug (`a-z`, `0-9`, `-`) of its own in the catalogue, such as `aurora-glide-3`.
    pub id: String,
    /// The maker, as printed on the box.
    pub brand: String,
    /// The model within the brand, with its version: "Glide 3".
    pub model: String,
    /// How much it guides a foot that rolls in.
    pub support: Support,
    /// How much the midsole cushions.
    pub cushioning: Cushioning,
    /// How firmly the heel cup holds the heel.
    pub heel_counter: HeelCounter,
    /// Whether the insole comes out, so that an orthotic can go in its place.
    pub removable_insole: bool,
    /// How much air the upper lets through, for warm or cold seasons.
    pub breathability: Breathability,
    /// How the upper keeps out rain and snow.
    pub water_resistance: WaterResistance,
    /// The rubber under the shoe, which decides its grip on each surface.
    pub outsole: Outsole,
    /// Every width it is made in; not empty.
    pub widths: Vec<Width>,
    /// Where it is made to run; not empty.
    pub surfaces: Vec<Surface>,
    /// One shoe, in grams.
    pub weight_g: f64,
    /// Height of the sole under the heel, in mm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack_heel_mm: Option<f64>,
    /// How much higher the heel sits than the forefoot, in mm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop_mm: Option<f64>,
    /// How easily the forefoot bends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexibility: Option<Flexibility>,
    /// What a pair costs, in the shoe's currency or else the catalogue's
    /// ([`Catalogue::currency_of`]); 0 or more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// Currency of this shoe's price, when it is not the catalogue's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Smallest and largest EU size stocked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sizes_eu: Option<(f64, f64)>,
    /// Relative to the catalogue file's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The shop's own words about the shoe; how it feels or guides the foot is read from
    /// them when the fields do not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<notes::ShoeNotes>,
    // The optional additions to format 1: what a shoe is built for and how it feels. A shoe
    // without them is judged from the fields above.
    /// The plate in the midsole, when the catalogue says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate: Option<Plate>,
    /// What the maker or the shop sells it for; not empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses: Option<Vec<Purpose>>,
    /// How the midsole feels underfoot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foam: Option<Foam>,
    /// Room in the forefoot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toe_box: Option<ToeBox>,
    /// Depth of the lugs, in mm (trail and winter outsoles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lug_depth_mm: Option<f64>,
    // The second round's additions: how the shoe is sized and what it follows.
    /// Its length against its brand's own size chart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sizing: Option<Sizing>,
    /// The id of the model this one follows (which may be absent from the catalogue).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// How a Stability or MotionControl shoe guides the foot; not empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Vec<Guidance>>,
    /// `false` when no source confirms the `widths` listed: a runner of another width is then
    /// told to check the widths in stock, not left out. Absent: confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widths_confirmed: Option<bool>,
    /// The shoe's page in the shop: an `http` or `https` address, linked from its card and
    /// detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Shoe {
    /// A plain shoe with no name yet: valid, neutral, moderate in everything, for the road,
    /// standard width. The editor starts a new shoe from it.
    pub fn plain() -> Shoe {
        Shoe {
            id: String::new(),
            brand: String::new(),
            model: String::new(),
            support: Support::Neutral,
            cushioning: Cushioning::Moderate,
            heel_counter: HeelCounter::Moderate,
            removable_insole: true,
            breathability: Breathability::Medium,
            water_resistance: WaterResistance::NoTreatment,
            outsole: Outsole::Road,
            widths: vec![Width::Standard],
            surfaces: vec![Surface::Road],
            weight_g: 250.0,
            stack_heel_mm: None,
            drop_mm: None,
            flexibility: None,
            price: None,
            currency: None,
            sizes_eu: None,
            image: None,
            notes: None,
            plate: None,
            uses: None,
            foam: None,
            toe_box: None,
            lug_depth_mm: None,
            sizing: None,
            replaces: None,
            guidance: None,
            widths_confirmed: None,
            url: None,
        }
    }

    /// Whether a source confirms the widths listed: `widths_confirmed`, true unless it says
    /// false.
    pub fn widths_confirmed(&self) -> bool {
        self.widths_confirmed != Some(false)
    }

    /// "Brand Model", as a shop would say it.
    pub fn name(&self) -> String {
        format!("{} {}", self.brand, self.model)
    }

    /// Whether a search for `needle` (lower case) finds the shoe: in its name or its id.
    pub fn matches(&self, needle: &str) -> bool {
        self.id.contains(needle) || self.name().to_lowercase().contains(needle)
    }

    /// Whether the shoe is made in `width`.
    pub fn made_in(&self, width: Width) -> bool {
        self.widths.contains(&width)
    }

    /// Whether the shoe is made to run on `surface`.
    pub fn made_for(&self, surface: Surface) -> bool {
        self.surfaces.contains(&surface)
    }
}

/// Declares a format-1 enum: its variants exactly as written in files, and plain words for
/// explanations.
macro_rules! file_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $words:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[doc = concat!("In plain words: ", $words, ".")] $variant),+ }

        impl $name {
            /// Every value, in the order of the format.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in a file.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }

            /// The value in plain English words, lower case (the file's words for it in
            /// other languages are under [`Self::message`]).
            pub fn words(self) -> &'static str {
                match self { $($name::$variant => $words),+ }
            }

            /// The id of the value's words in the message files: `Cushioning-High`.
            pub fn message(self) -> &'static str {
                match self { $($name::$variant => concat!(stringify!($name), "-", stringify!($variant))),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}
pub(crate) use file_enum;

file_enum!(
    /// A model's length against its brand's own size chart: take half a size up in one that
    /// runs half a size small.
    Sizing {
        TrueToSize => "true to size",
        HalfSmall => "half a size small",
        HalfLarge => "half a size large",
        FullSmall => "a full size small",
        FullLarge => "a full size large",
    }
);

impl Sizing {
    /// How many half sizes to move from the chart's size: +1 for half a size small.
    pub fn half_sizes(self) -> i32 {
        match self {
            Sizing::TrueToSize => 0,
            Sizing::HalfSmall => 1,
            Sizing::HalfLarge => -1,
            Sizing::FullSmall => 2,
            Sizing::FullLarge => -2,
        }
    }
}

file_enum!(
    /// How much the shoe guides the foot.
    Support { Neutral => "neutral", Stability => "stability", MotionControl => "motion control" }
);
file_enum!(
    /// Midsole cushioning, from barefoot-like to maximal. Ordered.
    Cushioning {
        Minimal => "minimal",
        Light => "light",
        Moderate => "moderate",
        High => "high",
        Max => "max",
    }
);
file_enum!(
    /// Stiffness of the heel cup.
    HeelCounter { Flexible => "flexible", Moderate => "moderate", Rigid => "rigid" }
);
file_enum!(
    /// How much air the upper lets through.
    Breathability { Low => "low", Medium => "medium", High => "high" }
);
file_enum!(
    /// Treatment of the upper against water.
    WaterResistance {
        NoTreatment => "untreated",
        WaterResistant => "water-resistant",
        Waterproof => "waterproof",
    }
);
file_enum!(
    /// The rubber under the shoe.
    Outsole {
        Road => "road rubber",
        DurableRubber => "durable full rubber",
        TrailLugs => "lugged trail rubber",
        WinterGrip => "winter grip (studs or ice rubber)",
    }
);
file_enum!(
    /// Foot and shoe width. Men's B/D/2E/4E and women's 2A/B/D/2E map onto these four.
    Width { Narrow => "narrow", Standard => "standard", Wide => "wide", ExtraWide => "extra wide" }
);
file_enum!(
    /// Where the runner runs.
    Surface {
        Road => "road (asphalt, paved paths)",
        Track => "stadium track",
        Trail => "trail (dirt, forest, fields, beach)",
        Indoor => "indoor (treadmill, gym)",
    }
);
file_enum!(
    /// How easily the forefoot bends.
    Flexibility { Stiff => "stiff", Moderate => "moderately flexible", Flexible => "flexible" }
);

file_enum!(
    /// A plate in the midsole: carbon in racers, nylon in tempo shoes, another plastic (Pebax,
    /// TPU) in some trail and tempo shoes.
    Plate { Carbon => "carbon plate", Nylon => "nylon plate", Plastic => "plastic plate" }
);
file_enum!(
    /// How a stability or motion-control shoe guides the foot.
    Guidance {
        GuideRails => "guide rails along the heel",
        MedialPost => "a firmer medial post",
        InnerFoam => "firmer foam along the inner side",
        WideBase => "a wide base",
        Plate => "a firm plate in the heel and midfoot",
        Geometry => "the shape of its midsole",
    }
);
file_enum!(
    /// What a pair is for: on a shoe, what it is built for; in a profile, what the runner
    /// buys it for.
    Purpose {
        Daily => "daily training",
        LongRun => "long runs",
        Recovery => "recovery runs",
        Tempo => "tempo runs",
        Race => "racing",
    }
);
file_enum!(
    /// How the midsole feels underfoot, whatever its height.
    Foam { Soft => "soft", Balanced => "balanced", Firm => "firm" }
);
file_enum!(
    /// Room in the forefoot.
    ToeBox { Snug => "snug", Standard => "standard", Roomy => "roomy" }
);

impl Surface {
    /// The id of a short name for lists: "road", "trail".
    pub fn short_message(self) -> &'static str {
        match self {
            Surface::Road => "surface-short-road",
            Surface::Track => "surface-short-track",
            Surface::Trail => "surface-short-trail",
            Surface::Indoor => "surface-short-indoor",
        }
    }

    /// A short English name for lists: "road", "trail".
    pub fn short(self) -> &'static str {
        match self {
            Surface::Road => "road",
            Surface::Track => "track",
            Surface::Trail => "trail",
            Surface::Indoor => "indoor",
        }
    }
}
