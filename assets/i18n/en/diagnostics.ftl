# Problems in a catalogue or profile file, as `check`, the window's banner, its warnings
# list and the editor say them. Field names, values and record names are shown as the file
# writes them ($field, $found, $record...); numbers quoted from the file keep its decimal
# point.

severity-warning = warning
severity-error = error

diagnostic-line = { $file }:{ $line }:{ $column }: { $severity }: { $problem }
diagnostic-in-shoe = shoe `{ $shoe }`: { $problem }
diagnostic-in-shoe-number = shoe #{ $n }: { $problem }
diagnostic-first-on-line = { $problem }; the first is on line { $line }

# What to do, under the excerpt `check` prints, after check-help.
check-help = help
hint-unknown-name = names and values are case-sensitive; docs/catalogue-format.md lists them all
hint-out-of-range = docs/catalogue-format.md gives the range of every number
hint-missing-field = add the field; docs/catalogue-format.md shows a full shoe
hint-missing-comma = every field and list item is followed by a comma
hint-duplicate-field = delete one of the two; a field is given once
hint-duplicate-id = give this shoe an id of its own, such as its model in lower case with dashes
hint-warning = the catalogue still works; fix this when you can
hint-other = docs/catalogue-format.md describes every field

# Reading the file.
load-not-found = file not found; check the path and the file name
load-folder = this is a folder, not a file
load-not-a-file = this is not a regular file (a pipe, a device or a socket), so it is not read; give the path of a file
load-unreadable = the file cannot be read: { $reason }
load-not-fetched = the catalogue could not be fetched ({ $reason }); check the address, and that the server is up and lets this page read it
load-other-site = the catalogue is on another site; this page reads only catalogues on its own site
load-empty = the file is empty
load-too-large = the file is { $bytes } bytes, more than the { $max } this program reads
load-not-utf8 = the file is not UTF-8 text; save it as UTF-8 in your editor
load-cannot-start = cannot start reading: { $reason }

# The text as RON: $subject is diag-this-value or diag-the-field.
diag-plain = { $text }
diag-list-and = { $first } and { $last }
diag-this-value = this value
diag-the-field = `{ $field }`
diag-for-field = {" "}for `{ $field }`
diag-in-record = {" "}in { $record }
diag-the-record = the record
diag-unknown-field-guess = unknown field `{ $found }`{ $place }, did you mean `{ $guess }`?
diag-unknown-field = unknown field `{ $found }`{ $place }; expected one of { $known }
diag-unknown-value-guess = unknown value `{ $found }`{ $place }, did you mean `{ $guess }`? (values are case-sensitive)
diag-unknown-value = unknown value `{ $found }`{ $place }; expected one of { $known }
diag-field-twice = field `{ $field }` is given twice; keep one
diag-missing-field = missing field `{ $field }` in { $record }
diag-missing-fields = { $count ->
    [one] missing field { $fields } in { $record }; every { $record } needs it
   *[other] missing fields { $fields } in { $record }; every { $record } needs them
}
diag-must-be-number = { $subject } must be a number, like 265 or 8.5
diag-number-too-large = { $subject } is a number too large to read
diag-must-be-text = { $subject } must be text in double quotes, like "Glide 3"
diag-must-be-bool = { $subject } must be true or false
diag-must-be-list = { $subject } must be a list in square brackets, like [Standard, Wide]
diag-must-be-pair = { $subject } must be a pair like (36.0, 48.0), found { $found ->
    [one] { $found } value
   *[other] { $found } values
}
diag-wrong-length = { $subject } must be { $expected }, found { $found ->
    [one] { $found } item
   *[other] { $found } items
}
diag-invalid-value = { $subject } must be { $expected }, found { $found }
diag-comma = a comma is missing here, between two fields or values
diag-comma-or-bracket = a comma is missing here, or the closing `]` of the list
diag-comma-or-paren = a comma is missing here, or the closing `)` of the record
diag-expected-record-found = expected a { $expected }( ... ) record here, found { $found }( ... )
diag-expected-record = expected a { $record }( ... ) record here
diag-expected-parentheses = expected a record in parentheses here
diag-eof = the file ends too early: a closing `)` or `]` is missing
diag-trailing = unexpected text after the end of the file's record, its closing `)`; a file holds one record, and nothing but comments after it
diag-too-deep = values are nested too deeply
diag-unclosed-comment = a /* comment */ is never closed
diag-unexpected-char = unexpected character `{ $char }`

