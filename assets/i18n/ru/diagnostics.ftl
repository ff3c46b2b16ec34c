# Ошибки в файле каталога или профиля: так их говорят `check`, полоса ошибок окна, список
# предупреждений и редактор. Имена полей, значения и имена записей показаны так, как они
# записаны в файле ($field, $found, $record...); числа из файла сохраняют его точку.

severity-warning = предупреждение
severity-error = ошибка

diagnostic-line = { $file }:{ $line }:{ $column }: { $severity }: { $problem }
diagnostic-in-shoe = модель `{ $shoe }`: { $problem }
diagnostic-in-shoe-number = модель №{ $n }: { $problem }
diagnostic-first-on-line = { $problem }; первый раз — в строке { $line }

# Что делать: под выдержкой, которую печатает `check`, после check-help.
check-help = подсказка
hint-unknown-name = имена и значения различают регистр букв; все они перечислены в docs/catalogue-format.md
hint-out-of-range = допустимый диапазон каждого числа указан в docs/catalogue-format.md
hint-missing-field = добавьте поле; полная запись модели показана в docs/catalogue-format.md
hint-missing-comma = после каждого поля и каждого элемента списка ставится запятая
hint-duplicate-field = удалите одно из двух: поле указывается один раз
hint-duplicate-id = дайте этой модели собственный id, например её название строчными буквами через дефис
hint-warning = каталог работает; исправьте это, когда будет время
hint-other = каждое поле описано в docs/catalogue-format.md

# Чтение файла.
load-not-found = файл не найден; проверьте путь и имя файла
load-folder = это папка, а не файл
load-not-a-file = это не обычный файл (канал, устройство или сокет), поэтому он не читается; укажите путь к файлу
load-unreadable = файл не читается: { $reason }
load-not-fetched = каталог не удалось загрузить ({ $reason }); проверьте адрес, работает ли сервер и разрешает ли он этой странице его читать
load-other-site = каталог на другом сайте; эта страница читает только каталоги со своего сайта
load-empty = файл пуст
load-too-large = в файле { $bytes } { $bytes ->
    [one] байт
    [few] байта
   *[other] байт
}, больше чем { $max }, которые читает программа
load-not-utf8 = файл не в кодировке UTF-8; сохраните его в UTF-8 в своём редакторе
load-cannot-start = не удалось начать чтение: { $reason }

# Текст как RON: $subject — это diag-this-value или diag-the-field.
diag-plain = { $text }
diag-list-and = { $first } и { $last }
diag-this-value = это значение
diag-the-field = поле `{ $field }`
diag-for-field = {" "}для `{ $field }`
diag-in-record = {" "}в { $record }
diag-the-record = записи
diag-unknown-field-guess = неизвестное поле `{ $found }`{ $place }; может быть, `{ $guess }`?
diag-unknown-field = неизвестное поле `{ $found }`{ $place }; ожидается одно из: { $known }
diag-unknown-value-guess = неизвестное значение `{ $found }`{ $place }; может быть, `{ $guess }`? (регистр букв важен)
diag-unknown-value = неизвестное значение `{ $found }`{ $place }; ожидается одно из: { $known }
diag-field-twice = поле `{ $field }` указано дважды; оставьте одно
diag-missing-field = нет поля `{ $field }` в { $record }
diag-missing-fields = { $count ->
    [one] нет поля { $fields } в { $record }; оно нужно каждой записи { $record }
   *[other] нет полей { $fields } в { $record }; они нужны каждой записи { $record }
}
diag-must-be-number = { $subject } должно быть числом, например 265 или 8.5
diag-number-too-large = { $subject } — слишком большое число
diag-must-be-text = { $subject } должно быть текстом в двойных кавычках, например "Glide 3"
diag-must-be-bool = { $subject } должно быть true или false
diag-must-be-list = { $subject } должно быть списком в квадратных скобках, например [Standard, Wide]
diag-must-be-pair = { $subject } должно быть парой, например (36.0, 48.0), а в нём { $found ->
    [one] { $found } значение
    [few] { $found } значения
   *[other] { $found } значений
}
diag-wrong-length = { $subject } должно быть таким: { $expected }, а в нём { $found ->
    [one] { $found } элемент
    [few] { $found } элемента
   *[other] { $found } элементов
}
diag-invalid-value = { $subject } должно быть таким: { $expected }; найдено: { $found }
diag-comma = здесь не хватает запятой между двумя полями или значениями
diag-comma-or-bracket = здесь не хватает запятой или закрывающей `]` списка
diag-comma-or-paren = здесь не хватает запятой или закрывающей `)` записи
diag-expected-record-found = здесь ожидается запись { $expected }( ... ), а найдена { $found }( ... )
diag-expected-record = здесь ожидается запись { $record }( ... )
diag-expected-parentheses = здесь ожидается запись в круглых скобках
diag-eof = файл кончается слишком рано: не хватает закрывающей `)` или `]`
diag-trailing = лишний текст после конца записи файла, её закрывающей `)`; в файле одна запись, после неё — только комментарии
diag-too-deep = значения вложены слишком глубоко
diag-unclosed-comment = комментарий /* */ не закрыт
diag-unexpected-char = неожиданный символ `{ $char }`

