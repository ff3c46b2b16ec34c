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
priority-weight = вес `{ $factor }` должен быть числом от 0 до { $max }, а не { $given }
cli-sessions-skipped = { $count ->
    [one] { $count } файл примерки не читается и пропущен
    [few] { $count } файла примерок не читаются и пропущены
   *[many] { $count } файлов примерок не читаются и пропущены
}
cli-bad-date = ошибка: `{ $date }` — не дата; пишите ГГГГ-ММ-ДД, например 2026-12-01
cli-no-sessions-folder = ошибка: { $folder } — не папка с примерками
cli-dates-backwards = ошибка: --since { $since } позже, чем --until { $until }; считать нечего

# `report --out`: куда записан отчёт и какие файлы он не заменяет. $path, $backup: пути;
# $error: почему файл не записан.
cli-report-written = записан { $path }
cli-report-written-backup = записан { $path } (прежний файл сохранён как { $backup })
cli-error = ошибка: { $error }
cli-out-exists = ошибка: { $path } уже существует и оставлен как есть; чтобы заменить его, добавьте --force (тогда он сохранится рядом как пронумерованная резервная копия)
cli-out-is-document = ошибка: { $path } — каталог, профиль или примерка (или файл из --catalogue или --profile); отчёт никогда не заменяет их, даже с --force. Выберите другой файл с окончанием .html
cli-out-not-a-file = ошибка: { $path } не обычный файл (папка, канал или устройство); отчёт записывается только в файл
cli-using-sample = Каталог не указан: используется встроенный образец (укажите --catalogue ФАЙЛ для своего; `shoe-selector sample --out ПАПКА` запишет копию для правки).
cli-runs-in-unknown = предупреждение: `runs_in` называет обувь «{ $id }», которой нет в каталоге: она прочитана как название
