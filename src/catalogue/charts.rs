//! Brands' size charts: which size a foot of a given length takes in each brand. The charts
//! of the brands whose makers publish one are built in (`assets/size-charts.ron`, sources in
//! `docs/size-charts.md`); a catalogue may give its own for a brand (`size_charts`), which
//! then counts instead. Every other brand is sized by the standard conversion.

use crate::units::{ShoeSize, SizeSystem};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One brand's chart: its sizes in order, one row per half size, each with the foot length
/// it fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "SizeChart", deny_unknown_fields)]
pub struct SizeChart {
    /// The brand, as the catalogue's shoes name it; matched whatever its case.
    pub brand: String,
    /// Where the figures come from: the maker's chart and its year.
    pub source: String,
    /// The men's (or unisex) sizes, shortest first.
    pub men: Vec<ChartSize>,
    /// The women's sizes, shortest first, when the brand charts them apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub women: Option<Vec<ChartSize>>,
}

/// One row of a chart: a foot length and the size the brand gives it in each system its
/// chart has.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Size", deny_unknown_fields)]
pub struct ChartSize {
    /// The foot length this size fits, heel to longest toe, in mm.
    pub foot_mm: f64,
    /// The EU size, when the chart gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu: Option<f64>,
    /// The UK size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk: Option<f64>,
    /// The US men's size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub us_men: Option<f64>,
    /// The US women's size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub us_women: Option<f64>,
}

/// Foot lengths a chart may give, in mm, inclusive.
pub const CHART_FOOT_MM: (f64, f64) = (100.0, 400.0);

/// How much longer than a row's foot length a foot may be and still take that size, in mm:
/// charts round their lengths to a sixteenth of an inch (1.6 mm) or a millimetre, and a
/// foot measured in the shop is read to about the same.
pub const FOOT_TOLERANCE_MM: f64 = 2.0;

impl ChartSize {
    /// The size in `system`, when the row gives it.
    pub fn get(&self, system: SizeSystem) -> Option<f64> {
        match system {
            SizeSystem::Eu => self.eu,
            SizeSystem::Uk => self.uk,
            SizeSystem::UsMen => self.us_men,
            SizeSystem::UsWomen => self.us_women,
        }
    }

    /// Each size the row gives, in the order of [`SizeSystem::ALL`].
    pub fn sizes(&self) -> impl Iterator<Item = ShoeSize> + '_ {
        SizeSystem::ALL
            .into_iter()
            .filter_map(|system| self.get(system).map(|value| ShoeSize::new(system, value)))
    }
}

impl SizeChart {
    /// The rows for a runner who says sizes in `system`: the women's when the brand has
    /// them and the runner thinks in US women's sizes, else the men's.
    pub fn rows(&self, system: SizeSystem) -> &[ChartSize] {
        match (&self.women, system) {
            (Some(women), SizeSystem::UsWomen) if !women.is_empty() => women,
            _ => &self.men,
        }
    }

    /// Whether the chart is `brand`'s, whatever the case ("PUMA", "Puma").
    #[inline]
    pub fn is_for(&self, brand: &str) -> bool {
        // Compared as written: ranking asks this of every shoe, and a length that differs
        // answers at once.
        self.brand.eq_ignore_ascii_case(brand)
    }
}

/// `brand` without the spaces around it: as it is when it starts and ends with a letter or
/// another printable ASCII character, as nearly every brand does, without a look at the rest.
#[inline]
pub fn trimmed(brand: &str) -> &str {
    match (brand.as_bytes().first(), brand.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => brand,
        _ => brand.trim(),
    }
}

/// The standard conversion, for a brand with no chart: US men's = 3 x foot length in inches
/// - 22 (the Brannock scale), UK = US men's - 1, US women's = US men's + 1.5, EU = 1.5 x
///   (foot length in cm + 2), the last 2 cm longer than the foot. Rows from US men's 1 to 22.
pub fn standard() -> &'static [ChartSize] {
    static ROWS: OnceLock<Vec<ChartSize>> = OnceLock::new();
    ROWS.get_or_init(|| {
        (2..=44)
            .map(|half| {
                let us_men = f64::from(half) / 2.0;
                let foot_mm = (us_men + 22.0) / 3.0 * 25.4;
                let eu = (1.5 * (foot_mm / 10.0 + 2.0) * 2.0).round() / 2.0;
                ChartSize {
                    foot_mm: (foot_mm * 10.0).round() / 10.0,
                    eu: Some(eu),
                    uk: Some(us_men - 1.0),
                    us_men: Some(us_men),
                    us_women: Some(us_men + 1.5),
                }
            })
            .collect()
    })
}

/// The charts built into the program, read once from `assets/size-charts.ron`.
pub fn built_in() -> &'static [SizeChart] {
    static CHARTS: OnceLock<Vec<SizeChart>> = OnceLock::new();
    CHARTS.get_or_init(|| {
        // The file is part of the program and checked by a test; an unreadable one would be
        // a build mistake, and then every brand is sized by the standard conversion.
        crate::catalogue::ron_options()
            .from_str(include_str!("../../assets/size-charts.ron"))
            .unwrap_or_default()
    })
}

/// What is wrong with a chart, if anything: each problem with the field it is in.
pub fn problems(chart: &SizeChart) -> Vec<(&'static str, crate::words::Say)> {
    use crate::words::Say;
    let mut found = Vec::new();
    if chart.brand.trim().is_empty() {
        found.push(("brand", Say::new("check-chart-brand-empty")));
    } else if chart.brand.trim() != chart.brand {
        // Brands are matched as written, whatever their case.
        found.push(("brand", Say::new("check-chart-brand-spaces")));
    }
    if chart.source.trim().is_empty() {
        found.push(("source", Say::new("check-chart-source-empty")));
    }
    let tables = [("men", Some(&chart.men)), ("women", chart.women.as_ref())];
    for (field, rows) in tables {
        let Some(rows) = rows else { continue };
        if let Some(said) = table_problem(rows) {
            found.push((field, said.text("table", field)));
        }
    }
    found
}

