//! The real binary, as scripts and shop systems call it: output shape, exit codes, and which
//! stream says what.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn bin() -> Command {
    Command::cargo_bin("shoe-selector").expect("binary built")
}

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

const PROFILE: &str = "Profile(foot_width: Wide, weight_kg: 92.0, pronation: Over, season: Winter, surface: Road, knee_pain: true, orthotics: true, size_eu: 44.0)";

#[test]
fn the_bundled_catalogue_passes_check() {
    bin()
        .arg("check")
        .arg(bundled())
        .assert()
        .success()
        .stdout(predicate::str::contains("error").not());
}

#[test]
fn check_prints_each_problem_as_file_line_column_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The first shoe weighs a thousand grams more: out of range.
    let text = std::fs::read_to_string(bundled())
        .expect("bundled")
        .replacen("weight_g: ", "weight_g: 1", 1);
    let weight = text
        .split("weight_g: ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("a weight")
        .to_string();
    let first_id = text
        .split("id: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an id")
        .to_string();
    let path = write(dir.path(), "shop.ron", &text);
    let output = bin().arg("check").arg(&path).output().expect("ran");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains("weight_g"))
        .expect("a line about weight_g");
    let expected_line = text
        .lines()
        .position(|l| l.contains(&format!("weight_g: {weight}")))
        .expect("edited line")
        + 1;
    assert!(
        line.starts_with(&format!(
            "{}:{expected_line}:23: error: shoe `{first_id}`: `weight_g` is {weight}",
            path.display()
        )),
        "{line}"
    );
}

#[test]
fn check_exits_0_with_warnings_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(bundled()).expect("bundled");
    // The pictures are not next to this copy: every image is a warning, nothing more.
    let path = write(dir.path(), "shop.ron", &text);
    bin().arg("check").arg(&path).assert().code(0).stdout(
        predicate::str::contains(": warning: ").and(predicate::str::contains(": error: ").not()),
    );
}

#[test]
fn check_json_lists_the_same_problems() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(bundled())
        .expect("bundled")
        .replacen("support: Neutral", "support: Neutro", 1);
    let path = write(dir.path(), "shop.ron", &text);
    let output = bin()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let errors: Vec<&Value> = json["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter(|p| p["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["shoe"], "brooks-ghost-16");
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("did you mean `Neutral`")
    );
    assert_eq!(json["errors"], 1);
}

