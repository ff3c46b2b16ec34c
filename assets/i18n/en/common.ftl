# Words shared by the window, the report and the command line.

shoes-count = { $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
}
