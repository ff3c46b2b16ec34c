# The chosen shoe's detail. $shoe: a shoe's name; $list: inputs with their points.

detail-why-above-title = Why { $shoe } is above it
detail-why-above = It suits you better on { $list }.
detail-specifications = Specifications
