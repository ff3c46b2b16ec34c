# Body weight. $kg is a weight in kilograms; $level a cushioning level (Cushioning-High...).

weight-platform-rigid = Over { $kg } a stable platform matters: its firm heel counter steadies each landing.
weight-platform-moderate = Over { $kg } a stable platform matters: its heel counter gives fair hold.
weight-platform-flexible = Over { $kg } a stable platform matters: a soft heel counter gives little hold under that load.
weight-durable-rubber = Its durable full-rubber outsole stands up to the extra load.
weight-heavy-shoe = At { $kg } a { $grams } g shoe is a lot to lift; lighter shoes suit you.
weight-heavy-cushioning-good = At { $kg } you load the shoe hard: its { $level } cushioning absorbs the impact.
weight-heavy-cushioning-thin = At { $kg }, { $level } cushioning is on the thin side: high or max cushioning would spare your knees more.
weight-heavy-cushioning-poor = At { $kg }, { $level } cushioning is too little: it compresses fast and passes the impact to your knees; choose high or max.
weight-middle-any-level = At { $kg } any level of cushioning carries your weight.
weight-middle-minimal = At { $kg }, minimal cushioning gives little protection on longer runs.
weight-middle-too-little = At { $kg }, { $level } cushioning gives little protection.
weight-light-any-level = At { $kg } you load a shoe lightly: any level of cushioning carries you.
