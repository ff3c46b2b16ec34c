//! The fitting report: a self-contained HTML page (pictures embedded) that prints well on
//! A4, with the runner's inputs, the top choices and their reasons, what was tried and how
//! it felt, and the knee-health notes when knee pain was given.

use crate::catalogue::validate::resolve_image;
use crate::catalogue::{Catalogue, Shoe};
use crate::knee_health;
use crate::profile::Profile;
use crate::recommend::what_if::what_ifs;
use crate::recommend::{Band, NO_BEST_PICK, Priorities, Verdict, explain, rank};
use crate::units::number;
use base64::Engine;
use std::fmt::Write as _;
use std::path::Path;

/// Pictures in the report are scaled to fit this many pixels.
const PICTURE_SIDE: u32 = 360;

/// What a report is made of.
/// Where a report takes the shoes' pictures from.
#[derive(Debug, Clone, Copy)]
pub enum Pictures<'a> {
    /// The catalogue's folder, which its image paths start from (none: no pictures).
    Folder(Option<&'a Path>),
    /// The built-in sample's.
    Sample,
}

pub struct ReportInput<'a> {
    pub catalogue: &'a Catalogue,
    pub pictures: Pictures<'a>,
    pub profile: &'a Profile,
    pub priorities: &'a Priorities,
    pub top: usize,
    /// The day shown when the profile has none, `YYYY-MM-DD`.
    pub today: String,
    /// The language of the report.
    pub lang: crate::words::Lang,
}

/// Today's date, `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The report as one HTML page.
pub fn render(input: &ReportInput) -> String {
    let ReportInput {
        catalogue,
        profile,
        priorities,
        ..
    } = *input;
    let ranking = rank(catalogue, profile, priorities);
    let what_ifs = what_ifs(catalogue, profile, priorities, &ranking, 1);
    let date = profile.date.clone().unwrap_or_else(|| input.today.clone());
    let mut html = String::with_capacity(64 * 1024);
    let title = match &profile.customer {
        Some(name) => format!("Running-shoe fitting for {name}"),
        None => "Running-shoe fitting".to_string(),
    };
    let _ = writeln!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(&title)
    );
    let _ = writeln!(
        html,
        "<header><h1>{}</h1><p class=\"meta\">{} · {}</p></header>",
        escape(&title),
        escape(&date),
        escape(catalogue.name.as_deref().unwrap_or("catalogue"))
    );

    html.push_str("<section class=\"inputs\"><h2>Your running</h2><table>\n");
    for (name, value) in inputs(profile) {
        let _ = writeln!(
            html,
            "<tr><th>{}</th><td>{}</td></tr>",
            escape(name),
            escape(&value)
        );
    }
    html.push_str("</table></section>\n");

    let _ = writeln!(
        html,
        "<section class=\"choices\"><h2>Our top {} choices</h2>",
        input.top.min(ranking.recommendations.len())
    );
    if ranking.recommendations.is_empty() {
        html.push_str("<p>No shoe in this catalogue meets your hard requirements.</p>\n");
    } else if ranking.in_band(Band::Best) == 0 {
        let _ = writeln!(
            html,
            "<p class=\"nobest\">{}</p>",
            escape(&crate::words::Lang::En.words().get(NO_BEST_PICK))
        );
    }
    for r in ranking.recommendations.iter().take(input.top) {
        let shoe = &catalogue.shoes[r.shoe];
        html.push_str("<article class=\"shoe\">\n");
        html.push_str(&picture(shoe, input.pictures));
        let _ = writeln!(
            html,
            "<div class=\"body\"><h3><span class=\"rank\">{}.</span> {}</h3>\n<p class=\"score\"><span class=\"band {}\">{}</span> · {:.0}% match{}</p>\n<ul class=\"reasons\">",
            r.rank,
            escape(&shoe.name()),
            r.band.as_str(),
            sentence_case(&r.band.one(crate::words::Lang::En.words())),
            r.score * 100.0,
            shoe.price
                .map(|p| format!(
                    " · {} {}",
                    money(p),
                    escape(catalogue.currency_of(shoe).unwrap_or(""))
                ))
                .unwrap_or_default()
        );
        for reason in explain(catalogue, shoe, profile) {
            let (class, mark) = verdict_mark(reason.verdict);
            let _ = writeln!(
                html,
                "<li class=\"{class}\"><span class=\"mark\">{mark}</span> {}</li>",
                escape(&reason.text)
            );
        }
        html.push_str("</ul>\n");
        for what_if in what_ifs.of(r.shoe) {
            let _ = writeln!(html, "<p class=\"whatif\">{}</p>", escape(&what_if.text));
        }
        html.push_str("</div></article>\n");
    }
    html.push_str("</section>\n");

    if !profile.tried.is_empty() {
        html.push_str("<section class=\"tried\"><h2>What you tried on</h2><table>\n<tr><th>Shoe</th><th>How it felt</th><th>Note</th></tr>\n");
        for tried in &profile.tried {
            let name = catalogue
                .shoes
                .iter()
                .find(|s| s.id == tried.shoe)
                .map_or_else(|| tried.shoe.clone(), Shoe::name);
            let feel: Vec<&str> = tried.feel.iter().map(|f| f.words()).collect();
            let _ = writeln!(
                html,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&name),
                escape(&feel.join(", ")),
                escape(tried.note.as_deref().unwrap_or(""))
            );
        }
        html.push_str("</table></section>\n");
    }

    if profile.knee_pain == Some(true) {
        html.push_str("<section class=\"knee\"><h2>Your knees</h2>\n");
        for section in knee_health::ALL {
            let class = if section.urgent {
                " class=\"red-flags\""
            } else {
                ""
            };
            let _ = writeln!(
                html,
                "<div{class}><h3>{}</h3><p>{}</p><ul>",
                escape(&section.title(crate::words::Lang::En.words())),
                escape(&section.intro(crate::words::Lang::En.words()))
            );
            for point in section.points(crate::words::Lang::En.words()) {
                let _ = writeln!(html, "<li>{}</li>", escape(&point));
            }
            html.push_str("</ul></div>\n");
        }
        html.push_str("</section>\n");
    }
    html.push_str("<footer>Shoe figures are approximate; try every shoe on before you buy. A shoe can remove a cause of knee pain; it does not treat an injury.</footer>\n</body>\n</html>\n");
    html
}

