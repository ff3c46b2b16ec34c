# The catalogue editor. $count: how many; $error: why a save failed; $grams: a weight, already
# formatted; $low, $high: numbers. The problems beside a field are the catalogue's checks',
# in English.

editor-add = Add shoe
editor-duplicate = Duplicate
editor-delete = Delete
editor-undo = Undo
editor-redo = Redo
editor-save = Save
editor-save-as = Save as…
editor-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
editor-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
editor-no-problems = no problems
editor-unsaved = unsaved changes
editor-next-problem = Go to the next shoe with such a problem
editor-out-of-range = Must be { $low } to { $high } ({ $unit }); you typed { $value }.
editor-empty = Required: fill it in.
editor-too-long = Too long: at most { $max } characters.
editor-not-slug = Only lower-case letters a-z, digits and dashes, like { $slug }.
editor-duplicate-id = Another shoe already has the id { $id }: give this one its own.
editor-picture-refused = Picture not imported: { $error }
editor-not-saved = Not saved: { $error }
editor-picture-not-placed = the picture { $image } could not be put beside the catalogue: { $error }
editor-no-free-name = no free name for the picture { $image }
editor-no-shoe-chosen = no shoe is chosen
editor-picture-not-kept = the picture could not be kept aside until the save ({ $reason })

# The table of shoes.
editor-filter = Filter
editor-filter-hint = id, brand or model
editor-shoes = { $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
}
editor-column-id = Id
editor-column-brand = Brand
editor-column-model = Model
editor-column-support = Support
editor-column-weight = Weight
editor-column-price = Price
editor-sort = Sort
editor-has-errors = has errors
editor-has-warnings = has warnings
editor-grams = { $grams } g

# The form of the chosen shoe.
editor-choose = Choose a shoe in the table to edit it, or add one.
editor-new-shoe = New shoe
editor-removable = removable
editor-unit-g = g
editor-unit-mm = mm
editor-range = { $low } to { $high }
editor-or-more = { $low } or more
editor-currency-hint = EUR
editor-sizes-from = from
editor-sizes-to = to
editor-import-picture = Import picture…
editor-import-picture-hint = Copies a PNG or JPEG into the catalogue's images folder

# The form's fields: editor-field- and the field's name in the file, - for _, said in words;
# the name as the file writes it is in each label's tooltip.
editor-field-id = Id
editor-field-brand = Brand
editor-field-model = Model
editor-field-support = Support
editor-field-cushioning = Cushioning
editor-field-heel-counter = Heel counter
editor-field-removable-insole = Insole comes out
editor-field-breathability = Breathability
editor-field-water-resistance = Water protection
editor-field-outsole = Outsole
editor-field-widths = Widths
editor-field-surfaces = Surfaces
editor-field-weight-g = Weight (one shoe)
editor-field-stack-heel-mm = Stack height at the heel
editor-field-drop-mm = Heel-to-toe drop
editor-field-flexibility = Flexibility
editor-field-plate = Plate
editor-field-widths-confirmed = Widths confirmed by a source
editor-field-guidance = How it guides the foot
editor-field-uses = What it is for
editor-field-foam = Foam feel
editor-field-toe-box = Toe box
editor-field-lug-depth-mm = Lug depth
editor-field-price = Price
editor-field-currency = Currency
editor-field-sizes-eu = EU sizes stocked
editor-field-image = Picture
editor-field-url = Page in the shop
editor-field-notes = Notes

# The values a field offers: editor- and the value's id in catalogue.ftl, said in words.
editor-Support-Neutral = Neutral
editor-Support-Stability = Stability
editor-Support-MotionControl = Motion control

editor-Cushioning-Minimal = Minimal
editor-Cushioning-Light = Light
editor-Cushioning-Moderate = Moderate
editor-Cushioning-High = High
editor-Cushioning-Max = Max

editor-HeelCounter-Flexible = Flexible
editor-HeelCounter-Moderate = Moderate
editor-HeelCounter-Rigid = Rigid

editor-Breathability-Low = Low
editor-Breathability-Medium = Medium
editor-Breathability-High = High

editor-WaterResistance-NoTreatment = No treatment
editor-WaterResistance-WaterResistant = Water-resistant
editor-WaterResistance-Waterproof = Waterproof (membrane)

editor-Outsole-Road = Road
editor-Outsole-DurableRubber = Durable rubber
editor-Outsole-TrailLugs = Trail lugs
editor-Outsole-WinterGrip = Winter grip

editor-Width-Narrow = Narrow
editor-Width-Standard = Standard
editor-Width-Wide = Wide
editor-Width-ExtraWide = Extra wide

editor-Surface-Road = Road
editor-Surface-Track = Track
editor-Surface-Trail = Trail
editor-Surface-Indoor = Indoor

editor-Flexibility-Stiff = Stiff
editor-Flexibility-Moderate = Moderate
editor-Flexibility-Flexible = Flexible

editor-Plate-Carbon = Carbon
editor-Plate-Nylon = Nylon
editor-Plate-Plastic = Other plastic (Pebax, TPU)
editor-Guidance-GuideRails = Guide rails
editor-Guidance-MedialPost = Medial post
editor-Guidance-InnerFoam = Firmer inner foam
editor-Guidance-WideBase = Wide base
editor-Guidance-Plate = Stabilising plate
editor-Guidance-Geometry = Midsole shape

editor-Purpose-Daily = Everyday
editor-Purpose-LongRun = Long runs
editor-Purpose-Recovery = Recovery
editor-Purpose-Tempo = Tempo
editor-Purpose-Race = Races

editor-Foam-Soft = Soft
editor-Foam-Balanced = Balanced
editor-Foam-Firm = Firm

editor-ToeBox-Snug = Snug
editor-ToeBox-Standard = Standard
editor-ToeBox-Roomy = Roomy
