//! Writing a catalogue back as tidy, stable RON: one field per line in the order of format 1,
//! shoes in their order, the file's leading comment block kept. [`crate::files`] writes it
//! atomically, keeping the previous version as a backup beside it.

use super::{Catalogue, Shoe};
use crate::units::number;
use std::fmt::Write as _;

/// The comment block a file starts with (comments and blank lines before the first value).
pub fn leading_comments(text: &str) -> &str {
    let end = super::source::skip_blank(text);
    // Keep whole lines only.
    let end = text[..end].rfind('\n').map_or(0, |i| i + 1);
    &text[..end]
}

/// Whether `text` has comments after its leading block, which a rewrite cannot keep.
pub fn has_inner_comments(text: &str) -> bool {
    let body = &text[leading_comments(text).len()..];
    let mut in_string = false;
    let mut escaped = false;
    let bytes = body.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else if b == b'"' {
            in_string = true;
        } else if b == b'/' && matches!(bytes.get(i + 1), Some(b'/' | b'*')) {
            return true;
        }
    }
    false
}

/// The catalogue as RON text, after `header` (a comment block, kept as it is).
pub fn to_ron(catalogue: &Catalogue, header: &str) -> String {
    let mut out = String::with_capacity(catalogue.shoes.len() * 700 + header.len() + 200);
    out.push_str(header);
    if !header.is_empty() && !header.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("Catalogue(\n");
    let _ = writeln!(out, "    format: {},", catalogue.format);
    if let Some(name) = &catalogue.name {
        let _ = writeln!(out, "    name: {},", quoted(name));
    }
    if let Some(currency) = &catalogue.currency {
        let _ = writeln!(out, "    currency: {},", quoted(currency));
    }
    out.push_str("    shoes: [\n");
    for shoe in &catalogue.shoes {
        write_shoe(&mut out, shoe);
    }
    out.push_str("    ],\n");
    write_charts(&mut out, &catalogue.size_charts);
    out.push_str(")\n");
    out
}

fn write_shoe(out: &mut String, shoe: &Shoe) {
    out.push_str("        Shoe(\n");
    for (name, value) in required_fields(shoe)
        .into_iter()
        .chain(optional_fields(shoe))
    {
        let _ = writeln!(out, "            {name}: {value},");
    }
    out.push_str("        ),\n");
}

/// A list of values as the file writes it: `[Standard, Wide]`.
fn list(items: Vec<&str>) -> String {
    format!("[{}]", items.join(", "))
}

/// The fields every shoe has, each with its value as written, in the format's order.
fn required_fields(shoe: &Shoe) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    let mut field = |name: &'static str, value: String| fields.push((name, value));
    field("id", quoted(&shoe.id));
    field("brand", quoted(&shoe.brand));
    field("model", quoted(&shoe.model));
    field("support", shoe.support.to_string());
    field("cushioning", shoe.cushioning.to_string());
    field("heel_counter", shoe.heel_counter.to_string());
    field("removable_insole", shoe.removable_insole.to_string());
    field("breathability", shoe.breathability.to_string());
    field("water_resistance", shoe.water_resistance.to_string());
    field("outsole", shoe.outsole.to_string());
    field(
        "widths",
        list(shoe.widths.iter().map(|w| w.as_str()).collect()),
    );
    field(
        "surfaces",
        list(shoe.surfaces.iter().map(|s| s.as_str()).collect()),
    );
    field("weight_g", float(shoe.weight_g));
    fields
}

