# The size to try in each shoe ($size: a size with its system, "EU 44"; $why: the reasons,
# joined by commas), and the shoes run in now ($shoe: its name; $want: what the runner asked
# for, Want-*).

size-system-eu = EU
size-system-uk = UK
size-system-us-men = US men's
size-system-us-women = US women's
size-in-system = { $system } { $size }
size-unknown = a size this chart does not give

size-try = Try { $size }: { $why }.
size-why-foot = your longer foot is { $foot } mm
size-why-chart = { $size } by { $chart }
size-chart-own = { $brand }'s own chart
size-chart-standard = the standard chart (this brand's own is not confirmed)
size-why-known = your { $shoe } in { $size } fits well
size-why-known-short = your { $shoe } in { $size } is too short, so half a size longer
size-why-known-long = your { $shoe } in { $size } is too long, so half a size shorter
size-why-known-chart = the same length is { $size } by { $chart }
size-why-true-to-size = and this model is true to size
size-why-sizing = and this model runs { $sizing }
size-why-feet-differ = though your feet alone would say { $size }: a pair that fits is the better guide
size-why-shop = { $agrees ->
        [yes] and
       *[other] but
    } in this shop { $agree } of { $of } customers with measured feet took { $took ->
        [down-full] a full size down
        [down-half] half a size down
        [same] the size their chart gives
        [up-half] half a size up
       *[up-full] a full size up
    }
size-why-shop-capped = but in this shop { $agree } of { $of } customers with measured feet took { $took ->
        [down-full] a full size down
        [down-half] half a size down
        [same] the size their chart gives
        [up-half] half a size up
       *[up-full] a full size up
    }, so half a size { $toward ->
        [up] more
       *[other] less
    } is said (the shop's own fittings move a size by half a size at most)
size-feet-apart = Your feet are { $apart } mm apart, more than half a size: fit the longer foot.
size-off-chart = Your size is beyond { $brand }'s chart: ask the shop which size to try.
size-stocked-try = Stocked in { $size } (EU { $smallest } to { $largest }).
size-not-stocked-try = Not stocked in { $size }: only EU { $smallest } to { $largest }.
size-unlisted-try = Stocked sizes not listed: ask whether { $size } is in stock.

RunsInFit-Good = fits well
RunsInFit-TooShort = too short
RunsInFit-TooLong = too long
RunsInFit-TooNarrow = too narrow
RunsInFit-TooWide = too wide
RunsInFit-HeelSlips = the heel slips
Want-Same = the same again
Want-Softer = softer
Want-Firmer = firmer
Want-Lighter = lighter
Want-MoreSupport = more support
Want-LessSupport = less support
Want-MoreRoom = more room

runs-in-same-fits = The pair you run in now, and it fits well: the same again is a safe choice.
runs-in-same-misfits = The pair you run in now, which is { $fit }: the same again would be too.
runs-in-same-but-change = The pair you run in now, but you want a change: { $wants }.
runs-in-worn = Yours have { $km } km on them: most running shoes last 500 to 800 km, so a new pair is due.
runs-in-replaces = The { $model } replaces your { $before }.
runs-in-replaces-changes = The { $model } replaces your { $before }: { $changes }.
runs-in-change-drop = drop { $before } to { $now } mm
runs-in-change-stack = heel { $before } to { $now } mm
runs-in-change-heavier = { $grams } g heavier
runs-in-change-lighter = { $grams } g lighter
runs-in-change-support = now { $support }
runs-in-like = Like your { $shoe }: the same support, cushioning, drop and weight within a step.
runs-in-unlike = Not much like your { $shoe }, which you want again.
runs-in-moves = As you asked: { $want } than your { $shoe }.
runs-in-no-change = No { $want } than your { $shoe }, which you asked for.
runs-in-wrong-way = The other way from { $want } than your { $shoe }.
runs-in-answers = As you asked: { $want }.
runs-in-may-not = May not be { $want }, as you asked: compare on foot.
runs-in-drop-transition = A { $drop } mm drop against your { $shoe }'s { $now } mm: give your legs a few weeks to get used to it.
runs-in-stack-transition = A { $stack } mm heel against your { $shoe }'s { $now } mm: it will feel different underfoot.
runs-in-nothing-asked = You asked for no change from your { $shoe }: judged on the rest.
