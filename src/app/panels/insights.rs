//! The shop's insights: what its fittings show, counted from the sessions folder over the
//! days asked for. Charts of the shoes tried (tries, purchases, how the pairs went) and of
//! the customers (widths, gaits, weight bands, seasons, surfaces), and the needs few shoes of
//! the catalogue meet. Anonymous: no name appears.

use super::Draw;
use crate::app::command::WindowsCommand;
use crate::app::theme::{ACCENT, verdict_colour};
use crate::catalogue::{Catalogue, Surface, Width};
use crate::evidence::{Dates, Evidence, WeightBand};
use crate::profile::{Feel, Pronation, Season};
use crate::recommend::Verdict;
use crate::recommend::needs::{Need, NeedOf};
use crate::words::{Say, Words};
use eframe::egui::{self, Color32, RichText};
use egui_plot::{Bar, BarChart, Corner, GridMark, Legend, Plot};

/// The most shoes the chart of shoes shows: those tried most.
const SHOES_SHOWN: usize = 12;

/// The insights window, while open.
pub(super) fn insights_window(d: &mut Draw, ctx: &egui::Context) {
    let words = d.words;
    let mut open = true;
    let mut commands = Vec::new();
    egui::Window::new(words.get("insights-title"))
        .id(egui::Id::unique("insights"))
        .open(&mut open)
        .collapsible(false)
        // Below the menu bar, never larger than the window.
        .default_pos(egui::pos2(300.0, 60.0))
        .default_size([780.0, 600.0])
        .max_height((ctx.content_rect().height() - 90.0).max(200.0))
        .max_width((ctx.content_rect().width() - 40.0).max(300.0))
        .constrain(true)
        .show(ctx, |ui| {
            if let Some(dates) = dates_ui(ui, words, d.windows.insights_dates()) {
                commands.push(WindowsCommand::InsightsDates(dates));
            }
            // Counted on a worker thread: until the first count is in, a spinner.
            let Some(counted) = d.shop.insights() else {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(words.get("insights-counting"));
                });
                return;
            };
            let evidence = &counted.evidence;
            summary_ui(d, ui, evidence);
            // One part at a time: the shoes, the customers, or the needs.
            let tab_id = egui::Id::unique("insights-tab");
            let mut tab = ui.data(|data| data.get_temp::<u8>(tab_id)).unwrap_or(0);
            ui.horizontal(|ui| {
                for (value, id) in [
                    (0, "insights-shoes-title"),
                    (1, "insights-mix-title"),
                    (2, "insights-needs-title"),
                ] {
                    ui.selectable_value(&mut tab, value, RichText::new(words.get(id)).heading());
                }
            });
            ui.data_mut(|data| data.insert_temp(tab_id, tab));
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| match tab {
                0 => {
                    shoes_chart_ui(ui, words, evidence, d.catalogue);
                    if d.catalogue.is_some() {
                        lengths_ui(ui, words, &counted.lengths);
                    }
                }
                1 => mix_chart_ui(ui, words, evidence),
                _ => match &counted.needs {
                    Some(needs) => needs_ui(ui, words, needs),
                    None => {
                        ui.label(words.get("results-no-catalogue"));
                    }
                },
            });
        });
    if !open {
        commands.push(WindowsCommand::ShowInsights(false));
    }
    for command in commands {
        d.push(command);
    }
}

/// The days counted, from and to, each a `YYYY-MM-DD` box; the dates once both read.
fn dates_ui(ui: &mut egui::Ui, words: &Words, dates: &Dates) -> Option<Dates> {
    let id = egui::Id::unique("insights-dates-typed");
    let (mut since, mut until) = ui
        .data(|data| data.get_temp::<(String, String)>(id))
        .unwrap_or_else(|| {
            (
                dates.since.clone().unwrap_or_default(),
                dates.until.clone().unwrap_or_default(),
            )
        });
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(words.get("insights-since"));
        changed |= ui
            .add(
                egui::TextEdit::singleline(&mut since)
                    .hint_text("2026-01-01")
                    .desired_width(100.0),
            )
            .changed();
        ui.label(words.get("insights-until"));
        changed |= ui
            .add(
                egui::TextEdit::singleline(&mut until)
                    .hint_text("2026-12-31")
                    .desired_width(100.0),
            )
            .changed();
        if ui.button(words.get("insights-all-dates")).clicked() {
            since.clear();
            until.clear();
            changed = true;
        }
    });
    ui.data_mut(|data| data.insert_temp(id, (since.clone(), until.clone())));
    let read = |text: &str| -> Result<Option<String>, ()> {
        let text = text.trim();
        if text.is_empty() {
            Ok(None)
        } else if crate::dates::is_day(text) {
            Ok(Some(text.to_string()))
        } else {
            Err(())
        }
    };
    match (read(&since), read(&until)) {
        (Ok(since), Ok(until)) => {
            let typed = Dates { since, until };
            (changed && typed != *dates).then_some(typed)
        }
        _ => {
            let colour = verdict_colour(Verdict::Poor, ui.visuals().dark_mode);
            ui.label(RichText::new(words.get("insights-bad-date")).color(colour));
            None
        }
    }
}

