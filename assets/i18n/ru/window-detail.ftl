# Подробности о выбранной модели. $shoe — название модели; $list — ответы с баллами.

detail-why-above-title = Почему { $shoe } выше
detail-why-above = Она лучше подходит вам по пунктам: { $list }.
detail-specifications = Характеристики
