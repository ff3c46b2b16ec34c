# Pronation. $guides is how a stability shoe guides the foot (one of the pronation-guides
# messages); $kg a body weight in kilograms; $level a cushioning level (High, Max for
# pronation-under-cushioned; Light, Minimal for pronation-under-thin-cushioning).

pronation-guides = guides the foot
pronation-guides-with = guides the foot with { $ways }
pronation-guides-rails = guides the foot with guide rails along the heel
pronation-guides-post = guides the foot with a firmer medial post
pronation-guides-inner-foam = guides the foot with firmer foam along the inner side
pronation-guides-wide-base = guides the foot with a wide base with raised sidewalls
pronation-guides-plate = guides the foot with a firm plate in the heel and midfoot
pronation-guides-shape = guides the foot with the shape of its midsole

pronation-over-stability = You overpronate: a stability shoe { $guides } and keeps it from rolling in.
pronation-over-stability-marked = Your overpronation is marked: a stability shoe { $guides } and keeps it from rolling in, though motion control holds it more firmly.
pronation-over-motion-control-heavy = You overpronate and weigh { $kg }: motion control holds the foot firmly, above all if it rolls in a lot; for most overpronators a stability shoe is enough.
pronation-over-motion-control = You overpronate: motion control is the firmest support there is, more than most overpronators need; a stability shoe is usually enough.
pronation-over-neutral-firm-heel = You overpronate: a neutral shoe does not guide the foot, and its firm heel cup helps only a little; a stability shoe suits you better.
pronation-over-neutral = You overpronate: a neutral shoe does nothing to stop the foot rolling in.
pronation-over-motion-control-marked = Your overpronation is marked: motion control holds the foot firmly where it rolls in most.
pronation-over-motion-control-mild = Your overpronation is mild: motion control is far more support than it needs; a stability shoe or a stable neutral shoe will do.
pronation-over-mild-neutral-stable = Your overpronation is mild: this neutral shoe's firm heel counter steadies it, though a stability shoe guides the foot more.
pronation-over-mild-neutral = Your overpronation is mild: a neutral shoe without a firm heel lets it roll in; a stability shoe guides it.
pronation-over-marked-neutral = Your overpronation is marked: a neutral shoe gives the foot no medial support at all.
pronation-under-marked-suits = Your feet roll outward markedly: high cushioning and a sole that bends absorb what a rigid foot does not.
pronation-under-marked-needs = Your feet roll outward markedly: they need high cushioning, a sole that bends and no medial support, and this shoe lacks some of that.
pronation-over-rigid-counter = Its firm heel counter holds a heel that tends to roll in.
pronation-over-flexible-counter = Soft, flexible heel counter: little hold for a heel that rolls in.
pronation-over-removable-insole = Removable insole: room for an orthotic insole if you need one.

pronation-neutral-neutral = Neutral gait, neutral shoe: no built-in support pushing against your foot.
pronation-neutral-stability = Your gait is neutral: a stability shoe { $guides }, which a neutral foot does not need.
pronation-neutral-motion-control = Your gait is neutral: a motion-control shoe blocks your foot's natural roll.

pronation-under-neutral = You underpronate (supinate): a neutral shoe without posts lets the foot roll in a little.
pronation-under-stability = You underpronate (supinate): a stability shoe { $guides }, which pushes a foot that already rolls outward further out.
pronation-under-motion-control = You underpronate (supinate): motion control pushes your foot further outward and stiffens it.
pronation-under-cushioned = { $level ->
        [High] High
       *[Max] Max
    } cushioning absorbs the hard landing on the outer edge of the foot.
pronation-under-moderate-cushioning = Moderate cushioning: supinators land hard and do best with more.
pronation-under-thin-cushioning = { $level ->
        [Light] Light
       *[Minimal] Minimal
    } cushioning: too little for a supinator's hard landing.
pronation-under-stiff = Stiff sole: a supinating foot already rolls too little; a flexible shoe helps it move.
pronation-under-flexible = Flexible sole lets a supinating foot move.
