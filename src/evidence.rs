//! The shop's own evidence, counted from its fitting sessions: per shoe, the fittings in
//! which it was tried, how it felt, how often it was bought and how the pairs bought went,
//! each broken down by the customer's width, gait and weight band; the mix of customers;
//! and the patterns clear enough to tell the next customer they concern. Names never leave
//! the session files: nothing here holds one.

use crate::catalogue::Width;
use crate::profile::{Bought, Feel, LastPair, PairTrouble, Profile, Pronation, Season};
use crate::session::Sessions;
use crate::units::ShoeSize;
use crate::words::Say;
use serde::Serialize;
use std::collections::BTreeMap;

/// A pattern is told once at least this many of the customers it concerns tried the shoe
/// (or, for how a pair went, this many of the pairs they bought came back).
pub const PATTERN_FITTINGS: u32 = 5;
/// A pattern is told once at least this share of those fittings agree.
pub const PATTERN_SHARE: f64 = 0.6;
/// The most the shop's evidence moves a shoe's score, up or down.
pub const MOST_MOVE: f64 = 0.05;

/// A customer's body weight, in the bands the evidence is broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum WeightBand {
    /// Under 60 kg.
    #[serde(rename = "under-60")]
    Under60,
    /// 60 to 85 kg.
    #[serde(rename = "60-85")]
    From60To85,
    /// Over 85 and up to 100 kg.
    #[serde(rename = "85-100")]
    From85To100,
    /// Over 100 kg.
    #[serde(rename = "over-100")]
    Over100,
}

impl WeightBand {
    /// Every band, lightest first.
    pub const ALL: &'static [WeightBand] = &[
        WeightBand::Under60,
        WeightBand::From60To85,
        WeightBand::From85To100,
        WeightBand::Over100,
    ];

    /// The band of `kg`.
    pub fn of(kg: f64) -> WeightBand {
        if kg < 60.0 {
            WeightBand::Under60
        } else if kg <= 85.0 {
            WeightBand::From60To85
        } else if kg <= 100.0 {
            WeightBand::From85To100
        } else {
            WeightBand::Over100
        }
    }

    /// The band as the JSON names it.
    pub fn as_str(self) -> &'static str {
        match self {
            WeightBand::Under60 => "under-60",
            WeightBand::From60To85 => "60-85",
            WeightBand::From85To100 => "85-100",
            WeightBand::Over100 => "over-100",
        }
    }

    /// The band as the message files select on it.
    pub fn key(self) -> &'static str {
        match self {
            WeightBand::Under60 => "Under60",
            WeightBand::From60To85 => "From60To85",
            WeightBand::From85To100 => "From85To100",
            WeightBand::Over100 => "Over100",
        }
    }

    /// A weight in the band, for asking what the catalogue holds for it.
    pub fn typical_kg(self) -> f64 {
        match self {
            WeightBand::Under60 => 55.0,
            WeightBand::From60To85 => 72.0,
            WeightBand::From85To100 => 92.0,
            WeightBand::Over100 => 110.0,
        }
    }
}

/// The customers a pattern concerns: those of one width, one gait or one weight band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "by", content = "value", rename_all = "snake_case")]
pub enum Group {
    /// Customers with feet of this width.
    FootWidth(Width),
    /// Customers with this gait.
    Pronation(Pronation),
    /// Customers in this weight band.
    Weight(WeightBand),
}

impl Group {
    /// The groups a customer of `profile` is in: their width, their gait, their weight band.
    pub fn of(profile: &Profile) -> [Group; 3] {
        [
            Group::FootWidth(profile.foot_width),
            Group::Pronation(profile.pronation),
            Group::Weight(WeightBand::of(profile.weight_kg)),
        ]
    }

    /// The customers of the group, in words to follow "customers": "with standard-width feet".
    pub fn said(self) -> Say {
        match self {
            Group::FootWidth(width) => Say::new("shop-group-width").text("width", width.as_str()),
            Group::Pronation(pronation) => {
                Say::new("shop-group-pronation").text("pronation", pronation.as_str())
            }
            Group::Weight(band) => Say::new("shop-group-weight").text("band", band.key()),
        }
    }
}