#[test]
fn recommend_json_has_the_contract_shape() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(dir.path(), "runner.ron", PROFILE);
    let output = bin()
        .args(["recommend", "--json", "--top", "5", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    let json: Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    let recommendations = json["recommendations"].as_array().expect("recommendations");
    assert_eq!(recommendations.len(), 5);
    let mut previous = f64::INFINITY;
    for (i, r) in recommendations.iter().enumerate() {
        assert_eq!(r["rank"], i + 1);
        let score = r["score"].as_f64().expect("score");
        assert!((0.0..=1.0).contains(&score) && score <= previous);
        previous = score;
        for key in ["id", "brand", "model"] {
            assert!(r[key].is_string(), "{key}");
        }
        let reasons = r["reasons"].as_array().expect("reasons");
        for factor in [
            "foot_width",
            "weight",
            "pronation",
            "season",
            "surface",
            "knee_pain",
            "orthotics",
            "size",
        ] {
            assert!(
                reasons.iter().any(|reason| reason["factor"] == factor),
                "no {factor} reason"
            );
        }
        for reason in reasons {
            assert!(
                ["good", "caution", "poor"]
                    .contains(&reason["verdict"].as_str().unwrap_or_default())
            );
            assert!(!reason["text"].as_str().unwrap_or_default().is_empty());
        }
    }
    let excluded = json["excluded"].as_array().expect("excluded");
    assert!(!excluded.is_empty());
    for e in excluded {
        assert!(e["id"].is_string());
        assert!(
            e["reasons"].as_array().is_some_and(
                |r| !r.is_empty() && r.iter().all(|reason| reason["verdict"] == "poor")
            )
        );
    }
}

#[test]
fn recommend_text_explains_each_shoe() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(dir.path(), "runner.ron", PROFILE);
    bin()
        .args(["recommend", "--top", "3", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("  1. ")
                .and(predicate::str::contains("You overpronate"))
                .and(predicate::str::contains("Left out:")),
        );
}

#[test]
fn priorities_change_the_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(
        dir.path(),
        "runner.ron",
        "Profile(foot_width: Standard, weight_kg: 70.0, pronation: Neutral, season: Summer, surface: Road, budget: 80.0)",
    );
    let top = |priority: &str| -> String {
        let output = bin()
            .args([
                "recommend",
                "--json",
                "--top",
                "1",
                "--priority",
                priority,
                "--catalogue",
            ])
            .arg(bundled())
            .arg("--profile")
            .arg(&profile)
            .output()
            .expect("ran");
        let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
        json["recommendations"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_ne!(top("budget=20"), top("budget=0"));
}

#[test]
fn bad_input_goes_to_stderr_with_exit_1_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good_profile = write(dir.path(), "runner.ron", PROFILE);
    let bad_profile = write(
        dir.path(),
        "bad.ron",
        &PROFILE.replace("weight_kg: 92.0", "weight_kg: 2.0"),
    );
    let broken = write(dir.path(), "broken.ron", "Catalogue(format: 1, shoes: [");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "--profile".into(),
                bad_profile.display().to_string(),
                "--catalogue".into(),
                bundled().display().to_string(),
            ],
            "weight_kg",
        ),
        (
            vec![
                "--profile".into(),
                good_profile.display().to_string(),
                "--catalogue".into(),
                broken.display().to_string(),
            ],
            "broken.ron:1:",
        ),
        (
            vec![
                "--profile".into(),
                good_profile.display().to_string(),
                "--catalogue".into(),
                dir.path().join("none.ron").display().to_string(),
            ],
            "not found",
        ),
        (
            vec![
                "--profile".into(),
                good_profile.display().to_string(),
                "--catalogue".into(),
                bundled().display().to_string(),
                "--priority".into(),
                "comfort=2".into(),
            ],
            "unknown factor `comfort`",
        ),
        (
            vec![
                "--profile".into(),
                good_profile.display().to_string(),
                "--catalogue".into(),
                bundled().display().to_string(),
                "--priority".into(),
                "weight=-1".into(),
            ],
            "from 0 to 100",
        ),
        (
            vec![
                "--profile".into(),
                good_profile.display().to_string(),
                "--catalogue".into(),
                bundled().display().to_string(),
                "--priority".into(),
                "weight=1e308".into(),
                "--priority".into(),
                "surface=1e308".into(),
            ],
            // Said as typed, not as its 309 digits.
            "not `1e308`",
        ),
        (
            vec![
                "--profile".into(),
                write(dir.path(), "trailing.ron", &format!("{PROFILE} Profile()"))
                    .display()
                    .to_string(),
                "--catalogue".into(),
                bundled().display().to_string(),
            ],
            // A profile's error speaks of its record, not of a catalogue.
            "the file's record",
        ),
    ];
    for (args, words) in cases {
        let output = bin()
            .arg("recommend")
            .arg("--json")
            .args(&args)
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?} printed on stdout");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        assert!(!stderr.contains("catalogue's closing"), "{stderr}");
        assert!(stderr.len() < 4096, "{args:?}: {stderr}");
    }
}

#[test]
fn help_and_version_answer() {
    bin()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("recommend").and(predicate::str::contains("check")));
    bin()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    // The range of a priority is said where it is given.
    bin()
        .args(["recommend", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("from 0 to 100"));
    bin()
        .args(["report", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--force"));
}

#[test]
fn check_shows_the_source_line_with_a_caret_under_the_spot_and_a_hint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(bundled())
        .expect("bundled")
        .replacen("breathability: High", "breatability: High", 1);
    let path = write(dir.path(), "shop.ron", &text);
    let output = bin().arg("check").arg(&path).output().expect("ran");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("unknown field `breatability`"))
        .expect("the problem");
    let source_line = lines[at + 2];
    assert!(
        source_line.ends_with("breatability: High,"),
        "{source_line}"
    );
    let caret = lines[at + 3];
    let column = source_line.find("breatability").expect("in line");
    assert_eq!(caret.find('^'), Some(column), "{caret}");
    assert_eq!(caret.matches('^').count(), "breatability".len());
    assert!(lines[at + 5].contains("help:"), "{}", lines[at + 5]);
}

