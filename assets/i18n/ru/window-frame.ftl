# Рамка окна: строка меню, полоса сообщений, окна предупреждений и журнала, вопросы
# и мелкие элементы, общие для всех панелей (значки оценок, отметки причин, нет картинки).
# $path, $file, $backup — пути к файлам; $name — название каталога или имя клиента; $count —
# число моделей, предупреждений или ошибок; $age — как давно сохранена работа («5 минут
# назад»); $factor — название параметра; $verdict — слово оценки.

## Строка меню.
frame-menu-file = Файл
frame-menu-open = Открыть каталог…
frame-menu-recent = Недавние
frame-menu-no-recent = Недавних каталогов нет
frame-menu-reload = Перезагрузить
frame-menu-sample = Открыть образец каталога
frame-menu-sample-hint = Образец, встроенный в программу
frame-menu-save-sample = Сохранить образец как…
frame-menu-save-sample-hint = Записывает образец с картинками в папку — копию, которую можно править
frame-menu-view = Вид
frame-menu-recommended = Подходящие модели
frame-menu-left-out = Почему нет? Неподходящие модели
frame-menu-compare = Сравнить выбранные модели
frame-menu-search = Поиск моделей
frame-menu-insights = Опыт магазина…
frame-menu-shop-evidence = Учитывать опыт примерок в этом магазине
frame-menu-printable = Страница с этими результатами для печати
frame-menu-printable-hint = Открывает ваши данные и лучшие модели с причинами на странице, которую можно распечатать или сохранить.
frame-menu-shop-evidence-hint = Когда модель примеряли хотя бы 5 похожих покупателей и 60 % из них сказали одно и то же (узкая, довольны покупкой…), модель сдвигается не больше чем на 0,05, и в причинах сказано почему, с числами
frame-menu-language = Язык
frame-menu-system-language = Язык системы
frame-menu-theme = Тема
frame-menu-theme-system = Как в системе
frame-menu-theme-light = Светлая
frame-menu-theme-dark = Тёмная
frame-menu-find = Подбор
frame-menu-edit = Правка каталога
frame-menu-help = Справка
frame-help-how = Укажите слева ширину стопы, вес, пронацию, сезон и покрытие — список сразу обновится. Нажмите на модель, чтобы увидеть все причины; добавьте до четырёх к сравнению кнопкой «В сравнение». Модели, которые вам не подойдут, — во вкладке «Не подходят», с причиной.
frame-menu-keys = Клавиши
frame-menu-about = О программе
frame-key-open = открыть каталог
frame-key-search = искать модель по названию
frame-key-move = перемещаться по списку
frame-key-escape = закрыть сравнение, очистить поиск
frame-key-save = сохранить каталог (редактор)
frame-key-save-as = сохранить в другой файл (редактор)
frame-key-undo = отменить правку (редактор)
frame-key-redo = вернуть её (редактор)
frame-keys-or = или
frame-about-name = Подбор беговых кроссовок
frame-about-version = Версия { $version }
frame-about-licence = Лицензия: { $licence }
frame-about-catalogue = Каталог: { $path }
frame-about-sample = встроенный образец
frame-help-knee = Обувь убирает одну из причин боли в колене, но не лечит травму. Отёк, покраснение, колено заклинивает или подкашивается, острая боль или онемение — обратитесь к врачу.
frame-menu-knee = Здоровье колен: когда идти к врачу
frame-menu-log = Открыть папку журнала
frame-menu-log-hint = Где программа записывает, что пошло не так
frame-catalogue = { $name } · { $count ->
    [one] { $count } модель
    [few] { $count } модели
   *[many] { $count } моделей
}
frame-catalogue-unnamed = Каталог
frame-warnings-count = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
frame-warnings-hint = Каталог работает, но в его файле кое-что стоит проверить

## Полоса над панелями.
frame-banner-errors = В файле { $path } есть ошибки.
frame-banner-errors-kept = В файле { $path } есть ошибки. На экране остаётся последний исправный каталог; исправьте файл, и он загрузится сам.
frame-banner-more = …и ещё { $count }: полный список выдаёт `shoe-selector check { $path }`.
frame-banner-dismiss = Скрыть

## Предупреждения каталога.
frame-warnings-title = Предупреждения каталога
frame-warnings-intro = Каталог работает, но эти строки файла { $file } стоит проверить. Исправьте их в файле или нажмите на модель, чтобы её править; список обновится, когда файл будет сохранён.
frame-warnings-at = строка:столбец
frame-warnings-many = { $count } { $count ->
    [one] модель
    [few] модели
   *[other] моделей
}, первая — эта: { $message }
frame-warnings-edit = Править эту модель

## Где журнал.
frame-log-title = Папка журнала
frame-log-intro = Всё, что пошло не так (каталог не загрузился, сохранение не удалось, картинка не принята, программа упала), записывается в журнал: по файлу на день, хранится последняя неделя. Пришлите его вместе с вопросом:
frame-log-open = Открыть папку

## Работа, которую сбой или принудительное закрытие оставили несохранённой.
frame-left-behind-intro = В прошлый раз программа закрылась, а работа осталась несохранённой.
frame-left-behind-catalogue = • Правки каталога { $file } ({ $count ->
    [one] { $count } модель
    [few] { $count } модели
   *[many] { $count } моделей
}), сохранены { $age }.
frame-left-behind-fitting = • Примерка: { $count ->
    [one] примерена { $count } пара
    [few] примерены { $count } пары
   *[many] примерено { $count } пар
}, сохранена { $age }.
frame-left-behind-fitting-of = • Примерка ({ $name }): { $count ->
    [one] примерена { $count } пара
    [few] примерены { $count } пары
   *[many] примерено { $count } пар
}, сохранена { $age }.
frame-left-behind-ask = Восстановите работу, чтобы продолжить с того же места, или удалите её.

