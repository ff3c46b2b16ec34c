# Сравнение. $shoe — название модели; $list — ответы с баллами; $rank — место в списке;
# $percent — насколько модель подходит, целое число; $factor — название ответа; $verdict —
# насколько модель ему соответствует.

compare-title = Сравнение
compare-remove = Убрать
compare-for-you = Для вас
compare-rank = №{ $rank } · подходит на { $percent }%
compare-left-out = Не подходит
compare-verdict = { $factor }: { $verdict }
compare-why-higher = Почему выше

compare-left-out-short = не подходит
compare-lowest = ниже остальных
compare-same-score = та же оценка, что у { $shoe }; стоит первой по идентификатору
compare-above = выше, чем { $shoe }, по пунктам: { $list }
compare-size-try = { $size } · { $stocked }
