//! The sample catalogue and its pictures, built into the program so that it runs the same
//! from any folder and after `cargo install`: the window shows it until a catalogue of the
//! shop's own is opened, and a copy written out is the way to edit it.

use crate::catalogue::{Catalogue, Diagnostic, parse_catalogue};
use crate::words::Say;
use include_dir::Dir;
#[cfg(not(target_arch = "wasm32"))]
use include_dir::include_dir;
use std::path::{Path, PathBuf};

/// `data/`: the catalogue and its `images/`, as the project keeps them. The web page carries
/// the catalogue alone: its pictures are files beside the page, fetched as they are shown.
#[cfg(not(target_arch = "wasm32"))]
static DATA: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");
#[cfg(target_arch = "wasm32")]
static DATA: Dir<'static> = Dir::new(
    "",
    &[include_dir::DirEntry::File(include_dir::File::new(
        FILE_NAME,
        include_bytes!("../data/catalogue.ron"),
    ))],
);

/// The catalogue's file name, in `data/` and in a written copy.
pub const FILE_NAME: &str = "catalogue.ron";

/// How the sample is named where a file name would be.
pub const NAME: &str = "the sample catalogue (built in)";

/// The sample catalogue's text.
pub fn text() -> &'static str {
    DATA.get_file(FILE_NAME)
        .and_then(|file| file.contents_utf8())
        .unwrap_or_default()
}

/// The sample catalogue, read and checked as any catalogue is (its pictures are checked by
/// the tests, as they are not files here).
pub fn catalogue() -> Result<Catalogue, Vec<Diagnostic>> {
    parse_catalogue(text(), Path::new(NAME), None)
        .into_result()
        .map(|loaded| loaded.catalogue)
}

/// The bytes of the sample's picture at `image` (as its catalogue names it).
pub fn picture(image: &str) -> Option<&'static [u8]> {
    DATA.get_file(image).map(|file| file.contents())
}

/// Every file of the sample, by its path relative to the catalogue's folder.
fn files() -> Vec<(&'static Path, &'static [u8])> {
    let mut files = Vec::new();
    let mut folders = vec![&DATA];
    while let Some(folder) = folders.pop() {
        for file in folder.files() {
            files.push((file.path(), file.contents()));
        }
        folders.extend(folder.dirs());
    }
    files.sort_by_key(|(path, _)| *path);
    files
}

/// Writes the sample into `folder` (made if need be): `catalogue.ron` and its `images/`.
/// Refuses, writing nothing, when any of those files is there already; each is written whole
/// under its name, never over a file. Gives the catalogue's path.
pub fn write_to(folder: &Path) -> Result<PathBuf, Say> {
    let files = files();
    let taken: Vec<String> = files
        .iter()
        .map(|(path, _)| folder.join(path))
        .filter(|target| target.exists())
        .map(|target| target.display().to_string())
        .collect();
    if let Some(first) = taken.first() {
        return Err(Say::new("sample-taken")
            .text("file", first.as_str())
            .num("more", (taken.len() - 1) as f64));
    }
    for (path, bytes) in files {
        crate::files::write(&folder.join(path), bytes, &crate::files::Plan::new_file())
            .map_err(|error| error.said())?;
    }
    Ok(folder.join(FILE_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sample reads without a problem, and every picture it names is built in and
    /// decodes.
    #[test]
    fn the_sample_loads_and_every_picture_it_names_is_built_in() {
        let catalogue = catalogue().expect("the sample loads");
        assert!(!catalogue.shoes.is_empty());
        for shoe in &catalogue.shoes {
            let image = shoe
                .image
                .as_deref()
                .expect("every sample shoe has a picture");
            let bytes = picture(image).unwrap_or_else(|| panic!("{image} is built in"));
            crate::pictures::decode_picture(bytes, 64)
                .unwrap_or_else(|fault| panic!("{image}: {fault:?}"));
        }
    }

    /// Written twice into one folder, the sample refuses the second time, writing nothing,
    /// and says so in the language asked, with its plural forms: one file named, the others
    /// counted.
    #[test]
    fn the_sample_refuses_a_folder_that_has_it_in_words_of_each_language() {
        use crate::words::Lang;
        let folder = tempfile::tempdir().expect("temp dir");
        write_to(folder.path()).expect("written");
        let refused = write_to(folder.path()).expect_err("refused");
        let others = files().len() - 1;
        let english = Lang::En.words().say(&refused);
        assert!(english.contains("is there already"), "{english}");
        assert!(
            english.contains(&format!("(and {others} more of the sample's files)")),
            "{english}"
        );
        let russian = Lang::Ru.words().say(&refused);
        assert!(russian.contains("уже есть"), "{russian}");
        let form = match (others % 10, others % 100) {
            (1, n) if n != 11 => "файл",
            (2..=4, n) if !(12..=14).contains(&n) => "файла",
            _ => "файлов",
        };
        assert!(
            russian.contains(&format!("(и ещё {others} {form} образца)")),
            "{russian}"
        );
    }
}
