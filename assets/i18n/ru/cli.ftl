# Читаемый вывод командной строки. $name — название каталога; количества — числа.

cli-runner = Бегун: { $summary }
cli-catalogue-unnamed = каталог
cli-counts = { $name }: { $shoes ->
    [one] { $shoes } модель
    [few] { $shoes } модели
   *[many] { $shoes } моделей
}, рекомендовано: { $recommended }, не подходят: { $excluded }
cli-none-recommended = В этом каталоге нет модели, которая выполняет ваши обязательные требования; почему — ниже.
cli-score = оценка
cli-left-out = Не подходят:
cli-what-if = а если

# Отклонённый --priority; FACTOR=WEIGHT и ключи факторов — как их набирают.
cli-priority-error = ошибка: --priority { $assignment }: { $problem }
priority-not-assignment = `{ $given }` — не FACTOR=WEIGHT, например `weight=2`
priority-unknown-factor = неизвестный фактор `{ $given }`; факторы: { $keys }
priority-weight = вес `{ $factor }` должен быть числом 0 или больше, а не { $given }
cli-sessions-skipped = { $count ->
    [one] { $count } файл примерки не читается и пропущен
    [few] { $count } файла примерок не читаются и пропущены
   *[many] { $count } файлов примерок не читаются и пропущены
}
cli-bad-date = ошибка: `{ $date }` — не дата; пишите ГГГГ-ММ-ДД, например 2026-12-01
cli-no-sessions-folder = ошибка: { $folder } — не папка с примерками
cli-dates-backwards = ошибка: --since { $since } позже, чем --until { $until }; считать нечего