#[test]
fn what_if_claims_in_the_json_hold_when_the_changed_profile_is_ranked_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile_path = write(dir.path(), "runner.ron", PROFILE);
    let json_of = |profile: &Path| -> Value {
        let output = bin()
            .args(["recommend", "--json", "--catalogue"])
            .arg(bundled())
            .arg("--profile")
            .arg(profile)
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(0));
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let json = json_of(&profile_path);
    let profile = shoe_selector::profile::load_profile(&profile_path).expect("profile");
    let mut checked = 0;
    let entries = json["recommendations"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(json["excluded"].as_array().into_iter().flatten());
    for entry in entries {
        for claim in entry["what_if"].as_array().into_iter().flatten().take(1) {
            let changes = claim["changes"].as_object().expect("changes").clone();
            let changed =
                shoe_selector::recommend::what_if::apply(&profile, &changes).expect("valid change");
            let changed_path = write(
                dir.path(),
                "changed.ron",
                &ron::to_string(&changed).expect("serialises"),
            );
            let again = json_of(&changed_path);
            let rank = again["recommendations"]
                .as_array()
                .expect("list")
                .iter()
                .find(|r| r["id"] == entry["id"])
                .map(|r| r["rank"].clone());
            assert_eq!(
                rank,
                Some(claim["rank"].clone()),
                "{}: {}",
                entry["id"],
                claim["text"]
            );
            checked += 1;
            if checked >= 8 {
                return;
            }
        }
    }
    assert!(checked > 0, "no what-if to check");
}

