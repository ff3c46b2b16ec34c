# Слова, общие для окна, отчёта и командной строки.

shoes-count = { $count ->
    [one] { $count } пара
    [few] { $count } пары
   *[many] { $count } пар
}

# Слова, которые правило даёт как есть.
as-written = { $text }
