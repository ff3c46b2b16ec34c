# Характеристики модели, что в ней важно для каждого ответа и почему одна модель выше
# другой. $word, $level, $support, $counter, $breathability, $upper, $outsole, $flexibility,
# $build — слова значений каталога; $list, $surfaces — их списки; $mm, $grams, $low, $high,
# $points — числа; $price, $currency — как в каталоге; $factor — ответ бегуна.

spec-support = Поддержка
spec-cushioning = Амортизация
spec-heel-stack = Высота в пятке
spec-drop = Перепад
spec-weight = Вес
spec-heel-counter = Задник
spec-insole = Стелька
spec-breathability = Воздухопроницаемость
spec-upper = Верх
spec-outsole = Подошва
spec-flexibility = Гибкость
spec-widths = Полнота
spec-surfaces = Покрытия
spec-sizes = Размеры
spec-price = Цена

spec-word = { $word }
spec-list = { $list }
spec-mm = { $mm } мм
spec-grams = { $grams } г
spec-insole-removable = съёмная
spec-insole-fixed = несъёмная
spec-sizes-value = EU от { $low } до { $high }
spec-price-value = { $price } { $currency }

feature-cushioning = амортизация: { $level }
feature-cushioning-stack = амортизация: { $level }, { $mm } мм
feature-support = поддержка: { $support }, задник: { $counter }
feature-season = воздухопроницаемость: { $breathability }, верх: { $upper }, подошва: { $outsole }
feature-surface = { $surfaces } · { $outsole }
feature-purpose = { $build }
feature-purpose-drop = { $build }, перепад { $mm } мм
feature-drop = перепад { $mm } мм
feature-drop-unlisted = перепад не указан
feature-mileage = амортизация: { $level }, подошва: { $outsole }
feature-foam = пена: { $foam }
feature-foam-unlisted = ощущение пены не указано
feature-insole-removable = съёмная стелька
feature-insole-fixed = несъёмная стелька
feature-weight = { $grams } г
feature-weight-flexibility = { $grams } г, гибкость: { $flexibility }
feature-price = { $price }
feature-price-unlisted = цена не указана
feature-fitting = задник: { $counter }, амортизация: { $level }
feature-sizes-unlisted = размеры не указаны

why-factor-points = { $factor } (+{ $points }% совпадения)
why-factor-under-a-point = { $factor } (меньше 1% совпадения)

factor-lower-foot_width = ширина стопы
factor-lower-weight = вес тела
factor-lower-pronation = пронация
factor-lower-season = сезон
factor-lower-surface = покрытие
factor-lower-purpose = назначение
factor-lower-foot_strike = постановка стопы
factor-lower-knee_pain = боль в колене
factor-lower-orthotics = ортопедические стельки
factor-lower-experience = опыт
factor-lower-weekly_km = километраж
factor-lower-achilles_pain = ахилл
factor-lower-current_drop_mm = нынешний перепад
factor-lower-preferred_foam = пена
factor-lower-budget = бюджет
factor-lower-size = размер
factor-lower-runs_in = обувь, в которой вы бегаете сейчас
factor-lower-fitting = то, как сели примеренные модели
why-shop = опыт примерок в этом магазине
