//! Hostile and careless files through the command line, as a tester set on breaking it would
//! give them: a pipe for a catalogue, one line of megabytes, NUL bytes, hundreds of thousands
//! of tiny records, an id of a million characters, a name that is not UTF-8. Each answers at
//! once, within a few times the file's size in memory (the peak measured by the system
//! through GNU time, not timed), and says what is wrong in a bounded number of lines.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// What a run of the program did.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// The most memory it held at once, in bytes, as the system counted it.
    peak_bytes: u64,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Runs the program with `args`, killing it should it take longer than `limit` (a hang),
/// and measures its peak memory. GNU time starts it and reads its peak: a program started
/// straight from this test process would count the test process's own memory as its peak
/// (the system keeps the high-water mark of the memory it was started from).
fn run(args: &[&std::ffi::OsStr], limit: Duration) -> Run {
    use std::os::unix::process::CommandExt;
    let peak_file = tempfile::NamedTempFile::new().expect("a file for the peak");
    let mut child = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(peak_file.path())
        .arg(env!("CARGO_BIN_EXE_shoe-selector"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("GNU time starts the program: run the suite with scripts/test, which installs it");
    let group = child.id() as libc::pid_t;
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let reading_out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = out.read_to_end(&mut bytes);
        bytes
    });
    let reading_err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err.read_to_end(&mut bytes);
        bytes
    });
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if finished.recv_timeout(limit).is_err() {
            // SAFETY: the process group is our own child's and its program's.
            unsafe { libc::kill(-group, libc::SIGKILL) };
            true
        } else {
            false
        }
    });
    let status = child.wait().expect("waited for the program");
    let _ = done.send(());
    let killed = watchdog.join().expect("watchdog");
    assert!(
        !killed,
        "the program hung: killed after {limit:?} ({args:?})"
    );
    let peak_kib: u64 = std::fs::read_to_string(peak_file.path())
        .expect("the peak")
        .lines()
        .filter_map(|line| line.trim().parse().ok())
        .next_back()
        .expect("GNU time says the peak");
    Run {
        code: status.code(),
        stdout: reading_out.join().expect("stdout"),
        stderr: reading_err.join().expect("stderr"),
        peak_bytes: peak_kib * 1024,
    }
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

const MINUTE: Duration = Duration::from_secs(60);

/// The memory the program holds to check a small file: its own code and libraries.
fn baseline() -> u64 {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron");
    run(&[os("check"), bundled.as_os_str()], MINUTE).peak_bytes
}

fn write_file(folder: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// The program's memory for a file of `bytes` stays within three times its size beyond what
/// it needs for a small file, plus a constant: 32 MB, what reading up to the 200,000-shoe
/// limit keeps of each shoe (its id, its place) can take, whatever the file.
fn assert_bounded_memory(run: &Run, bytes: usize, baseline: u64, what: &str) {
    let allowed = baseline + 3 * bytes as u64 + 32 * 1024 * 1024;
    assert!(
        run.peak_bytes <= allowed,
        "{what}: peak {} MB for a file of {} MB (allowed {} MB)",
        run.peak_bytes >> 20,
        bytes >> 20,
        allowed >> 20
    );
}

#[test]
fn a_pipe_for_a_catalogue_or_a_profile_is_refused_at_once() {
    let folder = tempfile::tempdir().expect("temp dir");
    let pipe = folder.path().join("catalogue.ron");
    let name = std::ffi::CString::new(pipe.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: a valid C string naming a path in our own temp folder.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0, "mkfifo");
    let checked = run(&[os("check"), pipe.as_os_str()], MINUTE);
    assert_eq!(checked.code, Some(1));
    assert!(
        checked.stdout().contains("not a regular file"),
        "{}",
        checked.stdout()
    );
    let profile = write_file(
        folder.path(),
        "runner.ron",
        b"Profile(foot_width: Standard, weight_kg: 70.0, pronation: Neutral, season: Summer, surface: Road)",
    );
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron");
    for (catalogue, profile) in [(&pipe, &profile), (&bundled, &pipe)] {
        let ranked = run(
            &[
                os("recommend"),
                os("--catalogue"),
                catalogue.as_os_str(),
                os("--profile"),
                profile.as_os_str(),
            ],
            MINUTE,
        );
        assert_eq!(ranked.code, Some(1));
        assert!(ranked.stdout.is_empty());
        assert!(
            ranked.stderr().contains("not a regular file"),
            "{}",
            ranked.stderr()
        );
    }
}

#[test]
fn one_long_line_or_nul_bytes_cost_a_few_times_the_file_and_a_few_lines() {
    let folder = tempfile::tempdir().expect("temp dir");
    let baseline = baseline();
    let size = 8 << 20;
    let bundled =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron"))
            .expect("bundled");
    // The bundled shoes, over and over, on one line, with a stray word at the end.
    let shoes = bundled
        .split_once("shoes: [")
        .and_then(|(_, rest)| rest.rsplit_once(']'))
        .map(|(shoes, _)| shoes.replace('\n', " "))
        .expect("shoes");
    let mut one_line = String::from("Catalogue(format: 1, shoes: [");
    while one_line.len() < size {
        one_line.push_str(&shoes);
    }
    one_line.push_str("] oops)");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("a catalogue on one line", one_line.into_bytes()),
        ("one long word", vec![b'a'; size]),
        ("NUL bytes", vec![0; size]),
        (
            "one shoe with notes of megabytes",
            format!(
                "Catalogue(format: 1, shoes: [Shoe(id: \"a\", notes: \"{}\")])",
                "n".repeat(size)
            )
            .into_bytes(),
        ),
    ];
    for (what, bytes) in cases {
        let path = write_file(folder.path(), "hostile.ron", &bytes);
        let checked = run(&[os("check"), path.as_os_str()], 5 * MINUTE);
        assert_eq!(checked.code, Some(1), "{what}: {}", checked.stderr());
        assert_bounded_memory(&checked, bytes.len(), baseline, what);
        assert!(
            checked.stdout.len() < 64 * 1024,
            "{what}: {} bytes of output",
            checked.stdout.len()
        );
        assert!(checked.stdout().contains("error"), "{what}");
    }
}

