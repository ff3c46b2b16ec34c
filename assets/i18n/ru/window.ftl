# Заголовок окна и его разовые сообщения. $file, $path — имена файлов; $error — почему нет.

title = Подбор беговых кроссовок
title-with-file = { $unsaved }{ $file } — Подбор беговых кроссовок

notice-settings-unreadable = Сохранённые данные не удалось прочитать, поэтому восстановлены значения по умолчанию.
notice-settings-unreadable-at = Сохранённые настройки в { $file } не удалось прочитать (строка { $line }, столбец { $column }: { $error }), поэтому восстановлены значения по умолчанию; файл сохранён как { $kept }.
notice-settings-unreadable-at-unkept = Сохранённые настройки в { $file } не удалось прочитать (строка { $line }, столбец { $column }: { $error }), поэтому восстановлены значения по умолчанию.
notice-settings-unreadable-file = Не удалось открыть сохранённые настройки в { $file }, поэтому восстановлены значения по умолчанию.
notice-saved = Сохранено в { $path }.
notice-saved-backup = Сохранено в { $path } (прежняя версия — в { $backup }).
notice-sample-saved = Образец каталога сохранён как { $path } вместе с картинками; открыта эта копия, её можно править.
notice-not-saved = Не сохранено: { $error }
sample-taken = { $file } уже есть{ $more ->
        [0] {""}
        [one] {" "}(и ещё { $more } файл образца)
        [few] {" "}(и ещё { $more } файла образца)
       *[many] {" "}(и ещё { $more } файлов образца)
    }; выберите пустую папку, ничего не записано
notice-drafts-not-kept = Несохранённую работу сейчас не удаётся уберечь на случай сбоя ({ $error }); сохраните её, чтобы не потерять.
dialog-sample-folder = Папка для копии образца каталога

# Как давно сохранена несохранённая работа.
age-seconds = меньше минуты назад
age-minutes = { $minutes ->
    [one] { $minutes } минуту назад
    [few] { $minutes } минуты назад
   *[many] { $minutes } минут назад
}
age-hours = { $hours ->
    [one] { $hours } час назад
    [few] { $hours } часа назад
   *[many] { $hours } часов назад
}
age-days = { $days ->
    [one] { $days } день назад
    [few] { $days } дня назад
   *[many] { $days } дней назад
}

# Последнее слово о сеансе примерки.
fitting-saved = Сеанс сохранён в { $path }
fitting-not-saved = Не сохранено: { $error }
fitting-opened = Открыт { $path }
fitting-not-opened = Не удалось открыть сеанс: { $error }
fitting-report-written = Отчёт записан в { $path }; откройте его в браузере, чтобы распечатать.
fitting-report-writing = Отчёт пишется…
fitting-no-report = Отчёт не записан: { $error }
fitting-no-catalogue = Каталог не открыт.
