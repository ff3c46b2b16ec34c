//! Finding shoes: the ranking of the catalogue on screen for the runner's inputs, its
//! what-ifs, the chosen shoe, the shoes ticked for comparison, the list shown and the search.

use super::command::View;
use super::settings::Settings;
use crate::catalogue::Catalogue;
use crate::evidence::Evidence;
use crate::recommend::moves::Moves;
use crate::recommend::what_if::{WhatIfs, Widening};
use crate::recommend::{Advice, Asked, Explainer, Ranking, Reason, advise, what_ifs_for};
use crate::units::WeightUnit;
use crate::words::Lang;
use std::sync::Arc;

/// Catalogues up to this size get what-if explanations in the window: they rank the
/// catalogue once per changed input, a few milliseconds at this size (on two cores), so a
/// slider stays smooth.
pub const WHAT_IF_MAX_SHOES: usize = 5_000;

/// The most shoes that can be compared side by side.
pub const COMPARE_MAX: usize = 4;

/// What-ifs and widenings found off the frame, and for which advice.
#[derive(Debug)]
pub struct WhatIfsFound {
    generation: u64,
    what_ifs: Option<WhatIfs>,
    widenings: Vec<Widening>,
}

impl WhatIfsFound {
    /// Adds them to `advice`, whichever it is: for a report written before they were in.
    pub(super) fn add_to(self, advice: &mut Advice) {
        advice.add_what_ifs(self.what_ifs, self.widenings);
    }
}

/// What the chosen shoe's reasons were put into words for.
#[derive(Debug, Clone, PartialEq)]
struct Explained {
    generation: u64,
    shoe: String,
    lang: Lang,
    unit: WeightUnit,
}

/// The finder's state.
#[derive(Default)]
pub struct Finder {
    /// The advice shown: the ranking, the shop's moves, the what-ifs, the widenings.
    advice: Arc<Advice>,
    /// Counts the advices worked out, so what-ifs found off the frame join only theirs.
    generation: u64,
    /// Why the chosen shoe stands where it does, in words, and what they were made for (the
    /// advice, the shoe, the language, the weight unit): made once per change, not per
    /// frame.
    explained: Option<(Explained, Vec<Reason>)>,
    selected: Option<String>,
    compare: Vec<String>,
    view: View,
    search: String,
    focus_search: bool,
}

impl Finder {
    /// The advice shown, as the report writes it.
    pub fn advice(&self) -> &Advice {
        &self.advice
    }

    /// The advice shown, shared: for the report written off the frame.
    pub(super) fn shared_advice(&self) -> Arc<Advice> {
        self.advice.clone()
    }

    /// The ranking of the catalogue on screen for the runner's inputs.
    pub fn ranking(&self) -> &Ranking {
        &self.advice.ranking
    }

    /// What-if explanations for the ranking; none for catalogues too large to afford them.
    pub fn what_ifs(&self) -> Option<&WhatIfs> {
        self.advice.what_ifs.as_ref()
    }

    /// When no shoe suits everything asked, the changes that would widen the choice; none
    /// for catalogues too large for what-ifs.
    pub fn widenings(&self) -> &[Widening] {
        &self.advice.widenings
    }

    /// What the shop's evidence says of each shoe it moved.
    pub fn moves(&self) -> &Moves {
        &self.advice.moves
    }

    /// The chosen shoe, by id, so it survives reloads.
    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// The shoes ticked for comparison, by id, in the order ticked.
    pub fn compare(&self) -> &[String] {
        &self.compare
    }

    /// Which list the middle of the window shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// What the search box holds.
    pub fn search(&self) -> &str {
        &self.search
    }

    /// Whether the search box should take the keyboard this frame; asking clears it.
    pub(super) fn take_focus_search(&mut self) -> bool {
        std::mem::take(&mut self.focus_search)
    }

