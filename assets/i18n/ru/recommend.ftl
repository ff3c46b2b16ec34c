# Собственные слова рекомендателя: факторы, группы, оценки, для чего сделана модель.

factor-foot_width = Ширина стопы
factor-weight = Вес тела
factor-pronation = Пронация
factor-season = Сезон
factor-surface = Покрытие
factor-purpose = Назначение
factor-foot_strike = Постановка стопы
factor-knee_pain = Боль в колене
factor-orthotics = Ортопедические стельки
factor-experience = Опыт
factor-weekly_km = Километраж
factor-achilles_pain = Ахилл
factor-current_drop_mm = Нынешний перепад
factor-preferred_foam = Пена
factor-budget = Бюджет
factor-size = Размер
factor-runs_in = Обувь, в которой бегаете
factor-fitting = Примерка
factor-short-foot_width = Ширина
factor-short-weight = Вес
factor-short-pronation = Пронация
factor-short-season = Сезон
factor-short-surface = Покрытие
factor-short-purpose = Цель
factor-short-foot_strike = Постановка
factor-short-knee_pain = Колено
factor-short-orthotics = Стелька
factor-short-experience = Опыт
factor-short-weekly_km = Км
factor-short-achilles_pain = Ахилл
factor-short-current_drop_mm = Перепад
factor-short-preferred_foam = Пена
factor-short-budget = Цена
factor-short-size = Размер
factor-short-runs_in = Сейчас
factor-short-fitting = Примерка

band-best = Лучший выбор
band-good = Хорошие варианты
band-tradeoffs = С компромиссами
band-best-one = лучший выбор
band-good-one = хороший вариант
band-tradeoffs-one = с компромиссами

verdict-good = хорошо
verdict-caution = с оговоркой
verdict-poor = плохо

no-best-pick = В этом каталоге нет модели, которая подходит по всему, что вы указали; сначала идут самые близкие, у каждой сказано, чем приходится поступиться.
# Before the changes that would give shoes suiting everything asked, when none does.
widen-lead = Что расширило бы выбор:

build-racer = соревновательная модель
build-racer-by-build = соревновательная модель, судя по конструкции
build-tempo = темповая модель
build-barefoot = модель в стиле «босоногого» бега
build-trainer = модель для ежедневных тренировок