#[test]
fn no_what_if_leaves_the_what_ifs_out_and_the_ranking_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(dir.path(), "runner.ron", PROFILE);
    let json = |extra: &[&str]| -> Value {
        let output = bin()
            .args(["recommend", "--json"])
            .args(extra)
            .arg("--catalogue")
            .arg(bundled())
            .arg("--profile")
            .arg(&profile)
            .output()
            .expect("ran");
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let with = json(&[]);
    let without = json(&["--no-what-if"]);
    let has_what_if = |v: &Value| {
        v["recommendations"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(v["excluded"].as_array().into_iter().flatten())
            .any(|e| e.get("what_if").is_some())
    };
    assert!(has_what_if(&with));
    assert!(!has_what_if(&without));
    let ids = |v: &Value| {
        v["recommendations"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| r["id"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&with), ids(&without));
}

/// A large answer arrives whole through the buffered output: every shoe of a generated
/// catalogue is either among the recommendations or left out with its reasons, exactly once,
/// and the list of left-out shoes is in order of id.
#[test]
fn a_large_catalogue_answers_every_shoe_exactly_once() {
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let dir = tempfile::tempdir().expect("temp dir");
    let catalogue = generate(4_000);
    let path = write(dir.path(), "big.ron", &to_ron(&catalogue, ""));
    let profile = write(dir.path(), "runner.ron", PROFILE);
    let output = bin()
        .args(["recommend", "--json", "--catalogue"])
        .arg(&path)
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_slice(&output.stdout).expect("one whole JSON object");
    let recommended = json["recommendations"].as_array().expect("list");
    let excluded = json["excluded"].as_array().expect("list");
    assert!(!recommended.is_empty() && !excluded.is_empty());
    let mut ids: Vec<&str> = recommended
        .iter()
        .chain(excluded)
        .map(|shoe| shoe["id"].as_str().expect("id"))
        .collect();
    ids.sort_unstable();
    let mut expected: Vec<&str> = catalogue.shoes.iter().map(|s| s.id.as_str()).collect();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    for shoe in excluded {
        assert!(
            !shoe["reasons"].as_array().expect("reasons").is_empty(),
            "{shoe}"
        );
        for reason in shoe["reasons"].as_array().expect("reasons") {
            assert_eq!(reason["verdict"], "poor", "{shoe}");
        }
    }
    let left_out: Vec<&str> = excluded
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert!(left_out.windows(2).all(|pair| pair[0] < pair[1]));
}

/// Every shoe of a large catalogue without its pictures gets its own warning, each with the
/// excerpt of its own line.
#[test]
fn check_shows_each_of_many_warnings_on_its_own_line() {
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut catalogue = generate(800);
    for (i, shoe) in catalogue.shoes.iter_mut().enumerate() {
        shoe.image = Some(format!("images/missing-{i}.png"));
    }
    let text = to_ron(&catalogue, "");
    let path = write(dir.path(), "chain.ron", &text);
    let output = bin().arg("check").arg(&path).output().expect("ran");
    assert_eq!(output.status.code(), Some(0), "warnings only");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix(&format!("{}:", path.display())) else {
            continue;
        };
        let number: usize = rest
            .split(':')
            .next()
            .expect("line")
            .parse()
            .expect("a number");
        let source_line = text.lines().nth(number - 1).expect("inside the file");
        let picture = source_line
            .split('"')
            .nth(1)
            .expect("the warning's line names a picture");
        assert!(rest.contains(picture), "{line}");
        assert!(
            lines[i + 1..]
                .iter()
                .take(4)
                .any(|l| l.contains(source_line.trim())),
            "no excerpt of line {number} after {line}"
        );
        seen += 1;
    }
    assert_eq!(seen, 800);
}

/// Warnings are `check`'s business: `recommend` on a catalogue with a warning on every shoe
/// says nothing of them and ranks exactly as it does the same shoes without the warnings.
#[test]
fn recommend_ranks_a_warned_catalogue_as_the_same_shoes_without_warnings() {
    use shoe_selector::catalogue::generate::generate;
    use shoe_selector::catalogue::save::to_ron;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut clean = generate(300);
    for shoe in &mut clean.shoes {
        shoe.image = None;
    }
    let mut warned = clean.clone();
    warned.currency = None;
    for shoe in &mut warned.shoes {
        shoe.image = Some("images/not-there.png".into());
    }
    let profile = write(dir.path(), "runner.ron", PROFILE);
    let answer = |name: &str, catalogue: &shoe_selector::catalogue::Catalogue| {
        let path = write(dir.path(), name, &to_ron(catalogue, ""));
        let output = bin()
            .args(["recommend", "--json", "--no-what-if", "--catalogue"])
            .arg(&path)
            .arg("--profile")
            .arg(&profile)
            .output()
            .expect("ran");
        assert!(output.status.success());
        assert!(
            output.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
        let list = |key: &str| {
            json[key]
                .as_array()
                .expect("list")
                .iter()
                .map(|shoe| (shoe["id"].clone(), shoe["score"].clone()))
                .collect::<Vec<_>>()
        };
        (list("recommendations"), list("excluded"))
    };
    // The warned file really has warnings: `check` lists one per shoe for the picture.
    let warned_path = write(dir.path(), "warned-check.ron", &to_ron(&warned, ""));
    let check = bin().arg("check").arg(&warned_path).output().expect("ran");
    let listed = String::from_utf8_lossy(&check.stdout)
        .lines()
        .filter(|line| line.contains("warning:") && line.contains("not-there.png"))
        .count();
    assert_eq!(listed, warned.shoes.len());
    let clean_path = write(dir.path(), "clean-check.ron", &to_ron(&clean, ""));
    bin()
        .arg("check")
        .arg(&clean_path)
        .assert()
        .success()
        .stdout(predicate::str::contains("warning").not());
    let with = answer("warned.ron", &warned);
    assert!(!with.0.is_empty());
    assert_eq!(with, answer("clean.ron", &clean));
}

/// Every recommendation carries its band, in rank order; the best are at most five and say
/// so in the readable list too. A runner no shoe fully suits hears it above the list.
#[test]
fn recommend_gives_each_shoe_its_band_in_rank_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let typical = write(
        dir.path(),
        "typical.ron",
        "Profile(foot_width: Standard, weight_kg: 72.0, pronation: Neutral, season: SpringAutumn, surface: Road)",
    );
    let output = bin()
        .args(["recommend", "--json", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&typical)
        .output()
        .expect("ran");
    let json: Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    let bands: Vec<&str> = json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .map(|r| r["band"].as_str().unwrap_or_default())
        .collect();
    let order = |band: &str| {
        ["best", "good", "tradeoffs"]
            .iter()
            .position(|b| *b == band)
    };
    assert!(bands.iter().all(|b| order(b).is_some()), "{bands:?}");
    assert!(
        bands.windows(2).all(|w| order(w[0]) <= order(w[1])),
        "{bands:?}"
    );
    let best = bands.iter().filter(|b| **b == "best").count();
    assert!((1..=5).contains(&best), "{best} best picks");
    bin()
        .args(["recommend", "--top", "7", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&typical)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Best picks:\n  1. ")
                .and(predicate::str::contains("Good choices:")),
        );

    let no_one_fits = write(
        dir.path(),
        "hard.ron",
        "Profile(foot_width: ExtraWide, weight_kg: 110.0, pronation: Over, season: Winter, surface: Trail)",
    );
    let output = bin()
        .args(["recommend", "--json", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&no_one_fits)
        .output()
        .expect("ran");
    let json: Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    let recommendations = json["recommendations"].as_array().expect("recommendations");
    assert!(!recommendations.is_empty());
    assert!(recommendations.iter().all(|r| r["band"] != "best"));
    bin()
        .args(["recommend", "--top", "3", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&no_one_fits)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            shoe_selector::words::Lang::En
                .words()
                .get(shoe_selector::recommend::NO_BEST_PICK),
        ));
}

/// `sample --out DIR` writes the built-in sample and its pictures, from any folder; it never
/// overwrites: a second time it refuses, and writes nothing.
#[test]
fn sample_writes_the_built_in_catalogue_and_refuses_to_overwrite() {
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let folder = elsewhere.path().join("shop");
    bin()
        .current_dir(elsewhere.path())
        .args(["sample", "--out"])
        .arg(&folder)
        .assert()
        .success();
    let catalogue = folder.join("catalogue.ron");
    assert_eq!(
        std::fs::read_to_string(&catalogue).expect("written"),
        std::fs::read_to_string(bundled()).expect("bundled")
    );
    // Pictures and all: not even a warning for a missing one.
    bin()
        .arg("check")
        .arg(&catalogue)
        .assert()
        .success()
        .stdout(predicate::str::contains("warning").not())
        .stderr(predicate::str::contains("no problems"));
    std::fs::write(&catalogue, "// mine\n").expect("write");
    bin()
        .args(["sample", "--out"])
        .arg(&folder)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("is there already"));
    assert_eq!(
        std::fs::read_to_string(&catalogue).expect("read"),
        "// mine\n"
    );
}

/// Without a display the program says so in one plain sentence, with no library's path,
/// and points to the command line.
#[test]
fn without_a_display_the_window_says_so_plainly() {
    let home = tempfile::tempdir().expect("temp dir");
    let output = bin()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env_remove("XDG_RUNTIME_DIR")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no display"), "{stderr}");
    assert!(stderr.contains("shoe-selector --help"), "{stderr}");
    assert!(
        !stderr.contains(".rs") && !stderr.contains("registry"),
        "{stderr}"
    );
}

/// `--lang ru` speaks Russian: the readable list, and the JSON's `text`; the JSON is
/// otherwise the same as in English, key for key and value for value, so scripts do not
/// change with the language. Without `--lang` the words are English, whatever the locale.
#[test]
fn recommend_speaks_russian_when_asked_and_keeps_the_json_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = dir.path().join("runner.ron");
    std::fs::write(&profile, PROFILE).expect("profile written");
    let json = |lang: Option<&str>| -> Value {
        let mut command = bin();
        command
            .env("LANG", "ru_RU.UTF-8")
            .env("LC_ALL", "ru_RU.UTF-8");
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        let output = command
            .args(["recommend", "--json", "--top", "5", "--catalogue"])
            .arg(bundled())
            .arg("--profile")
            .arg(&profile)
            .output()
            .expect("ran");
        assert!(output.status.success());
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let english = json(None);
    let russian = json(Some("ru"));
    // Everything but the texts is the same.
    fn without_texts(value: &Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| {
                        let v = if k == "text" {
                            Value::Null
                        } else {
                            without_texts(v)
                        };
                        (k.clone(), v)
                    })
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(without_texts).collect()),
            other => other.clone(),
        }
    }
    assert_eq!(without_texts(&english), without_texts(&russian));
    let texts = |json: &Value| -> Vec<String> {
        json["recommendations"][0]["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .map(|r| r["text"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let cyrillic = |text: &str| text.chars().any(|c| ('а'..='я').contains(&c));
    assert!(
        texts(&english).iter().all(|t| !cyrillic(t)),
        "{:?}",
        texts(&english)
    );
    assert!(
        texts(&russian).iter().all(|t| cyrillic(t)),
        "{:?}",
        texts(&russian)
    );
    // The readable list too.
    let output = bin()
        .args(["--lang", "ru", "recommend", "--top", "3", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("Бегун: "), "{text}");
    assert!(
        text.contains("Лучший выбор") || text.contains("Хорошие варианты"),
        "{text}"
    );
    // What it refuses, too.
    let output = bin()
        .args([
            "--lang",
            "ru",
            "recommend",
            "--priority",
            "fot=2",
            "--catalogue",
        ])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    let refused = String::from_utf8_lossy(&output.stderr);
    assert!(
        refused.starts_with("ошибка: --priority fot=2: неизвестный фактор `fot`"),
        "{refused}"
    );
}

/// `check --lang ru` says every problem in Russian at the same file, line and column, with
/// Russian hints and a summary whose counts take Russian plural forms; its JSON keeps every
/// key and value but the `message`. Without `--lang`, `check` stays English.
#[test]
fn check_speaks_russian_when_asked_at_the_same_places() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two errors (an unknown value, a weight out of range) and the pictures, not copied
    // beside this catalogue, as warnings.
    let text = std::fs::read_to_string(bundled())
        .expect("bundled")
        .replacen("support: Neutral", "support: Neutro", 1)
        .replacen("weight_g: ", "weight_g: 1", 1);
    let path = write(dir.path(), "shop.ron", &text);
    let run = |args: &[&str]| {
        let output = bin()
            .args(args)
            .arg(&path)
            .env("LANG", "ru_RU.UTF-8")
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(1));
        (
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (english, english_summary) = run(&["check"]);
    let (russian, russian_summary) = run(&["--lang", "ru", "check"]);
    let places = |out: &str, severity: &str| -> Vec<String> {
        out.lines()
            .filter_map(|line| line.split_once(&format!(": {severity}: ")))
            .map(|(place, _)| place.to_string())
            .collect()
    };
    let english_errors = places(&english, "error");
    assert_eq!(english_errors.len(), 2, "{english}");
    assert_eq!(places(&russian, "ошибка"), english_errors, "{russian}");
    let warnings = places(&english, "warning");
    assert!(!warnings.is_empty());
    assert_eq!(places(&russian, "предупреждение"), warnings);
    let cyrillic = |text: &str| text.chars().any(|c| ('а'..='я').contains(&c));
    assert!(
        !cyrillic(&english) && !cyrillic(&english_summary),
        "{english}"
    );
    for line in russian.lines().filter(|line| line.contains(": ошибка: ")) {
        let said = line.split(": ошибка: ").nth(1).unwrap_or_default();
        assert!(cyrillic(said), "{line}");
    }
    assert!(russian.contains("может быть, `Neutral`?"), "{russian}");
    assert!(russian.contains("= подсказка: "), "{russian}");
    // "2 ошибки" (few), and the warnings' count in the form its number takes.
    let count = warnings.len();
    let form = match (count % 10, count % 100) {
        (1, n) if n != 11 => "предупреждение",
        (2..=4, n) if !(12..=14).contains(&n) => "предупреждения",
        _ => "предупреждений",
    };
    assert!(
        russian_summary.contains(&format!("2 ошибки, {count} {form}")),
        "{russian_summary}"
    );
    assert!(english_summary.contains(&format!("2 errors, {count} warnings")));

    // The JSON: the same problems, only the messages in Russian.
    let json = |args: &[&str]| -> Value { serde_json::from_str(&run(args).0).expect("JSON") };
    let mut english = json(&["check", "--json"]);
    let mut russian = json(&["--lang", "ru", "check", "--json"]);
    let messages = |json: &mut Value| -> Vec<String> {
        json["problems"]
            .as_array_mut()
            .expect("problems")
            .iter_mut()
            .map(|problem| {
                let message = problem["message"].take();
                message.as_str().unwrap_or_default().to_string()
            })
            .collect()
    };
    let english_messages = messages(&mut english);
    let russian_messages = messages(&mut russian);
    assert_eq!(english, russian);
    assert!(english_messages.iter().all(|m| !cyrillic(m)));
    assert!(
        russian_messages.iter().all(|m| cyrillic(m)),
        "{russian_messages:?}"
    );
}

#[test]
fn when_nothing_suits_recommend_says_what_would_widen_the_choice_and_it_holds() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Racing shoes in extra wide: the shop has none; an everyday pair or a wide fit would do.
    let hard = "(foot_width: ExtraWide, weight_kg: 72, pronation: Neutral, season: SpringAutumn, \
                surface: Road, purpose: Race)";
    let run = |profile: &Path, extra: &[&str]| {
        let output = bin()
            .arg("recommend")
            .args(extra)
            .arg("--catalogue")
            .arg(bundled())
            .arg("--profile")
            .arg(profile)
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(0));
        output.stdout
    };
    let hard_path = write(dir.path(), "hard.ron", hard);
    let json: Value = serde_json::from_slice(&run(&hard_path, &["--json"])).expect("JSON");
    let best = |v: &Value| {
        v["recommendations"]
            .as_array()
            .expect("list")
            .iter()
            .filter(|r| r["band"] == "best")
            .count()
    };
    assert_eq!(best(&json), 0, "nothing suits this runner");
    let widen = json["widen"]
        .as_array()
        .expect("what would widen the choice");
    assert!(!widen.is_empty());
    let profile = shoe_selector::profile::load_profile(&hard_path).expect("profile");
    for claim in widen {
        let changes = claim["changes"].as_object().expect("changes").clone();
        let changed =
            shoe_selector::recommend::what_if::apply(&profile, &changes).expect("valid change");
        let changed_path = write(
            dir.path(),
            "changed.ron",
            &ron::to_string(&changed).expect("serialises"),
        );
        let again: Value = serde_json::from_slice(&run(&changed_path, &["--json"])).expect("JSON");
        let suiting = claim["suiting"].as_u64().expect("a count") as usize;
        assert_eq!(best(&again), suiting.min(5), "{}", claim["text"]);
        assert!(
            again.get("widen").is_none(),
            "once something suits, no widening"
        );
    }
    // The readable list says the same under the line that nothing suits.
    let text = String::from_utf8(run(&hard_path, &[])).expect("UTF-8");
    assert!(text.contains("What would widen the choice:"), "{text}");
    for claim in widen {
        assert!(text.contains(claim["text"].as_str().expect("text")));
    }
    // Without what-ifs, the answer has none of it.
    let plain: Value =
        serde_json::from_slice(&run(&hard_path, &["--json", "--no-what-if"])).expect("JSON");
    assert!(plain.get("widen").is_none());
}

