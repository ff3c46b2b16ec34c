//! The web page: the shopper's finder in the browser, drawn by the same panels from the
//! same core as the desktop window, without the shop's own parts (see
//! [`ShoeApp::shopper_only`]). `scripts/web` builds it into a folder of static files whose
//! `index.html` holds the canvas it draws on, with the id [`CANVAS`].
//!
//! The catalogue is the one `?catalogue=URL` names, else the shop's `catalogue.ron` beside
//! the page, else (no such file) the built-in sample. It is fetched before the finder
//! starts, so the first results shown are the shop's.

use super::address;
use super::mirror::Mirror;
use super::{Settings, ShoeApp, theme};
use crate::catalogue::LoadError;
use eframe::egui;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;

/// The id of the page's canvas.
pub const CANVAS: &str = "shoe-selector";

/// The id of the page's line that says what is happening until the finder shows, and
/// why it could not start.
const STATUS: &str = "status";

/// Starts the finder on the page's canvas once the module is loaded.
#[wasm_bindgen(start)]
pub fn start() {
    // A panic says where in the browser's console, not only "unreachable".
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        say_on_page(&format!("The shoe finder stopped: {info}"));
    }));
    wasm_bindgen_futures::spawn_local(async {
        let (url, asked) = catalogue_address();
        say_on_page("Loading the catalogue…");
        let fetched = fetch(&url, asked).await;
        let Some(canvas) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(CANVAS))
            .and_then(|element| element.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            say_on_page(&format!("The page has no canvas with the id `{CANVAS}`."));
            return;
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(move |cc| {
                    theme::apply(&cc.egui_ctx);
                    let (settings, notice, unreadable) = Settings::restore_stored(cc.storage);
                    let mut app = ShoeApp::new(settings, None).shopper_only();
                    if let Some(fetched) = fetched {
                        app.show_fetched(&url, fetched);
                    }
                    if let Some(notice) = notice {
                        app.notify(notice);
                    }
                    // A result bookmarked or sent: the inputs its address carries.
                    if let Some(inputs) = parameter(address::PARAMETER) {
                        app.take_address(&inputs);
                    }
                    Ok(Box::new(Page {
                        app,
                        unreadable,
                        mirrored: Mirror::default(),
                        addressed: String::new(),
                    }))
                }),
            )
            .await;
        match started {
            Ok(()) => hide_status(),
            Err(error) => say_on_page(&format!(
                "The shoe finder could not start in this browser: {}",
                error.as_string().unwrap_or_else(|| format!("{error:?}"))
            )),
        }
    });
}

/// The page address's query parameters.
fn search_params() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

/// The value of the page address's query parameter `name`, when it has one.
fn parameter(name: &str) -> Option<String> {
    search_params()
        .and_then(|params| params.get(name))
        .filter(|value| !value.trim().is_empty())
}

/// Puts the runner's inputs (`text`) into the page's address, in place (no new entry in
/// the browser's history), the other parameters kept.
fn put_into_address(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(params) = search_params() else {
        return;
    };
    params.set(address::PARAMETER, text);
    let query: String = params.to_string().into();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("?{query}")),
        );
    }
}

/// Where the catalogue comes from: the address `?catalogue=` gives (relative to the page,
/// or whole), and whether it was asked for; else `catalogue.ron` beside the page.
fn catalogue_address() -> (String, bool) {
    let asked = parameter("catalogue");
    match asked {
        Some(url) => (url, true),
        None => (DEFAULT_CATALOGUE.to_string(), false),
    }
}

/// The largest catalogue the page reads: it has one thread, and reads before it shows, so
/// far below a file's limit (a 10,000-shoe catalogue is about 7 MB).
const MAX_CATALOGUE_BYTES: u64 = 32 * 1024 * 1024;

/// The shop's catalogue, when it puts one beside the page.
const DEFAULT_CATALOGUE: &str = "catalogue.ron";

