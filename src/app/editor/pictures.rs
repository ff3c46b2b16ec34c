//! Pictures imported into the draft: checked, kept aside until the next save, and given to
//! the shoe under a new path in the catalogue's `images/` folder.

use super::*;

impl Editor {
    /// Where an imported picture waits until the catalogue is saved, by the path the
    /// catalogue gives it.
    pub fn awaiting_picture(&self, image: &str) -> Option<&Path> {
        self.awaiting.get(image).map(PathBuf::as_path)
    }

    /// Every imported picture waiting for a save: the path the catalogue gives it, and
    /// where it waits.
    pub fn awaiting(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.awaiting
            .iter()
            .map(|(image, kept)| (image.as_str(), kept.as_path()))
    }

    /// Pictures imported from now on wait in `folder` (the window's recovery folder).
    pub fn keep_pictures_in(&mut self, folder: PathBuf) {
        self.pictures_folder = Some(folder);
    }

    /// Pictures of a restored draft, waiting where they were copied, by the path the
    /// catalogue gives each.
    pub fn restore_pictures(&mut self, pictures: Vec<(String, PathBuf)>) {
        self.awaiting.extend(pictures);
        self.revalidate();
    }

    /// Gives shoe `index` the picture in `bytes` (read and checked by [`read_import`], as
    /// loading checks pictures), kept aside until the next save under a new path in the
    /// catalogue's `images/` folder (`<id>.png`, else `<id>-2.png`...), which the shoe is
    /// given now and the file at the next save.
    pub fn import_bytes(&mut self, index: usize, bytes: &[u8]) -> Result<(), Say> {
        let Some(shoe) = self.draft.shoes.get(index) else {
            return Err(Say::new("editor-no-shoe-chosen"));
        };
        let extension = crate::pictures::extension_of(bytes);
        let name = slugify(&shoe.id);
        let folder = folder_of(&self.path);
        let free = |relative: &String| {
            !folder.join(relative).exists() && !self.awaiting.contains_key(relative)
        };
        let relative = std::iter::once(format!("images/{name}.{extension}"))
            .chain((2..).map(|n| format!("images/{name}-{n}.{extension}")))
            .find(free)
            .unwrap_or_default();
        let waiting = self.keep_aside(bytes, extension)?;
        self.awaiting.insert(relative.clone(), waiting);
        let before = self.draft.clone();
        self.draft.shoes[index].image = Some(relative);
        self.before_edit(before, Some(index));
        Ok(())
    }

    /// Keeps an imported picture's `bytes` aside until the next save: in the window's
    /// recovery folder when it has one, else in a temporary folder of the editor's.
    fn keep_aside(&mut self, bytes: &[u8], extension: &str) -> Result<PathBuf, Say> {
        let failed = |error: std::io::Error| {
            Say::new("editor-picture-not-kept").text("reason", error.to_string())
        };
        let folder = match &self.pictures_folder {
            Some(folder) => {
                std::fs::create_dir_all(folder).map_err(failed)?;
                folder.clone()
            }
            None => {
                if self.waiting_room.is_none() {
                    self.waiting_room = Some(
                        tempfile::Builder::new()
                            .prefix("shoe-selector-pictures-")
                            .tempdir()
                            .map_err(failed)?,
                    );
                }
                self.waiting_room
                    .as_ref()
                    .map(|room| room.path().to_path_buf())
                    .unwrap_or_default()
            }
        };
        let (_, kept) = tempfile::Builder::new()
            .prefix("picture-")
            .suffix(&format!(".{extension}"))
            .tempfile_in(&folder)
            .and_then(|mut file| {
                std::io::Write::write_all(file.as_file_mut(), bytes)?;
                file.keep().map_err(|error| error.error)
            })
            .map_err(failed)?;
        Ok(kept)
    }
}

/// The picture at `source`, checked as loading checks pictures (it decodes), for
/// [`Editor::import_bytes`]: slow for a large picture, so read off the frame.
pub fn read_import(source: &Path) -> Result<Vec<u8>, Say> {
    let name = source.display().to_string();
    crate::pictures::read_picture(source, 64).map_err(|fault| fault.said(&name))?;
    std::fs::read(source).map_err(|error| Fault::Unreadable(error.to_string()).said(&name))
}
