# A shoe's specifications, what of it matters for each input, and why one ranks above
# another. $word, $level, $support, $counter, $breathability, $upper, $outsole, $flexibility,
# $build: words of the catalogue's values; $list, $surfaces: lists of them; $mm, $grams, $low,
# $high, $points: numbers; $price, $currency: as the catalogue gives them; $factor: an input.

spec-support = Support
spec-cushioning = Cushioning
spec-heel-stack = Heel stack
spec-drop = Drop
spec-weight = Weight
spec-heel-counter = Heel counter
spec-insole = Insole
spec-breathability = Breathability
spec-upper = Upper
spec-outsole = Outsole
spec-flexibility = Flexibility
spec-widths = Widths
spec-surfaces = Surfaces
spec-sizes = Sizes
spec-price = Price

spec-word = { $word }
spec-list = { $list }
spec-mm = { $mm } mm
spec-grams = { $grams } g
spec-insole-removable = removable
spec-insole-fixed = fixed
spec-sizes-value = EU { $low } to { $high }
spec-price-value = { $price } { $currency }

feature-cushioning = { $level } cushioning
feature-cushioning-stack = { $level } cushioning, { $mm } mm
feature-support = { $support }, { $counter } heel counter
feature-season = { $breathability } breathability, { $upper }, { $outsole }
feature-surface = { $surfaces } · { $outsole }
feature-purpose = { $build }
feature-purpose-drop = { $build }, { $mm } mm drop
feature-drop = { $mm } mm drop
feature-drop-unlisted = drop not listed
feature-mileage = { $level } cushioning, { $outsole }
feature-foam = { $foam } foam
feature-foam-unlisted = foam feel not listed
feature-insole-removable = removable insole
feature-insole-fixed = fixed insole
feature-weight = { $grams } g
feature-weight-flexibility = { $grams } g, { $flexibility }
feature-price = { $price }
feature-price-unlisted = price not listed
feature-fitting = { $counter } heel counter, { $level } cushioning
feature-sizes-unlisted = sizes not listed

why-factor-points = { $factor } (+{ $points }% match)
why-factor-under-a-point = { $factor } (under 1% match)

factor-lower-foot_width = foot width
factor-lower-weight = body weight
factor-lower-pronation = pronation
factor-lower-season = season
factor-lower-surface = surface
factor-lower-purpose = purpose
factor-lower-foot_strike = foot strike
factor-lower-knee_pain = knee pain
factor-lower-orthotics = orthotics
factor-lower-experience = experience
factor-lower-weekly_km = weekly distance
factor-lower-achilles_pain = Achilles
factor-lower-current_drop_mm = current drop
factor-lower-preferred_foam = foam
factor-lower-budget = budget
factor-lower-size = shoe size
factor-lower-runs_in = the shoes you run in now
factor-lower-fitting = how the shoes tried on felt
why-shop = what this shop's fittings show
