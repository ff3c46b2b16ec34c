# Подробности о выбранной модели. $shoe — название модели; $list — ответы с баллами; $rank —
# её место в списке; $percent — насколько подходит, уже округлено; $band — как её группа
# называет одну модель.

detail-why-above-title = Почему { $shoe } выше
detail-why-above = Она лучше подходит вам по пунктам: { $list }.
detail-specifications = Характеристики
detail-close = Закрыть (Esc)
detail-shop-link = Страница модели в магазине ↗
detail-place = { $rank }-е место для вас · подходит на { $percent }% · { $band }
detail-left-out = Не подходит вам (причины ниже)
detail-compare-add = В сравнение
detail-compare-remove = Убрать из сравнения
detail-tried = Примерили
detail-tried-done = Примерили ✔
detail-tried-hint = Добавить в сеанс примерки, чтобы отметить, как она села
detail-why = Почему
detail-what-if = А если
