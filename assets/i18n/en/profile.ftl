# A runner's answers in words.

Pronation-Neutral = neutral
Pronation-Over = overpronation
Pronation-Under = underpronation (supination)

Season-Summer = summer
Season-SpringAutumn = spring and autumn
Season-Winter = winter

FootStrike-Heel = heel
FootStrike-Midfoot = midfoot
FootStrike-Forefoot = forefoot

Experience-Beginner = beginner
Experience-Regular = regular runner
Experience-Competitive = competitive runner

Feel-Fits = fits well
Feel-TooNarrow = too narrow
Feel-TooWide = too wide
Feel-HeelSlips = the heel slips
Feel-TooSoft = too soft
Feel-TooFirm = too firm
Feel-Liked = liked
Feel-Disliked = disliked

# The runner in a few words: $width, $pronation, $season, $surface are their values' words;
# $kg the weight; $budget and $size numbers.
summary-main = { $width } feet, { $kg }, { $pronation }, { $season }, { $surface }
summary-strike = { $strike } strike
summary-knee-pain = knee pain
summary-orthotics = orthotics
summary-experience = { $experience }
summary-budget = budget { $budget }
summary-size = size EU { $size }
summary-purpose = for { $purpose }
summary-weekly-km = { $km } km a week
summary-severity = { $severity } pronation
summary-achilles = Achilles or calf trouble
summary-current-drop = { $drop } mm drop now
summary-foam = likes { $foam } foam

PronationSeverity-Mild = mild
PronationSeverity-Marked = marked
PairTrouble-TooSmall = too small
PairTrouble-TooBig = too big
PairTrouble-TooNarrow = too narrow
PairTrouble-TooWide = too wide
PairTrouble-Blisters = blisters
PairTrouble-TooSoft = too soft
PairTrouble-TooFirm = too firm
PairTrouble-Pain = pain
PairTrouble-WoreOut = wore out early
# A session's or a profile's date that is no day of the calendar. $date: as written.
profile-date-not-a-day = `{ $date }` is not a day of the calendar; write it YYYY-MM-DD, like 2026-12-01
input-yes = yes
input-no = no
input-weight = { $kg }
input-size = EU { $size }
input-km = { $km } km a week
input-mm = { $mm } mm
input-pronation-severity = { $pronation } ({ $severity })

# Measured feet and the shoes run in now.
input-feet = { $left } mm left, { $right } mm right
input-wants = wants { $wants }
input-km-on = { $km } km on them
input-list = { $parts }
summary-feet = feet { $foot } mm
summary-runs-in = runs in { $shoe }
profile-runs-in-both = `runs_in` gives both `shoe` and `model`: give the catalogue id or the name, not both
profile-runs-in-neither = `runs_in` needs `shoe: "an-id"` from the catalogue or `model: "Brand Model"`
profile-runs-in-short-and-long = `fit` says both TooShort and TooLong: keep the one that is so
profile-size-out-of-range = { $system } { $size } is not a size a chart has: { $system } sizes run from { $low } to { $high }
input-label-feet = Feet measured