# Проверка значений.
unit-grams-one-shoe = граммы, один кроссовок
unit-mm = мм
unit-kg = кг
unit-km-a-week = км в неделю
unit-km = км
unit-eu-size = размер EU
check-out-of-range = `{ $field }` равно { $value }, вне диапазона { $low }..={ $high } ({ $unit })
check-empty = `{ $field }` пусто
check-too-long = `{ $field }` длиннее { $max } символов
check-format = `format` равен { $found }, а программа читает формат { $format }; напишите `format: 1`
check-no-shoes = в каталоге нет моделей; добавьте хотя бы одну Shoe( ... )
check-too-many-shoes = моделей { $count }, больше чем { $max }, которые читает программа; разделите каталог
check-duplicate-id = повторяется id `{ $id }`; у каждой модели должен быть свой id
check-not-slug = id `{ $id }` — не слаг: только строчные латинские буквы a-z, цифры и `-`, например `{ $slug }`
check-id-too-long = id длиннее { $max } символов
check-uses-empty = `uses` пуст; укажите хотя бы одно из Daily, LongRun, Recovery, Tempo, Race или уберите поле
check-uses-repeat = в `uses` одно назначение указано несколько раз
check-lugs-on-road = `lug_depth_mm` равно { $depth }, но подошва { $outsole }: грунтозацепы бывают у подошвы TrailLugs или WinterGrip
check-widths-empty = `widths` пуст; укажите хотя бы одно из Narrow, Standard, Wide, ExtraWide
check-widths-repeat = в `widths` одна полнота указана несколько раз
check-surfaces-empty = `surfaces` пуст; укажите хотя бы одно из Road, Track, Trail, Indoor
check-surfaces-repeat = в `surfaces` одно покрытие указано несколько раз
check-drop-over-stack = `drop_mm` ({ $drop }) больше, чем `stack_heel_mm` ({ $stack }): под передним отделом не осталось бы подошвы
check-price-negative = `price` равна { $price }; цена должна быть 0 или больше
check-price-no-currency = цена без валюты: добавьте `currency: "EUR"` (или вашу) к модели или к каталогу
check-budget-negative = `budget` равен { $budget }; бюджет должен быть 0 или больше
check-sizes-positive = `sizes_eu` должно быть двумя положительными размерами, например (36.0, 48.0)
check-sizes-order = `sizes_eu` равно ({ $smallest }, { $largest }): меньший размер пишется первым; напишите ({ $largest }, { $smallest })
check-sizes-plausible = `sizes_eu` ({ $smallest }, { $largest }) вне размеров EU, в которых шьют обувь ({ $low }..{ $high }); может быть, это размер US или UK?
check-image-empty = `image` пусто; укажите путь вроде "images/shoe.png" или уберите поле
check-image-missing = картинка `{ $image }` не найдена; модель показана без картинки
check-image-too-many-bytes = картинка `{ $image }` весит { $megabytes } МБ, больше допустимых { $max } МБ; модель показана без неё. Сохраните её поменьше
check-image-not-a-picture = `{ $image }` — не картинка PNG или JPEG, как бы файл ни назывался; модель показана без неё
check-image-too-many-pixels = картинка `{ $image }` размером { $size } пикселей, больше { $max } по стороне; модель показана без неё. Уменьшите её
check-image-damaged = картинка `{ $image }` повреждена ({ $reason }); модель показана без неё
check-image-cut-short = картинка `{ $image }` обрывается раньше, чем должна: файл скопирован или скачан не до конца; модель показана без неё
check-image-unreadable = картинку `{ $image }` не удаётся прочитать ({ $reason }); модель показана без неё
check-image-too-large = картинка `{ $image }` слишком велика для показа (больше { $max } пикселей по стороне или больше памяти, чем может занять картинка); модель показана без неё
check-image-absolute = путь к картинке `{ $image }` абсолютный; пишите его относительно папки каталога, например "images/shoe.png"
check-image-leaves = путь к картинке `{ $image }` выходит из папки каталога; держите картинки внутри неё
check-image-link = путь к картинке `{ $image }` через ссылку ведёт за пределы папки каталога; держите картинки внутри неё