/// What was counted of one shoe among some fittings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Customers who tried the shoe on, once each however many visits.
    pub tried: u32,
    /// How many of them noted each feeling, in the order of [`Feel::ALL`].
    pub feel: [u32; 8],
    /// Visits at which the shoe was bought.
    pub bought: u32,
    /// Pairs bought that the customer came back happy with.
    pub happy: u32,
    /// Pairs bought that came back or caused trouble.
    pub unhappy: u32,
    /// What went wrong with those, in the order of [`PairTrouble::ALL`].
    pub troubles: [u32; 9],
}

impl Tally {
    /// How often `feel` was noted.
    pub fn felt(&self, feel: Feel) -> u32 {
        self.feel[Feel::ALL.iter().position(|&f| f == feel).unwrap_or(0)]
    }
}

/// One shoe's evidence: all fittings, and the fittings of each group of customers.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ShoeEvidence {
    /// Every fitting.
    pub all: Tally,
    /// The fittings of each group of customers.
    pub by_group: BTreeMap<Group, Tally>,
    /// The pairs bought in a recorded size by customers with measured feet, whose length
    /// the customer told of at the next visit: one a customer, their last.
    pub sized: Vec<SizedPair>,
}

/// A pair bought in a recorded size by a customer with measured feet, and how its length
/// went: what the shop learns a model's length fit from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SizedPair {
    /// The customer's longer foot, in mm.
    pub foot_mm: f64,
    /// The size bought.
    pub size: ShoeSize,
    /// How its length went.
    pub length: Length,
}

/// How the length of a pair bought went, as the customer told it at the next visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Length {
    /// Kept happily: the size was right.
    Kept,
    /// Too small: a larger size was needed.
    TooSmall,
    /// Too big: a smaller size was needed.
    TooBig,
}

impl Length {
    /// What a pair's outcome says of its length: nothing when it went wrong some other way
    /// only, or in both directions.
    fn of(went: &LastPair) -> Option<Length> {
        if went.happy() {
            return Some(Length::Kept);
        }
        let small = went.troubles().contains(&PairTrouble::TooSmall);
        let big = went.troubles().contains(&PairTrouble::TooBig);
        match (small, big) {
            (true, false) => Some(Length::TooSmall),
            (false, true) => Some(Length::TooBig),
            _ => None,
        }
    }

    /// The half sizes the customer needed from the size bought: one up for a pair too
    /// small, one down for a pair too big.
    pub fn needed_half_sizes(self) -> i32 {
        match self {
            Length::Kept => 0,
            Length::TooSmall => 1,
            Length::TooBig => -1,
        }
    }
}

/// How many customers of each kind came in: widths, gaits, weight bands, seasons, surfaces.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Mix {
    /// By foot width, in the order of [`Width::ALL`].
    pub widths: [u32; 4],
    /// By gait, in the order of [`Pronation::ALL`].
    pub pronation: [u32; 3],
    /// By weight band, in the order of [`WeightBand::ALL`].
    pub weights: [u32; 4],
    /// By season, in the order of [`Season::ALL`].
    pub seasons: [u32; 3],
    /// By surface, in the order of [`crate::catalogue::Surface::ALL`].
    pub surfaces: [u32; 4],
}

/// The dates a count covers, both included, as `YYYY-MM-DD`; a visit with no date counts
/// only when no date is asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dates {
    /// The first day counted.
    pub since: Option<String>,
    /// The last day counted.
    pub until: Option<String>,
}

impl Dates {
    fn covers(&self, date: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some(date) = date else {
            return false;
        };
        self.since.as_deref().is_none_or(|since| date >= since)
            && self.until.as_deref().is_none_or(|until| date <= until)
    }
}

/// The shop's evidence from its sessions.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// Session files that read and have a visit in the dates asked for: the customers.
    pub customers: u32,
    /// Visits in the dates asked for: the fittings.
    pub fittings: u32,
    /// Each shoe tried or bought, by id, in order of id.
    pub shoes: BTreeMap<String, ShoeEvidence>,
    /// The customers by kind.
    pub mix: Mix,
}

/// A pattern clear enough to tell: `agree` of `of` fittings of the customers in `group`
/// found the same about the shoe.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pattern {
    /// The customers it concerns.
    pub group: Group,
    /// What they found.
    pub finding: Finding,
    /// How many of them found it.
    pub agree: u32,
    /// How many of them tried the shoe (or, for how a pair went, bought it and came back).
    pub of: u32,
}

