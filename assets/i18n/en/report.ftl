# The printable fitting report. $name: the customer; $count, $percent, $kg, $size: numbers.

report-title = Running-shoe fitting
report-title-for = Running-shoe fitting for { $name }
report-catalogue-unnamed = catalogue
report-your-running = Your running
report-top-choices = { $count ->
    [one] Our top choice
   *[other] Our top { $count } choices
}
report-none = No shoe in this catalogue meets your hard requirements.
report-match = { $percent }% match
report-tried = What you tried on
report-tried-shoe = Shoe
report-tried-size = Size tried
report-bought = Bought: { $shoe }.
report-bought-size = Bought: { $shoe }, in { $size }.
report-tried-feel = How it felt
report-tried-note = Note
report-history = Pairs bought before
report-history-bought = Bought
report-history-went = How it went
report-history-happy = went well
report-knees = Your knees
report-footer = Shoe figures are approximate; try every shoe on before you buy. A shoe can remove a cause of knee pain; it does not treat an injury.
report-no-picture = no picture
