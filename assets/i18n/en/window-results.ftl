# The list of shoes. $count, $best, $good, $tradeoffs, $max, $seconds: counts; $path: a file;
# $megabytes, $percent: numbers already rounded.

results-recommended = Recommended ({ $count })
results-left-out = Why not? ({ $count })
results-recommended-searched = Recommended ({ $count } of { $of })
results-left-out-searched = Why not? ({ $count } of { $of })
results-compare = Compare ({ $count }/{ $max })
results-search = Search shoes (Ctrl+F)
results-reading = Reading { $path } ({ $megabytes } MB, { $seconds } s)…
results-cancel = Cancel
results-cancel-hint = Keep the catalogue on screen
results-no-catalogue = No catalogue is open. Open one from the File menu (Ctrl+O) or drop a .ron file on the window.
results-no-match = No shoe matches the search.
results-none-recommended = No shoe in this catalogue fits your hard requirements. "Why not?" says why each is left out.
results-none-left-out = Every shoe in the catalogue can fit you: none is left out.
results-bands = { $best } best { $best ->
    [one] pick
   *[other] picks
} to try first, suiting everything you said; then { $good } good { $good ->
    [one] choice
   *[other] choices
} and { $tradeoffs } with trade-offs.
results-first = Try this one first: it suits all you gave ({ $factors }){ $ahead }.
results-first-ahead = {"; "}it edges the { $second } on { $why }
results-widen-try = Try it
results-widen-try-hint = Change this answer in your inputs on the left
results-best-badge = ★ Best pick
results-best-hint = Suits everything you said: one of the first shoes to try on.
results-tradeoffs-badge = Trade-offs
results-tradeoffs-hint = Does something you asked for poorly; see the reasons marked ✖.
results-match = { $percent }% match
results-shop-link = In the shop ↗

# The web page's copy of the results, for screen readers: a band in words, and how many more.
mirror-band-best = Best pick
mirror-band-good = Good choice
mirror-band-tradeoffs = Trade-offs
mirror-more = { $count ->
    [one] …and { $count } more shoe, further down the list
   *[other] …and { $count } more shoes, further down the list
}
