# What the fitting taught. $name is the name of the shoe tried on (brand and model);
# $feel how it felt (TooNarrow, TooWide, TooSoft, TooFirm); $width the runner's width and
# $other the next width (Narrow, Standard, Wide, ExtraWide); $support a support (Neutral,
# Stability, MotionControl); $level a cushioning level (Minimal, Light, Moderate, High, Max);
# $counter a heel counter (Flexible, Moderate, Rigid); $foam how a foam feels, in words
# (Foam-Soft...).

fitting-like-the-liked = Raised: like the { $name }, which you liked, it is a { $support ->
        [Neutral] neutral
        [Stability] stability
       *[MotionControl] motion control
    } shoe with { $level ->
        [Minimal] minimal
        [Light] light
        [Moderate] moderate
        [High] high
       *[Max] max
    } cushioning.
fitting-not-tried = Not tried on yet; nothing from the fitting speaks against it.
fitting-tried-no-feel = Tried on; how it felt is not noted yet.

fitting-own-fits = Raised: it fitted well when you tried it on.
fitting-own-liked = Raised: you liked it when you tried it on.
fitting-own-disliked = Lowered: you did not like it when you tried it on.
fitting-own-too-narrow-comes-wider = It felt too narrow in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit, and it also comes in { $other ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    }: try that first.
fitting-own-too-wide-comes-narrower = It felt too wide in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit, and it also comes in { $other ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    }: try that first.
fitting-own-too-narrow-no-wider = Lowered: it felt too narrow when you tried it on, and it comes in no wider fit.
fitting-own-too-wide-no-narrower = Lowered: it felt too wide when you tried it on, and it comes in no narrower fit.
fitting-own-heel-slips = The heel slipped when you tried it on: try heel-lock lacing; if it still slips, a shoe with a firmer heel counter.
fitting-own-too-soft-or-firm = Lowered: it felt { $feel ->
        [TooSoft] too soft
       *[TooFirm] too firm
    } when you tried it on.

fitting-too-narrow-this-comes-wider = Raised because the { $name } felt too narrow in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit: this one also comes in { $other ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit.
fitting-too-wide-this-comes-narrower = Raised because the { $name } felt too wide in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit: this one also comes in { $other ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit.
fitting-too-narrow-this-no-wider = The { $name } felt too narrow, and this one comes in no wider fit than yours.
fitting-too-wide-this-no-narrower = The { $name } felt too wide, and this one comes in no narrower fit than yours.

fitting-heel-slipped-this-firmer = Raised because the heel slipped in the { $name }: this one has a firmer, { $counter ->
        [Flexible] flexible
        [Moderate] moderate
       *[Rigid] rigid
    } heel counter.
fitting-heel-slipped-both-rigid = The heel slipped in the { $name }, whose heel counter is as firm as this one's: a narrower heel or heel-lock lacing is what helps.
fitting-heel-slipped-this-as-soft = The heel slipped in the { $name }, and this heel counter is just as { $counter ->
        [Flexible] flexible
        [Moderate] moderate
       *[Rigid] rigid
    }.
fitting-heel-slipped-this-softer = Lowered: the heel slipped in the { $name }, and this heel counter is softer still.

fitting-firmness-unknown = The { $name } felt { $feel ->
        [TooSoft] too soft
       *[TooFirm] too firm
    }; how firm this one's foam is, the catalogue does not say: press the midsole or try it on.
fitting-firmness-better = Raised because the { $name } felt { $feel ->
        [TooSoft] too soft
       *[TooFirm] too firm
    }: this one's foam is { $foam }.
fitting-firmness-same = The { $name } felt { $feel ->
        [TooSoft] too soft
       *[TooFirm] too firm
    }, and this one's foam feels the same ({ $foam }).
fitting-firmness-worse = Lowered because the { $name } felt { $feel ->
        [TooSoft] too soft: this one's foam is softer still.
       *[TooFirm] too firm: this one's foam is firmer still.
    }
