# Список моделей. $count, $best, $good, $tradeoffs, $max, $seconds — количества; $path — файл;
# $megabytes, $percent — уже округлённые числа.

results-recommended = Рекомендуем ({ $count })
results-left-out = Не подходят ({ $count })
results-recommended-searched = Рекомендуем ({ $count } из { $of })
results-left-out-searched = Не подходят ({ $count } из { $of })
results-compare = Сравнить ({ $count }/{ $max })
results-search = Поиск модели (Ctrl+F)
results-reading = Загрузка { $path } ({ $megabytes } МБ, { $seconds } с)…
results-cancel = Отмена
results-cancel-hint = Оставить на экране прежний каталог
results-no-catalogue = Каталог не открыт. Откройте его через меню «Файл» (Ctrl+O) или перетащите файл .ron в окно.
results-no-match = По запросу ничего не найдено.
results-none-recommended = В этом каталоге нет модели, которая выполняет ваши обязательные требования. Почему — во вкладке «Не подходят».
results-none-left-out = Вам может подойти любая модель каталога: отсеянных нет.
results-bands = { $best ->
    [one] { $best } лучшая модель — примерьте её первой: она подходит по всему, что вы указали
    [few] { $best } лучшие модели — примерьте их первыми: они подходят по всему, что вы указали
   *[many] { $best } лучших моделей — примерьте их первыми: они подходят по всему, что вы указали
}; затем { $good } { $good ->
    [one] хороший вариант
    [few] хороших варианта
   *[many] хороших вариантов
} и { $tradeoffs } с компромиссами.
results-first = Примерьте эту модель первой: подходит по всему, что вы указали ({ $factors }){ $ahead }.
results-first-ahead = {"; "}опережает { $second } по пунктам: { $why }
results-widen-try = Попробовать
results-widen-try-hint = Изменить этот ответ в ваших данных слева
results-best-badge = ★ Лучший выбор
results-best-hint = Подходит по всему, что вы указали: одна из первых моделей, которые стоит примерить.
results-tradeoffs-badge = Есть компромиссы
results-tradeoffs-hint = Что-то из того, что вы просили, выполняет плохо; смотрите причины с отметкой ✖.
results-match = подходит на { $percent }%
results-shop-link = В магазине ↗

# Копия результатов на веб-странице, для экранных дикторов: группа словами и сколько ещё.
mirror-band-best = Лучший выбор
mirror-band-good = Хороший выбор
mirror-band-tradeoffs = Есть компромиссы
mirror-more = { $count ->
    [one] …и ещё { $count } модель ниже по списку
    [few] …и ещё { $count } модели ниже по списку
   *[other] …и ещё { $count } моделей ниже по списку
}