/// What the customers of a pattern found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    /// It felt this way when tried on.
    Felt(Feel),
    /// They came back happy with the pair they bought.
    CameBackHappy,
    /// The pair they bought came back or caused trouble.
    CameBackUnhappy,
}

impl Finding {
    /// Whether the finding speaks for the shoe (+1) or against it (-1).
    pub fn sign(self) -> f64 {
        match self {
            Finding::Felt(Feel::Fits | Feel::Liked) | Finding::CameBackHappy => 1.0,
            Finding::Felt(_) | Finding::CameBackUnhappy => -1.0,
        }
    }
}

impl Pattern {
    /// What the pattern says, in words: "In this shop, 6 of 9 customers with standard-width
    /// feet found it too narrow."
    pub fn said(&self) -> Say {
        let say = |id: &'static str| {
            Say::new(id)
                .num("agree", f64::from(self.agree))
                .num("of", f64::from(self.of))
                .says("group", vec![self.group.said()])
        };
        match self.finding {
            Finding::Felt(feel) => say("shop-pattern-felt").text("feel", feel.as_str()),
            Finding::CameBackHappy => say("shop-pattern-happy"),
            Finding::CameBackUnhappy => say("shop-pattern-unhappy"),
        }
    }

    /// How far this pattern alone would move the shoe: its sign, times the share that
    /// agree, times [`MOST_MOVE`].
    pub fn pull(&self) -> f64 {
        self.finding.sign() * MOST_MOVE * f64::from(self.agree) / f64::from(self.of.max(1))
    }
}

impl Evidence {
    /// Counts the evidence of `sessions` in `dates`.
    pub fn gather(sessions: &Sessions, dates: &Dates) -> Evidence {
        let mut evidence = Evidence::default();
        for (_, profile) in sessions.sessions() {
            evidence.count_customer(profile, dates);
        }
        evidence
    }

    fn count_customer(&mut self, profile: &Profile, dates: &Dates) {
        let visits = profile.all_visits();
        let groups = Group::of(profile);
        let mut came = false;
        // A customer counts once for each shoe they tried, with every feeling they noted of
        // it, however many visits or pairs: the patterns speak of customers.
        let mut tried: BTreeMap<&str, [bool; 8]> = BTreeMap::new();
        // A customer's length evidence is their last pair of each shoe whose length they told.
        let mut sized: BTreeMap<&str, SizedPair> = BTreeMap::new();
        let foot_mm = profile.feet.map(|feet| feet.longer_mm());
        for (index, visit) in visits.iter().enumerate() {
            if !dates.covers(visit.date.as_deref()) {
                continue;
            }
            came = true;
            self.fittings += 1;
            for shoe in &visit.tried {
                let felt = tried.entry(shoe.shoe.as_str()).or_default();
                for &feel in &shoe.feel {
                    felt[place(Feel::ALL, feel)] = true;
                }
            }
            let Some(Bought::Shoe(shoe)) = &visit.bought else {
                continue;
            };
            // How the pair went is told at the next visit.
            let went = visits
                .get(index + 1)
                .and_then(|next| next.last_pair.as_ref());
            if let (Some(foot_mm), Some(size), Some(length)) =
                (foot_mm, visit.bought_size, went.and_then(Length::of))
            {
                sized.insert(
                    shoe.as_str(),
                    SizedPair {
                        foot_mm,
                        size,
                        length,
                    },
                );
            }
            self.count(shoe, &groups, |tally| {
                tally.bought += 1;
                match went {
                    Some(pair) if pair.happy() => tally.happy += 1,
                    Some(pair) => {
                        tally.unhappy += 1;
                        for &trouble in pair.troubles() {
                            if let Some(at) = PairTrouble::ALL.iter().position(|&t| t == trouble) {
                                tally.troubles[at] += 1;
                            }
                        }
                    }
                    None => {}
                }
            });
        }
        for (shoe, felt) in tried {
            self.count(shoe, &groups, |tally| {
                tally.tried += 1;
                for (at, &noted) in felt.iter().enumerate() {
                    tally.feel[at] += u32::from(noted);
                }
            });
        }
        for (shoe, pair) in sized {
            self.shoes
                .entry(shoe.to_string())
                .or_default()
                .sized
                .push(pair);
        }
        if came {
            self.customers += 1;
            let mix = &mut self.mix;
            mix.widths[place(Width::ALL, profile.foot_width)] += 1;
            mix.pronation[place(Pronation::ALL, profile.pronation)] += 1;
            mix.weights[place(WeightBand::ALL, WeightBand::of(profile.weight_kg))] += 1;
            mix.seasons[place(Season::ALL, profile.season)] += 1;
            mix.surfaces[place(crate::catalogue::Surface::ALL, profile.surface)] += 1;
        }
    }
}

