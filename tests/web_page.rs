//! The web page in a real browser: the page `scripts/web` builds into `target/web/` (built
//! here first when it is missing or older than the code), served on localhost, opened in headless Chromium and
//! driven through its DevTools protocol. What the page shows is read from its accessible
//! copy of the results (a canvas shows nothing to a test); a click is a real mouse click
//! on the canvas, where the same window laid out by `egui_kittest` has the button.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::{Value, json};
use shoe_selector::app::ShoeApp;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod window;

/// The size of the browser's page, and of the window laid out to find where to click.
const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 800.0;

/// How long the page may take to show its results here (a build for tests on a busy
/// machine); the page's speed is measured apart, with its figures in the README.
const PATIENCE: Duration = Duration::from_secs(90);

/// The folder `scripts/web` builds the page into: built first when it is not there or is
/// older than the code and page it is built from, so the page tested is this code's.
fn page_folder() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = root.join("target/web");
    let built = std::fs::metadata(folder.join("shoe_selector_bg.wasm"))
        .and_then(|m| m.modified())
        .ok();
    let sources = [
        "src",
        "assets",
        "data",
        "Cargo.toml",
        "Cargo.lock",
        "scripts/web",
    ];
    let stale = built.is_none_or(|built| {
        sources
            .iter()
            .any(|source| newest(&root.join(source)).is_some_and(|newest| newest > built))
    });
    if stale {
        // One build at a time, should several tests ever ask.
        static BUILDING: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _building = BUILDING.lock();
        let status = Command::new(root.join("scripts/web"))
            .arg(&folder)
            .status()
            .expect("scripts/web runs");
        assert!(status.success(), "scripts/web could not build the page");
    }
    folder
}

/// When the newest file at `path` (a file, or a folder and all below it) was changed.
fn newest(path: &Path) -> Option<std::time::SystemTime> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_dir() {
        return metadata.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .flatten()
        .filter_map(|entry| newest(&entry.path()))
        .max()
}

/// A static web server on localhost for `folder`, with `extra` files served from memory:
/// as any static host serves the page, with the types browsers insist on.
struct Server {
    port: u16,
}

impl Server {
    fn start(folder: PathBuf, extra: HashMap<String, Vec<u8>>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port on localhost");
        let port = listener.local_addr().expect("its address").port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (folder, extra) = (folder.clone(), extra.clone());
                std::thread::spawn(move || serve(stream, &folder, &extra));
            }
        });
        Server { port }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }
}

/// Answers one request: the file asked for, or 404.
fn serve(mut stream: TcpStream, folder: &Path, extra: &HashMap<String, Vec<u8>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("the connection"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The headers, up to the blank line; a GET has no body.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let path = path
        .split('?')
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let body = extra
        .get(path)
        .cloned()
        .or_else(|| (!path.contains("..")).then(|| std::fs::read(folder.join(path)).ok())?);
    let kind = match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("png") => "image/png",
        _ => "text/plain; charset=utf-8",
    };
    let _ = match body {
        Some(body) => stream
            .write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .as_bytes(),
            )
            .and_then(|()| stream.write_all(&body)),
        None => stream.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        ),
    };
}