    /// Advises on `catalogue` for the inputs in `settings`, in the frame: the ranking, the
    /// shop's moves (with `evidence`), why the first leads. The what-ifs and widenings,
    /// which rank the catalogue again per changed input, follow from [`Finder::what_if_work`]
    /// off the frame.
    pub(super) fn rerank(
        &mut self,
        catalogue: Option<&Catalogue>,
        settings: &Settings,
        evidence: Option<&Evidence>,
    ) {
        let asked = Asked {
            evidence,
            what_ifs_per_shoe: 0,
            what_if_max_shoes: WHAT_IF_MAX_SHOES,
        };
        self.advice = Arc::new(catalogue.map_or_else(Advice::default, |catalogue| {
            advise(catalogue, &settings.profile, &settings.priorities, &asked)
        }));
        self.generation += 1;
    }

    /// The work that finds the what-ifs and widenings of the advice shown, to run off the
    /// frame, and which advice they are for; none for a catalogue too large to afford them.
    pub(super) fn what_if_work(
        &self,
        catalogue: Arc<Catalogue>,
        settings: &Settings,
        evidence: Option<Arc<Evidence>>,
    ) -> Option<(u64, impl FnOnce() -> WhatIfsFound + Send + 'static)> {
        if catalogue.shoes.len() > WHAT_IF_MAX_SHOES {
            return None;
        }
        let (profile, priorities) = (settings.profile.clone(), settings.priorities);
        let ranking = self.advice.ranking.clone();
        let generation = self.generation;
        Some((generation, move || {
            let asked = Asked {
                evidence: evidence.as_deref(),
                what_ifs_per_shoe: 2,
                what_if_max_shoes: WHAT_IF_MAX_SHOES,
            };
            let (what_ifs, widenings) =
                what_ifs_for(&catalogue, &profile, &priorities, &ranking, &asked);
            WhatIfsFound {
                generation,
                what_ifs,
                widenings,
            }
        }))
    }

    /// Puts into words why the chosen shoe stands where it does: the rules' reasons, then
    /// what the shop's fittings show of it; again only when the advice, the shoe, the
    /// language or the weight unit changed.
    pub(super) fn explain_chosen(&mut self, catalogue: Option<&Catalogue>, settings: &Settings) {
        let (Some(catalogue), Some(id)) = (catalogue, self.selected.clone()) else {
            self.explained = None;
            return;
        };
        let wanted = Explained {
            generation: self.generation,
            shoe: id,
            lang: settings.lang(),
            unit: settings.weight_unit,
        };
        if self
            .explained
            .as_ref()
            .is_some_and(|(made, _)| *made == wanted)
        {
            return;
        }
        let Some((index, shoe)) = catalogue
            .shoes
            .iter()
            .enumerate()
            .find(|(_, shoe)| shoe.id == wanted.shoe)
        else {
            self.explained = None;
            return;
        };
        let learned = Some(&self.advice.learned);
        let mut reasons = Explainer::learning(catalogue, &settings.profile, learned)
            .speaking(wanted.lang)
            .weighing_in(wanted.unit)
            .explain(shoe);
        reasons.extend(self.advice.moves.reasons(index, wanted.lang.words()));
        self.explained = Some((wanted, reasons));
    }

    /// Why the chosen shoe stands where it does, as last put into words (once per change of
    /// advice, shoe, language or unit).
    pub fn chosen_reasons(&self) -> &[Reason] {
        self.explained
            .as_ref()
            .map_or(&[], |(_, reasons)| reasons.as_slice())
    }

    /// Adds what-ifs found off the frame to the advice shown, when they are for it; whether
    /// they were (else they are for an advice since replaced).
    pub(super) fn take_what_ifs(&mut self, found: WhatIfsFound) -> bool {
        if found.generation != self.generation {
            return false;
        }
        Arc::make_mut(&mut self.advice).add_what_ifs(found.what_ifs, found.widenings);
        true
    }

