//! The shop's evidence from its sessions: counted right (recounted here from the files
//! themselves), told only to the customers it concerns, moving a shoe by at most 0.05 within
//! its tier, anonymous, and never stopped by a broken file.

use serde_json::Value;
use shoe_selector::catalogue::Width;
use shoe_selector::profile::{
    Bought, Feel, LastPair, PairTrouble, Profile, Pronation, Tried, Visit, load_profile,
};
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_shoe-selector"))
}

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron")
}

fn tried(shoe: &str, feel: &[Feel]) -> Tried {
    Tried {
        shoe: shoe.to_string(),
        size: None,
        feel: feel.to_vec(),
        note: None,
    }
}

/// A folder of sessions with patterns planted: nine standard-width overpronators of 85 to
/// 100 kg tried the Ghost 16 and six found it too narrow; five wide-footed neutral runners
/// under 60 kg bought the Clifton 9 and came back, four happy; a file that does not read.
fn shop_sessions(folder: &Path) {
    for i in 0..9 {
        let feel = if i < 6 { Feel::TooNarrow } else { Feel::Fits };
        let profile = Profile {
            foot_width: Width::Standard,
            pronation: Pronation::Over,
            weight_kg: 92.0,
            customer: Some(format!("Secret Name {i}")),
            date: Some(format!("2026-11-{:02}", i + 1)),
            tried: vec![tried("brooks-ghost-16", &[feel])],
            bought: Some(Bought::Nothing),
            ..Profile::default()
        };
        let path = folder.join(format!("2026-11-{:02}-1.ron", i + 1));
        shoe_selector::session::save(&path, &profile, &shoe_selector::files::Plan::new_file())
            .expect("saved");
    }
    for i in 0..5 {
        let went = if i < 4 {
            LastPair::Happy
        } else {
            LastPair::Returned(vec![PairTrouble::Blisters])
        };
        let profile = Profile {
            foot_width: Width::Wide,
            pronation: Pronation::Neutral,
            weight_kg: 55.0,
            customer: Some(format!("Hidden Person {i}")),
            date: Some(format!("2026-12-{:02}", i + 1)),
            last_pair: Some(went),
            visits: vec![Visit {
                date: Some(format!("2026-10-{:02}", i + 1)),
                tried: vec![tried("hoka-clifton-9", &[Feel::Fits, Feel::Liked])],
                bought: Some(Bought::Shoe("hoka-clifton-9".into())),
                bought_size: None,
                last_pair: None,
                inputs: None,
            }],
            ..Profile::default()
        };
        let path = folder.join(format!("2026-10-{:02}-1.ron", i + 1));
        shoe_selector::session::save(&path, &profile, &shoe_selector::files::Plan::new_file())
            .expect("saved");
    }
    std::fs::write(
        folder.join("2026-11-30-1.ron"),
        "Profile(\n    foot_width: Standard,\n    weight_kg: \"heavy\",\n)\n",
    )
    .expect("write");
}

fn runner_file(folder: &Path, name: &str, width: &str, pronation: &str, kg: u32) -> PathBuf {
    let path = folder.join(name);
    let text = format!(
        "Profile(foot_width: {width}, weight_kg: {kg}, pronation: {pronation}, season: SpringAutumn, surface: Road)"
    );
    std::fs::write(&path, text).expect("write");
    path
}

