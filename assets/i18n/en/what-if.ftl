# What-ifs: a change of the runner's inputs, and what it would do to a shoe's rank.
# A change is a choice the runner can make, or a correction of an input easy to get wrong,
# said as such; never a different body. $width, $pronation, $season, $surface, $purpose,
# $foam are values as a profile file writes them (Wide, Over, Winter...); $budget an amount;
# $size an EU size. A sentence: $change is a change's words, said first; $rank the shoe's new rank.

what-if-width = { $width ->
    [Narrow] If your feet measure nearer narrow,
    [Wide] If your feet measure nearer wide,
    [ExtraWide] If your feet measure nearer extra wide,
   *[Standard] If your feet measure nearer standard width,
}
what-if-pronation = { $pronation ->
    [Over] If your old shoes wear on the inner edge, you overpronate:
    [Under] If your old shoes wear on the outer edge, you underpronate:
   *[Neutral] If your old shoes wear evenly, your gait is neutral:
}
what-if-season = { $season ->
    [Summer] For summer running
    [SpringAutumn] For spring and autumn running
   *[Winter] For winter running
}
what-if-surface = { $surface ->
    [Track] Running on a track
    [Trail] Running on trail
    [Indoor] Running indoors
   *[Road] Running on road
}
what-if-purpose = { $purpose ->
    [LongRun] As a pair for long runs
    [Recovery] As a pair for recovery runs
    [Tempo] As a pair for tempo runs
    [Race] As a pair for races
   *[Daily] As a pair for everyday running
}
what-if-foam = { $foam ->
    [Soft] If you liked soft foam,
    [Firm] If you liked firm foam,
   *[Balanced] If you liked balanced foam,
}
what-if-no-orthotics = Without orthotics
what-if-size = In EU size { $size }
what-if-budget = With a budget of { $budget }
what-if-width-no-orthotics = { $width ->
    [Narrow] If your feet measure nearer narrow and you run without orthotics,
    [Wide] If your feet measure nearer wide and you run without orthotics,
    [ExtraWide] If your feet measure nearer extra wide and you run without orthotics,
   *[Standard] If your feet measure nearer standard width and you run without orthotics,
}

what-if-rank = { $change } this would rank #{ $rank }.
what-if-first = { $change } this would be your #{ $rank }.
what-if-brought-back = { $change } it would not be left out: it would rank #{ $rank }.
# When no shoe suits everything asked: a change, and how many shoes would then suit.
what-if-widen = { $change } { $count } { $count ->
    [one] shoe
   *[other] shoes
} would suit all you asked.