/// The optional fields a shoe gives, each with its value as written, in the format's order.
fn optional_fields(shoe: &Shoe) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    let mut field = |name: &'static str, value: String| fields.push((name, value));
    if let Some(stack) = shoe.stack_heel_mm {
        field("stack_heel_mm", float(stack));
    }
    if let Some(drop) = shoe.drop_mm {
        field("drop_mm", float(drop));
    }
    if let Some(flexibility) = shoe.flexibility {
        field("flexibility", flexibility.to_string());
    }
    if let Some(price) = shoe.price {
        field("price", decimal(price));
    }
    if let Some(currency) = &shoe.currency {
        field("currency", quoted(currency));
    }
    if let Some((smallest, largest)) = shoe.sizes_eu {
        field(
            "sizes_eu",
            format!("({}, {})", decimal(smallest), decimal(largest)),
        );
    }
    if let Some(image) = &shoe.image {
        field("image", quoted(image));
    }
    if let Some(notes) = &shoe.notes {
        field("notes", quoted(notes));
    }
    if let Some(plate) = shoe.plate {
        field("plate", plate.to_string());
    }
    if let Some(uses) = &shoe.uses {
        field("uses", list(uses.iter().map(|u| u.as_str()).collect()));
    }
    if let Some(foam) = shoe.foam {
        field("foam", foam.to_string());
    }
    if let Some(toe_box) = shoe.toe_box {
        field("toe_box", toe_box.to_string());
    }
    if let Some(depth) = shoe.lug_depth_mm {
        field("lug_depth_mm", float(depth));
    }
    if let Some(sizing) = shoe.sizing {
        field("sizing", sizing.to_string());
    }
    if let Some(replaces) = &shoe.replaces {
        field("replaces", quoted(replaces));
    }
    if let Some(guidance) = &shoe.guidance {
        field(
            "guidance",
            list(guidance.iter().map(|g| g.as_str()).collect()),
        );
    }
    if let Some(confirmed) = shoe.widths_confirmed {
        field("widths_confirmed", confirmed.to_string());
    }
    if let Some(url) = &shoe.url {
        field("url", quoted(url));
    }
    fields
}

/// The shop's own size charts, a row of each table a line.
fn write_charts(out: &mut String, charts: &[super::charts::SizeChart]) {
    if charts.is_empty() {
        return;
    }
    out.push_str("    size_charts: [\n");
    for chart in charts {
        out.push_str("        SizeChart(\n");
        let _ = writeln!(out, "            brand: {},", quoted(&chart.brand));
        let _ = writeln!(out, "            source: {},", quoted(&chart.source));
        let tables = [("men", Some(&chart.men)), ("women", chart.women.as_ref())];
        for (name, rows) in tables {
            let Some(rows) = rows else { continue };
            let _ = writeln!(out, "            {name}: [");
            for row in rows {
                let mut fields = vec![format!("foot_mm: {}", decimal(row.foot_mm))];
                for (key, value) in [
                    ("eu", row.eu),
                    ("uk", row.uk),
                    ("us_men", row.us_men),
                    ("us_women", row.us_women),
                ] {
                    if let Some(value) = value {
                        fields.push(format!("{key}: {}", decimal(value)));
                    }
                }
                let _ = writeln!(out, "                Size({}),", fields.join(", "));
            }
            out.push_str("            ],\n");
        }
        out.push_str("        ),\n");
    }
    out.push_str("    ],\n");
}

/// A RON string literal, escaped as RON reads it: only quotes, backslashes and control
/// characters, so that apostrophes and accents stay as a person typed them.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number as written in the format: `265`, `8.5`; non-finite values as RON spells them.
fn float(value: f64) -> String {
    if value.is_finite() {
        number(value)
    } else {
        ron::to_string(&value).unwrap_or_default()
    }
}

/// A number that reads as money or a size: always with a decimal point, `140.0`, `42.5`.
fn decimal(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 {
        format!("{value:.1}")
    } else {
        float(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written strings read back as they were, and keep apostrophes and accents as typed.
    #[test]
    fn quoted_strings_read_back_equal() -> Result<(), ron::error::SpannedError> {
        for text in [
            "Ghost 16's \"plain\" twin",
            "back\\slash, tab\t, new\nline, bell\u{7}, é and 走",
            "",
        ] {
            let written = quoted(text);
            assert_eq!(
                super::super::ron_options().from_str::<String>(&written)?,
                text
            );
        }
        assert_eq!(quoted("it's"), "\"it's\"");
        Ok(())
    }

    #[test]
    fn the_leading_comment_block_is_found_and_inner_comments_are_noticed() {
        let text = "// Shop\n/* spring */\n\nCatalogue(\n  name: \"a // not a comment\",\n)\n";
        assert_eq!(leading_comments(text), "// Shop\n/* spring */\n\n");
        assert!(!has_inner_comments(text));
        assert!(has_inner_comments(
            "// h\nCatalogue(\n  format: 1, // one\n)"
        ));
        assert_eq!(leading_comments("Catalogue()"), "");
    }
}