/// A shoe that felt too narrow and comes wider carries the width to take it in: in the JSON
/// as `take_as`, in the readable list after its name.
#[test]
fn recommend_names_the_width_a_try_on_calls_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalogue = shoe_selector::catalogue::load_catalogue(&bundled())
        .catalogue
        .expect("bundled");
    let shoe = catalogue
        .shoes
        .iter()
        .find(|s| {
            s.widths.contains(&shoe_selector::catalogue::Width::Wide)
                && s.widths
                    .contains(&shoe_selector::catalogue::Width::ExtraWide)
        })
        .expect("a shoe in wide and extra wide");
    let profile = write(
        dir.path(),
        "runner.ron",
        &format!(
            "Profile(foot_width: Wide, weight_kg: 80.0, pronation: Neutral, season: Summer, surface: Road, tried: [Tried(shoe: \"{}\", feel: [TooNarrow])])",
            shoe.id
        ),
    );
    let output = bin()
        .args(["recommend", "--json", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let entry = json["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .find(|r| r["id"] == shoe.id.as_str())
        .expect("ranked");
    assert_eq!(entry["take_as"]["width"], "ExtraWide");
    let others = json["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .filter(|r| r["take_as"].is_object())
        .count();
    assert_eq!(others, 1, "only the shoe tried on");
    let text = bin()
        .args(["recommend", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    let said = String::from_utf8_lossy(&text.stdout);
    assert!(
        said.contains(&format!("{}, in extra wide", shoe.name())),
        "{said}"
    );
}

/// Without `--catalogue` (or, for `check`, a file), the commands use the built-in sample
/// and say so on standard error, leaving standard output as it would be.
#[test]
fn without_a_catalogue_the_commands_use_the_built_in_sample_and_say_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(dir.path(), "runner.ron", PROFILE);
    let with_sample = bin()
        .args(["recommend", "--json", "--no-what-if", "--profile"])
        .arg(&profile)
        .output()
        .expect("ran");
    assert_eq!(with_sample.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&with_sample.stderr).contains("built-in sample"));
    let with_file = bin()
        .args(["recommend", "--json", "--no-what-if", "--profile"])
        .arg(&profile)
        .arg("--catalogue")
        .arg(bundled())
        .output()
        .expect("ran");
    assert_eq!(
        with_sample.stdout, with_file.stdout,
        "the sample is the bundled catalogue"
    );
    let checked = bin().arg("check").output().expect("ran");
    assert_eq!(checked.status.code(), Some(0));
    let said = String::from_utf8_lossy(&checked.stderr);
    let shoes = shoe_selector::catalogue::load_catalogue(&bundled())
        .catalogue
        .expect("the bundled catalogue")
        .shoes
        .len();
    assert!(
        said.contains("built-in sample") && said.contains(&format!("{shoes} shoes")),
        "{said}"
    );
    let out = dir.path().join("fitting.html");
    let report = bin()
        .args(["report", "--profile"])
        .arg(&profile)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("ran");
    assert_eq!(report.status.code(), Some(0), "{report:?}");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(
        html.contains("data:image/png;base64"),
        "the sample's pictures, built in"
    );
}

/// The feet's and the current pair's contract on the command line: each recommendation
/// carries the size to try, its numbers those of the brand's chart and its text the reason
/// under `size`; a pair by an id the catalogue lacks is a warning naming it, read as a name.
#[test]
fn recommend_json_carries_the_size_to_try_and_warns_of_an_unknown_pair() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(
        dir.path(),
        "feet.ron",
        "Profile(foot_width: Standard, weight_kg: 75.0, pronation: Neutral, season: Summer, \
         surface: Road, feet: Feet(left_mm: 266.0, right_mm: 271.5), size_system: UsMen, \
         runs_in: RunsIn(shoe: \"nike-pegasus-40\", size: UsMen(10.0), fit: [Good]))",
    );
    let output = bin()
        .args(["recommend", "--json", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&profile)
        .output()
        .expect("ran");
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("\"nike-pegasus-40\"") && stderr.contains("read as a name"),
        "{stderr}"
    );
    let answer: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let recommendations = answer["recommendations"].as_array().expect("list");
    assert!(!recommendations.is_empty());
    for r in recommendations {
        let size = &r["size"];
        let text = size["text"].as_str().expect("a size's text");
        let us = size["us_men"].as_f64().expect("US men's");
        assert!(
            text.starts_with(&format!(
                "Try US men's {}",
                shoe_selector::units::number(us)
            )),
            "{text}"
        );
        let said = r["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .any(|reason| reason["factor"] == "size" && reason["text"] == text);
        assert!(said, "{} says its size under `size`", r["id"]);
        if r["brand"] == "Nike" {
            // The name's brand reads the Nike chart: US 10 worn, US 10 in a Nike true to size
            // or unrated, and half more or less for one that runs small or large.
            assert!((9.5..=10.5).contains(&us), "{} {us}", r["id"]);
        }
    }
}

/// A foot of 90 mm, a size no chart has and a pair named twice are each the usual error at
/// the line and column of the value, and nothing is ranked.
#[test]
fn bad_feet_and_sizes_are_errors_at_their_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write(
        dir.path(),
        "bad.ron",
        "Profile(\n    foot_width: Standard,\n    weight_kg: 75.0,\n    pronation: Neutral,\n    \
         season: Summer,\n    surface: Road,\n    feet: Feet(left_mm: 90.0, right_mm: 271.0),\n    \
         runs_in: RunsIn(\n        model: \"Brooks Ghost 15\",\n        size: UsMen(40.0),\n    ),\n)\n",
    );
    let output = bin()
        .args(["recommend", "--profile"])
        .arg(&profile)
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("bad.ron:7:25"),
        "the foot at its value: {stderr}"
    );
    assert!(stderr.contains("left_mm"), "{stderr}");
    assert!(
        stderr.contains("bad.ron:10:15"),
        "the size at its value: {stderr}"
    );
    assert!(stderr.contains("US men's 40"), "{stderr}");
}

/// A catalogue's own size chart whose lengths go backwards is an error that names the brand
/// and the row, at the `size_charts` field.
#[test]
fn a_broken_size_chart_is_an_error_naming_its_brand_and_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(bundled()).expect("bundled");
    let end = text.rfind(')').expect("the record's end");
    let chart = "    size_charts: [\n        SizeChart(\n            brand: \"PUMA\",\n            \
                 source: \"PUMA men's chart, 2026\",\n            men: [\n                \
                 Size(foot_mm: 260.0, us_men: 8.0),\n                Size(foot_mm: 255.0, us_men: 8.5),\n            \
                 ],\n        ),\n    ],\n";
    let broken = format!("{}{}{}", &text[..end], chart, &text[end..]);
    let line = broken[..broken.find("size_charts").expect("added")]
        .lines()
        .count();
    let path = write(dir.path(), "charted.ron", &broken);
    let output = bin().arg("check").arg(&path).output().expect("ran");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(&format!("charted.ron:{line}:")),
        "at line {line}: {stdout}"
    );
    assert!(
        stdout.contains("PUMA") && stdout.contains("row 2"),
        "{stdout}"
    );
}
