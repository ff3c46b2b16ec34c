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

# This customer's own history: a pair bought at an earlier visit, and how it went. $date is
# the day it was bought (none when not known); $went says whether it came back or was kept
# with trouble; $trouble what went wrong (TooNarrow, TooWide, TooSmall, TooBig, Blisters,
# Pain, TooSoft, TooFirm); $width and $other as above.
history-returned = came back
history-kept = was kept, with trouble
fitting-history-happy = The pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } went well: the safe choice.
fitting-history-width-other = The pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } { $went }, { $trouble ->
        [TooNarrow] too narrow
       *[TooWide] too wide
    } in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit: this time only in { $other ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    }.
fitting-history-width-none = Lowered: the pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } { $went }, { $trouble ->
        [TooNarrow] too narrow, and it comes in no wider fit.
       *[TooWide] too wide, and it comes in no narrower fit.
    }
fitting-history-size = The pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } { $went }, { $trouble ->
        [TooSmall] too small: this time half a size up.
       *[TooBig] too big: this time half a size down.
    }
fitting-history-hurt = Lowered: the pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } { $went }: it gave you { $trouble ->
        [Blisters] blisters
       *[Pain] pain
    }. Not this model again.
fitting-history-foam = Lowered: the pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } { $went }: it felt { $trouble ->
        [TooSoft] too soft
       *[TooFirm] too firm
    }.
fitting-history-wore-out = The pair of it bought { $date ->
        [none] last time
       *[other] on { $date }
    } { $went }: it wore out early.

# The width or size to take a shoe in, after its name, when the fitting says so.
take-name = { $name }, { $take }
take-in-width = in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    }
take-half-size-up = half a size up
take-half-size-down = half a size down
