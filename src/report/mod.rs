//! The fitting report: a self-contained HTML page (pictures embedded) that prints well on
//! A4, with the runner's inputs, the top choices and their reasons, what was tried and how
//! it felt, and the knee-health notes when knee pain was given.

use crate::catalogue::validate::resolve_image;
use crate::catalogue::{Catalogue, Shoe};
use crate::knee_health;
use crate::profile::{Profile, size_said};
use crate::recommend::{Advice, Band, Explainer, Factor, NO_BEST_PICK, Verdict, specs};
use crate::units::WeightUnit;
use crate::units::money;
use crate::words::{Say, Words};
use base64::Engine;
use std::fmt::Write as _;
use std::path::Path;

/// Pictures in the report are scaled to fit this many pixels.
const PICTURE_SIDE: u32 = 360;

/// Where a report takes the shoes' pictures from.
#[derive(Debug, Clone, Copy)]
pub enum Pictures<'a> {
    /// The catalogue's folder, which its image paths start from (none: no pictures).
    Folder(Option<&'a Path>),
    /// The built-in sample's.
    Sample,
}

/// What a report is made of.
pub struct ReportInput<'a> {
    /// The shoes to choose from.
    pub catalogue: &'a Catalogue,
    /// Where the shoes' pictures are read from, to be embedded.
    pub pictures: Pictures<'a>,
    /// The runner's inputs, or a fitting session with the shoes tried on.
    pub profile: &'a Profile,
    /// The advice to write: the window's, or the one `report` worked out, as `recommend`
    /// does, with the shop's evidence when asked.
    pub advice: &'a Advice,
    /// How many of the best-ranked shoes to show, at most.
    pub top: usize,
    /// The day shown when the profile has none, `YYYY-MM-DD`.
    pub today: String,
    /// The language of the report.
    pub lang: crate::words::Lang,
    /// The unit body weights are said in.
    pub weight_unit: WeightUnit,
}

/// The report as one HTML page, in the language of the input.
pub fn render(input: &ReportInput) -> String {
    let ReportInput {
        catalogue, profile, ..
    } = *input;
    let words = input.lang.words();
    let mut html = String::with_capacity(64 * 1024);
    head(&mut html, input, words);
    inputs_section(&mut html, profile, words, input.weight_unit);
    history_section(&mut html, catalogue, profile, words);
    choices_section(&mut html, input, words);
    if !profile.tried.is_empty() {
        tried_section(&mut html, catalogue, profile, words);
    }
    if profile.knee_pain == Some(true) {
        knee_section(&mut html, words);
    }
    let _ = writeln!(
        html,
        "<footer>{}</footer>\n</body>\n</html>",
        escape(&words.get("report-footer"))
    );
    html
}

/// The page's head, title and header: whose fitting, when, from which catalogue.
fn head(html: &mut String, input: &ReportInput, words: &Words) {
    let profile = input.profile;
    let date = profile.date.clone().unwrap_or_else(|| input.today.clone());
    let title = match &profile.customer {
        Some(name) => words.say(&Say::new("report-title-for").text("name", name.clone())),
        None => words.get("report-title"),
    };
    let catalogue = match &input.catalogue.name {
        Some(name) => name.clone(),
        None => words.get("report-catalogue-unnamed"),
    };
    let _ = writeln!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        input.lang.code(),
        escape(&title)
    );
    let _ = writeln!(
        html,
        "<header><h1>{}</h1><p class=\"meta\">{} · {}</p></header>",
        escape(&title),
        escape(&date),
        escape(&catalogue)
    );
}

/// The runner's inputs, a row each.
fn inputs_section(html: &mut String, profile: &Profile, words: &Words, unit: WeightUnit) {
    let _ = writeln!(
        html,
        "<section class=\"inputs\"><h2>{}</h2><table>",
        escape(&words.get("report-your-running"))
    );
    for input in profile.given() {
        let _ = writeln!(
            html,
            "<tr><th>{}</th><td>{}</td></tr>",
            escape(&words.get(Factor::label_of(&input))),
            escape(&words.say_in(&input.value(), unit))
        );
    }
    html.push_str("</table></section>\n");
}

