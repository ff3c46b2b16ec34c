//! The ranking: every shoe assessed on each input the runner gave, tiered, scored and
//! sorted, on every core for large catalogues.

use super::*;

/// A recommended shoe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Recommendation {
    /// 1 for the best.
    pub rank: usize,
    /// Index of the shoe in the catalogue.
    pub shoe: usize,
    /// 0..=1, rounded to 6 decimals: from 0.8 for a shoe that suits everything asked, from
    /// 0.5 for one with a trade-off, below 0.5 for one that does something poorly; within
    /// each, the weighted mean of the factors' fits.
    pub score: f64,
    /// Each given factor's fit, in the order of [`Factor::ALL`].
    pub fits: Fits,
    /// The worst verdict of each factor's reasons.
    pub verdicts: Verdicts,
    /// Where the shoe stands in the list: best pick, good, or with trade-offs.
    pub band: Band,
    /// How far what the shop's fittings show moved the score (in `score` already); 0 when
    /// they did not.
    pub shop_move: f64,
}

impl Recommendation {
    /// The fit of `factor`, 0..=1, when the runner gave that input.
    pub fn fit(&self, factor: Factor) -> Option<f64> {
        self.fits.get(factor)
    }

    /// The worst verdict of `factor`'s reasons, when the runner gave that input.
    pub fn verdict(&self, factor: Factor) -> Option<Verdict> {
        self.fits.get(factor).map(|_| self.verdicts.of(factor))
    }

    /// Whether the fitting moved this shoe: how it or another shoe felt on raised or
    /// lowered it.
    pub fn moved_by_fitting(&self) -> bool {
        self.fits
            .get(Factor::Fitting)
            .is_some_and(|fit| (fit - tried_on::UNTOUCHED).abs() > 1e-6)
    }
}

/// The fit of each given factor, kept inline (ranking a large catalogue allocates nothing
/// per shoe) and to single precision, ample for fits of 0..=1 and half the memory to move
/// when the ranking is put in order. Iterates as `(Factor, fit)` in the order of
/// [`Factor::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Fits {
    pub(super) values: [f32; COUNT],
    pub(super) given: FactorSet,
}

impl Fits {
    /// The fit of `factor`, 0..=1; None when the runner did not give that input.
    pub fn get(&self, factor: Factor) -> Option<f64> {
        self.given
            .contains(factor)
            .then(|| f64::from(self.values[factor.index()]))
    }

    /// Each given factor with its fit.
    pub fn iter(&self) -> impl Iterator<Item = (Factor, f64)> + '_ {
        Factor::ALL
            .into_iter()
            .filter_map(|factor| self.get(factor).map(|fit| (factor, fit)))
    }
}

/// A shoe left out, and the hard requirements it fails. Its other inputs are not weighed:
/// [`explain`] says how it stands on each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exclusion {
    /// Index of the shoe in the catalogue.
    pub shoe: usize,
    /// The hard requirements it fails: foot width, orthotics, size.
    pub failed: FactorSet,
}

/// Every shoe of the catalogue, recommended or excluded, exactly once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking {
    /// Best first; equal scores in order of id.
    pub recommendations: Vec<Recommendation>,
    /// In order of id.
    pub excluded: Vec<Exclusion>,
}

impl Ranking {
    /// How many recommendations are in `band`.
    pub fn in_band(&self, band: Band) -> usize {
        self.recommendations
            .iter()
            .filter(|r| r.band == band)
            .count()
    }
}

/// Ranks every shoe of `catalogue` for `profile`.
pub fn rank(catalogue: &Catalogue, profile: &Profile, priorities: &Priorities) -> Ranking {
    rank_learning(catalogue, profile, priorities, None)
}