/// Headless Chromium with its DevTools protocol on a port of its own, and a profile folder
/// of its own (no settings remembered from another run).
struct Browser {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    /// The browser, speaking `lang` (`en`, `ru`) to the pages it opens.
    fn start(lang: &str) -> Browser {
        let program = ["chromium", "chromium-browser", "google-chrome"]
            .into_iter()
            .find(|name| {
                Command::new(name)
                    .arg("--version")
                    .output()
                    .is_ok_and(|out| out.status.success())
            })
            .expect("Chromium is installed (scripts/test installs it)");
        let profile = tempfile::tempdir().expect("a profile folder");
        let mut child = Command::new(program)
            .args([
                "--headless",
                "--no-sandbox",
                "--no-first-run",
                "--disable-dev-shm-usage",
                // WebGL on the processor, as on a machine without a graphics card.
                "--enable-unsafe-swiftshader",
                "--use-angle=swiftshader",
                &format!("--lang={lang}"),
                &format!("--accept-lang={lang}"),
                "--remote-debugging-port=0",
                &format!("--window-size={WIDTH},{HEIGHT}"),
                &format!("--user-data-dir={}", profile.path().display()),
                "about:blank",
            ])
            .env("LANGUAGE", lang)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("Chromium starts");
        let stderr = child.stderr.take().expect("its error stream");
        let mut lines = BufReader::new(stderr).lines();
        let port = loop {
            let line = lines
                .next()
                .expect("Chromium says where its DevTools listen")
                .expect("a line");
            if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                break rest
                    .split('/')
                    .next()
                    .and_then(|port| port.parse().ok())
                    .expect("a port");
            }
        };
        // Its later complaints (no system bus and the like) are read and dropped, so that
        // a full pipe never stops it.
        std::thread::spawn(move || for _ in lines {});
        Browser {
            child,
            port,
            _profile: profile,
        }
    }

    /// The DevTools session of the browser's first page.
    fn page(&self) -> Page {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("DevTools");
        stream
            .write_all(
                format!(
                    "GET /json/list HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                    self.port
                )
                .as_bytes(),
            )
            .expect("asked");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("a timeout");
        // Its length from the headers: the DevTools server may keep the connection open.
        let mut reader = BufReader::new(stream);
        let mut length = 0;
        let mut line = String::new();
        while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().expect("a length");
            }
            line.clear();
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("the list of pages");
        let targets: Value = serde_json::from_slice(&body).expect("JSON");
        let url = targets
            .as_array()
            .and_then(|targets| targets.iter().find(|t| t["type"] == "page"))
            .and_then(|page| page["webSocketDebuggerUrl"].as_str())
            .expect("a page");
        let (socket, _) = tungstenite::connect(url).expect("the page's DevTools");
        if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_ref() {
            // A page that stops answering fails the test rather than hang it.
            stream.set_read_timeout(Some(PATIENCE)).expect("a timeout");
        }
        let mut page = Page {
            socket,
            next: 0,
            errors: Vec::new(),
            opened: Vec::new(),
        };
        page.call("Runtime.enable", json!({}));
        page.call("Log.enable", json!({}));
        page.call("Page.enable", json!({}));
        page.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": false}),
        );
        page
    }
}

/// One page's DevTools session, and the errors its console has shown.
struct Page {
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next: u64,
    errors: Vec<String>,
    /// The addresses of the tabs the page opened.
    opened: Vec<String>,
}

