//! The fitting report: what it must contain, in the order `recommend` gives, from the
//! library and from the command line.

use assert_cmd::Command;
use shoe_selector::catalogue::load_catalogue;
use shoe_selector::profile::parse_profile;
use shoe_selector::recommend::{Asked, Priorities, advise, explain, rank};
use shoe_selector::report::{Pictures, ReportInput, escape, render};
use shoe_selector::words::Lang;
use std::path::{Path, PathBuf};

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")
}

const SESSION: &str = r#"Profile(
    foot_width: Wide,
    weight_kg: 92.0,
    pronation: Over,
    season: Winter,
    surface: Road,
    knee_pain: true,
    customer: "Anna <Berg>",
    date: "2026-11-20",
    tried: [
        Tried(shoe: "brooks-adrenaline-gts-24", feel: [TooSoft, HeelSlips], note: "Heel lifts on the left"),
        Tried(shoe: "asics-gel-kayano-31", feel: [Fits, Liked]),
    ],
)"#;

fn report_of(session: &str, top: usize) -> String {
    report_in(session, top, Lang::En)
}

fn report_in(session: &str, top: usize, lang: Lang) -> String {
    let catalogue = load_catalogue(&bundled()).catalogue.expect("bundled");
    let profile = parse_profile(session, Path::new("session.ron")).expect("session");
    let folder = bundled().parent().map(Path::to_path_buf);
    let advice = advise(
        &catalogue,
        &profile,
        &Priorities::default(),
        &Asked::default(),
    );
    render(&ReportInput {
        catalogue: &catalogue,
        pictures: Pictures::Folder(folder.as_deref()),
        profile: &profile,
        advice: &advice,
        top,
        today: "2026-11-25".into(),
        lang,
        weight_unit: shoe_selector::units::WeightUnit::Kg,
    })
}

#[test]
fn the_report_has_the_inputs_the_top_choices_in_order_with_reasons_and_the_tried_shoes() {
    let html = report_of(SESSION, 4);
    let catalogue = load_catalogue(&bundled()).catalogue.expect("bundled");
    let profile = parse_profile(SESSION, Path::new("session.ron")).expect("session");
    assert!(
        html.contains("Running-shoe fitting for Anna &lt;Berg&gt;"),
        "the name, escaped"
    );
    assert!(html.contains("2026-11-20"), "the session's date");
    for value in [
        "wide",
        "92 kg",
        "overpronation",
        "winter",
        "road (asphalt, paved paths)",
    ] {
        assert!(
            html.contains(&format!("<td>{}</td>", escape(value))),
            "input {value}"
        );
    }
    let ranking = rank(&catalogue, &profile, &Priorities::default());
    let mut last = 0;
    for r in ranking.recommendations.iter().take(4) {
        let shoe = &catalogue.shoes[r.shoe];
        let at = html
            .find(&format!(
                "<span class=\"rank\">{}.</span> {}",
                r.rank,
                escape(&shoe.name())
            ))
            .expect("the shoe, ranked");
        assert!(at > last, "in ranking order");
        last = at;
        for reason in explain(&catalogue, shoe, &profile) {
            assert!(
                html.contains(&escape(&reason.text)),
                "reason {}",
                reason.text
            );
        }
    }
    let fifth = &catalogue.shoes[ranking.recommendations[4].shoe];
    assert!(
        !html.contains(&format!(
            "<span class=\"rank\">5.</span> {}",
            escape(&fifth.name())
        )),
        "only the top 4"
    );
    assert!(html.contains("<td>Brooks Adrenaline GTS 24</td><td></td><td>too soft, the heel slips</td><td>Heel lifts on the left</td>"));
    assert!(html.contains("<td>ASICS Gel-Kayano 31</td><td></td><td>fits well, liked</td>"));
    assert!(html.contains("data:image/png;base64,"), "pictures embedded");
    assert!(
        !html.contains("src=\"images/"),
        "no picture linked from outside"
    );
}

#[test]
fn knee_pain_brings_the_red_flags_and_its_absence_leaves_them_out() {
    let with = report_of(SESSION, 3);
    assert!(with.contains("See a doctor, not a shoe shop, if"));
    assert!(with.contains("class=\"red-flags\""));
    assert!(with.contains("Signs of a good running shoe"));
    let without = report_of(&SESSION.replace("knee_pain: true", "knee_pain: false"), 3);
    assert!(!without.contains("See a doctor, not a shoe shop, if"));
}

