# What-ifs: a change of the runner's inputs, and what it would do to a shoe's rank.
# A change: $width, $pronation, $season, $surface, $strike, $experience are values as a
# profile file writes them (Wide, Over, Winter...); $kg a body weight in kilograms; $budget
# an amount. A sentence: $change is a change's words, said first; $rank the shoe's new rank.

what-if-width = { $width ->
    [Narrow] With narrow feet
    [Wide] With wide feet
    [ExtraWide] With extra wide feet
   *[Standard] With standard-width feet
}
what-if-pronation = { $pronation ->
    [Over] If you overpronate
    [Under] If you underpronate
   *[Neutral] With a neutral gait
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
what-if-weight = At { $kg } kg
what-if-foot-strike = { $strike ->
    [Heel] Landing on your heel
    [Forefoot] Landing on your forefoot
   *[Midfoot] Landing on your midfoot
}
what-if-experience = { $experience ->
    [Beginner] As a beginner
    [Competitive] As a competitive runner
   *[Regular] As a regular runner
}
what-if-purpose = { $purpose ->
    [LongRun] As a pair for long runs
    [Recovery] As a pair for recovery runs
    [Tempo] As a pair for tempo runs
    [Race] As a pair for races
   *[Daily] As a pair for everyday running
}
what-if-foam = { $foam ->
    [Soft] If you liked soft foam
    [Firm] If you liked firm foam
   *[Balanced] If you liked balanced foam
}
what-if-knee-pain = With knee pain
what-if-no-knee-pain = Without knee pain
what-if-no-orthotics = Without orthotics
what-if-budget = With a budget of { $budget }
what-if-width-no-orthotics = { $width ->
    [Narrow] With narrow feet and without orthotics
    [Wide] With wide feet and without orthotics
    [ExtraWide] With extra wide feet and without orthotics
   *[Standard] With standard-width feet and without orthotics
}

what-if-rank = { $change } this would rank #{ $rank }.
what-if-first = { $change } this would be your #{ $rank }.
what-if-brought-back = { $change } it would not be left out: it would rank #{ $rank }.