/// How many customers and fittings are counted, and the session files that cannot be read.
fn summary_ui(d: &Draw, ui: &mut egui::Ui, evidence: &Evidence) {
    let words = d.words;
    ui.horizontal_wrapped(|ui| {
        let said = Say::new("insights-counted")
            .num("customers", f64::from(evidence.customers))
            .num("fittings", f64::from(evidence.fittings));
        ui.label(RichText::new(words.say(&said)).strong());
        if d.shop.busy() {
            ui.spinner();
        }
        let broken = d.shop.sessions().broken_files();
        if broken > 0 {
            let colour = verdict_colour(Verdict::Caution, ui.visuals().dark_mode);
            let said = Say::new("customers-broken").num("count", broken as f64);
            ui.label(RichText::new(words.say(&said)).color(colour))
                .on_hover_text(
                    d.shop
                        .sessions()
                        .broken()
                        .iter()
                        .map(|p| p.line_in(words))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
        }
    });
    ui.label(
        RichText::new(
            words.say(
                &Say::new("insights-folder")
                    .text("folder", d.settings.sessions().display().to_string()),
            ),
        )
        .small()
        .weak(),
    );
}

/// A series of bars: its name's message id, its colour, and what it counts of a shoe.
type Series = (&'static str, Color32, fn(&crate::evidence::Tally) -> u32);

/// The shoes tried most, each a row of bars: tried, bought, came back happy, unhappy.
fn shoes_chart_ui(
    ui: &mut egui::Ui,
    words: &Words,
    evidence: &Evidence,
    catalogue: Option<&Catalogue>,
) {
    let mut shoes: Vec<(&String, &crate::evidence::ShoeEvidence)> = evidence.shoes.iter().collect();
    if shoes.is_empty() {
        ui.label(words.get("insights-none"));
        return;
    }
    shoes.sort_by(|a, b| b.1.all.tried.cmp(&a.1.all.tried).then(a.0.cmp(b.0)));
    shoes.truncate(SHOES_SHOWN);
    // The most tried at the top.
    shoes.reverse();
    let names: Vec<String> = shoes
        .iter()
        .map(|(id, _)| {
            catalogue
                .and_then(|c| c.shoes.iter().find(|s| &&s.id == id))
                .map_or_else(|| (*id).clone(), |s| s.name())
        })
        .collect();
    let dark = ui.visuals().dark_mode;
    let series: [Series; 6] = [
        ("insights-tried", ACCENT, |t| t.tried),
        (
            "insights-felt-right",
            Color32::from_rgb(0x6b, 0xb0, 0x5a),
            |t| t.felt(Feel::Fits) + t.felt(Feel::Liked),
        ),
        (
            "insights-felt-wrong",
            Color32::from_rgb(0xd9, 0x8c, 0x4a),
            |t| {
                Feel::ALL
                    .iter()
                    .filter(|&&f| f != Feel::Fits && f != Feel::Liked)
                    .map(|&f| t.felt(f))
                    .sum()
            },
        ),
        (
            "insights-bought",
            Color32::from_rgb(0x4a, 0x90, 0xd9),
            |t| t.bought,
        ),
        ("insights-happy", verdict_colour(Verdict::Good, dark), |t| {
            t.happy
        }),
        (
            "insights-unhappy",
            verdict_colour(Verdict::Poor, dark),
            |t| t.unhappy,
        ),
    ];
    let charts: Vec<BarChart> = series
        .iter()
        .enumerate()
        .map(|(k, (id, colour, count))| {
            let bars = shoes
                .iter()
                .enumerate()
                .map(|(i, (_, shoe))| {
                    Bar::new(
                        i as f64 + 0.35 - 0.14 * k as f64,
                        f64::from(count(&shoe.all)),
                    )
                    .width(0.13)
                    .fill(*colour)
                    .name(&names[i])
                })
                .collect();
            BarChart::new(words.get(id), bars)
                .color(*colour)
                .horizontal()
        })
        .collect();
    let most = shoes
        .iter()
        .map(|(_, shoe)| f64::from(shoe.all.tried.max(shoe.all.bought)))
        .fold(1.0, f64::max);
    labelled_bars_ui(ui, "insights-shoes", names, charts, (44.0, most));
}

/// What the pairs bought by customers with measured feet told of each model's length: a
/// line a model, those the size to try follows marked.
fn lengths_ui(
    ui: &mut egui::Ui,
    words: &Words,
    lengths: &[(String, crate::recommend::LearnedFit)],
) {
    ui.add_space(8.0);
    ui.label(RichText::new(words.get("insights-lengths-title")).strong());
    if lengths.is_empty() {
        ui.label(RichText::new(words.get("insights-lengths-none")).weak());
        return;
    }
    let dark = ui.visuals().dark_mode;
    // A line a model, those that move the size first: as many as the shoes chart shows
    // twice over, and how many more there are.
    for (name, fit) in lengths.iter().take(2 * SHOES_SHOWN) {
        ui.horizontal_wrapped(|ui| {
            let verdict = if fit.is_clear() {
                Verdict::Good
            } else {
                Verdict::Caution
            };
            ui.label(RichText::new(name).strong());
            ui.label(RichText::new(words.say(&fit.told())).color(verdict_colour(verdict, dark)));
        });
    }
    if lengths.len() > 2 * SHOES_SHOWN {
        let more = Say::new("insights-lengths-more")
            .num("count", (lengths.len() - 2 * SHOES_SHOWN) as f64);
        ui.label(RichText::new(words.say(&more)).weak());
    }
}

/// The customers by kind, one bar each, coloured by what it counts.
fn mix_chart_ui(ui: &mut egui::Ui, words: &Words, evidence: &Evidence) {
    let mix = &evidence.mix;
    let mut groups: Vec<(&str, Vec<(NeedOf, u32)>)> = vec![
        (
            "insights-by-width",
            Width::ALL
                .iter()
                .zip(mix.widths)
                .map(|(&w, n)| (NeedOf::FootWidth(w), n))
                .collect(),
        ),
        (
            "insights-by-gait",
            Pronation::ALL
                .iter()
                .zip(mix.pronation)
                .map(|(&p, n)| (NeedOf::Pronation(p), n))
                .collect(),
        ),
        (
            "insights-by-weight",
            WeightBand::ALL
                .iter()
                .zip(mix.weights)
                .map(|(&b, n)| (NeedOf::Weight(b), n))
                .collect(),
        ),
        (
            "insights-by-season",
            Season::ALL
                .iter()
                .zip(mix.seasons)
                .map(|(&s, n)| (NeedOf::Season(s), n))
                .collect(),
        ),
        (
            "insights-by-surface",
            Surface::ALL
                .iter()
                .zip(mix.surfaces)
                .map(|(&s, n)| (NeedOf::Surface(s), n))
                .collect(),
        ),
    ];
    if evidence.customers == 0 {
        ui.label(words.get("insights-no-customers"));
        return;
    }
    let palette = [
        ACCENT,
        Color32::from_rgb(0x4a, 0x90, 0xd9),
        Color32::from_rgb(0xd9, 0x8c, 0x4a),
        Color32::from_rgb(0x9b, 0x6b, 0xd6),
        Color32::from_rgb(0x6b, 0xb0, 0x5a),
    ];
    let mut labels = Vec::new();
    let mut charts = Vec::new();
    for (g, (id, values)) in groups.drain(..).enumerate() {
        let bars = values
            .iter()
            .map(|&(need, n)| {
                let label = words.say(&need.said());
                labels.push(label.clone());
                Bar::new((labels.len() - 1) as f64, f64::from(n))
                    .width(0.7)
                    .name(label)
            })
            .collect();
        charts.push(
            BarChart::new(words.get(id), bars)
                .color(palette[g % palette.len()])
                .horizontal(),
        );
    }
    let most = f64::from(evidence.customers.max(1));
    labelled_bars_ui(ui, "insights-mix", labels, charts, (22.0, most));
}

/// Horizontal bar charts, a row for each of `labels` (the first at the bottom), with their
/// legend; `row` pixels a row. Fixed: nothing to drag or zoom.
fn labelled_bars_ui(
    ui: &mut egui::Ui,
    id: &'static str,
    labels: Vec<String>,
    charts: Vec<BarChart>,
    (row, most): (f32, f64),
) {
    let rows = labels.len();
    Plot::new(id)
        .legend(Legend::default().position(Corner::RightTop))
        .height(50.0 + row * rows as f32)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_x(0.0)
        // Room at the right for the legend, clear of the longest bar.
        .include_x(most * 1.5)
        .y_axis_min_width(160.0)
        .y_grid_spacer(move |_| {
            (0..rows)
                .map(|i| GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                labels.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
}

/// Each need with its customers and the shoes that meet it; the gaps marked.
fn needs_ui(ui: &mut egui::Ui, words: &Words, needs: &[Need]) {
    if needs.is_empty() {
        ui.label(words.get("insights-no-customers"));
        return;
    }
    let dark = ui.visuals().dark_mode;
    egui::Grid::new("insights-needs-grid")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            ui.label(RichText::new(words.get("insights-need-column")).strong());
            ui.label(RichText::new(words.get("insights-customers")).strong());
            ui.label(RichText::new(words.get("insights-shoes-meeting")).strong());
            ui.label("");
            ui.end_row();
            for need in needs {
                ui.label(words.say(&need.need.said()));
                ui.label(need.customers.to_string());
                ui.label(need.shoes.to_string());
                if need.gap {
                    ui.label(
                        RichText::new(format!("⚠ {}", words.get("insights-gap")))
                            .color(verdict_colour(Verdict::Caution, dark)),
                    );
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}
