# Track surface. $surface is where the runner runs, and $made1, $made2, $made3 the surfaces a
# shoe is made for, each as one of the surface-on-... messages; $count is how many surfaces the
# shoe is made for ($made2 and $made3 are given only when there are that many). $level is a
# cushioning level (Cushioning-High...) in surface-road-cushioned, and the name of one
# (Light, Moderate) in surface-indoor-cushioning; $mm is a lug depth in millimetres; $grams the
# weight of one shoe in grams.

# Where a runner runs, as "made for ..." and "not ..." say it.
surface-on-road = road
surface-on-track = track
surface-on-trail = trail
surface-on-indoor = indoor

# Not a reason of its own: the surfaces a shoe is made for, as the surface-unlisted messages
# list them (from their $count, $made1, $made2 and $made3).
surface-made-for = { $count ->
    [1] { $made1 }
    [2] { $made1 } and { $made2 }
   *[other] { $made1 } and { $made2 } and { $made3 }
}

surface-listed = Made for { $surface } running.
surface-unlisted-serves = Made for { surface-made-for }, not { $surface }, but serves well there.
surface-unlisted-will-do = Made for { surface-made-for }, not { $surface }: it will do, but it is not built for it.
surface-unlisted = Made for { surface-made-for }, not { $surface }.

# Road: asphalt is hard on knees, and wears outsoles.
surface-road-cushioned = Asphalt is hard on knees: its { $level } cushioning takes the sting out.
surface-road-moderate = Moderate cushioning: enough for asphalt on most runs.
surface-road-light = Light cushioning on asphalt: hard on the knees over long runs; thick, cushioned soles are better.
surface-road-minimal = Minimal cushioning on asphalt passes the impact straight to your knees.
surface-road-durable-rubber = Durable full-rubber outsole lasts on abrasive asphalt.
surface-road-shallow-lugs = Shallow { $mm } mm lugs: fine on asphalt between trails.
surface-road-trail-lugs = Trail lugs wear down fast and feel unsteady on asphalt.
surface-road-winter-grip-icy = Studs and ice rubber grip on icy roads; on long stretches of bare asphalt they wear, so keep a plain pair for thaw days.
surface-road-winter-grip = Winter grip studs wear down and feel harsh on bare asphalt; keep them for icy roads.

# Track: light, flexible, a smooth outsole.
surface-track-light = Light ({ $grams } g): quick on the track.
surface-track-heavy = Heavy for the track ({ $grams } g).
surface-track-max-cushioning = Max cushioning: more than the track's soft surface needs.
surface-track-flexible = Flexible forefoot for quick turnover on the track.
surface-track-trail-lugs = Trail lugs are clumsy on a track's smooth surface.
surface-track-winter-grip = Winter studs are not for a stadium track.

# Trail: grip, and hold on uneven ground.
surface-trail-lugs = Lugged outsole grips dirt, mud and loose ground.
surface-trail-winter-grip = Winter grip outsole bites on snowy and icy trails.
surface-trail-no-lugs = No lugs: fine on dry, packed paths, slippery in mud.
surface-trail-road-outsole = Road outsole: no grip in mud or on loose ground.
surface-trail-soft-heel = Soft heel counter: less hold on uneven ground.

# Indoors: a treadmill or a gym floor.
surface-indoor-cushioning = { $level ->
    [Light] Light
   *[Moderate] Moderate
} cushioning suits a treadmill's give.
surface-indoor-trail-lugs = Trail lugs feel unstable on a treadmill belt or gym floor.
surface-indoor-winter-grip = Winter studs damage treadmill belts and gym floors.