/// The first problem of one table: too short, a length out of range or not growing, a row
/// with no size, a size out of range or smaller than the one before.
fn table_problem(rows: &[ChartSize]) -> Option<crate::words::Say> {
    use crate::words::Say;
    if rows.len() < 2 {
        return Some(Say::new("check-chart-too-short"));
    }
    let mut before: Option<&ChartSize> = None;
    for (index, row) in rows.iter().enumerate() {
        let place = index + 1;
        if !(CHART_FOOT_MM.0..=CHART_FOOT_MM.1).contains(&row.foot_mm) {
            return Some(
                Say::new("check-chart-foot-range")
                    .num("row", place as f64)
                    .text("length", crate::units::number(row.foot_mm))
                    .num("low", CHART_FOOT_MM.0)
                    .num("high", CHART_FOOT_MM.1),
            );
        }
        if row.sizes().next().is_none() {
            return Some(Say::new("check-chart-row-empty").num("row", place as f64));
        }
        if let Some(size) = row.sizes().find(|size| !size.is_plausible()) {
            return Some(
                Say::new("check-chart-size-range")
                    .num("row", place as f64)
                    .text("size", crate::units::number(size.value())),
            );
        }
        if let Some(before) = before {
            if row.foot_mm <= before.foot_mm {
                return Some(Say::new("check-chart-foot-order").num("row", place as f64));
            }
            let shrinks = SizeSystem::ALL.into_iter().any(|system| {
                matches!((before.get(system), row.get(system)), (Some(a), Some(b)) if b < a)
            });
            if shrinks {
                return Some(Say::new("check-chart-size-order").num("row", place as f64));
            }
        }
        before = Some(row);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A brand is looked up without the spaces around it, whatever spaces they are.
    #[test]
    fn brands_are_trimmed_as_str_trim_does() {
        for brand in [
            "Nike",
            " Nike",
            "Nike ",
            "\tASICS\n",
            "\u{a0}PUMA",
            "PUMA\u{3000}",
            "",
            " ",
            "Ñike",
            "é",
            "New Balance",
        ] {
            assert_eq!(trimmed(brand), brand.trim(), "{brand:?}");
        }
    }

    /// The built-in charts read, and each passes the checks a catalogue's own chart must.
    #[test]
    fn built_in_charts_read_and_pass_their_checks() {
        let text = include_str!("../../assets/size-charts.ron");
        let charts: Vec<SizeChart> = crate::catalogue::ron_options()
            .from_str(text)
            .expect("assets/size-charts.ron reads");
        assert!(charts.len() >= 4, "{} charts", charts.len());
        for chart in &charts {
            assert_eq!(problems(chart), Vec::new(), "{}", chart.brand);
        }
        assert_eq!(built_in().len(), charts.len());
        let mut brands: Vec<String> = charts.iter().map(|c| c.brand.to_lowercase()).collect();
        brands.sort();
        brands.dedup();
        assert_eq!(brands.len(), charts.len(), "one chart a brand");
    }

    /// The standard conversion passes the same checks, and meets the Brannock scale's
    /// fixed points: a 10 1/3 inch foot is a US men's 9, an 11 inch one a US 11.
    #[test]
    fn the_standard_conversion_is_a_valid_chart_on_the_brannock_scale() {
        let chart = SizeChart {
            brand: "Standard".into(),
            source: "Brannock scale".into(),
            men: standard().to_vec(),
            women: None,
        };
        assert_eq!(problems(&chart), Vec::new());
        let at = |us: f64| standard().iter().find(|r| r.us_men == Some(us)).copied();
        let nine = at(9.0).expect("US 9");
        assert!((nine.foot_mm - 262.5).abs() < 0.1, "{}", nine.foot_mm);
        let eleven = at(11.0).expect("US 11");
        assert!((eleven.foot_mm - 279.4).abs() < 0.1, "{}", eleven.foot_mm);
        assert_eq!(eleven.uk, Some(10.0));
        assert_eq!(eleven.us_women, Some(12.5));
    }

    /// A chart whose lengths go backwards, or whose row gives no size, is refused with the
    /// row named.
    #[test]
    fn broken_charts_are_refused_with_the_row() {
        let row = |foot_mm: f64, eu: Option<f64>| ChartSize {
            foot_mm,
            eu,
            uk: None,
            us_men: None,
            us_women: None,
        };
        let mut chart = SizeChart {
            brand: "Aurora".into(),
            source: "Aurora chart, 2026".into(),
            men: vec![row(260.0, Some(42.0)), row(255.0, Some(42.5))],
            women: None,
        };
        let found = problems(&chart);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.id(), "check-chart-foot-order");
        chart.men = vec![row(260.0, Some(42.0)), row(265.0, None)];
        assert_eq!(problems(&chart)[0].1.id(), "check-chart-row-empty");
        chart.men = vec![row(260.0, Some(42.0)), row(265.0, Some(41.0))];
        assert_eq!(problems(&chart)[0].1.id(), "check-chart-size-order");
        chart.men = vec![row(260.0, Some(42.0)), row(265.0, Some(42.5))];
        assert_eq!(problems(&chart), Vec::new());
        chart.brand = "Aurora ".into();
        assert_eq!(problems(&chart)[0].1.id(), "check-chart-brand-spaces");
    }
}
