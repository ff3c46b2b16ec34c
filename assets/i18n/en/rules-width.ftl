# Foot width. $width is the runner's width (Narrow, Standard, Wide, ExtraWide); $other the
# next width the shoe is also made in, in words (Width-Wide...); $count how many widths the
# shoe is made in, and $first, $second, $third those widths in words.

width-not-made = Not made in { $width ->
        [Narrow] narrow
        [Standard] standard
        [Wide] wide
       *[ExtraWide] extra wide
    } fit (only { $count ->
        [0] {""}
        [1] { $first }
        [2] { $first }, { $second }
       *[other] { $first }, { $second }, { $third }
    }): a shoe of the wrong width does not fit, whatever else it offers.
width-made = Made in { $width ->
        [Narrow] narrow fit
        [Standard] standard width
        [Wide] wide fit
       *[ExtraWide] extra wide fit
    }, your width.
width-made-and-next = Made in { $width ->
        [Narrow] narrow fit
        [Standard] standard width
        [Wide] wide fit
       *[ExtraWide] extra wide fit
    }, your width, and also in { $other }, should you need it.
width-toe-box-roomy = A roomy toe box gives a wide forefoot room to spread.
width-toe-box-snug-wide = A snug toe box pinches a wide forefoot, even in your width; try it on with care.
width-toe-box-snug-narrow = A snug toe box holds a narrow forefoot well.
width-unconfirmed = Listed in { $listed } only, but no source confirms its widths: check the widths in stock for { $width ->
    [Narrow] narrow feet
    [Wide] wide feet
    [ExtraWide] extra-wide feet
   *[Standard] standard-width feet
}.
