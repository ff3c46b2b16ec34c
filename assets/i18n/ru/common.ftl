# Слова, общие для окна, отчёта и командной строки.

shoes-count = { $count ->
    [one] { $count } пара
    [few] { $count } пары
   *[many] { $count } пар
}