/// The runner's inputs in words, as (name, value) rows.
fn inputs(profile: &Profile) -> Vec<(&'static str, String)> {
    let mut rows = vec![
        ("Foot width", profile.foot_width.words().to_string()),
        ("Body weight", format!("{} kg", number(profile.weight_kg))),
        ("Pronation", profile.pronation.words().to_string()),
        ("Season", profile.season.words().to_string()),
        ("Surface", profile.surface.words().to_string()),
    ];
    if let Some(strike) = profile.foot_strike {
        rows.push(("Foot strike", strike.words().to_string()));
    }
    if let Some(pain) = profile.knee_pain {
        rows.push(("Knee pain", if pain { "yes".into() } else { "no".into() }));
    }
    if let Some(orthotics) = profile.orthotics {
        rows.push((
            "Orthotics",
            if orthotics { "yes".into() } else { "no".into() },
        ));
    }
    if let Some(experience) = profile.experience {
        rows.push(("Experience", experience.words().to_string()));
    }
    if let Some(budget) = profile.budget {
        rows.push(("Budget", money(budget)));
    }
    if let Some(size) = profile.size_eu {
        rows.push(("Shoe size", format!("EU {}", number(size))));
    }
    rows
}

fn money(amount: f64) -> String {
    if amount.fract() == 0.0 {
        number(amount)
    } else {
        format!("{amount:.2}")
    }
}

fn verdict_mark(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Good => ("good", "✔"),
        Verdict::Caution => ("caution", "⚠"),
        Verdict::Poor => ("poor", "✖"),
    }
}

/// The shoe's picture as an embedded PNG, or a placeholder.
fn picture(shoe: &Shoe, pictures: Pictures) -> String {
    let read = |image: &str| match pictures {
        Pictures::Folder(folder) => resolve_image(image, folder)
            .ok()
            .flatten()
            .and_then(|path| crate::pictures::read_picture(&path, PICTURE_SIDE).ok()),
        Pictures::Sample => crate::sample::picture(image)
            .and_then(|bytes| crate::pictures::decode_picture(bytes, image, PICTURE_SIDE).ok()),
    };
    let data = shoe.image.as_deref().and_then(read).and_then(|rgba| {
        let mut bytes = Vec::new();
        rgba.write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .ok()?;
        Some(base64::engine::general_purpose::STANDARD.encode(bytes))
    });
    match data {
        Some(data) => format!(
            "<img src=\"data:image/png;base64,{data}\" alt=\"{}\" />\n",
            escape(&shoe.name())
        ),
        None => "<div class=\"no-picture\">no picture</div>\n".to_string(),
    }
}

/// Text made safe for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes the report atomically: a temp file in the same folder, renamed into place.
pub fn write(path: &Path, html: &str) -> Result<(), crate::files::WriteError> {
    crate::files::write(path, html.as_bytes(), crate::files::Replace::Yes)
}

const STYLE: &str = r#"
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Arial, sans-serif; color: #1d2329; margin: 0 auto; max-width: 190mm; font-size: 10.5pt; line-height: 1.4; }
header { border-bottom: 3px solid #007a6e; margin-bottom: 10px; }
h1 { font-size: 20pt; margin: 12px 0 2px; color: #007a6e; }
h2 { font-size: 13pt; margin: 16px 0 6px; border-bottom: 1px solid #d6dbdf; padding-bottom: 2px; }
h3 { font-size: 11.5pt; margin: 0 0 2px; }
.meta { color: #5b6670; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #eef0f2; vertical-align: top; }
.inputs th { width: 30%; color: #5b6670; font-weight: normal; }
article.shoe { display: flex; gap: 12px; padding: 8px 0; border-bottom: 1px solid #eef0f2; break-inside: avoid; page-break-inside: avoid; }
article.shoe img, .no-picture { width: 46mm; height: 29mm; object-fit: contain; flex: none; }
.no-picture { background: #f1f3f5; color: #8a949c; display: flex; align-items: center; justify-content: center; font-size: 9pt; }
.rank { color: #007a6e; }
.score { margin: 0 0 4px; color: #5b6670; }
.band { font-weight: 600; }
.band.best { color: #16803c; }
.band.tradeoffs { color: #be2823; }
.nobest { color: #a56900; font-weight: 600; }
ul.reasons { list-style: none; padding: 0; margin: 0; }
ul.reasons li { margin: 1px 0; }
.mark { display: inline-block; width: 1.2em; font-weight: bold; }
.good .mark { color: #16803c; }
.caution .mark { color: #a56900; }
.poor .mark { color: #be2823; }
.whatif { margin: 4px 0 0; font-style: italic; color: #5b6670; }
.knee div { break-inside: avoid; page-break-inside: avoid; }
.red-flags { border: 2px solid #be2823; padding: 4px 10px; border-radius: 6px; }
.red-flags h3 { color: #be2823; }
footer { margin-top: 16px; color: #8a949c; font-size: 9pt; }
"#;

/// `text` with its first letter upper case: "A best pick".
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
