# The runner's inputs on the left. $system: a size system's name (inputs-size-*). The inputs'
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
inputs-size-eu = EU
inputs-size-uk = UK
inputs-size-us-men = US men's
inputs-size-us-women = US women's

inputs-priorities = What matters most
inputs-priorities-hint = Weigh each input: 0 leaves it out of the score (a shoe that cannot fit is still left out).
inputs-reset-priorities = Reset priorities