/// As [`rank`], with the sizes to try moved by what the shop `learned` of models' length
/// fit: a shoe not stocked in the size so moved is left out.
pub fn rank_learning(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    learned: Option<&LearnedSizes>,
) -> Ranking {
    let context = Context::learning(catalogue, profile, learned);
    let memo = memo::Memo::for_catalogue(&context, catalogue.shoes.len());
    let scoring = Scoring::new(profile, priorities);
    let shoes = &catalogue.shoes;
    // A large catalogue is assessed on every core, a part each; the parts are then put in
    // order together, so the ranking is the same however it was split.
    let threads = threads_for(shoes.len());
    let size = shoes.len().div_ceil(threads).max(1);
    // Every part's lists are made here, on the calling thread, so that their memory comes
    // back to its allocator and is reused by the next ranking instead of being mapped and
    // faulted in afresh.
    let mut parts: Vec<Part> = shoes
        .chunks(size)
        .map(|run| Part::with_capacity(run.len()))
        .collect();
    let (context, memo, scoring) = (&context, memo.as_ref(), &scoring);
    #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
    let mut runs = shoes.chunks(size).zip(parts.iter_mut()).enumerate();
    let assess = |(i, (run, part)): (usize, (&[Shoe], &mut Part))| {
        assess_part(run, i * size, context, memo, scoring, part)
    };
    // The other parts on the pool's threads, the first on this one.
    #[cfg(not(target_arch = "wasm32"))]
    if threads > 1 {
        rayon::in_place_scope(|scope| {
            let first = runs.next();
            for other in runs.by_ref() {
                scope.spawn(move |_| assess(other));
            }
            first.into_iter().for_each(assess);
        });
    }
    // What is left: the one part, or every part on the page's one thread.
    runs.for_each(assess);
    let recommendations = Joined::new(parts.iter().map(|part| &part.recommendations[..]));
    let excluded = Joined::new(parts.iter().map(|part| &part.excluded[..]));
    // The keys' places count from the start of the joined lists.
    let recommended_keys = joined_keys(
        parts.iter().map(|p| &p.recommended_keys[..]),
        &recommendations.starts,
        |key, start| key + start as u64,
    );
    let places = sorted_places(recommended_keys, |place| {
        shoes[recommendations.get(place).shoe].id.as_str()
    });
    let mut ranking = Ranking {
        recommendations: recommendations.in_order(&places),
        excluded: Vec::new(),
    };
    give_bands(&mut ranking.recommendations, scoring.given);
    let excluded_keys = joined_keys(
        parts.iter().map(|p| &p.excluded_keys[..]),
        &excluded.starts,
        |key, start| key + start as u128,
    );
    let places = sorted_places(excluded_keys, |place| {
        shoes[excluded.get(place).shoe].id.as_str()
    });
    ranking.excluded = excluded.in_order(&places);
    ranking
}

/// The parts' keys as one list, each moved on by where its part starts.
pub(super) fn joined_keys<'a, K: SortKey + 'a>(
    parts: impl Iterator<Item = &'a [K]>,
    starts: &[usize],
    moved: impl Fn(K, usize) -> K,
) -> Vec<K> {
    let mut keys = Vec::new();
    for (part, &start) in parts.zip(starts) {
        keys.extend(part.iter().map(|&key| moved(key, start)));
    }
    keys
}

/// How many parts [`rank`] assesses `shoes` shoes in: one per core from
/// [`PARALLEL_FROM`] shoes on.
#[cfg(not(target_arch = "wasm32"))]
fn threads_for(shoes: usize) -> usize {
    if shoes >= PARALLEL_FROM {
        rayon::current_num_threads().clamp(1, MAX_THREADS)
    } else {
        1
    }
}

/// The page has one thread.
#[cfg(target_arch = "wasm32")]
fn threads_for(_: usize) -> usize {
    1
}

/// From this many shoes, [`rank`] assesses them on several threads: below it, handing a
/// part to another thread costs more than it saves.
#[cfg(not(target_arch = "wasm32"))]
pub(super) const PARALLEL_FROM: usize = 4_096;
/// The most threads [`rank`] uses.
#[cfg(not(target_arch = "wasm32"))]
pub(super) const MAX_THREADS: usize = 8;

/// A run of the catalogue's shoes assessed, with the sort keys of each list (their places
/// counted within the run).
pub(super) struct Part {
    pub(super) recommendations: Vec<Recommendation>,
    pub(super) recommended_keys: Vec<u64>,
    pub(super) excluded: Vec<Exclusion>,
    pub(super) excluded_keys: Vec<u128>,
}

impl Part {
    pub(super) fn with_capacity(shoes: usize) -> Part {
        Part {
            recommendations: Vec::with_capacity(shoes),
            recommended_keys: Vec::with_capacity(shoes),
            excluded: Vec::with_capacity(shoes / 2),
            excluded_keys: Vec::with_capacity(shoes / 2),
        }
    }
}