#[test]
fn the_report_prints_on_a4() {
    let html = report_of(SESSION, 3);
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("break-inside: avoid"));
    // Every element the report opens, it closes.
    for tag in [
        "html", "head", "body", "section", "article", "table", "ul", "header", "footer",
    ] {
        let opened =
            html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
        assert_eq!(
            opened,
            html.matches(&format!("</{tag}>")).count(),
            "<{tag}>"
        );
    }
}

#[test]
fn report_on_the_command_line_writes_the_same_top_shoes_as_recommend() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("session.ron");
    std::fs::write(&session, SESSION).expect("write");
    let out = dir.path().join("fitting.html");
    let run = Command::cargo_bin("shoe-selector")
        .expect("binary")
        .args(["report", "--top", "3", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&session)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("ran");
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(&out).expect("report written");
    let json = Command::cargo_bin("shoe-selector")
        .expect("binary")
        .args(["recommend", "--json", "--top", "3", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&session)
        .output()
        .expect("ran");
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let mut last = 0;
    for r in json["recommendations"].as_array().expect("list") {
        let name = format!(
            "{} {}",
            r["brand"].as_str().unwrap_or_default(),
            r["model"].as_str().unwrap_or_default()
        );
        let at = html
            .find(&format!(
                "<span class=\"rank\">{}.</span> {}",
                r["rank"],
                escape(&name)
            ))
            .expect("same shoe, same rank");
        assert!(at > last);
        last = at;
    }

    let bad = Command::cargo_bin("shoe-selector")
        .expect("binary")
        .args(["report", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(dir.path().join("missing.ron"))
        .arg("--out")
        .arg(dir.path().join("never.html"))
        .output()
        .expect("ran");
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("missing.ron:1:1: error: file not found")
    );
    assert!(!dir.path().join("never.html").exists());
}

/// `report --out` never replaces a file unasked: a file there is left alone without
/// `--force`; with it, the file is kept as a backup; a catalogue, a profile or a session is
/// never replaced, even with `--force`.
#[test]
fn report_out_replaces_only_what_it_is_told_to_and_never_a_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("session.ron");
    std::fs::write(&session, SESSION).expect("write");
    let catalogue = dir.path().join("catalogue.ron");
    std::fs::copy(bundled(), &catalogue).expect("copy");
    let report = |out: &Path, force: bool| {
        let mut command = Command::cargo_bin("shoe-selector").expect("binary");
        command
            .args(["report", "--catalogue"])
            .arg(&catalogue)
            .arg("--profile")
            .arg(&session)
            .arg("--out")
            .arg(out);
        if force {
            command.arg("--force");
        }
        command.output().expect("ran")
    };
    // The catalogue and the session themselves, and any file that reads as one, whatever
    // its name: refused, with or without --force, and left byte for byte.
    let disguised = dir.path().join("notes.html");
    std::fs::write(&disguised, "// a copy\nProfile(foot_width: Wide, weight_kg: 70.0, pronation: Neutral, season: Summer, surface: Road)").expect("write");
    for target in [&catalogue, &session, &disguised] {
        let before = std::fs::read(target).expect("read");
        for force in [false, true] {
            let run = report(target, force);
            assert_eq!(run.status.code(), Some(1), "{}", target.display());
            let said = String::from_utf8_lossy(&run.stderr);
            assert!(said.contains("never replaces"), "{said}");
            assert_eq!(std::fs::read(target).expect("read"), before);
        }
    }
    // Another file is there: refused without --force, saying so.
    let out = dir.path().join("fitting.html");
    std::fs::write(&out, "<p>an older report, edited</p>").expect("write");
    let run = report(&out, false);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(&out).expect("read"),
        "<p>an older report, edited</p>"
    );
    // With --force it is replaced, and kept beside it as a backup.
    let run = report(&out, true);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        std::fs::read_to_string(&out)
            .expect("read")
            .contains("<html")
    );
    let backups = shoe_selector::files::backups(&out);
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(&backups[0].1).expect("backup"),
        "<p>an older report, edited</p>"
    );
    assert!(String::from_utf8_lossy(&run.stderr).contains(&*backups[0].1.to_string_lossy()));
}