/// The catalogue at `url`: its bytes, or why they did not come; nothing when the page's own
/// `catalogue.ron` was not asked for and is not there (the built-in sample is shown; a host
/// that hides what it has answers 403 rather than 404). Only a catalogue on the page's own
/// site is read.
async fn fetch(url: &str, asked: bool) -> Option<Result<Vec<u8>, LoadError>> {
    if !on_this_site(url) {
        return Some(Err(LoadError::OtherSite));
    }
    match ehttp::fetch_async(ehttp::Request::get(url)).await {
        Ok(response) if response.ok && response.bytes.len() as u64 > MAX_CATALOGUE_BYTES => {
            Some(Err(LoadError::TooLarge {
                bytes: response.bytes.len() as u64,
                max: MAX_CATALOGUE_BYTES,
            }))
        }
        Ok(response) if response.ok => Some(Ok(response.bytes)),
        Ok(response) if matches!(response.status, 403 | 404) && !asked => None,
        Ok(response) => Some(Err(LoadError::NotFetched(format!(
            "{} {}",
            response.status, response.status_text
        )))),
        Err(reason) => Some(Err(LoadError::NotFetched(reason))),
    }
}

/// Whether `url`, read relative to the page, is on the page's own site (its scheme, host
/// and port): a `data:` or `blob:` address, or another site's, is not.
fn on_this_site(url: &str) -> bool {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return false;
    };
    let (Ok(page), Ok(origin)) = (location.href(), location.origin()) else {
        return false;
    };
    web_sys::Url::new_with_base(url, &page).is_ok_and(|resolved| {
        resolved.origin() == origin && resolved.protocol().starts_with("http")
    })
}

/// Opens the addresses the finder asked to open (a shoe's page in the shop) itself, with no
/// way back to the finder's tab for the page opened (`noopener`), rather than as the
/// toolkit would.
fn open_links_apart(ctx: &egui::Context) {
    let mut links = Vec::new();
    ctx.output_mut(|output| {
        output.commands.retain(|command| match command {
            egui::OutputCommand::OpenUrl(open) => {
                links.push(open.url.clone());
                false
            }
            _ => true,
        });
    });
    if let Some(window) = web_sys::window() {
        for url in links {
            let _ =
                window.open_with_url_and_target_and_features(&url, "_blank", "noopener,noreferrer");
        }
    }
}

/// The finder as the page runs it, what its HTML copy says now, and the inputs its address
/// carries.
struct Page {
    app: ShoeApp,
    /// Saved inputs that did not read, and the key to keep them under at the first save.
    unreadable: Option<(String, String)>,
    mirrored: Mirror,
    addressed: String,
}

impl eframe::App for Page {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.app, ui, frame);
        open_links_apart(ui.ctx());
        let mirror = self.app.mirror();
        if mirror != self.mirrored {
            copy_into_page(&mirror);
            self.mirrored = mirror;
        }
        let inputs = address::profile_text(&self.app.settings().profile);
        if inputs != self.addressed {
            put_into_address(&inputs);
            self.addressed = inputs;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some((key, text)) = self.unreadable.take() {
            storage.set_string(&key, text);
        }
        eframe::App::save(&mut self.app, storage);
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// Writes `mirror` into the page's visually hidden copy of the results (`index.html`'s
/// `mirror_*` elements), as text: nothing in a catalogue is read as HTML.
fn copy_into_page(mirror: &Mirror) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let set = |id: &str, text: &str| {
        if let Some(element) = document.get_element_by_id(id) {
            element.set_text_content(Some(text));
        }
    };
    set("mirror_heading", &mirror.heading);
    set("mirror_lead", mirror.lead.as_deref().unwrap_or(""));
    set("mirror_more", mirror.more.as_deref().unwrap_or(""));
    let list = |id: &str, lines: &[String]| {
        let Some(list) = document.get_element_by_id(id) else {
            return;
        };
        list.set_text_content(None);
        for line in lines {
            if let Ok(item) = document.create_element("li") {
                item.set_text_content(Some(line));
                let _ = list.append_child(&item);
            }
        }
    };
    list("mirror_shoes", &mirror.shoes);
    list("mirror_problems", &mirror.problems);
}

/// Opens `html` (a printable page of the results) in a new tab, from memory.
pub(super) fn open_printable(html: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(html));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/html;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    if let (Ok(url), Some(window)) = (
        web_sys::Url::create_object_url_with_blob(&blob),
        web_sys::window(),
    ) {
        let _ = window.open_with_url_and_target(&url, "_blank");
    }
}

/// Shows `text` in the page's status line.
fn say_on_page(text: &str) {
    if let Some(status) = status() {
        status.set_text_content(Some(text));
        let _ = status.style().set_property("display", "block");
    }
}

/// Hides the page's status line: the finder is on screen.
fn hide_status() {
    if let Some(status) = status() {
        status.set_text_content(None);
        let _ = status.style().set_property("display", "none");
    }
}

/// The page's status line.
fn status() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(STATUS)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}