/// Assesses `shoes`, the catalogue's from index `first` on, into `part`.
pub(super) fn assess_part(
    shoes: &[Shoe],
    first: usize,
    context: &Context,
    memo: Option<&memo::Memo>,
    scoring: &Scoring,
    part: &mut Part,
) {
    // The sort keys are made while each shoe is at hand.
    for (offset, shoe) in shoes.iter().enumerate() {
        let (fits, failed, verdicts, sum) = assess_shoe(shoe, context, memo, scoring);
        if failed.is_empty() {
            let steps = score_steps(scoring.mean(sum), verdicts, scoring.counted);
            let place = part.recommendations.len();
            part.recommended_keys.push(score_key(steps, place));
            part.recommendations.push(Recommendation {
                rank: 0,
                shoe: first + offset,
                score: f64::from(steps) / f64::from(SCORE_STEPS),
                fits,
                verdicts,
                band: Band::Good,
                shop_move: 0.0,
            });
        } else {
            part.excluded_keys
                .push(id_key(&shoe.id, part.excluded.len()));
            part.excluded.push(Exclusion {
                shoe: first + offset,
                failed,
            });
        }
    }
    // Each part's keys are put in order on its own core; the parts' runs are then merged.
    part.recommended_keys.sort_unstable();
    part.excluded_keys.sort_unstable();
}

/// Lists read as one, without copying them together: for the parts of a ranking.
pub(super) struct Joined<'a, T> {
    pub(super) lists: Vec<&'a [T]>,
    /// Where each list starts in the whole.
    pub(super) starts: Vec<usize>,
}

impl<'a, T: Copy> Joined<'a, T> {
    pub(super) fn new(lists: impl Iterator<Item = &'a [T]>) -> Self {
        let lists: Vec<&[T]> = lists.collect();
        let mut starts = Vec::with_capacity(lists.len());
        let mut start = 0;
        for list in &lists {
            starts.push(start);
            start += list.len();
        }
        Joined { lists, starts }
    }

    #[inline]
    pub(super) fn get(&self, place: usize) -> &T {
        let part = self.starts.partition_point(|&start| start <= place) - 1;
        &self.lists[part][place - self.starts[part]]
    }

    /// The items in the order `places` gives (the item for each position, as from
    /// [`sorted_places`]). Gathered into a new list: the reads are independent of each
    /// other, so the processor overlaps them, where following a permutation's cycles in
    /// place waits on each one.
    pub(super) fn in_order(&self, places: &[u32]) -> Vec<T> {
        match self.lists.as_slice() {
            [one] => places.iter().map(|&place| one[place as usize]).collect(),
            _ => places
                .iter()
                .map(|&place| *self.get(place as usize))
                .collect(),
        }
    }
}

/// Numbers the ranked shoes and puts them in bands, in rank order: the best picks are the
/// first shoes that suit everything the runner said (every input, whatever its weight), at
/// most [`BEST_PICKS`]; a shoe with a poor verdict and every shoe after it has trade-offs.
pub(super) fn give_bands(recommendations: &mut [Recommendation], given: FactorSet) {
    let mut band = Band::Best;
    let mut best = 0;
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        recommendation.rank = i + 1;
        let own = match recommendation.verdicts.tier(given) {
            Tier::Suits if best < BEST_PICKS => Band::Best,
            Tier::Suits | Tier::TradeOff => Band::Good,
            Tier::Poor => Band::Tradeoffs,
        };
        band = band.max(own);
        if band == Band::Best {
            best += 1;
        }
        recommendation.band = band;
    }
}

/// The factors that put `b` in a lower tier than `a`: a poor verdict `a` has not, or (when
/// neither has a poor one) a trade-off on [`Factor::CORE`] that `a` has not. Empty when they
/// stand in the same tier.
pub(crate) fn tier_difference(
    a: &Recommendation,
    b: &Recommendation,
    priorities: &Priorities,
) -> FactorSet {
    let counted = priorities.counted(a.fits.given);
    let (tier_a, tier_b) = (a.verdicts.tier(counted), b.verdicts.tier(counted));
    if tier_a >= tier_b {
        return FactorSet::default();
    }
    let only_b = |of_b: FactorSet, of_a: FactorSet| FactorSet(of_b.0 & !of_a.0 & counted.0);
    match tier_b {
        Tier::Poor => only_b(b.verdicts.poor, a.verdicts.poor),
        _ => FactorSet(only_b(b.verdicts.caution, a.verdicts.caution).0 & CORE_SET.0),
    }
}

/// A recommended shoe's sort key: its score (best first), then its place in its list. Two
/// different shoes seldom share a score, so ids are compared only where they do.
#[inline(always)]
pub(super) fn score_key(steps: u32, place: usize) -> u64 {
    (u64::from(SCORE_STEPS - steps) << 32) | place as u64
}

/// How many of an id's first bytes go into a left-out shoe's sort key.
pub(super) const KEY_PREFIX: usize = 12;

