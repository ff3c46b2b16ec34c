//! The modules form layers, and no module reaches up: the catalogue knows nothing of the
//! runner, the evidence nothing of the rules, the rules nothing of the report, and the core
//! nothing of the window or the command line. Read from the source's `crate::` paths.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Each top-level module and its layer: a module may use its own layer's and lower ones.
const LAYERS: &[(&str, u32)] = &[
    ("units", 0),
    ("dates", 0),
    ("words", 0),
    ("files", 0),
    ("privacy", 0),
    ("pictures", 0),
    ("knee_health", 1),
    ("catalogue", 1),
    ("sample", 2),
    ("profile", 3),
    ("session", 4),
    ("evidence", 4),
    ("recommend", 5),
    ("report", 6),
    ("cli", 7),
    ("app", 7),
];

/// The window and the command line: on top, and neither uses the other.
const TOP: u32 = 7;

fn layer(module: &str) -> Option<u32> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|&(_, layer)| layer)
}

/// Every `.rs` file under `folder`.
fn sources(folder: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a file names through `crate::…`, outside comments and a test
/// module's tests (`#[cfg(test)]` onward).
fn named(code: &str) -> BTreeSet<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = BTreeSet::new();
    for line in code
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
    {
        for (i, _) in line.match_indices("crate::") {
            let rest = &line[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn no_module_reaches_a_layer_above_its_own() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut upward = Vec::new();
    let mut read = 0;
    for file in &files {
        let relative = file.strip_prefix(&root).expect("under src");
        let top = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|name| name.trim_end_matches(".rs").to_string())
            .expect("a name");
        if top == "lib" || top == "main" {
            continue;
        }
        let own = layer(&top).unwrap_or_else(|| panic!("{top} is in no layer: add it to LAYERS"));
        let code = std::fs::read_to_string(file).expect("read");
        read += 1;
        for module in named(&code) {
            if module == top {
                continue;
            }
            let theirs =
                layer(&module).unwrap_or_else(|| panic!("{module} is in no layer: add it"));
            // The window and the command line share only the core.
            let side_by_side = own == TOP && theirs == TOP;
            if theirs > own || side_by_side {
                upward.push(format!(
                    "{}: {top} ({own}) uses {module} ({theirs})",
                    relative.display()
                ));
            }
        }
    }
    assert!(read > 40, "the sources are read ({read})");
    assert!(upward.is_empty(), "imports reaching up: {upward:#?}");
}

/// The check above can fail: a path reaching up is found in a line of code, and not in a
/// comment.
#[test]
fn a_path_up_is_noticed_and_a_comment_is_not() {
    let found = named("use crate::recommend::rank;\n// crate::app is only mentioned\n");
    assert_eq!(found, BTreeSet::from(["recommend".to_string()]));
    assert!(layer("recommend") > layer("evidence"));
}
