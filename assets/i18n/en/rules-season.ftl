# Running season: the upper's breathability and water resistance, and the outsole's grip, in
# the weather the runner runs in. No message takes arguments.

# Summer: a breathable, untreated upper.
season-summer-breathable = Highly breathable upper keeps feet cool on summer runs.
season-summer-medium-breathability = Medium breathability: fine on most summer days, warm on the hottest.
season-summer-low-breathability = Low breathability: hot and sweaty on summer runs.
season-summer-water-resistant = Water-resistant upper: warmer than plain mesh in summer, for nothing.
season-summer-waterproof = Waterproof membrane: hot on summer runs, heavier, and sweat cannot get out; the plain version suits summer.
season-summer-winter-grip = Winter grip outsole: its studs and ice rubber are wasted, and wear fast, in summer.

# Spring and autumn: plain mesh by default.
season-spring-autumn-plain-mesh = Plain mesh: airy on mild days and quick to dry after a wet run.
season-spring-autumn-water-resistant = Water-resistant upper: drier feet on wet days, a little warmer than plain mesh.
season-spring-autumn-waterproof = Waterproof membrane: dry in rain and puddles, but warm, heavier and slow to dry on mild days; worth it if you run in the wet a lot, else the plain version serves better.
season-spring-autumn-medium-breathability = Medium breathability suits mild weather.
season-spring-autumn-breathable = Highly breathable: cool on mild days, chilly on cold ones.
season-spring-autumn-low-breathability = Low breathability: warm on mild spring days.
season-spring-autumn-winter-grip = Winter grip outsole: only worth it on frosty mornings; studs wear down on bare ground.

# Winter: a waterproof or water-resistant upper, and grip on snow and ice.
season-winter-waterproof = Waterproof upper keeps feet dry and warm in snow and slush.
season-winter-water-resistant = Water-resistant upper: dry in light wet and snow; deep slush gets through.
season-winter-untreated = Untreated mesh soaks through in snow and slush: cold, wet feet in winter.
season-winter-winter-grip = Winter grip outsole holds on ice and packed snow.
season-winter-lugs = Lugged outsole bites into snow; careful on bare ice.
season-winter-no-studs = No studs or lugs: fair grip on wet roads, slippery on ice and packed snow.
season-winter-road-rubber = Smooth road rubber: slippery on ice and packed snow.

# Indoors the weather never reaches the shoe; a warm gym does.
season-indoors-breathable = You run indoors, so the weather never reaches your feet; a highly breathable upper keeps them cool in the gym.
season-indoors-medium-breathability = You run indoors, so the weather never reaches your feet; medium breathability is fine, though warm gyms favour more.
season-indoors-low-breathability = You run indoors, where it is warm: a low-breathability upper gets hot.
season-indoors-waterproof = Waterproof membrane: no use indoors, and warm.