    /// Forgets chosen and compared shoes that are no longer in the catalogue.
    pub(super) fn keep_known(&mut self, catalogue: Option<&Catalogue>) {
        let Some(catalogue) = catalogue else {
            return;
        };
        let known = |id: &String| catalogue.shoes.iter().any(|s| &s.id == id);
        if !self.selected.as_ref().is_some_and(known) {
            self.selected = None;
        }
        self.compare.retain(known);
    }

    /// What the search lets through, each shoe matched once: the rows of the view shown and
    /// how many of each view match.
    pub fn found(&self, catalogue: Option<&Catalogue>) -> Found {
        let needle = self.search.trim().to_lowercase();
        let mut found = Found {
            searched: !needle.is_empty(),
            ..Found::default()
        };
        let Some(catalogue) = catalogue else {
            return found;
        };
        let matches = |index: usize| shoe_matches(&catalogue.shoes[index], &needle);
        for (place, r) in self.advice.ranking.recommendations.iter().enumerate() {
            if matches(r.shoe) {
                found.recommended += 1;
                if self.view == View::Recommended {
                    found.rows.push((r.shoe, Some(place)));
                }
            }
        }
        for e in &self.advice.ranking.excluded {
            if matches(e.shoe) {
                found.left_out += 1;
                if self.view == View::LeftOut {
                    found.rows.push((e.shoe, None));
                }
            }
        }
        found
    }

    /// The visible shoes with, for a recommended one, its place in the ranking, so a row
    /// finds its score without searching.
    pub fn visible_rows(&self, catalogue: Option<&Catalogue>) -> Vec<(usize, Option<usize>)> {
        self.found(catalogue).rows
    }

    pub(super) fn select(&mut self, id: Option<String>) {
        self.selected = id;
    }

    /// Moves the selection `step` shoes up (-1) or down (+1) the visible list.
    pub(super) fn move_selection(&mut self, catalogue: Option<&Catalogue>, step: i32) {
        let Some(catalogue) = catalogue else {
            return;
        };
        let ids: Vec<&str> = self
            .visible_rows(Some(catalogue))
            .into_iter()
            .map(|(i, _)| catalogue.shoes[i].id.as_str())
            .collect();
        let current = self
            .selected
            .as_deref()
            .and_then(|id| ids.iter().position(|x| *x == id));
        let next = match current {
            None if step > 0 => Some(0),
            None => ids.len().checked_sub(1),
            Some(at) => Some((at as i64 + i64::from(step)).clamp(0, ids.len() as i64 - 1) as usize),
        };
        if let Some(next) = next.and_then(|n| ids.get(n)) {
            self.selected = Some((*next).to_string());
        }
    }

    /// Ticks or unticks a shoe for comparison (at most [`COMPARE_MAX`]).
    pub(super) fn toggle_compare(&mut self, id: String) {
        if let Some(at) = self.compare.iter().position(|x| *x == id) {
            self.compare.remove(at);
        } else if self.compare.len() < COMPARE_MAX {
            self.compare.push(id);
        }
    }

    pub(super) fn show_view(&mut self, view: View) {
        self.view = view;
    }

    pub(super) fn focus_search(&mut self) {
        self.focus_search = true;
    }

    pub(super) fn set_search(&mut self, search: String) {
        self.search = search;
    }
}

/// What the search lets through: see [`Finder::found`].
#[derive(Debug, Default)]
pub struct Found {
    /// The shoes of the view shown that match, with a recommended one's place in the ranking.
    pub rows: Vec<(usize, Option<usize>)>,
    /// How many recommended shoes match.
    pub recommended: usize,
    /// How many shoes left out match.
    pub left_out: usize,
    /// Whether a search narrows the views.
    pub searched: bool,
}

/// Whether `shoe` matches a search for `needle` (lower case; empty matches every shoe): by
/// its name or its id.
fn shoe_matches(shoe: &crate::catalogue::Shoe, needle: &str) -> bool {
    needle.is_empty() || shoe.matches(needle)
}
