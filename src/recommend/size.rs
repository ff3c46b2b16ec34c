//! The size to try in each shoe, worked out as a fitter does: the longer foot, read on the
//! brand's own chart (or the standard conversion, said as such), moved by half or whole
//! sizes for a model that runs small or large. A pair that fits now is the better guide: its
//! size, read back to a length on its own brand's chart, is read forward on each shoe's.

use super::learned::{LearnedFit, LearnedSizes};
use super::{Context, Fit, Notes};
use crate::catalogue::charts::{self, ChartSize, FOOT_TOLERANCE_MM, SizeChart};
use crate::catalogue::{Catalogue, Shoe, Sizing};
use crate::profile::{Feet, Profile, RunsIn, size_said};
use crate::units::{ShoeSize, SizeSystem, number};
use crate::words::Say;

/// A chart a shoe is sized by: its brand's own, or the standard conversion.
#[derive(Debug, Clone, Copy)]
pub struct Chart<'a> {
    /// The brand's chart; `None` for the standard conversion.
    pub own: Option<&'a SizeChart>,
    /// The rows for the runner's size system.
    pub rows: &'a [ChartSize],
}

impl<'a> Chart<'a> {
    fn standard() -> Chart<'static> {
        Chart {
            own: None,
            rows: charts::standard(),
        }
    }

    /// The first row whose foot length takes a foot of `foot_mm`: the shortest that is not
    /// shorter than the foot, by more than the charts' own rounding. `None` past the chart's
    /// longest, or more than a size below its shortest.
    pub(super) fn row_for_foot(&self, foot_mm: f64) -> Option<usize> {
        let first = self.rows.first()?;
        if foot_mm < first.foot_mm - 2.0 * 25.4 / 3.0 {
            return None;
        }
        self.rows
            .iter()
            .position(|row| row.foot_mm >= foot_mm - FOOT_TOLERANCE_MM)
    }

    /// The row of `size`: where the chart gives that size in its system, else the row of the
    /// foot the standard conversion gives it.
    pub(super) fn row_of(&self, size: ShoeSize) -> Option<usize> {
        self.row_of_exact(size).or_else(|| {
            let standard = Chart::standard();
            let index = standard.row_of_exact(size)?;
            self.row_for_foot(standard.rows[index].foot_mm)
        })
    }

    fn row_of_exact(&self, size: ShoeSize) -> Option<usize> {
        self.rows
            .iter()
            .enumerate()
            .filter_map(|(i, row)| {
                row.get(size.system())
                    .map(|v| (i, (v - size.value()).abs()))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .filter(|(_, gap)| *gap <= 0.5)
            .map(|(i, _)| i)
    }

    /// Whether two charts are the same one.
    fn same(&self, other: &Chart) -> bool {
        std::ptr::eq(self.rows, other.rows)
    }
}

/// Where the size comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Basis {
    /// The measured feet, read on the chart.
    Feet,
    /// The pair run in now, its size read across charts.
    RunsIn,
}

/// The size to try in one shoe, and why.
#[derive(Debug, Clone, Copy)]
pub struct SizeToTry<'a> {
    /// The chart's row: the size in each system the chart gives.
    pub row: ChartSize,
    /// The system the runner says sizes in.
    pub system: SizeSystem,
    /// The chart it was read on.
    pub chart: Chart<'a>,
    /// What it comes from.
    pub basis: Basis,
    /// The model's own sizing, when the catalogue says.
    pub sizing: Option<Sizing>,
    /// The size the feet alone give, when a pair run in now gave another.
    pub by_feet: Option<ChartSize>,
    /// The chart's size before the model's own sizing and the shop's learned fit moved it,
    /// when they did.
    pub before_sizing: Option<ChartSize>,
    /// The model's length fit as the shop learned it, when it did.
    pub learned: Option<LearnedFit>,
}

