//! Saving the draft: made ready in the frame, written off it (pictures placed first), and
//! taken in, the draft as saved being what "unsaved" is measured against.

use super::*;

/// Why the editor's draft was not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// An imported picture could not be placed beside the catalogue.
    #[error("the picture {image} could not be placed: {error}")]
    Picture {
        /// Where it was to go, as the catalogue names it.
        image: String,
        /// Why not.
        error: crate::files::WriteError,
    },
    /// Every name for an imported picture is taken.
    #[error("no free name for the picture {0}")]
    NoFreeName(String),
    /// The catalogue file could not be written.
    #[error(transparent)]
    Write(crate::files::WriteError),
}

impl SaveError {
    /// Why the draft was not saved, to be put into words.
    pub fn said(&self) -> Say {
        match self {
            SaveError::Picture { image, error } => Say::new("editor-picture-not-placed")
                .text("image", image.as_str())
                .says("error", vec![error.said()]),
            SaveError::NoFreeName(image) => {
                Say::new("editor-no-free-name").text("image", image.as_str())
            }
            SaveError::Write(error) => error.said(),
        }
    }
}

impl Editor {
    /// Makes ready to write the draft as it is now to `path` (its own file or a new one) as
    /// `plan` says; [`CatalogueSave::write`] writes it off the frame and
    /// [`Editor::saved`] takes in how it went. The caller has made sure the user agreed to
    /// errors and lost comments.
    pub fn save(&self, path: &Path, plan: &Plan) -> CatalogueSave {
        CatalogueSave {
            path: path.to_path_buf(),
            plan: plan.clone(),
            catalogue: self.draft.clone(),
            header: self.header.clone(),
            awaiting: self.awaiting.clone(),
        }
    }

    /// Takes in how a save went: the pictures placed leave the waiting room (and the draft
    /// follows a picture placed under another name); written, the draft as saved is what
    /// "unsaved" is measured against, even if it changed meanwhile. Where the version
    /// replaced is kept, if it was.
    pub fn saved(&mut self, done: CatalogueSaved) -> Result<Option<PathBuf>, SaveError> {
        let CatalogueSaved {
            path,
            catalogue,
            text,
            placed,
            unused,
            result,
        } = done;
        for (image, put) in &placed {
            if let Some(kept) = self.awaiting.remove(image) {
                self.drop_kept(&kept);
            }
            if put != image {
                for shoe in &mut self.draft.shoes {
                    if shoe.image.as_deref() == Some(image.as_str()) {
                        shoe.image = Some(put.clone());
                    }
                }
            }
        }
        let outcome = match result {
            Ok(written) => {
                // Pictures imported and then undone before the save are not kept, unless the
                // draft took them back meanwhile (a redo while the save was written).
                let used = |image: &String| {
                    self.draft
                        .shoes
                        .iter()
                        .any(|shoe| shoe.image.as_deref() == Some(image.as_str()))
                };
                for image in unused.into_iter().filter(|image| !used(image)) {
                    if let Some(kept) = self.awaiting.remove(&image) {
                        self.drop_kept(&kept);
                    }
                }
                self.saved = catalogue;
                self.path = path;
                self.disk = Some(written.version);
                self.told = None;
                self.written_text = Some(text);
                self.inner_comments = false;
                self.trouble = None;
                Ok(written.backup)
            }
            Err(error) => {
                self.trouble = Some(Trouble::NotSaved(error.said()));
                Err(error)
            }
        };
        self.revalidate();
        outcome
    }

    /// Deletes a picture kept aside, when it is in the window's recovery folder (a
    /// temporary folder goes by itself).
    fn drop_kept(&self, kept: &Path) {
        if self
            .pictures_folder
            .as_ref()
            .is_some_and(|folder| kept.starts_with(folder))
        {
            let _ = std::fs::remove_file(kept);
        }
    }

    /// Whether the file on disk is what this editor last read or wrote.
    pub fn disk_matches(&self) -> bool {
        self.matches_disk(Version::of(&self.path).ok().flatten().as_ref())
    }

    /// Whether the file on disk is what this editor last read or wrote, or a version the
    /// user was already asked about: no news. The file is read once.
    pub fn disk_known(&self) -> bool {
        let now = Version::of(&self.path).ok().flatten();
        let told = matches!((&self.told, &now), (Some(told), Some(now)) if told.same_content(now));
        told || self.matches_disk(now.as_ref())
    }

    fn matches_disk(&self, now: Option<&Version>) -> bool {
        match (&self.disk, now) {
            (Some(read), Some(now)) => read.same_content(now),
            (None, None) => true,
            _ => false,
        }
    }
}

