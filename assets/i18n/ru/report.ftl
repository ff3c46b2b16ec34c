# Отчёт о подборе для печати. $name — покупатель; $count, $percent, $kg, $size — числа.

report-title = Подбор беговых кроссовок
report-title-for = Подбор беговых кроссовок для: { $name }
report-catalogue-unnamed = каталог
report-your-running = Ваш бег
report-top-choices = { $count ->
    [one] Наш лучший вариант
    [few] Наши { $count } лучших варианта
   *[many] Наши { $count } лучших вариантов
}
report-none = В этом каталоге нет модели, которая выполняет ваши обязательные требования.
report-match = совпадение { $percent }%
report-tried = Что вы примеряли
report-tried-shoe = Модель
report-tried-size = Размер
report-bought = Куплено: { $shoe }.
report-bought-size = Куплено: { $shoe }, размер { $size }.
report-tried-feel = Ощущения
report-tried-note = Заметка
report-history = Пары, купленные раньше
report-history-bought = Куплено
report-history-went = Как показала себя
report-history-happy = хорошо
report-knees = Ваши колени
report-footer = Характеристики моделей приблизительны; примерьте каждую пару перед покупкой. Кроссовки могут убрать одну из причин боли в колене, но не лечат травму.
report-no-picture = нет картинки
