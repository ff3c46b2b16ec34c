# The optional inputs: foot strike, knee pain, orthotics, experience, budget and shoe size.
# $level is a cushioning level (Cushioning-High...); $drop the heel-to-toe drop in mm;
# $grams the weight of one shoe in grams; $price and $budget amounts already written with
# their currency (120 EUR); $size, $smallest and $largest EU shoe sizes.

footstrike-heel-cushioned = You land on your heel: { $level } heel cushioning absorbs the blow.
footstrike-heel-moderate = You land on your heel: moderate cushioning softens it, more would be kinder to your knees.
footstrike-heel-thin = You land on your heel: { $level } cushioning leaves the heel blow unabsorbed, straight to the knee.
footstrike-heel-drop-high = { $drop } mm heel-to-toe drop suits a heel strike.
footstrike-heel-drop-low = Low { $drop } mm drop loads calves and Achilles of a heel striker; change over gradually.
footstrike-heel-soft-counter = Soft heel counter: little hold where you land.
footstrike-midfoot-drop-suits = You land on your midfoot: its { $drop } mm drop suits it.
footstrike-midfoot-drop-works = You land on your midfoot: its { $drop } mm drop works, though 4 to 10 mm suits best.
footstrike-midfoot-drop-unlisted = You land on your midfoot: most shoes suit a midfoot strike.
footstrike-forefoot-drop-low = You land on your forefoot: the low { $drop } mm drop lets you.
footstrike-forefoot-drop-high = You land on your forefoot: a high { $drop } mm drop puts a thick heel where you do not land.
footstrike-forefoot-drop-fine = You land on your forefoot: its { $drop } mm drop is fine.
footstrike-forefoot-drop-unlisted = You land on your forefoot: the drop is not listed; a low drop suits you best.

# Said with every shoe's knee-pain reason: a shoe removes a cause, it does not treat an injury.
-knee-see-a-doctor = See a doctor, not a shoe shop, if the knee is swollen, red, locks, gives way, or the pain is sharp or comes with numbness; warm up before every run.
knee-no-pain = No knee pain reported.
knee-cushioning-good = Knee pain: { $level } cushioning takes load off the knee. { -knee-see-a-doctor }
knee-cushioning-moderate = Knee pain: moderate cushioning; high or max would spare the knee more. { -knee-see-a-doctor }
knee-cushioning-poor = Knee pain: { $level } cushioning passes the impact to the knee. { -knee-see-a-doctor }
knee-overpronation-neutral = Knee pain with overpronation: the inward roll twists the knee, and a neutral shoe does not check it.
knee-overpronation-support = Knee pain with overpronation: the support keeps the knee from twisting inward.

orthotics-removable-insole = Removable insole: your orthotics go in its place.
orthotics-fixed-insole = The insole is fixed: your orthotics will not fit in.
orthotics-none = No orthotics: the insole does not matter.

experience-beginner-cushioning-forgiving = For a beginner: { $level } cushioning is forgiving while legs adapt.
experience-beginner-cushioning-more = For a beginner: { $level } cushioning; with what else you told us, more would be kinder while legs adapt.
experience-beginner-cushioning-light = For a beginner: light cushioning asks more of legs that are still adapting.
experience-beginner-cushioning-minimal = For a beginner: minimal cushioning leaves legs that are still adapting unprotected.
experience-beginner-very-light = A very light shoe gives a beginner little support.
experience-regular-barefoot = Minimal shoe: fine once your feet are used to it.
experience-regular-racer = As a regular runner, keep a racing shoe for races and fast sessions, with a daily trainer beside it.
experience-regular-racer-for-races = As a regular runner, a racing shoe for races and fast sessions is a fine second pair beside your trainer.
experience-regular-trainer = Suits a regular runner's training.
experience-competitive-racer-heavy-runner = Fast, but at your weight a racing shoe is for race day alone.
experience-competitive-racer = Light ({ $grams } g) and fast: built for racing.
experience-competitive-light = Light ({ $grams } g): responsive for fast training.
experience-competitive-daily-trainer = A daily trainer for the easy miles between fast sessions.
experience-competitive-heavy = Heavy ({ $grams } g) for fast running.

budget-price-unlisted = Price not listed: ask before you try it on (your budget is { $budget }).
budget-within = { $price }, within your budget of { $budget }.
budget-a-little-over = { $price }, a little over your budget of { $budget }.
budget-over = { $price }, { $over } ({ $percent } %) over your budget of { $budget }.
budget-well-over = { $price }, well over your budget of { $budget }: { $over } ({ $percent } %) more.

size-stocked = Stocked in your size, EU { $size } (EU { $smallest } to { $largest }).
size-not-stocked = Not stocked in your size, EU { $size }: only EU { $smallest } to { $largest }.
size-unlisted = Stocked sizes not listed: ask whether EU { $size } is in stock.