impl Page {
    /// Calls `method` and waits for its answer, noting the console's errors meanwhile.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let message = json!({"id": id, "method": method, "params": params}).to_string();
        self.socket
            .send(tungstenite::Message::text(message))
            .expect("sent");
        loop {
            let message = self.socket.read().expect("an answer");
            let Ok(text) = message.to_text() else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<Value>(text) else {
                continue;
            };
            if value["id"] == id {
                assert!(value["error"].is_null(), "{method}: {}", value["error"]);
                return value["result"].clone();
            }
            self.note(&value);
        }
    }

    /// Keeps an event that is an error on the console.
    fn note(&mut self, event: &Value) {
        let params = &event["params"];
        match event["method"].as_str() {
            Some("Runtime.exceptionThrown") => {
                self.errors.push(params["exceptionDetails"].to_string());
            }
            Some("Runtime.consoleAPICalled") if params["type"] == "error" => {
                self.errors.push(params["args"].to_string());
            }
            Some("Log.entryAdded") if params["entry"]["level"] == "error" => {
                self.errors.push(params["entry"].to_string());
            }
            Some("Target.targetCreated" | "Target.targetInfoChanged") => {
                if let Some(url) = params["targetInfo"]["url"].as_str() {
                    self.opened.push(url.to_string());
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
    }

    /// Opens `url`, a plain file of the page's site, and waits until the browser shows it.
    fn open_plain(&mut self, url: &str) {
        self.open(url);
        let path = url.split_once("//").map_or(url, |(_, rest)| rest);
        let path = path.find('/').map_or("/", |at| &path[at..]).to_string();
        let start = Instant::now();
        while self.eval("location.pathname") != Value::String(path.clone()) {
            assert!(start.elapsed() < PATIENCE, "{url} did not open");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The value of the JavaScript `expression` in the page.
    fn eval(&mut self, expression: &str) -> Value {
        self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        )["result"]["value"]
            .clone()
    }

    /// The lines of a list of the page's text copy.
    fn lines(&mut self, id: &str) -> Vec<String> {
        let value = self.eval(&format!(
            "Array.from(document.querySelectorAll('#{id} li')).map(li => li.textContent)"
        ));
        serde_json::from_value(value).unwrap_or_default()
    }

    /// Waits until `ready` holds of the page's ranked shoes and problems, and gives them.
    fn wait_for(
        &mut self,
        what: &str,
        ready: impl Fn(&[String], &[String]) -> bool,
    ) -> (Vec<String>, Vec<String>) {
        let start = Instant::now();
        loop {
            let (shoes, problems) = (self.lines("mirror_shoes"), self.lines("mirror_problems"));
            if ready(&shoes, &problems) {
                return (shoes, problems);
            }
            let status = self.eval("document.getElementById('status').textContent");
            assert!(
                start.elapsed() < PATIENCE,
                "{what}: not within {PATIENCE:?}; the page says {status}; shoes {shoes:?}; problems {problems:?}; console {:?}",
                self.errors
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// A click of the mouse's first button at `at`, as a user's; gives when the button was
    /// let go.
    fn click(&mut self, at: egui::Pos2) -> Instant {
        let mut released = Instant::now();
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            std::thread::sleep(Duration::from_millis(50));
            released = Instant::now();
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": at.x, "y": at.y, "button": "left", "clickCount": 1}),
            );
        }
        released
    }

    /// Presses and lets go of `key` (a DOM key name, such as "Escape").
    fn press(&mut self, key: &str) {
        for kind in ["keyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": key, "code": key}),
            );
        }
    }
}

/// The margin `egui_kittest` draws a ui in.
const KITTEST_MARGIN: f32 = 8.0;

/// The page's finder as the desktop lays it out, on the same catalogue, with the same
/// look, at the same size: where its widgets are (less the margin, see [`on_the_page`]) is
/// where the page draws them.
fn laid_out(catalogue: &[u8]) -> Harness<'static, ShoeApp> {
    let mut app = ShoeApp::new(window::english(), None).shopper_only();
    app.show_fetched("catalogue.ron", Ok(catalogue.to_vec()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(
            WIDTH + 2.0 * KITTEST_MARGIN,
            HEIGHT + 2.0 * KITTEST_MARGIN,
        ))
        .with_context_setup(shoe_selector::app::apply_theme)
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    window::settle(&mut harness);
    harness
}

/// `text` as a query parameter's value: every byte but letters, digits and `-_.~` escaped.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Where the page draws what `laid_out` shows at `at`.
fn on_the_page(at: egui::Pos2) -> egui::Pos2 {
    at - egui::vec2(KITTEST_MARGIN, KITTEST_MARGIN)
}

#[test]
fn the_page_shows_the_results_reranks_on_a_click_and_says_a_broken_catalogue_at_its_place() {
    let folder = page_folder();
    let sample = std::fs::read(folder.join("catalogue.ron")).expect("the page's catalogue");
    // The shop's own catalogue.ron in place of the sample built beside the page: every
    // price a thousand more, so that results shown can only be the shop's.
    let text = String::from_utf8(sample.clone())
        .expect("text")
        .replace("price: ", "price: 1");
    let catalogue = text.clone().into_bytes();
    // A catalogue whose first shoe weighs a thousand grams more: an error at a known place.
    let (broken, line, column) = window::first_weight_broken(&text);
    let server = Server::start(
        folder,
        HashMap::from([
            ("catalogue.ron".to_string(), catalogue.clone()),
            ("broken.ron".to_string(), broken.into_bytes()),
        ]),
    );
    let browser = Browser::start("en");
    let mut page = browser.page();

    // The results, as the same code ranks them on the desktop.
    let mut desktop = laid_out(&catalogue);
    let expected = desktop.state().mirror();
    assert_ne!(
        expected.shoes,
        laid_out(&sample).state().mirror().shoes,
        "the shop's results are not the sample's"
    );
    let opened = Instant::now();
    page.open(&server.url(""));
    let (shoes, problems) = page.wait_for("the results", |shoes, _| !shoes.is_empty());
    // Said, not judged: how long the page took here (`--nocapture` shows it).
    eprintln!(
        "the results were on the page {:?} after it was opened",
        opened.elapsed()
    );
    assert_eq!(shoes, expected.shoes, "the page ranks as the desktop does");
    assert!(problems.is_empty(), "{problems:?}");
    let heading = page.eval("document.getElementById('mirror_heading').textContent");
    assert_eq!(heading, Value::String(expected.heading.clone()));

    // A real click on "Trail", where the window draws it: the page ranks again.
    let trail = on_the_page(desktop.get_by_label("Trail").rect().center());
    desktop.get_by_label("Trail").click();
    window::settle(&mut desktop);
    let on_trails = desktop.state().mirror().shoes;
    assert_ne!(on_trails, expected.shoes, "trails rank otherwise");
    let clicked = page.click(trail);
    let (shoes, _) = page.wait_for("the results for trails", |shoes, _| {
        shoes != expected.shoes.as_slice()
    });
    eprintln!(
        "ranked again, and its copy in the page, {:?} after the button was let go",
        clicked.elapsed()
    );
    assert_eq!(
        shoes, on_trails,
        "the page ranks for trails as the desktop does"
    );

    // The results as a printable page, opened in a new tab from the View menu.
    page.call("Target.setDiscoverTargets", json!({"discover": true}));
    let view = on_the_page(desktop.get_by_label("View").rect().center());
    desktop.get_by_label("View").click();
    window::settle(&mut desktop);
    let printable = desktop
        .get_by_label("Printable page of these results")
        .rect()
        .center();
    desktop.key_press(egui::Key::Escape);
    window::settle(&mut desktop);
    // On a busy machine the menu may not be open yet when its item is clicked: then the
    // menu is closed with Escape and opened again, each time given longer to open.
    let start = Instant::now();
    let mut wait = Duration::from_millis(200);
    while !page.opened.iter().any(|url| url.starts_with("blob:")) {
        assert!(
            start.elapsed() < PATIENCE,
            "no printable page opened: {:?}",
            page.opened
        );
        page.click(view);
        std::thread::sleep(wait);
        page.click(on_the_page(printable));
        let tried = Instant::now();
        while tried.elapsed() < 2 * wait && !page.opened.iter().any(|url| url.starts_with("blob:"))
        {
            std::thread::sleep(Duration::from_millis(50));
            page.eval("1");
        }
        page.press("Escape");
        wait *= 2;
    }
    // It is the report's page, titled so.
    let start = Instant::now();
    loop {
        let targets = page.call("Target.getTargets", json!({}));
        let titles: Vec<String> = targets["targetInfos"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|t| t["url"].as_str().is_some_and(|u| u.starts_with("blob:")))
            .filter_map(|t| t["title"].as_str().map(str::to_string))
            .collect();
        if titles.iter().any(|title| title == "Running-shoe fitting") {
            break;
        }
        assert!(start.elapsed() < PATIENCE, "the printable page: {titles:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Back to the finder's tab: a tab out of sight is not drawn.
    page.call("Page.bringToFront", json!({}));

    // The address now carries the inputs, surface and all.
    let search = page.eval("new URLSearchParams(location.search).get('profile')");
    let carried = search.as_str().expect("the inputs in the address");
    assert_eq!(
        shoe_selector::app::address::profile_from(carried).map(|p| p.surface),
        Ok(shoe_selector::catalogue::Surface::Trail),
        "{carried}"
    );

    // An address sent to someone: it shows the results for its inputs.
    let sent = shoe_selector::profile::Profile {
        season: shoe_selector::profile::Season::Winter,
        weight_kg: 104.0,
        ..shoe_selector::profile::Profile::default()
    };
    window::change_profile(&mut desktop, |profile| *profile = sent.clone());
    let for_them = desktop.state().mirror().shoes;
    let text = shoe_selector::app::address::profile_text(&sent);
    page.open(&server.url(&format!("?profile={}", percent_encoded(&text))));
    let (shoes, _) = page.wait_for("the results for the address's inputs", |shoes, _| {
        shoes == for_them.as_slice()
    });
    assert_eq!(shoes, for_them);

    // A catalogue that does not read: its error at its address's line and column.
    page.open(&server.url("?catalogue=broken.ron"));
    let (_, problems) = page.wait_for("the broken catalogue's errors", |_, problems| {
        !problems.is_empty()
    });
    let place = format!("broken.ron:{line}:{column}: error");
    assert!(
        problems.iter().any(|p| p.starts_with(&place)),
        "{place} in {problems:?}"
    );
    // Opened with no inputs in its address, the page brings back the runner's last ones,
    // kept in the browser, and puts them in the address.
    let start = Instant::now();
    loop {
        let carried = page.eval("new URLSearchParams(location.search).get('profile')");
        let kept = carried
            .as_str()
            .and_then(|text| shoe_selector::app::address::profile_from(text).ok());
        if kept.as_ref().is_some_and(|kept| *kept == sent.inputs()) {
            break;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "the inputs kept in the browser: {carried}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // A catalogue that is not there: said with its address.
    page.open(&server.url("?catalogue=missing.ron"));
    let (_, problems) = page.wait_for("the missing catalogue's error", |_, problems| {
        problems.iter().any(|p| p.contains("404"))
    });
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("missing.ron:1:1: error") && p.contains("could not be fetched")),
        "{problems:?}"
    );
    // A catalogue on another site (to a browser, localhost is not 127.0.0.1), or in the
    // address itself: refused, unread.
    for elsewhere in [
        format!("http://localhost:{}/catalogue.ron", server.port),
        "data:text/plain,Catalogue(format:1,shoes:[])".to_string(),
    ] {
        page.open(&server.url(&format!("?catalogue={}", percent_encoded(&elsewhere))));
        let (_, problems) = page.wait_for("another site's catalogue refused", |_, problems| {
            problems.iter().any(|p| p.contains("another site"))
        });
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("{elsewhere}:1:1: error"))),
            "{problems:?}"
        );
    }

    // Inputs kept in the browser that no longer read: the defaults come back, and the
    // text is kept under a key of its own before the defaults are written over it.
    // They are written from a plain file of the same site, where no finder saves its own
    // over them as it is left; the finder saves when it is left in turn.
    let damaged = "Settings(profile: 12";
    page.open_plain(&server.url("catalogue.ron"));
    page.eval(&format!(
        "localStorage.setItem({:?}, {damaged:?})",
        shoe_selector::app::settings::KEY
    ));
    page.open(&server.url(""));
    page.wait_for("the results", |shoes, _| !shoes.is_empty());
    page.open_plain(&server.url("catalogue.ron"));
    let kept = page.eval(&format!(
        "localStorage.getItem({:?})",
        format!("{}.1", shoe_selector::app::settings::UNREADABLE_KEY)
    ));
    assert_eq!(kept, Value::String(damaged.to_string()));

    // The console shows the missing catalogue's 404, and the icon the browser asks of the
    // plain file (which names none), and nothing else.
    let errors: Vec<&String> = page
        .errors
        .iter()
        .filter(|e| !(e.contains("missing.ron") && e.contains("404")))
        .filter(|e| !(e.contains("/favicon.ico") && e.contains("404")))
        .collect();
    assert!(errors.is_empty(), "the console shows errors: {errors:?}");
}