impl SizeToTry<'_> {
    /// The size in the runner's system, else the first system the chart gives.
    pub fn said_size(&self) -> Option<ShoeSize> {
        said_in(&self.row, self.system)
    }

    /// The EU size, for the stock check: the chart's, else the standard conversion's.
    pub fn eu(&self) -> Option<f64> {
        self.row.eu.or_else(|| {
            self.row
                .sizes()
                .next()
                .map(|size| size.system().to_eu(size.value()))
        })
    }

    /// The size as JSON: the number in each system the chart gives, and the sentence.
    pub fn json(&self, text: String) -> serde_json::Value {
        let mut object = serde_json::Map::new();
        for (key, value) in [
            ("eu", self.row.eu),
            ("uk", self.row.uk),
            ("us_men", self.row.us_men),
            ("us_women", self.row.us_women),
        ] {
            if let Some(value) = value {
                object.insert(key.into(), serde_json::json!(value));
            }
        }
        object.insert("text".into(), serde_json::Value::String(text));
        serde_json::Value::Object(object)
    }
}

fn said_in(row: &ChartSize, system: SizeSystem) -> Option<ShoeSize> {
    row.get(system)
        .map(|value| ShoeSize::new(system, value))
        .or_else(|| row.sizes().next())
}

/// The pair run in now, as sizing reads it.
#[derive(Debug, Clone, Copy)]
struct Known<'a> {
    chart: Chart<'a>,
    /// Its row on its own chart once its fit is allowed for, and its model's sizing taken
    /// away: the row of a true-to-size model of its brand.
    row: isize,
    name: KnownName<'a>,
    size: ShoeSize,
    length_change: i32,
    /// The row the size worn was found on.
    worn: usize,
}

#[derive(Debug, Clone, Copy)]
enum KnownName<'a> {
    Shoe(&'a Shoe),
    Model(&'a str),
}

/// Works out the size in each shoe for one runner: made once per ranking.
pub struct Sizes<'a> {
    system: SizeSystem,
    /// What the shop learned of models' length fit, when it learned anything.
    learned: Option<&'a LearnedSizes>,
    feet: Option<Feet>,
    known: Option<Known<'a>>,
    /// The brands with a chart of their own: the built-in ones and the catalogue's, the
    /// catalogue's first; each with the runner's rows on it.
    own: Vec<Read<'a>>,
    /// The brand of each of `own`, as its chart writes it: what a shoe's brand is compared
    /// with, for every shoe ranked.
    brands: Vec<&'a str>,
    /// The standard conversion, read for the runner.
    standard: Read<'a>,
}

/// One chart, read once for the runner: the row the feet take, and the row of a
/// true-to-size model of its brand by the pair run in now.
#[derive(Debug, Clone, Copy)]
struct Read<'a> {
    chart: Chart<'a>,
    by_feet: Option<usize>,
    by_known: Option<isize>,
    /// The EU size to try for a model moved by each number of half sizes from its chart,
    /// from [`MOST_SHIFT`] down to as many up: what ranking looks up for the stock check.
    eu: [Option<f64>; SHIFTS],
}

/// The most half sizes a model's sizing and the shop's learned fit move its size together.
const MOST_SHIFT: isize = 3;
/// How many shifts [`Read::eu`] holds.
const SHIFTS: usize = 2 * MOST_SHIFT as usize + 1;

impl<'a> Read<'a> {
    /// `chart` read for the runner: the rows of their feet and of the pair run in now, and
    /// the EU size to try for each sizing.
    fn new(
        chart: Chart<'a>,
        feet: Option<Feet>,
        known: Option<&Known<'a>>,
        system: SizeSystem,
    ) -> Read<'a> {
        let by_known = known.and_then(|known| {
            if chart.same(&known.chart) {
                Some(known.row)
            } else {
                let clamped = known.row.clamp(0, known.chart.rows.len() as isize - 1);
                let foot = known.chart.rows[clamped as usize].foot_mm;
                let beyond = known.row - clamped;
                chart.row_for_foot(foot).map(|row| row as isize + beyond)
            }
        });
        let mut read = Read {
            chart,
            by_feet: feet.and_then(|feet| chart.row_for_foot(feet.longer_mm())),
            by_known,
            eu: [None; SHIFTS],
        };
        read.eu = std::array::from_fn(|at| {
            let shift = at as isize - MOST_SHIFT;
            size_at(&read, known, system, shift, Shift::default()).and_then(|s| s.eu())
        });
        read
    }
}

/// What moved a model's size from its chart's: its own sizing and the shop's learned fit.
#[derive(Debug, Clone, Copy, Default)]
struct Shift {
    sizing: Option<Sizing>,
    learned: Option<LearnedFit>,
}

