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
editor-picture-refused = Picture not imported: { $error }
editor-not-saved = Not saved: { $error }

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

# The form's fields: editor-field- and the field's name in the file, - for _. In English,
# the name as the file writes it.
editor-field-id = id
editor-field-brand = brand
editor-field-model = model
editor-field-support = support
editor-field-cushioning = cushioning
editor-field-heel-counter = heel_counter
editor-field-removable-insole = removable_insole
editor-field-breathability = breathability
editor-field-water-resistance = water_resistance
editor-field-outsole = outsole
editor-field-widths = widths
editor-field-surfaces = surfaces
editor-field-weight-g = weight_g
editor-field-stack-heel-mm = stack_heel_mm
editor-field-drop-mm = drop_mm
editor-field-flexibility = flexibility
editor-field-plate = plate
editor-field-uses = uses
editor-field-foam = foam
editor-field-toe-box = toe_box
editor-field-lug-depth-mm = lug_depth_mm
editor-field-price = price
editor-field-currency = currency
editor-field-sizes-eu = sizes_eu
editor-field-image = image
editor-field-notes = notes

# The values a field offers: editor- and the value's id in catalogue.ftl. In English, the
# value as the file writes it.
editor-Support-Neutral = Neutral
editor-Support-Stability = Stability
editor-Support-MotionControl = MotionControl

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

editor-WaterResistance-NoTreatment = NoTreatment
editor-WaterResistance-WaterResistant = WaterResistant
editor-WaterResistance-Waterproof = Waterproof

editor-Outsole-Road = Road
editor-Outsole-DurableRubber = DurableRubber
editor-Outsole-TrailLugs = TrailLugs
editor-Outsole-WinterGrip = WinterGrip

editor-Width-Narrow = Narrow
editor-Width-Standard = Standard
editor-Width-Wide = Wide
editor-Width-ExtraWide = ExtraWide

editor-Surface-Road = Road
editor-Surface-Track = Track
editor-Surface-Trail = Trail
editor-Surface-Indoor = Indoor

editor-Flexibility-Stiff = Stiff
editor-Flexibility-Moderate = Moderate
editor-Flexibility-Flexible = Flexible

editor-Plate-Carbon = Carbon
editor-Plate-Nylon = Nylon

editor-Purpose-Daily = Daily
editor-Purpose-LongRun = LongRun
editor-Purpose-Recovery = Recovery
editor-Purpose-Tempo = Tempo
editor-Purpose-Race = Race

editor-Foam-Soft = Soft
editor-Foam-Balanced = Balanced
editor-Foam-Firm = Firm

editor-ToeBox-Snug = Snug
editor-ToeBox-Standard = Standard
editor-ToeBox-Roomy = Roomy