/// Without a `catalogue.ron` beside it, the page shows the sample built into it, with no
/// problem said.
#[test]
fn without_the_shops_catalogue_the_page_shows_its_sample() {
    let folder = page_folder();
    let without = copy_without(&folder, "catalogue.ron");
    let server = Server::start(without.path().to_path_buf(), HashMap::new());
    let browser = Browser::start("en");
    let mut page = browser.page();
    page.open(&server.url(""));
    let (shoes, problems) = page.wait_for("the results", |shoes, _| !shoes.is_empty());
    let mut sample = Harness::builder()
        .with_size(egui::vec2(WIDTH, HEIGHT))
        .build_ui_state(
            |ui, app: &mut ShoeApp| app.show(ui),
            ShoeApp::new(window::english(), None).shopper_only(),
        );
    window::settle(&mut sample);
    assert_eq!(shoes, sample.state().mirror().shoes, "the sample's results");
    assert!(problems.is_empty(), "{problems:?}");
}

/// A copy of the page's folder (and its folders' files) without `left_out`.
fn copy_without(folder: &Path, left_out: &str) -> tempfile::TempDir {
    let copy = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(folder)
        .expect("the page's folder")
        .flatten()
    {
        let (from, to) = (entry.path(), copy.path().join(entry.file_name()));
        if entry.file_name() == left_out {
            continue;
        } else if from.is_dir() {
            std::fs::create_dir(&to).expect("a folder");
            for file in std::fs::read_dir(&from).expect("a folder").flatten() {
                std::fs::copy(file.path(), to.join(file.file_name())).expect("a copy");
            }
        } else {
            std::fs::copy(&from, &to).expect("a copy");
        }
    }
    copy
}