/// The report opened in headless Chromium (installed by `scripts/test`), in English and in
/// Russian: it renders, with the heading in the report's colour at the top of the page.
#[test]
fn the_report_renders_in_headless_chromium() {
    for lang in [Lang::En, Lang::Ru] {
        let teal = heading_pixels(&report_in(SESSION, 3, lang));
        assert!(
            teal > 200,
            "no heading rendered in {lang:?} ({teal} teal pixels)"
        );
    }
}

/// How many pixels of the report's teal (#007a6e) Chromium draws near the top of `html`.
fn heading_pixels(html: &str) -> usize {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("fitting.html");
    std::fs::write(&page, html).expect("write");
    let shot = dir.path().join("shot.png");
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            std::process::Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect(
            "headless Chromium is needed for this test: run the suite with scripts/test, which installs it",
        );
    let mut child = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=900,1200",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("chromium starts");
    // Chromium does not hang on a local page, but never let a test wait forever.
    for _ in 0..1200 {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let image = image::open(&shot).expect("a screenshot").into_rgb8();
    assert_eq!(image.width(), 900);
    image
        .enumerate_pixels()
        .filter(|(_, y, p)| {
            *y < 80 && p.0[0] < 40 && (100..=140).contains(&p.0[1]) && (90..=130).contains(&p.0[2])
        })
        .count()
}

/// The report says which of its choices are best picks, and says so when none is.
#[test]
fn the_report_names_each_choice_band_and_says_when_no_shoe_suits_everything() {
    let typical = report_of(
        "Profile(foot_width: Standard, weight_kg: 72.0, pronation: Neutral, season: SpringAutumn, surface: Road)",
        5,
    );
    assert!(typical.contains("<span class=\"band best\">A best pick</span>"));
    assert!(
        !typical.contains(&escape(
            &shoe_selector::words::Lang::En
                .words()
                .get(shoe_selector::recommend::NO_BEST_PICK)
        ))
    );
    let hard = report_of(
        "Profile(foot_width: ExtraWide, weight_kg: 110.0, pronation: Over, season: Winter, surface: Trail)",
        5,
    );
    assert!(!hard.contains("band best"));
    assert!(
        hard.contains(&escape(
            &shoe_selector::words::Lang::En
                .words()
                .get(shoe_selector::recommend::NO_BEST_PICK)
        ))
    );
}

/// In Russian the report is the same report: the same shoes in the same order, each with as
/// many reasons, every heading, reason, input and feeling in Russian, and the page says so
/// to the browser (`lang="ru"`), for the hyphenation and the voice of a screen reader.
#[test]
fn the_report_speaks_russian_with_the_same_shoes_in_the_same_order() {
    let english = report_in(SESSION, 4, Lang::En);
    let russian = report_in(SESSION, 4, Lang::Ru);
    assert!(russian.contains("<html lang=\"ru\">"));
    let names = |html: &str| -> Vec<String> {
        html.split("<span class=\"rank\">")
            .skip(1)
            .map(|part| part.split("</h3>").next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(names(&english), names(&russian));
    assert_eq!(names(&russian).len(), 4);
    let count = |html: &str, what: &str| html.matches(what).count();
    assert_eq!(count(&english, "<li class="), count(&russian, "<li class="));
    let cyrillic = |text: &str| text.chars().any(|c| ('а'..='я').contains(&c));
    for reason in russian.split("<span class=\"mark\">").skip(1) {
        let text = reason.split("</li>").next().unwrap_or_default();
        assert!(cyrillic(text), "a reason not in Russian: {text}");
    }
    for heading in [
        "Подбор беговых кроссовок для: Anna &lt;Berg&gt;",
        "Ваш бег",
        "Что вы примеряли",
        "Ваши колени",
        "слишком мягкие",
    ] {
        assert!(russian.contains(heading), "{heading}");
    }
    assert!(!russian.contains("Your running") && !russian.contains("What you tried on"));
}

/// The runner's inputs are one list: the report's table has a row for each input the profile
/// gives, in the order the ranking weighs them; the summary line says each that is not a
/// "no"; the ranking counts the same ones as given.
#[test]
fn the_report_the_summary_and_the_ranking_read_one_list_of_inputs() {
    use shoe_selector::profile::summary;
    use shoe_selector::recommend::Factor;
    let everything = r#"Profile(
    foot_width: Wide, weight_kg: 92, pronation: Over, season: Winter, surface: Road,
    foot_strike: Heel, knee_pain: true, orthotics: false, experience: Beginner,
    budget: 119.9, size_eu: 43.5, purpose: Daily, weekly_km: 35,
    pronation_severity: Marked, achilles_pain: false, current_drop_mm: 10,
    preferred_foam: Soft,
    feet: Feet(left_mm: 268, right_mm: 271.5),
    runs_in: RunsIn(model: "Brooks Ghost 15", size: UsMen(10), fit: [Good], wants: [Softer]),
)"#;
    let profile = parse_profile(everything, Path::new("all.ron")).expect("profile");
    let mut given: Vec<Factor> = profile.given().map(|input| Factor::of(&input)).collect();
    // The runner's own size and the measured feet are both weighed by the size factor.
    given.dedup();
    let expected: Vec<Factor> = Factor::ALL
        .into_iter()
        .filter(|&factor| factor != Factor::Fitting)
        .collect();
    assert_eq!(
        given, expected,
        "every input but the fitting, in the ranking's order"
    );
    for factor in Factor::ALL {
        assert_eq!(
            factor.is_given(&profile),
            factor != Factor::Fitting,
            "{factor} is given as the list says"
        );
    }
    let html = report_of(everything, 3);
    let words = Lang::En.words();
    let table = &html[html.find("<section class=\"inputs\">").expect("inputs")..];
    let table = &table[..table.find("</section>").expect("end")];
    let names: Vec<String> = table
        .split("<tr><th>")
        .skip(1)
        .map(|row| row[..row.find("</th>").expect("name")].to_string())
        .collect();
    let expected: Vec<String> = profile
        .given()
        .map(|input| escape(&words.get(Factor::label_of(&input))))
        .collect();
    assert_eq!(names, expected, "a row per input, in order");
    for value in [
        "overpronation (marked)",
        "119.90",
        "EU 43.5",
        "35 km a week",
        "10 mm",
        "268 mm left, 271.5 mm right",
    ] {
        assert!(
            table.contains(&format!("<td>{value}</td>")),
            "{value} in {table}"
        );
    }
    let line = summary(&profile, words);
    for phrase in [
        "marked pronation",
        "heel strike",
        "knee pain",
        "size EU 43.5",
        "likes soft foam",
    ] {
        assert!(line.contains(phrase), "{phrase} in {line}");
    }
    assert!(!line.contains("orthotics"), "a no is not said: {line}");
    assert!(!line.contains("Achilles"), "a no is not said: {line}");

    let least = parse_profile(
        "Profile(foot_width: Standard, weight_kg: 70, pronation: Neutral, season: Summer, surface: Trail)",
        Path::new("least.ron"),
    )
    .expect("profile");
    assert_eq!(least.given().count(), 5, "the main five alone");
    assert!(
        !summary(&least, words).contains(';'),
        "nothing after the main five"
    );
}

/// The report is the fitting's record: each shoe tried with the size it was tried in, and
/// the pair bought in the size bought, as the session file keeps them.
#[test]
fn the_report_records_the_sizes_tried_and_the_pair_bought() {
    let session = SESSION
        .replace(
            "Tried(shoe: \"asics-gel-kayano-31\", feel: [Fits, Liked])",
            "Tried(shoe: \"asics-gel-kayano-31\", size: Eu(44.5), feel: [Fits, Liked])",
        )
        .replace(
            "    date: \"2026-11-20\",",
            "    date: \"2026-11-20\",\n    bought: Shoe(\"asics-gel-kayano-31\"),\n    bought_size: UsMen(10.5),",
        );
    let html = report_of(&session, 3);
    assert!(html.contains("<th>Size tried</th>"), "a size column");
    assert!(html.contains("<td>EU 44.5</td>"), "the size tried");
    // The apostrophe is escaped in the page.
    assert!(
        html.contains("Bought: ASICS Gel-Kayano 31, in US men&#39;s 10.5."),
        "the pair bought"
    );
    // A pair tried without a size leaves its cell empty; no pair bought, no line.
    let plain = report_of(SESSION, 3);
    assert!(plain.contains("<td>Brooks Adrenaline GTS 24</td><td></td>"));
    assert!(!plain.contains("Bought:"));
}