impl Shift {
    /// The half sizes moved, up or down.
    fn half_sizes(&self) -> isize {
        let sizing = self.sizing.map_or(0, Sizing::half_sizes);
        let learned = self.learned.map_or(0, |fit| fit.moves(self.sizing));
        (sizing + learned) as isize
    }
}

/// The chart `brand`'s shoes are sized by in `system`: the catalogue's own for the brand,
/// else the built-in one, else the standard conversion.
pub(super) fn chart_of<'a>(catalogue: &'a Catalogue, brand: &str, system: SizeSystem) -> Chart<'a> {
    chart_for(&own_charts(catalogue, system), brand)
}

/// The brands' own charts read in `system`, one a brand: the catalogue's first, so that a
/// brand's chart there counts instead of the built-in one.
fn own_charts(catalogue: &Catalogue, system: SizeSystem) -> Vec<Chart<'_>> {
    let mut own: Vec<Chart> = Vec::new();
    for chart in catalogue.size_charts.iter().chain(charts::built_in()) {
        if !own
            .iter()
            .any(|o| o.own.is_some_and(|c| c.is_for(&chart.brand)))
        {
            own.push(Chart {
                own: Some(chart),
                rows: chart.rows(system),
            });
        }
    }
    own
}

/// The chart of `brand` among `own`, else the standard conversion.
fn chart_for<'a>(own: &[Chart<'a>], brand: &str) -> Chart<'a> {
    let brand = brand.trim();
    own.iter()
        .copied()
        .find(|chart| chart.own.is_some_and(|c| c.is_for(brand)))
        .unwrap_or_else(|| Chart::standard())
}

/// The chart of a shoe named in words ("Brooks Ghost 15", or an id read as a name,
/// "brooks-ghost-15"): the brand its name starts with.
fn chart_for_name<'a>(own: &[Chart<'a>], name: &str) -> Chart<'a> {
    let name = name.trim().to_lowercase();
    own.iter()
        .copied()
        .find(|chart| {
            chart.own.is_some_and(|c| {
                let brand = c.brand.trim().to_lowercase();
                let slug = crate::units::slugify(&brand);
                name == brand
                    || name.starts_with(&format!("{brand} "))
                    || name.starts_with(&format!("{slug}-"))
            })
        })
        .unwrap_or_else(|| Chart::standard())
}

/// The pair run in now, read on its own chart, when its size is given.
fn known<'a>(
    own: &[Chart<'a>],
    runs_in_shoe: Option<&'a Shoe>,
    profile: &'a Profile,
    learned: Option<&LearnedSizes>,
) -> Option<Known<'a>> {
    let runs_in: &'a RunsIn = profile.runs_in.as_ref()?;
    let size = runs_in.size?;
    let (chart, name, shift) = match runs_in_shoe {
        Some(shoe) => (
            chart_for(own, &shoe.brand),
            KnownName::Shoe(shoe),
            Shift {
                sizing: shoe.sizing,
                learned: learned.and_then(|learned| learned.of(&shoe.id)),
            },
        ),
        // An id the catalogue does not have is read as a name.
        None => {
            let model = runs_in.name();
            let name = KnownName::Model(model);
            (chart_for_name(own, model), name, Shift::default())
        }
    };
    let worn = chart.row_of(size)?;
    let length_change = runs_in.length_change();
    let row = worn as isize + length_change as isize - shift.half_sizes();
    Some(Known {
        chart,
        row,
        name,
        size,
        length_change,
        worn,
    })
}

/// The size to try in a model moved by `moved` on the chart `read`.
fn size_in<'a>(
    read: &Read<'a>,
    known: Option<&Known<'a>>,
    system: SizeSystem,
    moved: Shift,
) -> Option<SizeToTry<'a>> {
    size_at(read, known, system, moved.half_sizes(), moved)
}

