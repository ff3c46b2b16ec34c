# Words shared by the window, the report and the command line.

shoes-count = { $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
}

# A body weight in the unit the runner chose: $kg in kilograms to a tenth, $lb in whole
# pounds. Every { $kg } of the other messages is said through these.
weight-kg = { $kg } kg
weight-lb = { $lb } lb