# The values, checked.
unit-grams-one-shoe = grams, one shoe
unit-mm = mm
unit-kg = kg
unit-km-a-week = km a week
unit-km = km
unit-eu-size = EU size
check-out-of-range = `{ $field }` is { $value }, outside { $low }..={ $high } ({ $unit })
check-empty = `{ $field }` is empty
check-too-long = `{ $field }` is longer than { $max } characters
check-format = `format` is { $found }, but this program reads format { $format }; write `format: 1`
check-no-shoes = the catalogue has no shoes; add at least one Shoe( ... )
check-too-many-shoes = { $count } shoes is more than the { $max } this program reads; split the catalogue
check-duplicate-id = duplicate id `{ $id }`; every shoe needs its own id
check-not-slug = id `{ $id }` is not a slug: use only lower-case letters a-z, digits and `-`, like `{ $slug }`
check-id-too-long = id is longer than { $max } characters
check-uses-empty = `uses` is empty; list at least one of Daily, LongRun, Recovery, Tempo, Race, or leave the field out
check-uses-repeat = `uses` lists a use more than once
check-lugs-on-road = `lug_depth_mm` is { $depth } but the outsole is { $outsole }: lugs belong to a TrailLugs or WinterGrip outsole
check-widths-empty = `widths` is empty; list at least one of Narrow, Standard, Wide, ExtraWide
check-widths-repeat = `widths` lists a width more than once
check-surfaces-empty = `surfaces` is empty; list at least one of Road, Track, Trail, Indoor
check-surfaces-repeat = `surfaces` lists a surface more than once
check-drop-over-stack = `drop_mm` ({ $drop }) is more than `stack_heel_mm` ({ $stack }): the forefoot would have no sole
check-price-negative = `price` is { $price }; it must be 0 or more
check-price-no-currency = price with no currency: add `currency: "EUR"` (or yours) to the shoe or the catalogue
check-budget-negative = `budget` is { $budget }; it must be 0 or more
check-sizes-positive = `sizes_eu` must be two positive sizes, like (36.0, 48.0)
check-sizes-order = `sizes_eu` is ({ $smallest }, { $largest }): the smallest size comes first; write ({ $largest }, { $smallest })
check-sizes-plausible = `sizes_eu` ({ $smallest }, { $largest }) is outside the EU sizes shoes come in ({ $low }..{ $high }); is it a US or UK size?
check-image-empty = `image` is empty; give a path like "images/shoe.png" or leave the field out
check-image-missing = image `{ $image }` not found; the shoe is shown without a picture
check-image-too-many-bytes = picture `{ $image }` is { $megabytes } MB, more than the { $max } MB a picture may be; the shoe is shown without it. Save it smaller
check-image-not-a-picture = `{ $image }` is not a PNG or JPEG picture, whatever its name; the shoe is shown without it
check-image-too-many-pixels = picture `{ $image }` is { $size } pixels, more than { $max } on a side; the shoe is shown without it. Scale it down
check-image-damaged = picture `{ $image }` is damaged ({ $reason }); the shoe is shown without it
check-image-cut-short = picture `{ $image }` ends before the picture does: the file was cut short, by a copy or a download that stopped; the shoe is shown without it
check-image-unreadable = picture `{ $image }` cannot be read ({ $reason }); the shoe is shown without it
check-image-too-large = picture `{ $image }` is too large to show (more than { $max } pixels on a side, or more memory than a picture may take); the shoe is shown without it
check-image-absolute = image path `{ $image }` is absolute; write it relative to the catalogue's folder, like "images/shoe.png"
check-image-leaves = image path `{ $image }` leaves the catalogue's folder; keep images inside it
check-image-link = image path `{ $image }` leads out of the catalogue's folder through a link; keep images inside it