/// A left-out shoe's sort key: the first bytes of its id, then its place in its list. The
/// left-out shoes are listed in order of id, and comparing id strings while sorting them was
/// most of the cost.
#[inline(always)]
pub(super) fn id_key(id: &str, place: usize) -> u128 {
    // The first bytes, big-endian, padded with zeros: byte by byte, as a call to copy them
    // cost more than the rest of the key.
    let mut prefix = 0u128;
    for i in 0..KEY_PREFIX {
        prefix = (prefix << 8) | u128::from(id.as_bytes().get(i).copied().unwrap_or(0));
    }
    (prefix << 32) | place as u128
}

/// A sort key whose low 32 bits are the place of its item, the rest what it is sorted by.
pub(super) trait SortKey: Copy + Ord {
    /// The key without the place: equal for items that tie.
    fn tie(self) -> Self;
    fn place(self) -> u32;
}

impl SortKey for u64 {
    fn tie(self) -> u64 {
        self >> 32
    }
    fn place(self) -> u32 {
        self as u32
    }
}

impl SortKey for u128 {
    fn tie(self) -> u128 {
        self >> 32
    }
    fn place(self) -> u32 {
        self as u32
    }
}

/// The places of the items whose keys are `keys`, in the ranking's order; items whose keys
/// tie but for their place are put in order of their whole ids, `id(place)`. The keys come
/// as runs already in order, one a part: a stable sort finds the runs and merges them.
pub(super) fn sorted_places<'a, K: SortKey>(
    mut keys: Vec<K>,
    id: impl Fn(usize) -> &'a str,
) -> Vec<u32> {
    keys.sort();
    let mut places: Vec<u32> = keys.iter().map(|&key| key.place()).collect();
    let mut start = 0;
    while start < keys.len() {
        let mut end = start + 1;
        while end < keys.len() && keys[end].tie() == keys[start].tie() {
            end += 1;
        }
        if end - start > 1 {
            places[start..end]
                .sort_unstable_by(|&a, &b| id(a as usize).cmp(id(b as usize)).then(a.cmp(&b)));
        }
        start = end;
    }
    places
}

/// What a ranking needs of the runner's inputs besides the profile: which were given, which
/// count for the score (weighed above 0), and their weights.
#[derive(Clone, Copy)]
pub(super) struct Scoring {
    pub(super) given: FactorSet,
    pub(super) counted: FactorSet,
    pub(super) weights: [f64; COUNT],
    /// The total weight of the given factors: what a recommended shoe's weighted fits are
    /// divided by (every given factor scores a shoe that fails none).
    pub(super) total: f64,
}

impl Scoring {
    pub(super) fn new(profile: &Profile, priorities: &Priorities) -> Scoring {
        let given = given(profile);
        Scoring {
            given,
            counted: priorities.counted(given),
            weights: priorities.0,
            total: given.iter().map(|factor| priorities.get(factor)).sum(),
        }
    }

    /// The weighted mean fit of a shoe whose weighted fits add up to `sum`, 0..=1. With
    /// every weight at 0 nothing counts for or against a shoe, and the mean is 0.5.
    #[inline(always)]
    pub(super) fn mean(&self, sum: f64) -> f64 {
        if self.total > 0.0 {
            sum / self.total
        } else {
            0.5
        }
    }
}

/// The inputs whose rules can leave a shoe out: a width not made, a fixed insole for
/// orthotics, a size not stocked.
pub(super) const HARD: FactorSet =
    FactorSet::of(&[Factor::FootWidth, Factor::Orthotics, Factor::Size]);

/// One shoe's fits, the hard requirements it fails, the worst verdict of each factor, and
/// the sum of its weighted fits. The hard requirements are checked first: a shoe that fails
/// one is left out, and nothing else about it is weighed.
#[inline(always)]
pub(super) fn assess_shoe(
    shoe: &Shoe,
    context: &Context,
    memo: Option<&memo::Memo>,
    scoring: &Scoring,
) -> (Fits, FactorSet, Verdicts, f64) {
    let mut fits = Fits::default();
    let mut failed = FactorSet::default();
    let mut sum = 0.0;
    let mut judge = Judge {
        factor: Factor::FootWidth,
        verdicts: Verdicts::default(),
    };
    let mut add = |factor: Factor, fit: Fit, failed: &mut FactorSet| match fit {
        Fit::Score(fit) => {
            let fit = f64::clamp(fit, 0.0, 1.0);
            fits.values[factor.index()] = fit as f32;
            sum += scoring.weights[factor.index()] * fit;
        }
        Fit::Excluded => failed.insert(factor),
    };
    let hard = FactorSet(scoring.given.0 & HARD.0);
    assess_given(shoe, context, memo, hard, &mut judge, |factor, fit| {
        add(factor, fit, &mut failed)
    });
    if failed.is_empty() {
        let soft = FactorSet(scoring.given.0 & !HARD.0);
        assess_given(shoe, context, memo, soft, &mut judge, |factor, fit| {
            add(factor, fit, &mut failed)
        });
    }
    fits.given = FactorSet(scoring.given.0 & !failed.0);
    (fits, failed, judge.verdicts, sum)
}

