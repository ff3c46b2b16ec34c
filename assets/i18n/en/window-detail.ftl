# The chosen shoe's detail. $shoe: a shoe's name; $list: inputs with their points; $rank: its
# place in the list; $percent: its match, already rounded; $band: what its band calls one shoe.

detail-why-above-title = Why { $shoe } is above it
detail-why-above = It suits you better on { $list }.
detail-specifications = Specifications
detail-close = Close (Esc)
detail-shop-link = This shoe's page in the shop ↗
detail-place = #{ $rank } for you · { $percent }% match · { $band }
detail-left-out = Left out: it cannot fit you (see below)
detail-compare-add = Add to comparison
detail-compare-remove = Remove from comparison
detail-tried = Tried on
detail-tried-done = Tried on ✔
detail-tried-hint = Add to the fitting session, to note how it felt
detail-why = Why
detail-what-if = What if
