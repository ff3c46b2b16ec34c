# The comparison. $shoe: a shoe's name; $list: inputs with their points.

compare-left-out-short = left out
compare-lowest = lowest of these
compare-same-score = the same score as the { $shoe }; listed first by id
compare-above = above the { $shoe } on { $list }