# Последняя строка `check`, в поток ошибок.
check-summary = { $path }: { $problems }
check-summary-shoes = { $path }: { $shoes ->
    [one] { $shoes } модель
    [few] { $shoes } модели
   *[other] { $shoes } моделей
}, { $problems }
check-no-problems = ошибок нет
check-errors = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[other] { $count } ошибок
}
check-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[other] { $count } предупреждений
}
cli-catalogue-has-errors = ошибка: в каталоге { $path } есть ошибки; `shoe-selector check { $path }` перечислит их все

# Почему у модели нет картинки: во всплывающей подсказке.
picture-not-given = в каталоге нет картинки для этой модели
picture-no-folder = папка каталога неизвестна
picture-no-reader = картинки сейчас не читаются
picture-missing = файла `{ $image }` нет
picture-not-a-picture = `{ $image }` — не картинка PNG или JPEG
picture-too-many-bytes = `{ $image }` занимает { $megabytes } МБ; картинка может занимать не больше { $max } МБ
picture-too-many-pixels = `{ $image }` размером { $size } пикселей, больше { $max } по стороне
picture-too-large = `{ $image }` слишком велика для показа: больше { $max } пикселей по стороне или больше памяти, чем может занять картинка
picture-damaged = `{ $image }` повреждена ({ $reason })
picture-cut-short = `{ $image }` обрывается раньше, чем кончается картинка: файл обрезан
picture-cannot-read = `{ $image }` не удаётся прочитать ({ $reason })
picture-not-fetched = `{ $image }` не удалось загрузить ({ $reason })
# `check` перечисляет первые проблемы файла; ещё $count найдены и не перечислены.
check-unlisted = … и ещё { $count ->
    [one] { $count } проблема, не перечислена
    [few] { $count } проблемы, не перечислены
   *[other] { $count } проблем, не перечислены
}: исправьте эти и проверьте снова

# Собственные таблицы размеров каталога (`size_charts`) и поле обуви `replaces`.
check-chart = Таблица размеров { $brand }: { $problem }
check-chart-repeated = Таблица размеров { $brand } дана дважды; оставьте одну
check-chart-brand-empty = `brand` пусто: укажите марку, чья это таблица
check-chart-brand-spaces = `brand` начинается или кончается пробелом: напишите, как у обуви
check-chart-source-empty = `source` пусто: укажите таблицу, откуда цифры, и её год
check-chart-too-short = в `{ $table }` нужно хотя бы два размера
check-chart-foot-range = `{ $table }`, строка { $row }: `foot_mm` равно { $length }, вне пределов от { $low } до { $high } мм
check-chart-row-empty = `{ $table }`, строка { $row }: нет ни одного размера; добавьте `eu`, `uk`, `us_men` или `us_women`
check-chart-size-range = `{ $table }`, строка { $row }: размер { $size } вне размеров, какие бывают в таблицах
check-chart-foot-order = `{ $table }`, строка { $row }: `foot_mm` должно быть больше, чем в строке выше (от короткой стопы к длинной, по строке на полразмера)
check-chart-size-order = `{ $table }`, строка { $row }: размер меньше, чем в строке выше
check-replaces-not-an-id = `replaces` равно «{ $id }», а это не id (строчные латинские буквы, цифры и дефисы)
check-replaces-itself = `replaces` называет id самой модели, «{ $id }»: укажите модель, которую она сменила
check-url-not-web = `url` равно «{ $url }»: укажите страницу модели адресом, начинающимся с https:// (или http://)
check-guidance-empty = `guidance` — пустой список: назовите, как модель направляет стопу (GuideRails, MedialPost, InnerFoam, WideBase, Plate, Geometry), или уберите поле
check-guidance-neutral = `guidance` указано для нейтральной модели (Neutral): поле говорит, как направляет стопу модель Stability или MotionControl
check-guidance-repeat = в `guidance` один способ указан дважды
check-notes-guidance = в заметках сказано, как модель направляет стопу («{ $words }»): укажите это полем `{ $field }` — правила читают его первым
check-notes-deny-guidance = в `guidance` указано { $way }, но заметки это отрицают («no { $words }»)
check-notes-plate = в заметках названа пластина: укажите её полем `{ $field }` — правила читают его первым
check-notes-other-plate = `plate` — { $plate }, но в заметках названа пластина { $other }
check-notes-no-plate = `plate` — { $plate }, но в заметках сказано, что пластины нет
check-notes-widths = в заметках сказано, что полноты не подтверждены: укажите `widths_confirmed: false`, чтобы бегуну другой полноты советовали проверить наличие, а не исключали модель
check-notes-foam = в заметках сказано, какая пена на ощупь: укажите это полем `{ $field }` — правила читают его первым
