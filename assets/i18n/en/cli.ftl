# The command line's readable output. $name is the catalogue's name; counts are numbers.

cli-runner = Runner: { $summary }
cli-catalogue-unnamed = catalogue
cli-counts = { $name }: { $shoes ->
    [one] { $shoes } shoe
   *[other] { $shoes } shoes
}, { $recommended } recommended, { $excluded } left out
cli-none-recommended = No shoe in this catalogue meets your hard requirements; see why below.
cli-score = score
cli-left-out = Left out:
cli-what-if = what if