## Вопросы перед тем, как что-то пропадёт.
frame-confirm-cancel = Отмена
frame-confirm-errors-title = Сохранить с ошибками?
frame-confirm-errors = В каталоге { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}. Если сохранить так, { $path } не загрузится, пока всё не будет исправлено.
frame-confirm-save-anyway = Всё равно сохранить
frame-confirm-comments-title = Комментарии пропадут
frame-confirm-comments = В файле { $path } внутри каталога есть комментарии. При сохранении файл перезаписывается: блок комментариев в начале останется, остальные пропадут.
frame-confirm-save-without = Сохранить без них
frame-confirm-unsaved-title = Несохранённые изменения
frame-confirm-unsaved = В каталоге есть несохранённые изменения. Отменить их?
frame-confirm-discard-changes = Отменить изменения
frame-confirm-changed-title = Файл изменился на диске
frame-confirm-changed = Кто-то изменил файл каталога, пока у вас здесь есть несохранённые правки. Какую версию оставить?
frame-confirm-load-file = Загрузить файл
frame-confirm-keep-edits = Оставить мои правки
frame-confirm-overwrite = Файл { $path } изменился с тех пор, как его открыли или сохранили здесь (вручную, в другом окне или другой программой). Если перезаписать, та версия сохранится рядом как пронумерованная резервная копия ({ $path }.N.bak, хранятся пять последних).
frame-confirm-overwrite-it = Перезаписать
frame-confirm-save-as = Сохранить как…
frame-confirm-read-only-title = Файл только для чтения
frame-confirm-read-only = Файл { $path } только для чтения: возможно, его так защитили от изменений. Всё равно заменить (он останется только для чтения, а заменённая версия сохранится рядом как пронумерованная резервная копия) или сохранить копию в другом месте?
frame-confirm-replace-anyway = Заменить
frame-confirm-session-changed = Файл примерки { $path } изменился с тех пор, как его открыли или сохранили здесь (в другом окне, на другом компьютере или вручную). Заменить его этой примеркой? Нынешняя версия сохранится рядом как пронумерованная резервная копия.
frame-confirm-session-read-only = Файл примерки { $path } только для чтения. Всё равно заменить? Он останется только для чтения, а нынешняя версия сохранится рядом как пронумерованная резервная копия.
frame-confirm-renamed-title = Другое имя
frame-confirm-renamed = Это примерка покупателя { $before }, а теперь указано имя { $now }. Это исправление имени (примерка сохранит свои визиты) или другой покупатель (своя новая примерка)?
frame-confirm-renamed-correction = Исправление
frame-confirm-renamed-another = Другой покупатель
frame-confirm-sample-title = Образец встроен в программу
frame-confirm-sample = Образец каталога — часть программы, его нельзя изменить на месте. Сохраните копию (каталог и его картинки) в папку по вашему выбору и правьте её.
frame-confirm-save-copy = Сохранить копию…
frame-confirm-restore-title = Восстановить несохранённую работу?
frame-confirm-discard-it = Удалить
frame-confirm-restore = Восстановить
frame-confirm-fitting-title = Несохранённая примерка
frame-confirm-fitting = Примерка не сохранена. Сначала сохранить её?
frame-confirm-fitting-of = Примерка ({ $name }) не сохранена. Сначала сохранить её?
frame-confirm-save-first = Сначала сохранить
frame-confirm-discard-fitting = Не сохранять

## Короткое название каждого параметра на значке и что значит его отметка.
frame-chip-hint = { $factor }: { $verdict }

## Модель без картинки.
frame-no-picture = нет картинки

# Поле для пути: путь вводится вручную, когда окно выбора файла не открывается.
path-box-open = Открыть каталог
path-box-save-as = Сохранить каталог как
path-box-picture = Добавить картинку
path-box-sessions = Хранить примерки в папке
path-box-sample = Сохранить пример каталога в папку
path-box-no-dialog = Окно выбора файла здесь не открывается: для него нужен портал рабочего стола (xdg-desktop-portal) или zenity. Введите путь вручную.
path-box-hint = Полный путь; ~ — ваша домашняя папка
path-box-do-open = Открыть
path-box-do-save = Сохранить
path-box-do-import = Добавить
path-box-do-choose = Выбрать
path-box-cancel = Отмена
path-box-empty = Сначала введите путь.
path-box-not-a-file = { $path } — не файл.
path-box-not-a-folder = { $path } — не папка.
path-box-no-folder = Папки { $path } нет. Выберите этот путь ещё раз, чтобы создать её.
path-box-folder-not-made = Папку { $path } не удалось создать: { $error }

frame-confirm-forget-title = Забыть покупателя?
frame-confirm-forget-text = Удалить все примерки покупателя { $name } и отчёты по ним? { $count ->
    [one] { $count } файл примерки: { $files }.
    [few] { $count } файла примерок: { $files }.
   *[many] { $count } файлов примерок: { $files }.
} Отменить это нельзя.
frame-confirm-forget = Забыть
frame-confirm-forget-file = { $file } (последний визит { $date }, визитов: { $visits })
path-box-exists = { $path } уже есть. Нажмите «Сохранить» ещё раз, чтобы заменить его (старый останется рядом как резервная копия).
