//! Paths kept in the program's own files (settings, recovery drafts) exactly as they are,
//! also when they are not UTF-8: as text when they are, else as their bytes.

/// Paths kept in the program's own files (settings, recovery drafts) exactly as they are,
/// also when they are not UTF-8: as text when they are, else as their bytes. For
/// `#[serde(with = "crate::files::stored_path")]`; [`stored_paths`] and
/// [`stored_optional_path`] do the same for a list and an optional path.
pub mod stored_path {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::path::{Path, PathBuf};

    /// A path as stored: its text, or its bytes where it is not UTF-8.
    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    pub(super) enum Stored {
        Text(String),
        Bytes(Vec<u8>),
    }

    pub(super) fn stored(path: &Path) -> Stored {
        match path.to_str() {
            Some(text) => Stored::Text(text.to_string()),
            None => Stored::Bytes(path.as_os_str().as_encoded_bytes().to_vec()),
        }
    }

    pub(super) fn path(stored: Stored) -> PathBuf {
        match stored {
            Stored::Text(text) => PathBuf::from(text),
            #[cfg(unix)]
            Stored::Bytes(bytes) => PathBuf::from(
                <std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(bytes),
            ),
            #[cfg(not(unix))]
            Stored::Bytes(bytes) => PathBuf::from(String::from_utf8_lossy(&bytes).into_owned()),
        }
    }

    /// Writes `path` as text, or as bytes where it is not UTF-8.
    pub fn serialize<S: Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
        stored(path).serialize(serializer)
    }

    /// Reads a path written by [`serialize`], or plain text.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<PathBuf, D::Error> {
        Stored::deserialize(deserializer).map(path)
    }
}

/// [`stored_path`] for an optional path.
pub mod stored_optional_path {
    use super::stored_path::{Stored, path, stored};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::path::PathBuf;

    /// Writes the path, if any, as [`stored_path`] does.
    pub fn serialize<S: Serializer>(
        value: &Option<PathBuf>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.as_deref().map(stored).serialize(serializer)
    }

    /// Reads what [`serialize`] wrote.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<PathBuf>, D::Error> {
        Option::<Stored>::deserialize(deserializer).map(|stored| stored.map(path))
    }
}

/// [`stored_path`] for a list of paths.
pub mod stored_paths {
    use super::stored_path::{Stored, path, stored};
    use serde::{Deserialize, Deserializer, Serializer};
    use std::path::PathBuf;

    /// Writes each path as [`stored_path`] does.
    pub fn serialize<S: Serializer>(value: &[PathBuf], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(value.iter().map(|p| stored(p)))
    }

    /// Reads what [`serialize`] wrote.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<PathBuf>, D::Error> {
        Vec::<Stored>::deserialize(deserializer).map(|all| all.into_iter().map(path).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A path that is not UTF-8 is stored and read back byte for byte; one that is reads as
    /// the plain text older files hold.
    #[cfg(unix)]
    #[test]
    fn paths_are_stored_exactly_whatever_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Kept {
            #[serde(with = "stored_path")]
            file: PathBuf,
            #[serde(with = "stored_paths")]
            recent: Vec<PathBuf>,
            #[serde(with = "stored_optional_path")]
            folder: Option<PathBuf>,
        }
        let odd = PathBuf::from(std::ffi::OsStr::from_bytes(b"/shop/caf\xe9.ron"));
        let kept = Kept {
            file: odd.clone(),
            recent: vec![odd.clone(), PathBuf::from("/shop/a.ron")],
            folder: Some(odd),
        };
        let text = ron::to_string(&kept).expect("written");
        assert_eq!(ron::from_str::<Kept>(&text).expect("read"), kept);
        let older: Kept =
            ron::from_str(r#"(file: "/a.ron", recent: ["/b.ron"], folder: None)"#).expect("read");
        assert_eq!(older.file, PathBuf::from("/a.ron"));
    }
}
