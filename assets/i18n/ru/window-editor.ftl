# Редактор каталога. $count — сколько; $error — почему не сохранилось; $grams — вес, уже
# записанный числом; $low, $high — числа. Замечания рядом с полями пишет проверка каталога,
# по-английски.

editor-add = Добавить модель
editor-duplicate = Дублировать
editor-delete = Удалить
editor-undo = Отменить
editor-redo = Повторить
editor-save = Сохранить
editor-save-as = Сохранить как…
editor-errors = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
editor-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
editor-no-problems = замечаний нет
editor-unsaved = не сохранено
editor-next-problem = Перейти к следующей модели с такой же проблемой
editor-out-of-range = Должно быть от { $low } до { $high } ({ $unit }); введено { $value }.
editor-empty = Обязательное поле: заполните его.
editor-too-long = Слишком длинно: не больше { $max } символов.
editor-not-slug = Только строчные латинские буквы a-z, цифры и дефисы, например { $slug }.
editor-duplicate-id = У другой модели уже есть id { $id }: дайте этой свой.
editor-picture-refused = Картинка не добавлена: { $error }
editor-not-saved = Не сохранено: { $error }
editor-picture-not-placed = картинку { $image } не удалось положить рядом с каталогом: { $error }
editor-no-free-name = для картинки { $image } нет свободного имени
editor-no-shoe-chosen = модель не выбрана
editor-picture-not-kept = картинку не удалось отложить до сохранения ({ $reason })

# Таблица моделей.
editor-filter = Фильтр
editor-filter-hint = код, бренд или модель
editor-shoes = { $count ->
    [one] { $count } модель
    [few] { $count } модели
   *[many] { $count } моделей
}
editor-column-id = Код
editor-column-brand = Бренд
editor-column-model = Модель
editor-column-support = Поддержка
editor-column-weight = Вес
editor-column-price = Цена
editor-sort = Сортировать
editor-has-errors = есть ошибки
editor-has-warnings = есть предупреждения
editor-grams = { $grams } г

# Форма выбранной модели.
editor-choose = Выберите модель в таблице, чтобы изменить её, или добавьте новую.
editor-new-shoe = Новая модель
editor-removable = съёмная
editor-unit-g = г
editor-unit-mm = мм
editor-range = от { $low } до { $high }
editor-or-more = { $low } и больше
editor-currency-hint = RUB
editor-sizes-from = от
editor-sizes-to = до
editor-import-picture = Добавить картинку…
editor-import-picture-hint = Копирует PNG или JPEG в папку картинок каталога

# Поля формы: editor-field- и имя поля в файле, - вместо _.
editor-field-id = Код
editor-field-brand = Бренд
editor-field-model = Модель
editor-field-support = Поддержка
editor-field-cushioning = Амортизация
editor-field-heel-counter = Задник
editor-field-removable-insole = Стелька
editor-field-breathability = Вентиляция
editor-field-water-resistance = Защита от воды
editor-field-outsole = Подошва
editor-field-widths = Полнота
editor-field-surfaces = Покрытия
editor-field-weight-g = Вес
editor-field-stack-heel-mm = Высота в пятке
editor-field-drop-mm = Перепад
editor-field-flexibility = Гибкость
editor-field-plate = Пластина
editor-field-widths-confirmed = Полноты подтверждены источником
editor-field-guidance = Как направляет стопу
editor-field-uses = Назначение
editor-field-foam = Пена
editor-field-toe-box = Носок
editor-field-lug-depth-mm = Глубина грунтозацепов
editor-field-price = Цена
editor-field-currency = Валюта
editor-field-sizes-eu = Размеры EU
editor-field-image = Картинка
editor-field-url = Страница в магазине
editor-field-notes = Заметки

# Значения, которые предлагает поле: editor- и id значения в catalogue.ftl. Коротко: они
# стоят в выпадающих списках и у флажков.
editor-Support-Neutral = нейтральная
editor-Support-Stability = стабилизирующая
editor-Support-MotionControl = контроль движения

editor-Cushioning-Minimal = минимальная
editor-Cushioning-Light = лёгкая
editor-Cushioning-Moderate = умеренная
editor-Cushioning-High = высокая
editor-Cushioning-Max = максимальная

editor-HeelCounter-Flexible = мягкий
editor-HeelCounter-Moderate = умеренный
editor-HeelCounter-Rigid = жёсткий

editor-Breathability-Low = низкая
editor-Breathability-Medium = средняя
editor-Breathability-High = высокая

editor-WaterResistance-NoTreatment = нет
editor-WaterResistance-WaterResistant = водоотталкивающая
editor-WaterResistance-Waterproof = непромокаемая

editor-Outsole-Road = дорожная
editor-Outsole-DurableRubber = износостойкая
editor-Outsole-TrailLugs = с грунтозацепами
editor-Outsole-WinterGrip = зимняя

editor-Width-Narrow = узкая
editor-Width-Standard = стандартная
editor-Width-Wide = широкая
editor-Width-ExtraWide = очень широкая

editor-Surface-Road = асфальт
editor-Surface-Track = стадион
editor-Surface-Trail = трейл
editor-Surface-Indoor = в помещении

editor-Flexibility-Stiff = жёсткая
editor-Flexibility-Moderate = умеренная
editor-Flexibility-Flexible = гибкая

editor-Plate-Carbon = карбоновая
editor-Plate-Nylon = нейлоновая
editor-Plate-Plastic = другой пластик (Pebax, TPU)
editor-Guidance-GuideRails = направляющие бортики
editor-Guidance-MedialPost = вставка под сводом
editor-Guidance-InnerFoam = жёсткая пена внутри
editor-Guidance-WideBase = широкая опора
editor-Guidance-Plate = стабилизирующая пластина
editor-Guidance-Geometry = форма подошвы

editor-Purpose-Daily = ежедневный бег
editor-Purpose-LongRun = длительные
editor-Purpose-Recovery = восстановительные
editor-Purpose-Tempo = темповые
editor-Purpose-Race = соревнования

editor-Foam-Soft = мягкая
editor-Foam-Balanced = сбалансированная
editor-Foam-Firm = упругая

editor-ToeBox-Snug = облегающий
editor-ToeBox-Standard = стандартный
editor-ToeBox-Roomy = просторный