# `check`'s last line, on the error stream.
check-summary = { $path }: { $problems }
check-summary-shoes = { $path }: { $shoes ->
    [one] { $shoes } shoe
   *[other] { $shoes } shoes
}, { $problems }
check-no-problems = no problems
check-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
check-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
cli-catalogue-has-errors = error: the catalogue { $path } has errors; `shoe-selector check { $path }` lists them all

# Why a shoe has no picture, in a tooltip.
picture-not-given = the catalogue gives no picture for this shoe
picture-no-folder = the catalogue's folder is unknown
picture-no-reader = pictures cannot be read right now
picture-missing = `{ $image }` is not there
picture-not-a-picture = `{ $image }` is not a PNG or JPEG picture
picture-too-many-bytes = `{ $image }` is { $megabytes } MB; a picture may be at most { $max } MB
picture-too-many-pixels = `{ $image }` is { $size } pixels, more than { $max } on a side
picture-too-large = `{ $image }` is too large to show: more than { $max } pixels on a side, or more memory than a picture may take
picture-damaged = `{ $image }` is damaged ({ $reason })
picture-cut-short = `{ $image }` ends before the picture does: the file was cut short
picture-cannot-read = `{ $image }` cannot be read ({ $reason })
picture-not-fetched = `{ $image }` could not be fetched ({ $reason })
# `check` lists the first problems of a file; $count more were found and are not listed.
check-unlisted = … and { $count ->
    [one] 1 more problem, not listed
   *[other] { $count } more problems, not listed
}: fix these first and check again

# A catalogue's own size charts (`size_charts`) and a shoe's `replaces`.
check-chart = The size chart for { $brand }: { $problem }
check-chart-repeated = The size chart for { $brand } is given twice; keep one
check-chart-brand-empty = `brand` is empty: name the brand whose chart it is
check-chart-brand-spaces = `brand` starts or ends with a space: write it as the shoes do
check-chart-source-empty = `source` is empty: name the chart the figures come from, with its year
check-chart-too-short = `{ $table }` needs at least two sizes
check-chart-foot-range = `{ $table }` row { $row }: `foot_mm` is { $length }, outside { $low } to { $high } mm
check-chart-row-empty = `{ $table }` row { $row } gives no size: add `eu`, `uk`, `us_men` or `us_women`
check-chart-size-range = `{ $table }` row { $row }: size { $size } is outside the sizes a chart can hold
check-chart-foot-order = `{ $table }` row { $row }: `foot_mm` must be longer than the row before's (shortest first, one row per half size)
check-chart-size-order = `{ $table }` row { $row }: a size is smaller than the row before's
check-replaces-not-an-id = `replaces` is "{ $id }", which is not an id (lowercase letters, digits and dashes)
check-replaces-itself = `replaces` names the shoe's own id, "{ $id }": name the model it follows
check-url-not-web = `url` is "{ $url }": give the shoe's page as an address starting with https:// (or http://)
check-guidance-empty = `guidance` is an empty list: name how the shoe guides the foot (GuideRails, MedialPost, InnerFoam, WideBase, Plate, Geometry), or leave the field out
check-guidance-neutral = `guidance` is given for a Neutral shoe: it says how a Stability or MotionControl shoe guides the foot
check-guidance-repeat = `guidance` lists a way more than once
check-notes-guidance = the notes say how it guides the foot ("{ $words }"): say it as `{ $field }`, which the rules read first
check-notes-deny-guidance = `guidance` lists { $way }, but the notes deny it ("no { $words }")
check-notes-plate = the notes name its plate: say it as `{ $field }`, which the rules read first
check-notes-other-plate = `plate` is { $plate }, but the notes name a { $other } plate
check-notes-no-plate = `plate` is { $plate }, but the notes say it has no plate
check-notes-widths = the notes say its widths are unconfirmed: say it as `widths_confirmed: false`, so a runner of another width is told to check the stock rather than left out
check-notes-foam = the notes say how its foam feels: say it as `{ $field }`, which the rules read first