/// Where `value` stands in `all`.
fn place<T: PartialEq + Copy>(all: &[T], value: T) -> usize {
    all.iter().position(|&v| v == value).unwrap_or(0)
}

impl Evidence {
    /// Adds to the tallies of `shoe`: all fittings, and those of each of `groups`.
    fn count(&mut self, shoe: &str, groups: &[Group; 3], add: impl Fn(&mut Tally)) {
        let evidence = self.shoes.entry(shoe.to_string()).or_default();
        add(&mut evidence.all);
        for group in groups {
            add(evidence.by_group.entry(*group).or_default());
        }
    }

    /// The patterns about `shoe` clear enough to tell a customer of `profile`: for each group
    /// they are in, each finding that at least [`PATTERN_SHARE`] of at least
    /// [`PATTERN_FITTINGS`] fittings of that group agree on; the strongest share first.
    pub fn patterns(&self, shoe: &str, profile: &Profile) -> Vec<Pattern> {
        let Some(evidence) = self.shoes.get(shoe) else {
            return Vec::new();
        };
        let clear = |agree: u32, of: u32| {
            of >= PATTERN_FITTINGS && f64::from(agree) >= PATTERN_SHARE * f64::from(of)
        };
        let mut patterns = Vec::new();
        for group in Group::of(profile) {
            let Some(tally) = evidence.by_group.get(&group) else {
                continue;
            };
            for (at, &feel) in Feel::ALL.iter().enumerate() {
                if clear(tally.feel[at], tally.tried) {
                    patterns.push(Pattern {
                        group,
                        finding: Finding::Felt(feel),
                        agree: tally.feel[at],
                        of: tally.tried,
                    });
                }
            }
            let came_back = tally.happy + tally.unhappy;
            for (agree, finding) in [
                (tally.happy, Finding::CameBackHappy),
                (tally.unhappy, Finding::CameBackUnhappy),
            ] {
                if clear(agree, came_back) {
                    patterns.push(Pattern {
                        group,
                        finding,
                        agree,
                        of: came_back,
                    });
                }
            }
        }
        patterns.sort_by(|a, b| {
            let share = |p: &Pattern| f64::from(p.agree) / f64::from(p.of);
            share(b).total_cmp(&share(a)).then(b.of.cmp(&a.of))
        });
        patterns
    }

    /// How far the patterns move a shoe's score: their pulls added up, at most
    /// [`MOST_MOVE`] either way.
    pub fn move_of(patterns: &[Pattern]) -> f64 {
        patterns
            .iter()
            .map(Pattern::pull)
            .sum::<f64>()
            .clamp(-MOST_MOVE, MOST_MOVE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Tried, Visit};

    /// A customer who tried a shoe at two visits, and twice at one, counts once for it.
    #[test]
    fn a_customer_counts_once_for_a_shoe_tried_again() {
        let tried = |feel: Feel| Tried {
            shoe: "a".into(),
            size: None,
            feel: vec![feel],
            note: None,
        };
        let profile = Profile {
            tried: vec![tried(Feel::TooNarrow), tried(Feel::TooNarrow)],
            visits: vec![Visit {
                tried: vec![tried(Feel::Fits)],
                ..Visit::default()
            }],
            ..Profile::default()
        };
        let mut evidence = Evidence::default();
        evidence.count_customer(&profile, &Dates::default());
        let tally = &evidence.shoes["a"].all;
        assert_eq!(evidence.fittings, 2);
        assert_eq!(tally.tried, 1);
        assert_eq!(tally.felt(Feel::TooNarrow), 1);
        assert_eq!(tally.felt(Feel::Fits), 1);
    }
}