/// The top choices, each with its picture, band, score, price, key specifications,
/// reasons and what-if.
fn choices_section(html: &mut String, input: &ReportInput, words: &Words) {
    let ReportInput {
        catalogue,
        profile,
        advice,
        ..
    } = *input;
    let ranking = &advice.ranking;
    let shown = input.top.min(ranking.recommendations.len());
    let heading = Say::new("report-top-choices").num("count", shown as f64);
    let _ = writeln!(
        html,
        "<section class=\"choices\"><h2>{}</h2>",
        escape(&words.say(&heading))
    );
    if ranking.recommendations.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(&words.get("report-none")));
    } else if ranking.in_band(Band::Best) == 0 {
        no_best_pick(html, advice, words);
    }
    let explainer = Explainer::learning(catalogue, profile, Some(&advice.learned))
        .speaking(input.lang)
        .weighing_in(input.weight_unit);
    for r in ranking.recommendations.iter().take(input.top) {
        let shoe = &catalogue.shoes[r.shoe];
        html.push_str("<article class=\"shoe\">\n");
        html.push_str(&picture(shoe, input.pictures, words));
        let price = shoe.price.map_or_else(String::new, |p| {
            format!(
                " · {} {}",
                money(p),
                escape(catalogue.currency_of(shoe).unwrap_or(""))
            )
        });
        let score = Say::new("report-match").num("percent", specs::card_percent(r.score));
        let _ = writeln!(
            html,
            "<div class=\"body\"><h3><span class=\"rank\">{}.</span> {}</h3>\n<p class=\"score\"><span class=\"band {}\">{}</span> · {}{price}</p>",
            r.rank,
            escape(&crate::recommend::name_for(shoe, input.profile, words)),
            r.band.as_str(),
            escape(&sentence_case(&r.band.one(words))),
            escape(&words.say(&score)),
        );
        let _ = writeln!(
            html,
            "<p class=\"specs\">{}</p>\n<ul class=\"reasons\">",
            escape(&key_specs(shoe, words))
        );
        let mut reasons = explainer.explain(shoe);
        reasons.extend(advice.moves.reasons(r.shoe, words));
        for reason in reasons {
            let (class, mark) = verdict_mark(reason.verdict);
            let _ = writeln!(
                html,
                "<li class=\"{class}\"><span class=\"mark\">{mark}</span> {}</li>",
                escape(&reason.text)
            );
        }
        html.push_str("</ul>\n");
        // The first what-if only: a page has room for one a shoe.
        let what_if = advice
            .what_ifs
            .as_ref()
            .and_then(|what_ifs| what_ifs.of_in(r.shoe, words).into_iter().next());
        if let Some(what_if) = what_if {
            let _ = writeln!(html, "<p class=\"whatif\">{}</p>", escape(&what_if.text));
        }
        html.push_str("</div></article>\n");
    }
    html.push_str("</section>\n");
}

/// When no shoe suits everything asked: said so, then what would widen the choice.
fn no_best_pick(html: &mut String, advice: &Advice, words: &Words) {
    let _ = writeln!(
        html,
        "<p class=\"nobest\">{}</p>",
        escape(&words.get(NO_BEST_PICK))
    );
    if !advice.widenings.is_empty() {
        let _ = writeln!(
            html,
            "<p class=\"widen\">{}</p>\n<ul class=\"widen\">",
            escape(&words.get("widen-lead"))
        );
        for widening in &advice.widenings {
            let _ = writeln!(html, "<li>{}</li>", escape(&widening.text(words)));
        }
        html.push_str("</ul>\n");
    }
}

