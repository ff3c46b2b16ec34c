# Сравнение. $shoe — название модели; $list — ответы с баллами.

compare-left-out-short = не подходит
compare-lowest = ниже остальных
compare-same-score = та же оценка, что у { $shoe }; стоит первой по идентификатору
compare-above = выше, чем { $shoe }, по пунктам: { $list }
