//! A customer's name is kept in their session files and reports, nowhere else. After they are
//! forgotten, [`files_naming`] looks through the program's folders for the name, so the
//! window can say that nothing of them is left, or where it still is.

use std::path::{Path, PathBuf};

/// Files larger than this are not looked through (no file of the program's is near it).
const LARGEST: u64 = 64 * 1024 * 1024;
/// How deep under each folder files are looked for.
const DEPTH: usize = 4;

/// The files under `folders` (and their sub-folders, a few deep) that hold `name`, whatever
/// its case. Only regular files are read; links are not followed.
pub fn files_naming(folders: &[PathBuf], name: &str) -> Vec<PathBuf> {
    let needle = name.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for folder in folders {
        look(folder, &needle, DEPTH, &mut seen, &mut found);
    }
    found.sort();
    found
}

fn look(
    folder: &Path,
    needle: &str,
    depth: usize,
    seen: &mut std::collections::BTreeSet<PathBuf>,
    found: &mut Vec<PathBuf>,
) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && depth > 0 {
            look(&path, needle, depth - 1, seen, found);
        } else if kind.is_file()
            && seen.insert(path.clone())
            && entry.metadata().is_ok_and(|m| m.len() <= LARGEST)
            && std::fs::read(&path).is_ok_and(|bytes| {
                String::from_utf8_lossy(&bytes)
                    .to_lowercase()
                    .contains(needle)
            })
        {
            found.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_in_any_case_and_only_where_it_is() {
        let folder = tempfile::tempdir().expect("temp dir");
        let deep = folder.path().join("a/b");
        std::fs::create_dir_all(&deep).expect("folders");
        std::fs::write(deep.join("draft.ron"), "customer: \"ANNA Berg\"").expect("write");
        std::fs::write(folder.path().join("other.ron"), "customer: \"Boris\"").expect("write");
        let found = files_naming(&[folder.path().to_path_buf()], " anna berg ");
        assert_eq!(found, vec![deep.join("draft.ron")]);
        assert!(files_naming(&[folder.path().to_path_buf()], "  ").is_empty());
    }
}
