# What the runner runs in and how much: weekly distance, Achilles trouble, the drop of the
# shoes run in now and the foam they like. $km is kilometres a week; $drop, $now and
# $change are drops in mm; $level a cushioning level (Cushioning-High...); $feels and
# $liked foam feels (Foam-Soft...).

habits-km-low = At { $km } km a week, wear is no concern for a pair like this.
habits-km-racer = At { $km } km a week a racer wears out within weeks: keep it for races and fast sessions, with a trainer for the miles.
habits-km-cushioned = At { $km } km a week, { $level } cushioning protects your legs; a second pair to rotate helps both last.
habits-km-thin = At { $km } km a week, { $level } cushioning leaves your legs little protection over the miles.
habits-km-durable-rubber = Full durable rubber stands up to high mileage.
habits-achilles-none = No Achilles or calf trouble to weigh here.
habits-achilles-high-drop = For your Achilles: the { $drop } mm drop takes load off the tendon.
habits-achilles-zero-drop = For your Achilles: a zero-drop shoe stretches the tendon on every stride; not while it hurts.
habits-achilles-middling-drop = For your Achilles: its { $drop } mm drop loads the tendon more than 8 mm or more would.
habits-achilles-low-drop = For your Achilles: the low { $drop } mm drop loads the tendon hard; 8 mm or more is kinder for now.
habits-achilles-drop-unknown = For your Achilles: the catalogue does not give this shoe's drop; look for 8 mm or more.
habits-drop-unknown = The catalogue does not give this shoe's drop, so it cannot be set against your { $now } mm.
habits-drop-close = Its { $drop } mm drop is close to the { $now } mm you run in now: nothing to get used to.
habits-drop-lower = Its { $drop } mm drop is { $change } mm lower than the { $now } mm you run in now: a transition of a few weeks, with short runs first, as calves and Achilles adapt.
habits-drop-higher = Its { $drop } mm drop is { $change } mm higher than the { $now } mm you run in now: a change your stride takes a few weeks to settle into.
habits-foam-unknown = The catalogue does not say how this shoe's foam feels; try it on to see if it is { $liked } enough.
habits-foam-same = Its { $feels } foam is what you like.
habits-foam-near = Its { $feels } foam is a step from the { $liked } you like.
habits-foam-far = Its { $feels } foam is the other end from the { $liked } you like.

habits-km-second-pair = At { $km } km a week the miles go on your everyday pair; this one is for races and fast sessions.