/// `recommend --json` for `profile`, with the sessions when given: the JSON, and what was
/// said on standard error.
fn recommend(profile: &Path, sessions: Option<&Path>) -> (Value, String) {
    let mut command = bin();
    command
        .args(["recommend", "--json", "--no-what-if", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(profile);
    if let Some(sessions) = sessions {
        command.arg("--sessions").arg(sessions);
    }
    let output = command.output().expect("ran");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    (
        serde_json::from_slice(&output.stdout).expect("JSON"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

fn entry<'v>(json: &'v Value, id: &str) -> &'v Value {
    json["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .find(|r| r["id"] == id)
        .expect("recommended")
}

fn shop_texts(entry: &Value) -> Vec<String> {
    entry["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .filter(|r| {
            r["rule"]
                .as_str()
                .is_some_and(|rule| rule.starts_with("shop-"))
        })
        .map(|r| r["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_clear_pattern_is_told_to_the_customers_it_concerns_with_its_counts_and_to_no_one_else() {
    let folder = tempfile::tempdir().expect("temp dir");
    let sessions = folder.path().join("sessions");
    std::fs::create_dir(&sessions).expect("folder");
    shop_sessions(&sessions);

    // A standard-width runner is told what standard-width customers found.
    let standard = runner_file(folder.path(), "a.ron", "Standard", "Neutral", 72);
    let (plain, _) = recommend(&standard, None);
    let (told, stderr) = recommend(&standard, Some(&sessions));
    let ghost = entry(&told, "brooks-ghost-16");
    assert_eq!(
        shop_texts(ghost),
        vec!["In this shop, 6 of 9 customers with standard-width feet found it too narrow."]
    );
    let reason = ghost["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .find(|r| r["rule"] == "shop-pattern-felt")
        .expect("the shop's reason");
    assert_eq!(reason["verdict"], "caution");
    assert_eq!(reason["factor"], "fitting");
    // Moved down, by at most 0.05, never out of its tier.
    let before = entry(&plain, "brooks-ghost-16")["score"]
        .as_f64()
        .expect("score");
    let after = ghost["score"].as_f64().expect("score");
    assert!(
        after < before && before - after <= 0.05 + 1e-9,
        "{before} to {after}"
    );
    assert!((after >= 0.8) == (before >= 0.8), "the same tier");
    // Every rank is a place in score order, and the same shoes are recommended.
    let ids = |json: &Value| {
        let mut ids: Vec<String> = json["recommendations"]
            .as_array()
            .expect("list")
            .iter()
            .map(|r| r["id"].as_str().unwrap_or_default().to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&plain), ids(&told));
    let scores: Vec<f64> = told["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .map(|r| r["score"].as_f64().expect("score"))
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(
        plain["excluded"], told["excluded"],
        "hard requirements never change"
    );
    // The broken file is named with its place, and skipped.
    assert!(stderr.contains("2026-11-30-1.ron:3:16"), "{stderr}");
    assert!(stderr.contains("1 session file cannot be read and is skipped"));

    // A light, extra-wide-footed underpronator is in none of those groups but the weight band
    // of the Clifton's buyers: told how their pairs went, nothing of the Ghost.
    let light = runner_file(folder.path(), "b.ron", "ExtraWide", "Under", 55);
    let (told, _) = recommend(&light, Some(&sessions));
    assert!(shop_texts(entry(&told, "brooks-ghost-16")).is_empty());
    let clifton = shop_texts(entry(&told, "hoka-clifton-9"));
    assert!(
        clifton.contains(
            &"In this shop, 4 of 5 customers under 60 kg who bought it came back happy with it."
                .to_string()
        ),
        "{clifton:?}"
    );

    // A runner the evidence concerns nowhere gets the catalogue's ranking, unchanged.
    let elsewhere = runner_file(folder.path(), "c.ron", "ExtraWide", "Under", 120);
    let (plain, _) = recommend(&elsewhere, None);
    let (told, _) = recommend(&elsewhere, Some(&sessions));
    assert_eq!(plain, told);

    // No name leaves the sessions.
    for profile in [&standard, &light] {
        let output = bin()
            .args(["recommend", "--catalogue"])
            .arg(bundled())
            .arg("--profile")
            .arg(profile)
            .arg("--sessions")
            .arg(&sessions)
            .output()
            .expect("ran");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!all.contains("Secret Name") && !all.contains("Hidden Person"));
    }
}

/// Every figure `insights --json` gives, counted again here straight from the files.
#[test]
fn insights_counts_are_recounted_from_the_files_and_anonymous() {
    let folder = tempfile::tempdir().expect("temp dir");
    shop_sessions(folder.path());
    let insights = |extra: &[&str]| {
        let output = bin()
            .args(["insights", "--json", "--sessions"])
            .arg(folder.path())
            .arg("--catalogue")
            .arg(bundled())
            .args(extra)
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        let text = String::from_utf8(output.stdout).expect("UTF-8");
        assert!(!text.contains("Secret Name") && !text.contains("Hidden Person"));
        serde_json::from_str::<Value>(&text).expect("JSON")
    };
    for (since, extra) in [
        (None, vec![]),
        (Some("2026-11-05"), vec!["--since", "2026-11-05"]),
    ] {
        let json = insights(&extra);
        // The recount: every file that reads, every visit in the dates.
        let mut tried: std::collections::BTreeMap<String, (u64, u64, u64, u64, u64)> =
            Default::default();
        let (mut customers, mut fittings) = (0, 0);
        let mut broken = 0;
        for entry in std::fs::read_dir(folder.path()).expect("folder") {
            let Ok(profile) = load_profile(&entry.expect("entry").path()) else {
                broken += 1;
                continue;
            };
            let visits = profile.all_visits();
            let mut came = false;
            // Each customer counts once per shoe tried, with any feeling noted at any visit.
            let mut customer_tried: std::collections::BTreeMap<String, bool> = Default::default();
            for (i, visit) in visits.iter().enumerate() {
                let date = visit.date.as_deref().unwrap_or_default();
                if since.is_some_and(|since| date < since) {
                    continue;
                }
                came = true;
                fittings += 1;
                for t in &visit.tried {
                    let seen = customer_tried.entry(t.shoe.clone()).or_insert(false);
                    *seen |= t.feel.contains(&Feel::TooNarrow);
                }
                if let Some(Bought::Shoe(shoe)) = &visit.bought {
                    let counts = tried.entry(shoe.clone()).or_default();
                    counts.2 += 1;
                    match visits.get(i + 1).and_then(|v| v.last_pair.as_ref()) {
                        Some(LastPair::Happy) => counts.3 += 1,
                        Some(_) => counts.4 += 1,
                        None => {}
                    }
                }
            }
            for (shoe, narrow) in customer_tried {
                let counts = tried.entry(shoe).or_default();
                counts.0 += 1;
                counts.1 += u64::from(narrow);
            }
            customers += u64::from(came);
        }
        assert_eq!(json["customers"], customers);
        assert_eq!(json["fittings"], fittings);
        let files: std::collections::BTreeSet<&str> = json["broken"]
            .as_array()
            .expect("broken")
            .iter()
            .map(|problem| problem["file"].as_str().expect("file"))
            .collect();
        assert_eq!(files.len(), broken);
        let shoes = json["shoes"].as_array().expect("shoes");
        assert_eq!(shoes.len(), tried.len());
        for shoe in shoes {
            let id = shoe["id"].as_str().expect("id");
            let counts = tried[id];
            assert_eq!(shoe["tried"], counts.0, "{id}");
            assert_eq!(shoe["feel"]["TooNarrow"], counts.1, "{id}");
            assert_eq!(shoe["bought"], counts.2, "{id}");
            assert_eq!(shoe["happy"], counts.3, "{id}");
            assert_eq!(shoe["unhappy"], counts.4, "{id}");
        }
        let mix_total: u64 = json["mix"]["foot_width"]
            .as_object()
            .expect("widths")
            .values()
            .map(|v| v.as_u64().unwrap_or_default())
            .sum();
        assert_eq!(mix_total, customers);
        // Needs: each names how many shoes of the catalogue meet it; wide feet are common.
        let needs = json["needs"].as_array().expect("needs");
        let wide = needs
            .iter()
            .find(|n| n["need"]["by"] == "foot_width" && n["need"]["value"] == "Wide")
            .expect("wide feet are a need");
        assert_eq!(
            wide["customers"].as_u64(),
            json["mix"]["foot_width"]["Wide"].as_u64()
        );
        assert!(wide["shoes"].as_u64().expect("a count") > 0);
    }
}

#[test]
fn the_readable_insights_name_no_customer_and_say_the_counts() {
    let folder = tempfile::tempdir().expect("temp dir");
    shop_sessions(folder.path());
    for lang in ["en", "ru"] {
        let output = bin()
            .args(["insights", "--lang", lang, "--sessions"])
            .arg(folder.path())
            .arg("--catalogue")
            .arg(bundled())
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(0));
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !all.contains("Secret Name") && !all.contains("Hidden Person"),
            "{all}"
        );
        if lang == "en" {
            assert!(all.contains("14 customers, 19 fittings"), "{all}");
            assert!(all.contains("Brooks Ghost 16: 9 tried, 0 bought, 0 happy, 0 unhappy; fits well 3, too narrow 6"), "{all}");
            assert!(
                all.contains("HOKA Clifton 9: 5 tried, 5 bought, 4 happy, 1 unhappy"),
                "{all}"
            );
            assert!(
                all.contains("2026-11-30-1.ron:3:16"),
                "the broken file, placed: {all}"
            );
        }
    }
}

#[test]
fn insights_refuses_a_bad_date_and_a_missing_folder_plainly() {
    let folder = tempfile::tempdir().expect("temp dir");
    let output = bin()
        .args(["insights", "--since", "12/01/2026", "--sessions"])
        .arg(folder.path())
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("write it YYYY-MM-DD"));
    let output = bin()
        .args(["insights", "--sessions"])
        .arg(folder.path().join("none"))
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a folder of sessions"));
}

#[test]
fn the_report_ranks_as_recommend_does_with_the_sessions_and_says_the_same() {
    let folder = tempfile::tempdir().expect("temp dir");
    let sessions = folder.path().join("sessions");
    std::fs::create_dir(&sessions).expect("folder");
    shop_sessions(&sessions);
    let runner = runner_file(folder.path(), "a.ron", "Standard", "Neutral", 72);
    let (json, _) = recommend(&runner, Some(&sessions));
    let top: Vec<&str> = json["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .take(88)
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let ghost_rank = top
        .iter()
        .position(|&id| id == "brooks-ghost-16")
        .expect("ranked")
        + 1;
    let out = folder.path().join("report.html");
    let output = bin()
        .args(["report", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&runner)
        .arg("--sessions")
        .arg(&sessions)
        .arg("--out")
        .arg(&out)
        .args(["--top", &ghost_rank.to_string()])
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(
        html.contains(
            "In this shop, 6 of 9 customers with standard-width feet found it too narrow."
        )
    );
    assert!(!html.contains("Secret Name"));
    // The shoes in the same order as `recommend --sessions`.
    let mut at = 0;
    for id in &top[..ghost_rank] {
        let catalogue = shoe_selector::catalogue::load_catalogue(&bundled())
            .catalogue
            .expect("bundled");
        let name = catalogue
            .shoes
            .iter()
            .find(|s| s.id == *id)
            .expect("shoe")
            .name();
        let found = html[at..]
            .find(&name)
            .map(|i| i + at)
            .expect("in the report, in order");
        at = found;
    }
}

/// A shoe the shop's evidence lifted past another is said to be above it for what the
/// shop's fittings show, never for inputs on which it is worse.
#[test]
fn a_shoe_lifted_past_another_by_the_evidence_is_said_to_be_above_it_for_that() {
    use shoe_selector::evidence::{Dates, Evidence};
    use shoe_selector::recommend::{Priorities, moves, rank, specs::why_above};
    let folder = tempfile::tempdir().expect("temp dir");
    shop_sessions(folder.path());
    let evidence = Evidence::gather(
        &shoe_selector::session::Sessions::read(folder.path()),
        &Dates::default(),
    );
    let catalogue = shoe_selector::catalogue::load_catalogue(&bundled())
        .catalogue
        .expect("bundled");
    let light = Profile {
        foot_width: Width::ExtraWide,
        pronation: Pronation::Under,
        weight_kg: 55.0,
        ..Profile::default()
    };
    let priorities = Priorities::default();
    let before = rank(&catalogue, &light, &priorities);
    let mut after = before.clone();
    let moves = moves::apply(&mut after, &catalogue, &light, &evidence);
    assert!(!moves.is_empty());
    let score_before = |shoe: usize| {
        before
            .recommendations
            .iter()
            .find(|r| r.shoe == shoe)
            .map(|r| r.score)
            .expect("ranked")
    };
    let words = shoe_selector::words::Lang::En.words();
    let mut passed = 0;
    for (i, lifted) in after.recommendations.iter().enumerate() {
        if lifted.shop_move <= 0.0 {
            continue;
        }
        for other in &after.recommendations[i + 1..] {
            if score_before(other.shoe) > score_before(lifted.shoe) {
                passed += 1;
                let said: Vec<String> = why_above(lifted, other, &priorities, 3)
                    .iter()
                    .map(|s| words.say(s))
                    .collect();
                assert!(
                    said.iter()
                        .any(|s| s.starts_with("what this shop's fittings show")),
                    "{said:?}"
                );
            }
        }
    }
    assert!(passed > 0, "the evidence lifted a shoe past another");
}

/// With the sessions, every what-if claim holds for the ranking the sessions move, and a
/// sessions folder that is not there is refused, never taken for a shop without evidence.
#[test]
fn what_ifs_hold_with_the_sessions_and_a_missing_folder_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let sessions = folder.path().join("sessions");
    std::fs::create_dir(&sessions).expect("folder");
    shop_sessions(&sessions);
    let runner = runner_file(folder.path(), "a.ron", "Standard", "Neutral", 72);
    let json_of = |profile: &Path| -> Value {
        let output = bin()
            .args(["recommend", "--json", "--catalogue"])
            .arg(bundled())
            .arg("--profile")
            .arg(profile)
            .arg("--sessions")
            .arg(&sessions)
            .output()
            .expect("ran");
        assert_eq!(output.status.code(), Some(0));
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let json = json_of(&runner);
    let profile = load_profile(&runner).expect("profile");
    let mut checked = 0;
    for entry in json["recommendations"].as_array().expect("list") {
        for claim in entry["what_if"].as_array().into_iter().flatten().take(1) {
            let changes = claim["changes"].as_object().expect("changes").clone();
            let changed =
                shoe_selector::recommend::what_if::apply(&profile, &changes).expect("valid");
            let changed_path = folder.path().join("changed.ron");
            std::fs::write(&changed_path, ron::to_string(&changed).expect("ron")).expect("write");
            let again = json_of(&changed_path);
            let rank = again["recommendations"]
                .as_array()
                .expect("list")
                .iter()
                .find(|r| r["id"] == entry["id"])
                .map(|r| r["rank"].clone());
            assert_eq!(rank, Some(claim["rank"].clone()), "{}", claim["text"]);
            checked += 1;
        }
        if checked >= 6 {
            break;
        }
    }
    assert!(checked > 0);
    let output = bin()
        .args(["recommend", "--catalogue"])
        .arg(bundled())
        .arg("--profile")
        .arg(&runner)
        .arg("--sessions")
        .arg(folder.path().join("sesions"))
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a folder of sessions"));
}

/// A session whose date is no day of the calendar is not counted: `insights` and
/// `recommend --sessions` skip it and say which file, at its line and column. Weight bands
/// are spelt one way everywhere in the JSON.
#[test]
fn a_session_dated_on_no_day_is_skipped_and_listed_and_bands_are_spelt_one_way() {
    let folder = tempfile::tempdir().expect("temp dir");
    shop_sessions(folder.path());
    let impossible = folder.path().join("2026-12-02-9.ron");
    std::fs::write(
        &impossible,
        "Profile(\n    foot_width: Standard,\n    weight_kg: 70.0,\n    pronation: Neutral,\n    season: Summer,\n    surface: Road,\n    date: \"2026-13-45\",\n    tried: [Tried(shoe: \"brooks-ghost-16\", feel: [TooNarrow])],\n)\n",
    )
    .expect("write");
    let problems = load_profile(&impossible).expect_err("no such day");
    assert_eq!(
        (problems[0].line, problems[0].column),
        (7, 11),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].message().contains("2026-13-45"),
        "{}",
        problems[0]
    );
    let output = bin()
        .args(["insights", "--json", "--since", "2026-12-01", "--sessions"])
        .arg(folder.path())
        .arg("--catalogue")
        .arg(bundled())
        .output()
        .expect("ran");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let listed = json["broken"]
        .as_array()
        .expect("broken")
        .iter()
        .any(|problem| {
            problem["file"]
                .as_str()
                .is_some_and(|file| file.ends_with("2026-12-02-9.ron"))
                && problem["line"] == 7
        });
    assert!(listed, "{}", json["broken"]);
    // The impossible day counted nowhere: the only December customers are the five planted.
    assert_eq!(json["customers"], 5);
    // Every weight band in the JSON is spelt as documented.
    let spelt: std::collections::BTreeSet<String> = output
        .stdout
        .split(|&b| b == b'"')
        .map(|part| String::from_utf8_lossy(part).into_owned())
        .filter(|part| part.contains("60") || part.contains("85") || part.contains("100"))
        .filter(|part| part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .filter(|part| !part.starts_with("2026"))
        .collect();
    for band in &spelt {
        assert!(
            ["under-60", "60-85", "85-100", "over-100"].contains(&band.as_str()),
            "a band spelt another way: {band}"
        );
    }
    assert!(spelt.contains("85-100"), "{spelt:?}");
    let runner = tempfile::tempdir().expect("temp dir");
    let profile = runner_file(runner.path(), "r.ron", "Standard", "Neutral", 70);
    let (_, stderr) = recommend(&profile, Some(folder.path()));
    // The file planted broken, and this one.
    assert!(stderr.contains("2 session files"), "{stderr}");
}

/// The shop learns a model's length from its session files: customers with measured feet
/// who bought the Ghost 16 half a size above the size worked out for them and came back
/// happy move the size said to the next runner, with the counts, in `recommend --json` and
/// the readable list; `insights` tells it per model. A customer without measured feet, and a
/// pair that went wrong some other way, count for nothing.
#[test]
fn the_shop_learns_a_models_length_from_its_sessions() {
    use shoe_selector::profile::Feet;
    use shoe_selector::units::ShoeSize;
    let folder = tempfile::tempdir().expect("temp dir");
    let runner = folder.path().join("runner.ron");
    std::fs::write(
        &runner,
        "Profile(foot_width: Standard, weight_kg: 70, pronation: Neutral, season: Summer, \
         surface: Road, size_system: UsMen, feet: Feet(left_mm: 270.0, right_mm: 268.0))",
    )
    .expect("write");
    let size_of = |json: &Value| -> f64 {
        entry(json, "brooks-ghost-16")["size"]["us_men"]
            .as_f64()
            .expect("a US men's size")
    };
    let sessions = folder.path().join("sessions");
    std::fs::create_dir(&sessions).expect("folder");
    let (alone, _) = recommend(&runner, Some(&sessions));
    let worked_out = size_of(&alone);
    let feet = Feet {
        left_mm: 270.0,
        right_mm: 268.0,
        left_width_mm: None,
        right_width_mm: None,
    };
    for i in 0..8 {
        let profile = Profile {
            customer: Some(format!("Secret Name {i}")),
            date: Some(format!("2026-11-{:02}", i + 10)),
            // The seventh has no measured feet; the eighth's pair gave blisters.
            feet: (i != 6).then_some(feet),
            last_pair: Some(if i == 7 {
                LastPair::Returned(vec![PairTrouble::Blisters])
            } else {
                LastPair::Happy
            }),
            visits: vec![Visit {
                date: Some(format!("2026-10-{:02}", i + 1)),
                bought: Some(Bought::Shoe("brooks-ghost-16".into())),
                bought_size: Some(ShoeSize::UsMen(worked_out + 0.5)),
                ..Visit::default()
            }],
            ..Profile::default()
        };
        let path = sessions.join(format!("2026-11-{:02}-1.ron", i + 10));
        shoe_selector::session::save(&path, &profile, &shoe_selector::files::Plan::new_file())
            .expect("saved");
    }
    let (learned, _) = recommend(&runner, Some(&sessions));
    assert_eq!(size_of(&learned), worked_out + 0.5);
    let text = entry(&learned, "brooks-ghost-16")["size"]["text"]
        .as_str()
        .expect("text")
        .to_string();
    assert!(
        text.contains("6 of 6 customers with measured feet took half a size up"),
        "{text}"
    );
    let (without, _) = recommend(&runner, None);
    assert_eq!(size_of(&without), worked_out, "only with the sessions");

    let output = bin()
        .args(["insights", "--json", "--sessions"])
        .arg(&sessions)
        .arg("--catalogue")
        .arg(bundled())
        .output()
        .expect("ran");
    let insights: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ghost = insights["shoes"]
        .as_array()
        .expect("shoes")
        .iter()
        .find(|s| s["id"] == "brooks-ghost-16")
        .expect("the Ghost 16");
    let length = &ghost["length"];
    assert_eq!(
        (length["agree"].as_u64(), length["of"].as_u64()),
        (Some(6), Some(6))
    );
    assert_eq!(
        length["took_half_sizes"].as_i64(),
        Some(1),
        "true to size, taken half up"
    );
    assert_eq!(length["learned"], true);
    let text = String::from_utf8(
        bin()
            .args(["insights", "--sessions"])
            .arg(&sessions)
            .arg("--catalogue")
            .arg(bundled())
            .output()
            .expect("ran")
            .stdout,
    )
    .expect("UTF-8");
    assert!(
        text.contains("6 of 6 customers with measured feet took half a size up from the brand's chart: enough for the size to try to follow it"),
        "{text}"
    );
    assert!(!text.contains("Secret Name"));
}