/// The page speaks the browser's language: in a browser asking for Russian, its results are
/// said in Russian, as the desktop says them in Russian.
#[test]
fn the_page_speaks_the_browsers_language() {
    let folder = page_folder();
    let catalogue = std::fs::read(folder.join("catalogue.ron")).expect("the page's catalogue");
    let server = Server::start(folder, HashMap::new());
    let browser = Browser::start("ru");
    let mut page = browser.page();
    page.open(&server.url(""));
    let (shoes, _) = page.wait_for("the results", |shoes, _| !shoes.is_empty());
    let mut app = ShoeApp::new(
        shoe_selector::app::Settings {
            language: Some(shoe_selector::words::Lang::Ru),
            ..window::english()
        },
        None,
    )
    .shopper_only();
    app.show_fetched("catalogue.ron", Ok(catalogue));
    let mut russian = Harness::builder()
        .with_size(egui::vec2(WIDTH, HEIGHT))
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    window::settle(&mut russian);
    let expected = russian.state().mirror();
    assert!(
        expected.heading.starts_with("Рекомендуем"),
        "{}",
        expected.heading
    );
    assert_eq!(shoes, expected.shoes);
    let heading = page.eval("document.getElementById('mirror_heading').textContent");
    assert_eq!(heading, Value::String(expected.heading));
}
