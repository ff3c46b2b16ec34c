# What the pair is for against what the shoe is built for. $kg is a weight in kilograms;
# $looks the words of purpose-racer-said, -seen or -seen-short; $count how many signs of a
# good shoe it shows, named by $first, $second, $third and $fourth (purpose-sign-...).

purpose-trainer = For everyday running: a daily trainer, built for the miles.
purpose-trainer-signs = For everyday running: a daily trainer, with { $count ->
    [1] { $first }
    [2] { $first } and { $second }
    [3] { $first }, { $second } and { $third }
   *[other] { $first }, { $second }, { $third } and { $fourth }
}.
purpose-sign-durable-rubber = durable rubber
purpose-sign-firm-heel-counter = a firm heel counter
purpose-sign-bending-forefoot = a forefoot that bends
purpose-sign-removable-insole = an insole that comes out
purpose-tempo-protection = A light tempo shoe: fun on faster days, but a daily trainer gives more protection for everyday running.
purpose-tempo-lively = A lively tempo shoe: many run every day in it, though a softer daily trainer is kinder on easy days.
purpose-racer-said = A racing shoe
purpose-racer-seen = Looks like a racing shoe (stiff and light)
purpose-racer-seen-short = Looks like a racing shoe
purpose-racer-beginner = { $looks }: not a beginner's pair; its narrow, springy platform asks for strong, practised legs. Start with a daily trainer.
purpose-racer-heavy = { $looks }: no everyday pair at { $kg }; its narrow platform and light build give way and wear out under the load.
purpose-racer-competitive = { $looks }: for your races and fast sessions (choose races as what this pair is for); as your one everyday pair, a daily trainer lasts longer and protects more.
purpose-racer-everyday = { $looks }: fast, but its foam wears out within a few hundred km and its base is narrow; as an everyday pair a daily trainer serves you better.
purpose-barefoot-beginner = A barefoot-style shoe: legs that are new to running need cushioning first.
purpose-barefoot = A barefoot-style shoe: only for feet used to it; getting used to one takes months.
purpose-zero-drop-forefoot = Zero drop suits your forefoot landing; coming from higher-drop shoes, change over gradually.
purpose-zero-drop = Zero drop: a big change from the 8 to 12 mm most shoes have, which takes calves and Achilles weeks to get used to; for runners who already run in it.

# A pair bought for something else than everyday running: $purpose is what it is for
# (Purpose-Race...), $grams the weight of one shoe, $level a cushioning level.
purpose-sold-for = Sold for { $purpose }, what you want this pair for.
purpose-race-racer = { $looks }: built for race day, what you want this pair for.
purpose-race-racer-beginner = { $looks }: a lot of shoe for your first races; its stiff, springy platform asks for practised legs, and a light trainer races well too.
purpose-race-racer-heavy = { $looks }: at { $kg } its narrow base and soft foam give less stability over a race; a light, stable trainer may race as fast.
purpose-race-tempo = A light tempo shoe: quick on race day, with more stability and life than a racer.
purpose-race-trainer-beginner = A daily trainer you know is a fine pair for your first races.
purpose-race-light-trainer = A light trainer ({ $grams } g): quick enough for race day.
purpose-race-trainer = Built for daily miles: at { $grams } g it is heavier and slower than a shoe for race day.
purpose-tempo-tempo = A tempo shoe: light and lively for faster sessions, what you want this pair for.
purpose-tempo-racer = { $looks }: makes fast sessions faster, though its foam wears out sooner than a tempo shoe's.
purpose-tempo-racer-careful = { $looks }: for fast sessions a tempo shoe or a light trainer is steadier under you.
purpose-tempo-light-trainer = A light trainer ({ $grams } g): quick enough for tempo runs.
purpose-tempo-trainer = Built for daily miles: at { $grams } g it feels slow on tempo runs.
purpose-easy-cushioned = For { $purpose }: { $level } cushioning protects your legs over the distance.
purpose-easy-moderate = For { $purpose }: moderate cushioning; a softer, higher shoe protects tired legs better.
purpose-easy-thin = For { $purpose }: { $level } cushioning leaves your legs little protection over the distance.
purpose-easy-tempo = A tempo shoe is built for speed, not for the protection { $purpose } ask for.
purpose-easy-racer-competitive = { $looks }: fine for long runs at race pace, but its foam wears out fast; for most { $purpose } a cushioned trainer serves better.
purpose-easy-racer = { $looks }: built for speed, not for the protection { $purpose } ask for.
purpose-easy-barefoot = For { $purpose }: a barefoot-style shoe gives no protection over the distance.
