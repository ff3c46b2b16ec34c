# The runner's inputs on the left. $system: a size system's name (size-system-*). The inputs'
# own names are the factors' (recommend.ftl).

inputs-fitting-session = Fitting session
inputs-heading = You and your running
inputs-optional = More about you (optional)
inputs-not-given = Not given

inputs-width-narrow = Narrow
inputs-width-standard = Standard
inputs-width-wide = Wide
inputs-width-extra-wide = Extra wide
inputs-width-hint = Do standard shoes pinch at the sides? Wide. Is there room to spare? Narrow. Men's 2E/4E and women's D/2E are wide and extra wide.

inputs-unit-kg = kg
inputs-unit-lb = lb
inputs-weight-hint = Heavier runners load the shoe more: more cushioning and a steadier platform.

inputs-pronation-neutral = Neutral
inputs-pronation-over = Over
inputs-pronation-under = Under
inputs-pronation-hint = Old shoes worn on the inner edge, or a flat wet footprint: overpronation. Worn on the outer edge, or a high arch: underpronation. Even wear: neutral.

inputs-season-summer = Summer
inputs-season-spring-autumn = Spring / autumn
inputs-season-winter = Winter
inputs-season-hint = When you run most: summer wants airy mesh, winter a waterproof upper and grip.

inputs-surface-road = Road
inputs-surface-track = Track
inputs-surface-trail = Trail
inputs-surface-indoor = Indoor
inputs-surface-hint = Where you run most: asphalt is hard on knees; trails, forest paths and beaches need grip; treadmills and gyms count as indoor.

inputs-strike-heel = Heel
inputs-strike-midfoot = Midfoot
inputs-strike-forefoot = Forefoot
inputs-strike-hint = Which part of the foot lands first. Heel strikers need a well-cushioned heel.

inputs-knee-pain = Knee pain or a past knee injury
inputs-orthotics = I wear custom orthotics

inputs-experience-beginner = Beginner
inputs-experience-regular = Regular
inputs-experience-competitive = Competitive

inputs-budget-up-to = up to

inputs-size-in = Size ({ $system })

inputs-purpose-daily = Everyday
inputs-purpose-long-run = Long runs
inputs-purpose-recovery = Recovery
inputs-purpose-tempo = Tempo
inputs-purpose-race = Races
inputs-purpose-hint = What this pair is for; not given means everyday running. Racers are for race day, not for the daily miles.
inputs-severity = How marked
inputs-severity-mild = Mild
inputs-severity-marked = Marked
inputs-severity-hint = Marked: flat feet or high arches, knees falling in, heavy wear on one edge. Mild: a slight lean.
inputs-unit-km-a-week = km a week
inputs-unit-mm = mm
inputs-weekly-km-hint = Over about 50 km a week, durable rubber and protective cushioning count, and a second pair helps.
inputs-achilles = Achilles or calf trouble
inputs-achilles-hint = A sore Achilles or tight calves call for a drop of 8 mm or more, and no zero drop for now.
inputs-current-drop-hint = The heel-to-toe drop of the shoes you run in now: more than 4 mm away takes weeks to get used to.
inputs-foam-soft = Soft
inputs-foam-balanced = Balanced
inputs-foam-firm = Firm
inputs-foam-hint = How you like the foam underfoot: soft and bouncy, or firm and stable. Not the same as how much cushioning.

inputs-priorities = What matters most
inputs-priorities-hint = Weigh each input: 0 leaves it out of the score (a shoe that cannot fit is still left out).
inputs-reset-priorities = Reset priorities

# Feet and shoes run in now.
inputs-feet = Feet and shoes run in now
inputs-unit-km = km
feet-measured = Measured feet
feet-left = Left
feet-right = Right
feet-length = Length
feet-width = Width
feet-apart = Your feet are { $apart } mm apart: sizes are for the longer foot.
feet-width-suggests = The widths measured suggest { $width } feet.
feet-width-use = Use it
feet-hint = Stand on paper against a wall, late in the day, in running socks: mark the longest toe and measure from the wall. Both feet. Width: across the widest part of the forefoot, standing.
runs-in-given = Shoes you run in now
runs-in-which = Which shoes
runs-in-which-hint = Type a name: Brooks Ghost 15
runs-in-other = Other shoes…
runs-in-size = Size
runs-in-fit = How they fit
runs-in-wants = What you want changed
runs-in-km = Distance on them
runs-in-hint = The size on the label inside the tongue. A pair that fits well is the best guide to the size in other shoes.
results-try-size = Try { $size }
