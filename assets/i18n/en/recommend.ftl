# The recommender's own words: factors, bands, verdicts, what a shoe is built for.

factor-foot_width = Foot width
factor-weight = Body weight
factor-pronation = Pronation
factor-season = Season
factor-surface = Surface
factor-purpose = Purpose
factor-foot_strike = Foot strike
factor-knee_pain = Knee pain
factor-orthotics = Orthotics
factor-experience = Experience
factor-weekly_km = Weekly distance
factor-achilles_pain = Achilles
factor-current_drop_mm = Current drop
factor-preferred_foam = Foam
factor-budget = Budget
factor-size = Shoe size
factor-runs_in = Shoes run in now
factor-fitting = Tried on
factor-short-foot_width = Width
factor-short-weight = Weight
factor-short-pronation = Gait
factor-short-season = Season
factor-short-surface = Surface
factor-short-purpose = Use
factor-short-foot_strike = Strike
factor-short-knee_pain = Knee
factor-short-orthotics = Insole
factor-short-experience = Level
factor-short-weekly_km = Km
factor-short-achilles_pain = Achilles
factor-short-current_drop_mm = Drop
factor-short-preferred_foam = Foam
factor-short-budget = Price
factor-short-size = Size
factor-short-runs_in = Now
factor-short-fitting = Tried

band-best = Best picks
band-good = Good choices
band-tradeoffs = With trade-offs
band-best-one = a best pick
band-good-one = a good choice
band-tradeoffs-one = with trade-offs

verdict-good = good
verdict-caution = caution
verdict-poor = poor

no-best-pick = No shoe in this catalogue suits everything you asked; the closest come first, each with what it trades off.
# Before the changes that would give shoes suiting everything asked, when none does.
widen-lead = What would widen the choice:

build-racer = racing shoe
build-racer-by-build = racing shoe, by its build
build-tempo = tempo shoe
build-barefoot = barefoot-style shoe
build-trainer = daily trainer
