//! Shoe pictures as textures: decoded on a worker thread with the size limits of
//! [`crate::pictures`], so a missing, huge or corrupt file never stalls a frame; it gets a
//! placeholder with the reason instead.

use super::document::Document;
use crate::catalogue::{Shoe, folder_of};
use crate::pictures::decode_picture;
#[cfg(not(target_arch = "wasm32"))]
use crate::pictures::read_picture;
use crate::words::Say;
use eframe::egui::{self, ColorImage, TextureHandle, TextureOptions};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where a picture comes from: a file, or the built-in sample by the path its catalogue
/// gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    /// A picture file on disk.
    File(PathBuf),
    /// A picture of the built-in sample, by the path its catalogue gives.
    Sample(String),
}

impl Source {
    /// The picture, decoded and scaled, or why not.
    #[cfg(not(target_arch = "wasm32"))]
    fn read(&self) -> Result<image::RgbaImage, Say> {
        match self {
            Source::File(path) => read_picture(path, MAX_SIDE)
                .map_err(|fault| fault.said(&path.display().to_string())),
            Source::Sample(image) => match crate::sample::picture(image) {
                Some(bytes) => decode_picture(bytes, MAX_SIDE).map_err(|fault| fault.said(image)),
                None => Err(crate::pictures::Fault::Missing.said(image)),
            },
        }
    }

    fn name(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Sample(image) => format!("sample:{image}"),
        }
    }
}
use std::sync::mpsc::{Receiver, Sender, channel};

/// Pictures are scaled to fit this many pixels: enough for the detail view.
const MAX_SIDE: u32 = 480;

/// A shoe's picture as the window can show it now.
#[derive(Clone)]
pub enum Picture {
    /// Being decoded on the worker thread; the window is woken when it is ready.
    Loading,
    /// Decoded and scaled down to the size the window shows, ready to draw.
    Ready(TextureHandle),
    /// Why there is no picture, for a tooltip.
    Missing(Say),
}

/// The pictures decoded so far, by where they come from, and the worker that decodes the
/// others.
#[derive(Default)]
pub struct Pictures {
    cache: HashMap<Source, Picture>,
    /// Where each image path of the catalogue leads (or why it may not be used), looked up
    /// once rather than on every frame.
    paths: HashMap<String, Result<PathBuf, Say>>,
    worker: Option<Worker>,
}

/// What reads the pictures off the frame: a thread of its own on the desktop; on the web
/// page, the browser's fetches, each picture decoded when its bytes are in.
struct Worker {
    #[cfg(not(target_arch = "wasm32"))]
    requests: Sender<Source>,
    #[cfg(target_arch = "wasm32")]
    done: Sender<(Source, Result<image::RgbaImage, Say>)>,
    #[cfg(target_arch = "wasm32")]
    ctx: egui::Context,
    results: Receiver<(Source, Result<image::RgbaImage, Say>)>,
}

impl Worker {
    #[cfg(not(target_arch = "wasm32"))]
    fn start(ctx: &egui::Context) -> Option<Worker> {
        let (requests, jobs) = channel::<Source>();
        let (done, results) = channel();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("pictures".into())
            .spawn(move || {
                for source in jobs {
                    let picture = source.read();
                    if done.send((source, picture)).is_err() {
                        break;
                    }
                    ctx.request_repaint();
                }
            })
            .ok()?;
        Some(Worker { requests, results })
    }

    #[cfg(target_arch = "wasm32")]
    fn start(ctx: &egui::Context) -> Option<Worker> {
        let (done, results) = channel();
        Some(Worker {
            done,
            ctx: ctx.clone(),
            results,
        })
    }

    /// Asks for the picture from `source`; false when it cannot be asked for.
    #[cfg(not(target_arch = "wasm32"))]
    fn ask(&self, source: &Source) -> bool {
        self.requests.send(source.clone()).is_ok()
    }

    /// Fetches the picture from `source`, a path relative to the page (the sample's) or an
    /// address, and decodes it with the same limits as a file.
    #[cfg(target_arch = "wasm32")]
    fn ask(&self, source: &Source) -> bool {
        let url = match source {
            Source::Sample(image) => image.clone(),
            Source::File(path) => path.to_string_lossy().into_owned(),
        };
        let (done, ctx, source) = (self.done.clone(), self.ctx.clone(), source.clone());
        ehttp::fetch(ehttp::Request::get(&url), move |response| {
            let picture = match response {
                Ok(response) if response.ok => {
                    if response.bytes.len() as u64 > crate::pictures::MAX_FILE_BYTES {
                        let megabytes = (response.bytes.len() as u64).div_ceil(1 << 20);
                        Err(crate::pictures::Fault::TooManyBytes(megabytes).said(&url))
                    } else {
                        decode_picture(&response.bytes, MAX_SIDE).map_err(|fault| fault.said(&url))
                    }
                }
                Ok(response) => Err(Say::new("picture-not-fetched")
                    .text("image", url.as_str())
                    .text(
                        "reason",
                        format!("{} {}", response.status, response.status_text),
                    )),
                Err(reason) => Err(Say::new("picture-not-fetched")
                    .text("image", url.as_str())
                    .text("reason", reason)),
            };
            let _ = done.send((source, picture));
            ctx.request_repaint();
        });
        true
    }
}

