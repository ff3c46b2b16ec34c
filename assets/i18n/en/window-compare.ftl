# The comparison. $shoe: a shoe's name; $list: inputs with their points; $rank: a place in
# the list; $percent: how well a shoe matches, a whole number; $factor: an input's name;
# $verdict: how well the shoe suits it.

compare-title = Compare
compare-remove = Remove
compare-for-you = For you
compare-rank = #{ $rank } · { $percent }% match
compare-left-out = Left out
compare-verdict = { $factor }: { $verdict }
compare-why-higher = Why it ranks higher

compare-left-out-short = left out
compare-lowest = lowest of these
compare-same-score = the same score as the { $shoe }; listed first by id
compare-above = above the { $shoe } on { $list }
compare-size-try = { $size } · { $stocked }