/// The size to try `shift` half sizes from the chart `read`'s, said to be moved by `moved`.
fn size_at<'a>(
    read: &Read<'a>,
    known: Option<&Known<'a>>,
    system: SizeSystem,
    shift: isize,
    moved: Shift,
) -> Option<SizeToTry<'a>> {
    let chart = read.chart;
    let at = |row: isize| {
        usize::try_from(row + shift)
            .ok()
            .and_then(|row| chart.rows.get(row))
            .copied()
    };
    let by_feet = read.by_feet.and_then(|row| at(row as isize));
    let (mut row, basis, unmoved) = match known {
        Some(_) => (
            at(read.by_known?)?,
            Basis::RunsIn,
            read.by_known.and_then(|r| usize::try_from(r).ok()),
        ),
        None => (by_feet?, Basis::Feet, read.by_feet),
    };
    // The very row the size worn is on: the size to try is the size worn, as worn, even
    // where the chart rounds it another way.
    if let Some(known) = known
        && chart.same(&known.chart)
        && read.by_known.map(|r| r + shift) == Some(known.worn as isize)
    {
        let value = Some(known.size.value());
        match known.size.system() {
            SizeSystem::Eu => row.eu = value,
            SizeSystem::Uk => row.uk = value,
            SizeSystem::UsMen => row.us_men = value,
            SizeSystem::UsWomen => row.us_women = value,
        }
    }
    let before_sizing = unmoved
        .filter(|_| shift != 0)
        .and_then(|r| chart.rows.get(r))
        .copied();
    Some(SizeToTry {
        row,
        system,
        chart,
        basis,
        sizing: moved.sizing,
        by_feet: by_feet.filter(|feet_row| basis == Basis::RunsIn && *feet_row != row),
        before_sizing,
        learned: moved.learned,
    })
}

impl<'a> Sizes<'a> {
    /// The sizes for `profile`'s runner, when they gave their feet or the size of a pair
    /// run in now; moved by what the shop `learned` of models' length fit, when given.
    pub fn new(
        catalogue: &'a Catalogue,
        profile: &'a Profile,
        learned: Option<&'a LearnedSizes>,
    ) -> Option<Sizes<'a>> {
        // Looked for only when its size is given: the panels ask for the sizes every frame.
        let runs_in_shoe = profile
            .runs_in
            .as_ref()
            .and_then(|runs_in| runs_in.size)
            .and_then(|_| super::runs_in_shoe(catalogue, profile));
        Sizes::with_runs_in(catalogue, profile, learned, runs_in_shoe)
    }

    /// As [`Sizes::new`], with the pair run in now already found in the catalogue.
    pub(super) fn with_runs_in(
        catalogue: &'a Catalogue,
        profile: &'a Profile,
        learned: Option<&'a LearnedSizes>,
        runs_in_shoe: Option<&'a Shoe>,
    ) -> Option<Sizes<'a>> {
        let known_size = profile.runs_in.as_ref().and_then(|r| r.size);
        if profile.feet.is_none() && known_size.is_none() {
            return None;
        }
        let system = profile
            .size_system
            .unwrap_or_else(|| known_size.map_or(SizeSystem::Eu, ShoeSize::system));
        let own = own_charts(catalogue, system);
        let learned = learned.filter(|learned| !learned.is_empty());
        let known = known(&own, runs_in_shoe, profile, learned);
        let read = |chart| Read::new(chart, profile.feet, known.as_ref(), system);
        let brands = own
            .iter()
            .map(|chart| chart.own.map_or("", |own| own.brand.as_str()))
            .collect();
        Some(Sizes {
            system,
            learned,
            feet: profile.feet,
            known,
            brands,
            own: own.into_iter().map(read).collect(),
            standard: read(Chart::standard()),
        })
    }

    /// The chart read for `brand`; a shoe's brand written with a space around it is still
    /// its brand.
    #[inline]
    fn read(&self, brand: &str) -> &Read<'a> {
        let brand = charts::trimmed(brand);
        // As `SizeChart::is_for` compares them.
        self.brands
            .iter()
            .position(|own| own.eq_ignore_ascii_case(brand))
            .map_or(&self.standard, |at| &self.own[at])
    }

    /// The size to try in `shoe`; `None` when the foot or the pair run in now is beyond
    /// the shoe's chart.
    pub fn of(&self, shoe: &Shoe) -> Option<SizeToTry<'a>> {
        size_in(
            self.read(&shoe.brand),
            self.known.as_ref(),
            self.system,
            self.shift(shoe),
        )
    }

    /// What moves `shoe`'s size from its chart's.
    #[inline]
    fn shift(&self, shoe: &Shoe) -> Shift {
        Shift {
            sizing: shoe.sizing,
            learned: self.learned.and_then(|learned| learned.of(&shoe.id)),
        }
    }

    /// The EU size to try in `shoe`, for the stock check: looked up, not worked out.
    #[inline]
    pub fn eu_of(&self, shoe: &Shoe) -> Option<f64> {
        let slot = (self.shift(shoe).half_sizes() + MOST_SHIFT) as usize;
        self.read(&shoe.brand).eu[slot]
    }

    /// Why the size is what it is, in words: "Try EU 44: your longer foot is 272 mm, EU
    /// 43.5 by Nike's own chart, and this model runs half a size small."
    pub fn why(&self, size: &SizeToTry) -> Say {
        let said = |row: &ChartSize| {
            said_in(row, self.system).map_or_else(|| Say::new("size-unknown"), size_said)
        };
        let mut why = Vec::new();
        match (size.basis, &self.known) {
            (Basis::RunsIn, Some(known)) => {
                let id = match known.length_change {
                    1 => "size-why-known-short",
                    -1 => "size-why-known-long",
                    _ => "size-why-known",
                };
                let name = match known.name {
                    KnownName::Shoe(shoe) => shoe.name(),
                    KnownName::Model(model) => model.to_string(),
                };
                why.push(
                    Say::new(id)
                        .text("shoe", name)
                        .says("size", vec![size_said(known.size)]),
                );
                if !size.chart.same(&known.chart) {
                    let row = size.before_sizing.unwrap_or(size.row);
                    why.push(
                        chart_said(&size.chart, "size-why-known-chart")
                            .says("size", vec![said(&row)]),
                    );
                }
            }
            _ => {
                if let Some(feet) = self.feet {
                    why.push(Say::new("size-why-foot").text("foot", number(feet.longer_mm())));
                }
                let row = size.before_sizing.unwrap_or(size.row);
                why.push(chart_said(&size.chart, "size-why-chart").says("size", vec![said(&row)]));
            }
        }
        match size.sizing {
            Some(Sizing::TrueToSize) => why.push(Say::new("size-why-true-to-size")),
            Some(sizing) => why.push(Say::new("size-why-sizing").word("sizing", sizing.message())),
            None => {}
        }
        if let Some(learned) = size.learned {
            why.push(learned.said(size.sizing));
        }
        if let Some(by_feet) = &size.by_feet {
            why.push(Say::new("size-why-feet-differ").says("size", vec![said(by_feet)]));
        }
        Say::new("size-try")
            .says("size", vec![said(&size.row)])
            .says("why", why)
    }
}

