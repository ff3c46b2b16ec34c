# The shop's evidence, counted from its fitting sessions. $agree of $of fittings of the
# customers in $group (words that follow "customers") found the same.
shop-group-width = { $width ->
    [Narrow] with narrow feet
    [Wide] with wide feet
    [ExtraWide] with extra-wide feet
   *[Standard] with standard-width feet
}
shop-group-pronation = { $pronation ->
    [Over] who overpronate
    [Under] who underpronate
   *[Neutral] with a neutral gait
}
shop-group-weight = { $band ->
    [Under60] under 60 kg
    [From85To100] of 85 to 100 kg
    [Over100] over 100 kg
   *[From60To85] of 60 to 85 kg
}
shop-pattern-felt = In this shop, { $agree } of { $of } customers { $group } { $feel ->
    [Fits] found it fit well.
    [TooNarrow] found it too narrow.
    [TooWide] found it too wide.
    [HeelSlips] found the heel slipped.
    [TooSoft] found it too soft.
    [TooFirm] found it too firm.
    [Liked] liked it.
   *[Disliked] disliked it.
}
shop-pattern-happy = In this shop, { $agree } of { $of } customers { $group } who bought it came back happy with it.
shop-pattern-unhappy = In this shop, { $agree } of { $of } customers { $group } who bought it brought it back or had trouble with it.
shop-length = { $agree } of { $of } customers with measured feet took { $took ->
        [down-full] a full size down from
        [down-half] half a size down from
        [same] the size given by
        [up-half] half a size up from
       *[up-full] a full size up from
    } the brand's chart{ $clear ->
        [yes] : enough for the size to try to follow it, by half a size at most, where the ranking uses this shop's fittings.
       *[other] : not yet enough to move the size to try (at least { $fittings } customers, { $share } % of them agreeing).
    }
insights-lengths-title = Length fit learned from measured feet
insights-lengths-none = No pair bought in a recorded size by a customer with measured feet has been told of yet.
insights-lengths-more = and { $count } more { $count ->
    [one] model
   *[other] models
} (`insights --json` lists them all)

# A customer need, for the stock gaps: what follows "customers with".
need-width = { $width ->
    [Narrow] narrow feet
    [Wide] wide feet
    [ExtraWide] extra-wide feet
   *[Standard] standard-width feet
}
need-pronation = { $pronation ->
    [Over] overpronation
    [Under] underpronation
   *[Neutral] a neutral gait
}
need-weight = { $band ->
    [Under60] a weight under 60 kg
    [From85To100] a weight of 85 to 100 kg
    [Over100] a weight over 100 kg
   *[From60To85] a weight of 60 to 85 kg
}
need-season = { $season ->
    [Summer] summer running
    [Winter] winter running
   *[SpringAutumn] spring and autumn running
}
need-surface = { $surface ->
    [Track] track running
    [Trail] trail running
    [Indoor] indoor running
   *[Road] road running
}

# `insights`: the shop's evidence, on the command line.
insights-read = Sessions in { $folder }: { $customers } { $customers ->
    [one] customer
   *[other] customers
}, { $fittings } { $fittings ->
    [one] fitting
   *[other] fittings
}{ $dates }
insights-dates = {" "}from { $since } to { $until }
insights-shoes = Shoes tried (tried, bought, came back happy, came back unhappy; how they felt):
insights-shoe = { $tried } tried, { $bought } bought, { $happy } happy, { $unhappy } unhappy
insights-none = No shoe was tried in these fittings.
insights-mix = Customers:
insights-needs = Customer needs against the catalogue (customers, shoes that meet the need):
insights-need = { $need }: { $customers } { $customers ->
    [one] customer
   *[other] customers
}, { $shoes } { $shoes ->
    [one] shoe
   *[other] shoes
}
insights-gap = a gap in the stock
insights-no-catalogue = Give --catalogue to see which needs few shoes of the catalogue meet.

# The shop's insights window.
insights-title = Shop insights
insights-counting = Counting the fittings…
insights-since = From
insights-until = to
insights-all-dates = All dates
insights-bad-date = Write a day as YYYY-MM-DD, like 2026-12-01.
insights-counted = { $customers } { $customers ->
    [one] customer
   *[other] customers
}, { $fittings } { $fittings ->
    [one] fitting
   *[other] fittings
}
insights-folder = Counted from the sessions in { $folder }; no name is shown.
insights-shoes-title = Shoes tried
insights-mix-title = Customers
insights-needs-title = Needs and stock gaps
insights-tried = Tried on
insights-bought = Bought
insights-happy = Came back happy
insights-unhappy = Came back unhappy
insights-by-width = Foot width
insights-by-gait = Gait
insights-by-weight = Weight
insights-by-season = Season
insights-by-surface = Surface
insights-no-customers = No fitting in these dates.
insights-need-column = Customers with
insights-customers = Customers
insights-shoes-meeting = Shoes that meet it
insights-felt-right = Fit well or liked
insights-felt-wrong = Fit complaints
