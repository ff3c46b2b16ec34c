//! Writing a catalogue back as tidy, stable RON: one field per line in the order of format 1,
//! shoes in their order, the file's leading comment block kept. Written atomically (a temp
//! file in the same folder, flushed, renamed over the old one) with the previous version kept
//! as a backup beside it, so a failed save never harms the file.

use super::validate::number;
use super::{Catalogue, Shoe};
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

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
    out.push_str("    ],\n)\n");
    out
}

fn write_shoe(out: &mut String, shoe: &Shoe) {
    let list = |items: Vec<&str>| format!("[{}]", items.join(", "));
    out.push_str("        Shoe(\n");
    let mut field = |name: &str, value: String| {
        let _ = writeln!(out, "            {name}: {value},");
    };
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
    out.push_str("        ),\n");
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

/// Why a save failed; the file on disk is then as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write in {folder}: {source}")]
    Folder {
        folder: PathBuf,
        source: std::io::Error,
    },
    #[error("writing the new version failed ({source}); {file} is unchanged")]
    Write {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("could not put the new version in place ({source}); {file} is unchanged")]
    Replace {
        file: PathBuf,
        source: std::io::Error,
    },
}

/// The backup of `path`: `shop.ron` keeps its previous version as `shop.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `text` to `path` atomically, keeping the previous version as a backup.
pub fn save_atomically(path: &Path, text: &str) -> Result<(), SaveError> {
    save_with(path, text, |file, bytes| file.write_all(bytes))
}

/// [`save_atomically`] with the writing of the bytes given, so a failure midway can be tried.
pub fn save_with(
    path: &Path,
    text: &str,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let folder = super::folder_of(path);
    let mut temp = tempfile::Builder::new()
        .prefix(".shoe-selector-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|source| SaveError::Folder {
            folder: folder.clone(),
            source,
        })?;
    let file = path.to_path_buf();
    write(temp.as_file_mut(), text.as_bytes())
        .and_then(|()| temp.as_file_mut().flush())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|source| SaveError::Write {
            file: file.clone(),
            source,
        })?;
    // The new version keeps the old one's permissions (a temp file starts private).
    share_like(temp.path(), Some(path)).map_err(|source| SaveError::Write {
        file: file.clone(),
        source,
    })?;
    if path.is_file() {
        std::fs::copy(path, backup_path(path)).map_err(|source| SaveError::Replace {
            file: file.clone(),
            source,
        })?;
    }
    temp.persist(path).map_err(|error| SaveError::Replace {
        file,
        source: error.error,
    })?;
    Ok(())
}

/// Writes `text` to `path` atomically (a temp file in the same folder, renamed into place),
/// without a backup: for files the program owns, such as reports and fitting sessions.
pub fn replace_file(path: &Path, text: &str) -> Result<(), String> {
    let folder = super::folder_of(path);
    let mut temp = tempfile::Builder::new()
        .prefix(".shoe-selector-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|error| format!("cannot write in {}: {error}", folder.display()))?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .and_then(|()| share_like(temp.path(), Some(path)))
        .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    temp.persist(path)
        .map_err(|error| format!("cannot write {}: {}", path.display(), error.error))?;
    Ok(())
}

/// Copies the file at `source` to `target`, which must not exist yet: written whole to a
/// temp file beside it and then given its name only if that name is still free, so a
/// half-written file never appears and no file is ever replaced.
pub fn write_new(target: &Path, source: &Path) -> Result<(), String> {
    let bytes = std::fs::read(source)
        .map_err(|error| format!("cannot read {}: {error}", source.display()))?;
    write_new_bytes(target, &bytes)
}

/// Writes `bytes` to `target`, which must not exist yet, as [`write_new`] does.
pub fn write_new_bytes(target: &Path, bytes: &[u8]) -> Result<(), String> {
    let folder = super::folder_of(target);
    std::fs::create_dir_all(&folder)
        .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".shoe-selector-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|error| format!("cannot write in {}: {error}", folder.display()))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .and_then(|()| share_like(temp.path(), None))
        .map_err(|error| format!("cannot write {}: {error}", target.display()))?;
    temp.persist_noclobber(target)
        .map_err(|error| format!("cannot write {}: {}", target.display(), error.error))?;
    Ok(())
}

/// Gives a freshly written temp file the permissions of `like` when it exists, else the
/// usual rw-r--r--, so saving never makes a file private by accident.
pub fn share_like(temp: &Path, like: Option<&Path>) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = like
            .and_then(|path| std::fs::metadata(path).ok())
            .map_or_else(
                || std::fs::Permissions::from_mode(0o644),
                |m| m.permissions(),
            );
        std::fs::set_permissions(temp, permissions)
    }
    #[cfg(not(unix))]
    {
        let _ = (temp, like);
        Ok(())
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