fn chart_said(chart: &Chart, id: &'static str) -> Say {
    let name = match chart.own {
        Some(own) => Say::new("size-chart-own").text("brand", own.brand.as_str()),
        None => Say::new("size-chart-standard"),
    };
    Say::new(id).says("chart", vec![name])
}

/// The size factor: the size to try in this shoe, and whether it is stocked in it; without
/// measured feet or a pair's size, the runner's own EU size.
pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let Some(sizes) = &context.sizes else {
        return super::optional::size(shoe, context, notes);
    };
    if let Some(feet) = sizes.feet.filter(Feet::far_apart) {
        notes.good(|| Say::new("size-feet-apart").text("apart", number(feet.apart_mm())));
    }
    let Some(eu) = sizes.eu_of(shoe) else {
        notes.caution(|| Say::new("size-off-chart").text("brand", shoe.brand.as_str()));
        return Fit::Score(0.8);
    };
    notes.good(|| {
        sizes
            .of(shoe)
            .map_or_else(|| Say::new("size-unknown"), |size| sizes.why(&size))
    });
    let said = || {
        sizes
            .of(shoe)
            .and_then(|size| size.said_size())
            .map_or_else(|| Say::new("size-unknown"), size_said)
    };
    match (shoe.sizes_eu, Some(eu)) {
        (Some((smallest, largest)), Some(eu)) if (smallest..=largest).contains(&eu) => {
            notes.good(|| {
                Say::new("size-stocked-try")
                    .says("size", vec![said()])
                    .num("smallest", smallest)
                    .num("largest", largest)
            });
            Fit::Score(1.0)
        }
        (Some((smallest, largest)), Some(_)) => {
            notes.poor(|| {
                Say::new("size-not-stocked-try")
                    .says("size", vec![said()])
                    .num("smallest", smallest)
                    .num("largest", largest)
            });
            Fit::Excluded
        }
        _ => {
            notes.caution(|| Say::new("size-unlisted-try").says("size", vec![said()]));
            Fit::Score(0.8)
        }
    }
}