#[test]
fn hundreds_of_thousands_of_tiny_shoes_stop_at_the_limit_and_print_a_hundred_errors() {
    let folder = tempfile::tempdir().expect("temp dir");
    let baseline = baseline();
    let count = 300_000;
    let mut text = String::from("Catalogue(format: 1, shoes: [\n");
    for _ in 0..count {
        text.push_str("Shoe(id: \"x\"),\n");
    }
    text.push_str("])\n");
    let path = write_file(folder.path(), "tiny.ron", text.as_bytes());
    let checked = run(&[os("check"), path.as_os_str()], 5 * MINUTE);
    assert_eq!(checked.code, Some(1));
    let stdout = checked.stdout();
    let problems = stdout
        .lines()
        .filter(|line| line.starts_with(&*path.to_string_lossy()))
        .count();
    assert_eq!(problems, 100, "the first hundred errors, no more");
    assert!(stdout.contains("more problems, not listed"), "{stdout}");
    // The limit is said, at the first shoe past it.
    let json = run(&[os("check"), os("--json"), path.as_os_str()], 5 * MINUTE);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert!(report["errors"].as_u64().expect("a count") > 100);
    assert_eq!(report["problems"].as_array().expect("listed").len(), 100);
    assert!(
        checked.stderr().contains("error"),
        "the summary counts them: {}",
        checked.stderr()
    );
    assert_bounded_memory(&checked, text.len(), baseline, "tiny shoes");
    // Past the limit, reading stops: the limit's error is found, at the first shoe over.
    let limit = shoe_selector::catalogue::Limits::DEFAULT.max_shoes;
    let over = format!("more than the {limit}");
    let loaded = shoe_selector::catalogue::load_catalogue(&path);
    let error = loaded
        .diagnostics
        .iter()
        .chain(std::iter::empty())
        .map(|d| d.message())
        .find(|m| m.contains(&over));
    // The first hundred errors are of the first shoes: the limit's is counted, not listed.
    assert!(error.is_none());
    assert!(loaded.unlisted.errors > 0);
}

#[test]
fn a_catalogue_past_the_shoe_limit_is_refused_at_the_first_shoe_over() {
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let limit = shoe_selector::catalogue::Limits::DEFAULT.max_shoes;
    // Good shoes, one too many: only the limit's error, where the shoe over it starts.
    let one = to_ron(&generate(1), "");
    let shoe = one
        .split_once("shoes: [\n")
        .and_then(|(_, rest)| rest.rsplit_once("    ],"))
        .map(|(shoe, _)| shoe.to_string())
        .expect("one shoe");
    let mut text = String::from("Catalogue(format: 1, shoes: [\n");
    for i in 0..=limit {
        text.push_str(&shoe.replacen("id: \"", &format!("id: \"n{i}-"), 1));
    }
    text.push_str("])\n");
    let loaded = shoe_selector::catalogue::parse_catalogue(&text, Path::new("many.ron"), None);
    assert!(loaded.catalogue.is_none());
    let errors: Vec<_> = loaded.errors().collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message().contains(&limit.to_string()),
        "{}",
        errors[0]
    );
    let shoe_lines = shoe.lines().count();
    assert_eq!(errors[0].line, 2 + limit * shoe_lines, "{}", errors[0]);
}

#[test]
fn an_id_of_a_million_characters_is_quoted_cut_short() {
    let folder = tempfile::tempdir().expect("temp dir");
    let id = "x".repeat(1_000_000);
    let text = format!("Catalogue(format: 1, shoes: [Shoe(id: \"{id}\", brand: 1)])");
    let path = write_file(folder.path(), "long-id.ron", text.as_bytes());
    for json in [false, true] {
        let mut args = vec![os("check")];
        if json {
            args.push(os("--json"));
        }
        args.push(path.as_os_str());
        let checked = run(&args, MINUTE);
        assert_eq!(checked.code, Some(1));
        assert!(
            checked.stdout.len() < 16 * 1024,
            "{} bytes of output",
            checked.stdout.len()
        );
        assert!(checked.stdout().contains('…'), "{}", checked.stdout());
        if json {
            serde_json::from_slice::<serde_json::Value>(&checked.stdout).expect("valid JSON");
        }
    }
}

#[cfg(unix)]
#[test]
fn check_json_on_a_name_that_is_not_utf8_is_valid_json() {
    use std::os::unix::ffi::OsStrExt;
    let folder = tempfile::tempdir().expect("temp dir");
    let name = std::ffi::OsStr::from_bytes(b"shop-\xff.ron");
    let path = folder.path().join(name);
    std::fs::write(&path, "Catalogue(format: 1, shoes: [])").expect("write");
    let checked = run(&[os("check"), os("--json"), path.as_os_str()], MINUTE);
    assert_eq!(checked.code, Some(1));
    let report: serde_json::Value = serde_json::from_slice(&checked.stdout)
        .unwrap_or_else(|error| panic!("{error}: {}", checked.stdout()));
    let file = report["file"].as_str().expect("the file");
    assert!(file.ends_with("shop-\u{fffd}.ron"), "{file}");
    assert_eq!(report["problems"][0]["file"], report["file"]);
}