/// The specifications a customer compares on the shop floor, in one line.
fn key_specs(shoe: &Shoe, words: &Words) -> String {
    const KEY: [&str; 5] = [
        "spec-support",
        "spec-cushioning",
        "spec-drop",
        "spec-weight",
        "spec-widths",
    ];
    specs::rows(shoe, None)
        .into_iter()
        .filter(|row| KEY.contains(&row.name))
        .map(|row| format!("{}: {}", words.get(row.name), words.say(&row.value)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What happened last time: each pair this customer bought before and how it went, so the
/// report says why a shoe is up, down, or named in another width or size.
fn history_section(html: &mut String, catalogue: &Catalogue, profile: &Profile, words: &Words) {
    let pairs = profile.judged_pairs();
    if pairs.is_empty() {
        return;
    }
    let _ = writeln!(
        html,
        "<section class=\"history\"><h2>{}</h2><table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&words.get("report-history")),
        escape(&words.get("report-history-bought")),
        escape(&words.get("report-tried-shoe")),
        escape(&words.get("report-history-went")),
    );
    for pair in pairs {
        let name = catalogue
            .shoes
            .iter()
            .find(|s| s.id == pair.shoe)
            .map_or_else(|| pair.shoe.to_string(), Shoe::name);
        let (how, troubles) = match pair.went {
            crate::profile::LastPair::Happy => ("report-history-happy", &[][..]),
            crate::profile::LastPair::Returned(troubles) => ("history-returned", &troubles[..]),
            crate::profile::LastPair::Trouble(troubles) => ("history-kept", &troubles[..]),
        };
        let why: Vec<String> = troubles.iter().map(|t| words.get(t.message())).collect();
        let went = if why.is_empty() {
            words.get(how)
        } else {
            format!("{}: {}", words.get(how), why.join(", "))
        };
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(pair.bought_on.unwrap_or("")),
            escape(&name),
            escape(&went)
        );
    }
    html.push_str("</table></section>\n");
}

/// The shoes tried on, the size each was tried in, how each felt and the note on it; then
/// the pair bought, in the size bought.
fn tried_section(html: &mut String, catalogue: &Catalogue, profile: &Profile, words: &Words) {
    let _ = writeln!(
        html,
        "<section class=\"tried\"><h2>{}</h2><table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&words.get("report-tried")),
        escape(&words.get("report-tried-shoe")),
        escape(&words.get("report-tried-size")),
        escape(&words.get("report-tried-feel")),
        escape(&words.get("report-tried-note")),
    );
    let name_of = |id: &str| {
        catalogue
            .shoes
            .iter()
            .find(|s| s.id == id)
            .map_or_else(|| id.to_string(), Shoe::name)
    };
    let size_of = |size: Option<crate::units::ShoeSize>| {
        size.map_or_else(String::new, |size| words.say(&size_said(size)))
    };
    for tried in &profile.tried {
        let feel: Vec<String> = tried.feel.iter().map(|f| words.get(f.message())).collect();
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&name_of(&tried.shoe)),
            escape(&size_of(tried.size)),
            escape(&feel.join(", ")),
            escape(tried.note.as_deref().unwrap_or(""))
        );
    }
    html.push_str("</table>\n");
    if let Some(crate::profile::Bought::Shoe(id)) = &profile.bought {
        let said = match profile.bought_size {
            Some(size) => Say::new("report-bought-size")
                .text("shoe", name_of(id))
                .says("size", vec![size_said(size)]),
            None => Say::new("report-bought").text("shoe", name_of(id)),
        };
        let _ = writeln!(
            html,
            "<p class=\"bought\">{}</p>",
            escape(&words.say(&said))
        );
    }
    html.push_str("</section>\n");
}

/// The knee-health advice, the warning signs first.
fn knee_section(html: &mut String, words: &Words) {
    let _ = writeln!(
        html,
        "<section class=\"knee\"><h2>{}</h2>",
        escape(&words.get("report-knees"))
    );
    for section in knee_health::ALL {
        let class = if section.urgent {
            " class=\"red-flags\""
        } else {
            ""
        };
        let _ = writeln!(
            html,
            "<div{class}><h3>{}</h3><p>{}</p><ul>",
            escape(&section.title(words)),
            escape(&section.intro(words))
        );
        for point in section.points(words) {
            let _ = writeln!(html, "<li>{}</li>", escape(&point));
        }
        html.push_str("</ul></div>\n");
    }
    html.push_str("</section>\n");
}

fn verdict_mark(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Good => ("good", "✔"),
        Verdict::Caution => ("caution", "⚠"),
        Verdict::Poor => ("poor", "✖"),
    }
}

/// The shoe's picture as an embedded PNG, or a placeholder.
fn picture(shoe: &Shoe, pictures: Pictures, words: &Words) -> String {
    let read = |image: &str| match pictures {
        Pictures::Folder(folder) => resolve_image(image, folder)
            .ok()
            .flatten()
            .and_then(|path| crate::pictures::read_picture(&path, PICTURE_SIDE).ok()),
        Pictures::Sample => crate::sample::picture(image)
            .and_then(|bytes| crate::pictures::decode_picture(bytes, PICTURE_SIDE).ok()),
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
        None => format!(
            "<div class=\"no-picture\">{}</div>\n",
            escape(&words.get("report-no-picture"))
        ),
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

/// Writes the report as `plan` says (atomically, through the one write path).
pub fn write(
    path: &Path,
    html: &str,
    plan: &crate::files::Plan,
) -> Result<crate::files::Written, crate::files::WriteError> {
    crate::files::write(path, html.as_bytes(), plan)
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
.widen { color: #a56900; margin: 0.2em 0; }
ul.widen { margin-top: 0; }
ul.reasons { list-style: none; padding: 0; margin: 0; }
ul.reasons li { margin: 1px 0; }
.mark { display: inline-block; width: 1.2em; font-weight: bold; }
.good .mark { color: #16803c; }
.caution .mark { color: #a56900; }
.poor .mark { color: #be2823; }
.specs { margin: 0 0 4px; color: #5b6670; font-size: 9.5pt; }
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