impl Pictures {
    /// Takes in the pictures decoded since the last frame.
    pub fn receive(&mut self, ctx: &egui::Context) {
        let Some(worker) = &self.worker else { return };
        while let Ok((source, result)) = worker.results.try_recv() {
            let picture = match result {
                Ok(rgba) => {
                    let size = [rgba.width() as usize, rgba.height() as usize];
                    let image = ColorImage::from_rgba_unmultiplied(size, rgba.as_raw());
                    Picture::Ready(ctx.load_texture(source.name(), image, TextureOptions::LINEAR))
                }
                Err(said) => {
                    let english = crate::words::Lang::En.words().say(&said);
                    tracing::warn!("picture refused: {english}");
                    Picture::Missing(said)
                }
            };
            self.cache.insert(source, picture);
        }
    }

    /// The picture from `source`, asking the worker for it the first time.
    pub fn get(&mut self, ctx: &egui::Context, source: Source) -> &Picture {
        if self.worker.is_none() {
            self.worker = Worker::start(ctx);
        }
        let worker = &self.worker;
        self.cache
            .entry(source)
            .or_insert_with_key(|source| match worker {
                Some(worker) if worker.ask(source) => Picture::Loading,
                _ => Picture::Missing(Say::new("picture-no-reader")),
            })
    }

    /// Whether a picture is still being decoded.
    pub fn pending(&self) -> bool {
        self.cache.values().any(|p| matches!(p, Picture::Loading))
    }

    /// The file an image path of the catalogue in `folder` names, checked once.
    pub fn path_of(
        &mut self,
        image: &str,
        folder: Option<&std::path::Path>,
    ) -> Result<PathBuf, Say> {
        self.paths
            .entry(image.to_string())
            .or_insert_with(|| {
                crate::catalogue::validate::resolve_image(image, folder)
                    .and_then(|path| path.ok_or_else(|| Say::new("picture-no-folder")))
            })
            .clone()
    }

    /// The picture of `shoe` of the `document` as it stands: ready, still loading, or
    /// missing and why. An imported picture is shown from where it waits for the save.
    pub fn of(&mut self, ctx: &egui::Context, shoe: &Shoe, document: &Document) -> Picture {
        let folder = document.path().map(folder_of);
        let awaiting = |image: &str| {
            document
                .editor()
                .and_then(|editor| editor.awaiting_picture(image))
                .map(Path::to_path_buf)
        };
        let source = match &shoe.image {
            None => Err(Say::new("picture-not-given")),
            Some(image) if document.is_sample() => Ok(Source::Sample(image.clone())),
            Some(image) if document.is_fetched() => {
                Ok(Source::File(PathBuf::from(beside(document.path(), image))))
            }
            Some(image) => match awaiting(image) {
                Some(waiting) => Ok(Source::File(waiting)),
                None => self.path_of(image, folder.as_deref()).map(Source::File),
            },
        };
        match source {
            Ok(source) => self.get(ctx, source).clone(),
            Err(reason) => Picture::Missing(reason),
        }
    }

    /// Forgets every picture and path, so changed files are read again.
    pub fn clear(&mut self) {
        self.cache.clear();
        self.paths.clear();
    }
}

/// The address of the picture `image` of a catalogue fetched from `catalogue`: as given when
/// it is an address of its own, else beside the catalogue.
fn beside(catalogue: Option<&Path>, image: &str) -> String {
    if image.starts_with("https://") || image.starts_with("http://") {
        return image.to_string();
    }
    let catalogue = catalogue.map(|c| c.to_string_lossy().into_owned());
    match catalogue
        .as_deref()
        .and_then(|c| c.rfind('/').map(|end| &c[..=end]))
    {
        Some(folder) => format!("{folder}{image}"),
        None => image.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::beside;
    use std::path::Path;

    /// A fetched catalogue's pictures are fetched from beside it, or from their own address.
    #[test]
    fn a_fetched_catalogues_pictures_are_beside_it() {
        let shop = Some(Path::new("https://shop.example/finder/catalogue.ron"));
        assert_eq!(
            beside(shop, "images/a.png"),
            "https://shop.example/finder/images/a.png"
        );
        assert_eq!(
            beside(shop, "https://cdn.example/a.png"),
            "https://cdn.example/a.png"
        );
        assert_eq!(
            beside(Some(Path::new("catalogue.ron")), "images/a.png"),
            "images/a.png"
        );
        assert_eq!(
            beside(Some(Path::new("/data/shop.ron")), "a.png"),
            "/data/a.png"
        );
    }
}
