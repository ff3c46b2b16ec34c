//! The speed goals, measured against a floor in the same run: reading a catalogue file and
//! deserialising it with serde + ron into plain structs, nothing else.
//!
//! `cargo bench --bench speed` (the figures are in the README). Catalogues are generated
//! into `target/bench/` on first use.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// The shipped binary's allocator, so that what is measured is what runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use eframe::egui;
use shoe_selector::app::{Settings, ShoeApp};
use shoe_selector::catalogue::generate::generate;
use shoe_selector::catalogue::save::to_ron;
use shoe_selector::catalogue::{Catalogue, load_catalogue, load_catalogue_errors, ron_options};
use shoe_selector::catalogue::{Foam, Purpose};
use shoe_selector::profile::{
    Experience, Feet, FootStrike, Profile, Pronation, PronationSeverity, RunsIn, RunsInFit, Season,
    Want,
};
use shoe_selector::recommend::{Priorities, explain, rank};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `name` in the benchmark folder, written from `make` on first use, beside the picture
/// generated catalogues name.
fn bench_file(name: &str, make: impl FnOnce() -> Catalogue) -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let path = folder.join(name);
    if !path.is_file() {
        std::fs::create_dir_all(folder.join("images")).expect("bench folder");
        std::fs::write(&path, to_ron(&make(), "")).expect("write catalogue");
        let picture = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/images/brooks-ghost-16.png");
        std::fs::copy(picture, folder.join("images/generated.png")).expect("copy picture");
    }
    path
}

/// A generated catalogue of `count` shoes on disk, with its picture.
fn catalogue_file(count: usize) -> PathBuf {
    bench_file(&format!("catalogue-{count}.ron"), || generate(count))
}

/// A generated catalogue of `count` shoes with two warnings on every shoe: a picture that
/// is not there and a price with no currency.
fn warned_catalogue_file(count: usize) -> PathBuf {
    bench_file(&format!("warned-{count}.ron"), || {
        let mut catalogue = generate(count);
        catalogue.currency = None;
        for shoe in &mut catalogue.shoes {
            shoe.image = Some("images/not-there.png".into());
        }
        catalogue
    })
}

/// The floor: read the file, deserialise it into plain structs, no checks.
fn floor(path: &Path) -> Catalogue {
    let text = std::fs::read_to_string(path).expect("read");
    ron_options().from_str::<Catalogue>(&text).expect("parse")
}

fn runner() -> Profile {
    Profile {
        pronation: Pronation::Over,
        season: Season::Winter,
        weight_kg: 88.0,
        knee_pain: Some(true),
        ..Profile::default()
    }
}

/// A runner who gives every input the profile has, so that every rule runs.
fn runner_with_every_input() -> Profile {
    Profile {
        foot_strike: Some(FootStrike::Heel),
        orthotics: Some(true),
        experience: Some(Experience::Regular),
        budget: Some(160.0),
        size_eu: Some(43.0),
        purpose: Some(Purpose::LongRun),
        weekly_km: Some(60.0),
        pronation_severity: Some(PronationSeverity::Mild),
        achilles_pain: Some(true),
        current_drop_mm: Some(10.0),
        preferred_foam: Some(Foam::Balanced),
        // Measured feet and a pair run in now, from the catalogue: the size to try in each
        // shoe, and the shoes moved the way the runner asked.
        feet: Some(Feet {
            left_mm: 268.0,
            right_mm: 272.0,
            left_width_mm: None,
            right_width_mm: None,
        }),
        runs_in: Some(RunsIn {
            shoe: Some("shoe-5000".into()),
            model: None,
            size: Some(shoe_selector::units::ShoeSize::Eu(43.0)),
            fit: vec![RunsInFit::Good],
            wants: vec![Want::Softer],
            km: Some(650.0),
        }),
        ..runner()
    }
}

fn loading(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for count in [1_000, 10_000, 100_000] {
        let path = catalogue_file(count);
        group.bench_with_input(BenchmarkId::new("floor", count), &path, |b, path| {
            b.iter(|| black_box(floor(path)))
        });
        group.bench_with_input(
            BenchmarkId::new("load_and_check", count),
            &path,
            |b, path| b.iter(|| black_box(load_catalogue(path).catalogue.expect("valid"))),
        );
    }
    group.finish();

    // Warnings are placed in the file for `check` and the window, and left out to rank.
    let mut group = c.benchmark_group("load_warned_10k");
    group.sample_size(10);
    let path = warned_catalogue_file(10_000);
    group.bench_function("floor", |b| b.iter(|| black_box(floor(&path))));
    group.bench_function("load_placing_warnings", |b| {
        b.iter(|| {
            let outcome = load_catalogue(&path);
            assert_eq!(outcome.warnings().count(), 20_000);
            black_box(outcome)
        })
    });
    group.bench_function("load_for_ranking", |b| {
        b.iter(|| black_box(load_catalogue_errors(&path).catalogue.expect("valid")))
    });
    group.finish();
}

