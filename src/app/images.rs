//! Shoe pictures as textures: decoded on a worker thread with the size limits of
//! [`crate::pictures`], so a missing, huge or corrupt file never stalls a frame; it gets a
//! placeholder with the reason instead.

use crate::pictures::read_picture;
use eframe::egui::{self, ColorImage, TextureHandle, TextureOptions};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Pictures are scaled to fit this many pixels: enough for the detail view.
const MAX_SIDE: u32 = 480;

#[derive(Clone)]
pub enum Picture {
    Loading,
    Ready(TextureHandle),
    /// Why there is no picture, for a tooltip.
    Missing(String),
}

#[derive(Default)]
pub struct Pictures {
    cache: HashMap<PathBuf, Picture>,
    /// Where each image path of the catalogue leads (or why it may not be used), looked up
    /// once rather than on every frame.
    paths: HashMap<String, Result<PathBuf, String>>,
    worker: Option<Worker>,
}

struct Worker {
    requests: Sender<PathBuf>,
    results: Receiver<(PathBuf, Result<image::RgbaImage, String>)>,
}

impl Worker {
    fn start(ctx: &egui::Context) -> Option<Worker> {
        let (requests, jobs) = channel::<PathBuf>();
        let (done, results) = channel();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("pictures".into())
            .spawn(move || {
                for path in jobs {
                    let picture = read_picture(&path, MAX_SIDE);
                    if done.send((path, picture)).is_err() {
                        break;
                    }
                    ctx.request_repaint();
                }
            })
            .ok()?;
        Some(Worker { requests, results })
    }
}

impl Pictures {
    /// Takes in the pictures decoded since the last frame.
    pub fn receive(&mut self, ctx: &egui::Context) {
        let Some(worker) = &self.worker else { return };
        while let Ok((path, result)) = worker.results.try_recv() {
            let picture = match result {
                Ok(rgba) => {
                    let size = [rgba.width() as usize, rgba.height() as usize];
                    let image = ColorImage::from_rgba_unmultiplied(size, rgba.as_raw());
                    Picture::Ready(ctx.load_texture(
                        path.display().to_string(),
                        image,
                        TextureOptions::LINEAR,
                    ))
                }
                Err(reason) => Picture::Missing(reason),
            };
            self.cache.insert(path, picture);
        }
    }

    /// The picture at `path`, asking the worker for it the first time.
    pub fn get(&mut self, ctx: &egui::Context, path: PathBuf) -> &Picture {
        if self.worker.is_none() {
            self.worker = Worker::start(ctx);
        }
        let worker = &self.worker;
        self.cache
            .entry(path)
            .or_insert_with_key(|path| match worker {
                Some(worker) if worker.requests.send(path.clone()).is_ok() => Picture::Loading,
                _ => Picture::Missing("pictures cannot be read right now".to_string()),
            })
    }

    pub fn pending(&self) -> bool {
        self.cache.values().any(|p| matches!(p, Picture::Loading))
    }

    /// The file an image path of the catalogue in `folder` names, checked once.
    pub fn path_of(
        &mut self,
        image: &str,
        folder: Option<&std::path::Path>,
    ) -> Result<PathBuf, String> {
        self.paths
            .entry(image.to_string())
            .or_insert_with(|| {
                crate::catalogue::validate::resolve_image(image, folder).and_then(|path| {
                    path.ok_or_else(|| "the catalogue's folder is unknown".to_string())
                })
            })
            .clone()
    }

    /// Forgets every picture and path, so changed files are read again.
    pub fn clear(&mut self) {
        self.cache.clear();
        self.paths.clear();
    }
}