/// Scores are whole numbers of millionths: printed as they are ranked, and fine enough that
/// shoes which differ for the runner do not share one.
pub(super) const SCORE_STEPS: u32 = 1_000_000;

/// A shoe's score in millionths: where its tier starts, and how far into the tier its
/// weighted mean fit (`quality`, 0..=1) carries it. Only the factors in `counted` (given,
/// weighed above 0) decide the tier.
#[inline(always)]
pub(super) fn score_steps(quality: f64, verdicts: Verdicts, counted: FactorSet) -> u32 {
    let tier = verdicts.tier(counted);
    let (bottom, top) = tier.steps();
    // NaN stays NaN through the clamp and rounds to 0.
    bottom + round_non_negative(f64::from(top - bottom) * tier.stretch(quality)) as u32
}

/// The shoes of `catalogue` in order of id, and each shoe's place in that order, for
/// [`ranks`].
pub(crate) struct IdOrder {
    pub(super) by_id: Vec<u32>,
    pub(super) place: Vec<u32>,
}

impl IdOrder {
    pub fn of(catalogue: &Catalogue) -> IdOrder {
        let mut by_id: Vec<u32> = (0..catalogue.shoes.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| {
            catalogue.shoes[a as usize]
                .id
                .cmp(&catalogue.shoes[b as usize].id)
        });
        let mut place = vec![0; by_id.len()];
        for (i, &shoe) in by_id.iter().enumerate() {
            place[shoe as usize] = i as u32;
        }
        IdOrder { by_id, place }
    }
}

/// Each shoe's rank for `profile` as [`rank`] gives it, 0 for a shoe left out, without
/// building the ranking: for the what-ifs, which rank the catalogue once per changed input.
/// Each shoe is one integer, its score then its place in order of id, and sorting those
/// gives the ranks.
pub(crate) fn ranks(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    order: &IdOrder,
) -> Vec<u32> {
    let context = Context::new(catalogue, profile);
    let memo = memo::Memo::for_catalogue(&context, catalogue.shoes.len());
    let scoring = Scoring::new(profile, priorities);
    let mut keys: Vec<u64> = Vec::with_capacity(catalogue.shoes.len());
    for (index, shoe) in catalogue.shoes.iter().enumerate() {
        let (_, failed, verdicts, sum) = assess_shoe(shoe, &context, memo.as_ref(), &scoring);
        if failed.is_empty() {
            let steps = score_steps(scoring.mean(sum), verdicts, scoring.counted);
            keys.push((u64::from(SCORE_STEPS - steps) << 32) | u64::from(order.place[index]));
        }
    }
    keys.sort_unstable();
    let mut ranks = vec![0; catalogue.shoes.len()];
    for (i, key) in keys.into_iter().enumerate() {
        ranks[order.by_id[(key & 0xffff_ffff) as usize] as usize] = i as u32 + 1;
    }
    ranks
}

/// How many shoes of `catalogue` suit everything `profile` gives: the shoes that would be
/// best picks were there no limit of [`BEST_PICKS`].
pub(crate) fn suiting(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    learned: Option<&LearnedSizes>,
) -> usize {
    let context = Context::learning(catalogue, profile, learned);
    let memo = memo::Memo::for_catalogue(&context, catalogue.shoes.len());
    let scoring = Scoring::new(profile, priorities);
    catalogue
        .shoes
        .iter()
        .filter(|shoe| {
            let (_, failed, verdicts, _) = assess_shoe(shoe, &context, memo.as_ref(), &scoring);
            failed.is_empty() && verdicts.tier(scoring.given) == Tier::Suits
        })
        .count()
}

/// `x.round()` for 0 <= x < 2^52, without the call into the maths library that
/// `f64::round` costs on plain x86-64: exact, since `x - trunc(x)` is.
#[inline(always)]
pub(super) fn round_non_negative(x: f64) -> u64 {
    let whole = x as u64;
    if x - whole as f64 >= 0.5 {
        whole + 1
    } else {
        whole
    }
}