fn ranking(c: &mut Criterion) {
    let catalogue = floor(&catalogue_file(10_000));
    let profile = runner();
    let priorities = Priorities::default();
    let mut group = c.benchmark_group("rank_10k");
    group.bench_function("rank", |b| {
        b.iter(|| black_box(rank(&catalogue, &profile, &priorities)))
    });
    let everything = runner_with_every_input();
    group.bench_function("rank_every_input", |b| {
        b.iter(|| black_box(rank(&catalogue, &everything, &priorities)))
    });
    // The advice the window works out in the frame: the ranking with every shoe's verdicts
    // (left-out shoes too) and why the first leads; what-ifs are not asked at this size.
    let in_the_window = shoe_selector::recommend::Asked {
        what_ifs_per_shoe: 0,
        ..Default::default()
    };
    group.bench_function("advise_every_input", |b| {
        b.iter(|| {
            black_box(shoe_selector::recommend::advise(
                &catalogue,
                &everything,
                &priorities,
                &in_the_window,
            ))
        })
    });
    group.bench_function("rank_and_explain_top_10", |b| {
        b.iter(|| {
            let ranking = rank(&catalogue, &profile, &priorities);
            for r in ranking.recommendations.iter().take(10) {
                black_box(explain(&catalogue, &catalogue.shoes[r.shoe], &profile));
            }
        })
    });
    group.bench_function("rank_and_explain_all", |b| {
        b.iter(|| {
            let ranking = rank(&catalogue, &profile, &priorities);
            for r in &ranking.recommendations {
                black_box(explain(&catalogue, &catalogue.shoes[r.shoe], &profile));
            }
        })
    });
    group.finish();
}

fn command_line(c: &mut Criterion) {
    let path = catalogue_file(100_000);
    let profile = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/runner.ron");
    std::fs::write(&profile, ron::to_string(&runner()).expect("profile")).expect("write profile");
    let mut group = c.benchmark_group("recommend_json_top_10_100k");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("floor", |b| b.iter(|| black_box(floor(&path))));
    let run = |extra: &[&str]| {
        let args = ["shoe-selector", "recommend", "--json", "--top", "10"]
            .iter()
            .chain(extra)
            .map(Into::into)
            .chain(["--catalogue".into(), path.clone().into_os_string()])
            .chain(["--profile".into(), profile.clone().into_os_string()]);
        let mut out = Vec::new();
        let mut err = Vec::new();
        black_box(shoe_selector::cli::run(args, &mut out, &mut err));
        assert!(!out.is_empty(), "{}", String::from_utf8_lossy(&err));
    };
    group.bench_function("recommend_without_what_ifs", |b| {
        b.iter(|| run(&["--no-what-if"]))
    });
    group.bench_function("recommend", |b| b.iter(|| run(&[])));
    group.finish();
}

/// The window on a generated catalogue of `count` shoes, after its first frames.
fn window_on(count: usize) -> egui_kittest::Harness<'static, ShoeApp> {
    let settings = Settings {
        language: Some(shoe_selector::words::Lang::En),
        ..Settings::default()
    };
    let app = ShoeApp::new(settings, Some(catalogue_file(count)));
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(1000)
        .build_ui_state(|ui, app: &mut ShoeApp| app.show(ui), app);
    // A large catalogue is read in the background: measure once it is on screen.
    while harness.state().catalogue().is_none() {
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    harness
}

/// One frame after the runner's weight changes: the catalogue is ranked again within it.
fn frame_after_an_input_change(harness: &mut egui_kittest::Harness<'static, ShoeApp>) {
    let mut profile = harness.state().settings().profile.clone();
    profile.weight_kg = if profile.weight_kg > 80.0 { 70.0 } else { 90.0 };
    let change = shoe_selector::app::Command::from(
        shoe_selector::app::command::InputsCommand::SetProfile(Box::new(profile)),
    );
    harness.state_mut().push(change);
    harness.step();
}

fn window(c: &mut Criterion) {
    let mut harness = window_on(10_000);
    let mut group = c.benchmark_group("window_10k");
    group.bench_function("frame", |b| b.iter(|| harness.step()));
    group.bench_function("frame_after_an_input_change", |b| {
        b.iter(|| frame_after_an_input_change(&mut harness))
    });
    group.finish();

    // The largest catalogue that still gets what-ifs in the window: they are worked out
    // again on every change.
    let mut harness = window_on(shoe_selector::app::WHAT_IF_MAX_SHOES);
    assert!(
        harness.state().finder().what_ifs().is_some(),
        "what-ifs at this size"
    );
    let mut group = c.benchmark_group("window_what_if_max");
    group.bench_function("frame_after_an_input_change", |b| {
        b.iter(|| frame_after_an_input_change(&mut harness))
    });
    group.finish();
}

criterion_group!(benches, loading, ranking, command_line, window, sessions);
criterion_main!(benches);

/// A folder of 10,000 generated sessions, written on first use.
fn sessions_folder() -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/sessions-10k");
    if !folder.join("generated-9999.ron").exists() {
        let catalogue = shoe_selector::sample::catalogue().expect("the sample");
        let ids: Vec<String> = catalogue.shoes.iter().map(|s| s.id.clone()).collect();
        shoe_selector::session::generate(&folder, 10_000, &ids).expect("sessions written");
    }
    folder
}

/// The shop's evidence from 10,000 sessions: read and counted from scratch (what a freshly
/// started process does), and counted again once read, with the folder looked at for
/// changes (what reopening the insights or the next ranking does).
fn sessions(c: &mut Criterion) {
    use shoe_selector::evidence::{Dates, Evidence};
    use shoe_selector::session::Sessions;
    let folder = sessions_folder();
    let mut group = c.benchmark_group("sessions_10k");
    group.sample_size(10);
    group.bench_function("read_and_count", |b| {
        b.iter(|| {
            let sessions = Sessions::read(&folder);
            black_box(Evidence::gather(&sessions, &Dates::default()))
        })
    });
    let mut sessions = Sessions::read(&folder);
    group.bench_function("refresh_and_count", |b| {
        b.iter(|| {
            sessions.refresh(&folder);
            black_box(Evidence::gather(&sessions, &Dates::default()))
        })
    });
    group.finish();
}