/// A save of the draft, made ready in the frame and written off it.
#[derive(Debug)]
pub struct CatalogueSave {
    path: PathBuf,
    plan: Plan,
    /// The draft as it was when the save was asked for.
    catalogue: Catalogue,
    header: String,
    /// The pictures imported and waiting, by the path the catalogue gives each.
    awaiting: BTreeMap<String, PathBuf>,
}

/// How a save went.
#[derive(Debug)]
pub struct CatalogueSaved {
    path: PathBuf,
    /// The draft as written, pictures placed under new names following.
    catalogue: Catalogue,
    /// The text written.
    text: String,
    /// Each picture placed beside the catalogue: the path it had and the one it got.
    placed: Vec<(String, String)>,
    /// Pictures that waited but no shoe of the saved draft uses.
    unused: Vec<String>,
    result: Result<crate::files::Written, SaveError>,
}

impl CatalogueSave {
    /// Writes the draft, on whichever thread: first the pictures it uses that wait, each
    /// under its own path in the catalogue's folder or a new free one if a file has appeared
    /// there (never over a file), so a catalogue never names a picture that is not there
    /// yet; then the catalogue through the one write path.
    pub fn write(self) -> CatalogueSaved {
        let CatalogueSave {
            path,
            plan,
            mut catalogue,
            header,
            mut awaiting,
        } = self;
        let folder = folder_of(&path);
        let mut placed = Vec::new();
        let mut outcome = Ok(());
        for index in 0..catalogue.shoes.len() {
            let Some(image) = catalogue.shoes[index].image.clone() else {
                continue;
            };
            let Some(waiting) = awaiting.remove(&image) else {
                continue;
            };
            match place(&folder, &image, &waiting) {
                Ok(put) => {
                    for shoe in &mut catalogue.shoes {
                        if shoe.image.as_deref() == Some(image.as_str()) {
                            shoe.image = Some(put.clone());
                        }
                    }
                    placed.push((image, put));
                }
                Err(error) => {
                    outcome = Err(error);
                    break;
                }
            }
        }
        let text = to_ron(&catalogue, &header);
        let result = outcome.and_then(|()| {
            crate::files::write(&path, text.as_bytes(), &plan).map_err(SaveError::Write)
        });
        CatalogueSaved {
            path,
            catalogue,
            text,
            placed,
            unused: awaiting.into_keys().collect(),
            result,
        }
    }
}

/// Copies the picture waiting at `waiting` into `folder` under `image`, or the first free
/// `STEM-N.EXT` if a file is there; the path it got.
fn place(folder: &Path, image: &str, waiting: &Path) -> Result<String, SaveError> {
    let (stem, extension) = image.rsplit_once('.').unwrap_or((image, "png"));
    for candidate in std::iter::once(image.to_string())
        .chain((2..100).map(|n| format!("{stem}-{n}.{extension}")))
    {
        let target = folder.join(&candidate);
        if target.exists() {
            continue;
        }
        crate::files::copy_new(&target, waiting).map_err(|error| SaveError::Picture {
            image: candidate.clone(),
            error,
        })?;
        return Ok(candidate);
    }
    Err(SaveError::NoFreeName(image.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A picture imported, undone, and taken back by a redo while the save is being written
    /// still waits for the next save: the save lets go only of pictures nobody uses.
    #[test]
    fn a_picture_taken_back_while_the_draft_is_written_still_waits() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("shop.ron");
        let mut catalogue = crate::sample::catalogue().expect("the sample");
        catalogue.shoes[0].image = None;
        std::fs::write(&path, to_ron(&catalogue, "")).expect("write");
        let picture = folder.path().join("photo.png");
        image::RgbaImage::new(40, 20).save(&picture).expect("png");
        let mut editor = Editor::new(&path, catalogue);
        let bytes = crate::app::editor::read_import(&picture).expect("read");
        editor.import_bytes(0, &bytes).expect("imported");
        let image = editor.draft().shoes[0].image.clone().expect("given");
        editor.undo();
        let save = editor.save(&path, &Plan::replacing());
        editor.redo();
        editor.saved(save.write()).expect("saved");
        assert_eq!(
            editor.draft().shoes[0].image.as_deref(),
            Some(image.as_str())
        );
        let waiting = editor.awaiting_picture(&image).expect("still waiting");
        assert!(waiting.is_file());
        assert!(editor.is_dirty(), "the redo is unsaved");
    }
}
