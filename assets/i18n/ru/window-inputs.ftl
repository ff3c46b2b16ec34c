# Ответы бегуна слева. $system — название системы размеров (size-system-*). Названия самих
# ответов — названия факторов (recommend.ftl).

inputs-fitting-session = Примерка
inputs-heading = Вы и ваш бег
inputs-optional = Ещё о вас (необязательно)
inputs-not-given = Не указано

inputs-width-narrow = Узкая
inputs-width-standard = Стандартная
inputs-width-wide = Широкая
inputs-width-extra-wide = Очень широкая
inputs-width-hint = Обычные кроссовки жмут по бокам? Широкая. Остаётся лишнее место? Узкая. Мужская полнота 2E/4E и женская D/2E — это широкая и очень широкая.

inputs-unit-kg = кг
inputs-unit-lb = lb
inputs-weight-hint = Чем больше вес, тем сильнее нагрузка на кроссовки: нужна амортизация побольше и платформа устойчивее.

inputs-pronation-neutral = Нейтральная
inputs-pronation-over = Гипер
inputs-pronation-under = Гипо
inputs-pronation-hint = Старые кроссовки стёрты по внутреннему краю или мокрый след плоский — гиперпронация. Стёрты по внешнему краю или свод высокий — гипопронация. Износ равномерный — нейтральная.

inputs-season-summer = Лето
inputs-season-spring-autumn = Межсезонье
inputs-season-winter = Зима
inputs-season-hint = Когда вы бегаете чаще всего: летом нужна лёгкая сетка, зимой — непромокаемый верх и цепкая подошва.

inputs-surface-road = Асфальт
inputs-surface-track = Стадион
inputs-surface-trail = Трейл
inputs-surface-indoor = Зал
inputs-surface-hint = Где вы бегаете чаще всего: асфальт тяжёл для коленей; на трейле, лесных тропинках и пляже нужна цепкая подошва; беговая дорожка и спортзал — это «Зал».

inputs-strike-heel = Пятка
inputs-strike-midfoot = Середина стопы
inputs-strike-forefoot = Носок
inputs-strike-hint = Какой частью стопы вы приземляетесь. Тем, кто приземляется на пятку, нужна хорошая амортизация под пяткой.

inputs-knee-pain = Боль в колене или травма колена в прошлом
inputs-orthotics = Ношу ортопедические стельки

inputs-experience-beginner = Новичок
inputs-experience-regular = Бегаю регулярно
inputs-experience-competitive = Соревнуюсь

inputs-budget-up-to = до

inputs-size-in = Размер ({ $system })

inputs-purpose-daily = На каждый день
inputs-purpose-long-run = Длительные
inputs-purpose-recovery = Восстановительные
inputs-purpose-tempo = Темповые
inputs-purpose-race = Старты
inputs-purpose-hint = Для чего эта пара; если не указано — для ежедневного бега. Соревновательные модели — для стартов, а не для ежедневных километров.
inputs-severity = Насколько выражена
inputs-severity-mild = Лёгкая
inputs-severity-marked = Выраженная
inputs-severity-hint = Выраженная: плоская стопа или высокий свод, колени заваливаются внутрь, сильный износ одного края. Лёгкая: небольшой завал.
inputs-unit-km-a-week = км в неделю
inputs-unit-mm = мм
inputs-weekly-km-hint = Больше 50 км в неделю: важны прочная резина и защитная амортизация, и стоит завести вторую пару.
inputs-achilles = Ахилл или икры беспокоят
inputs-achilles-hint = При больном ахилле или забитых икрах нужен перепад от 8 мм и пока никакого нулевого перепада.
inputs-current-drop-hint = Перепад от пятки к носку у обуви, в которой вы бегаете сейчас: разница больше 4 мм требует нескольких недель привыкания.
inputs-foam-soft = Мягкая
inputs-foam-balanced = Сбалансированная
inputs-foam-firm = Упругая
inputs-foam-hint = Какая пена вам нравится: мягкая и пружинистая или упругая и устойчивая. Это не то же, что количество амортизации.

inputs-priorities = Что важнее всего
inputs-priorities-hint = Задайте вес каждому ответу: при 0 он не учитывается в оценке (модель, которая не может подойти, всё равно исключается).
inputs-reset-priorities = Сбросить приоритеты

# Стопы и обувь, в которой бегаете сейчас.
inputs-feet = Стопы и обувь, в которой бегаете
inputs-unit-km = км
feet-measured = Стопы измерены
feet-left = Левая
feet-right = Правая
feet-length = Длина
feet-width = Ширина
feet-apart = Стопы различаются на { $apart } мм: размер подбирается по большей.
feet-width-suggests = Измеренная ширина говорит: { $width } стопа.
feet-width-use = Выбрать
feet-hint = Встаньте на бумагу у стены, вечером, в беговых носках: отметьте самый длинный палец и измерьте от стены. Обе стопы. Ширина — по самой широкой части стопы, стоя.
runs-in-given = Обувь, в которой бегаете сейчас
runs-in-which = Какая
runs-in-which-hint = Введите название: Brooks Ghost 15
runs-in-other = Другая…
runs-in-size = Размер
runs-in-fit = Как сидит
runs-in-wants = Что хотите изменить
runs-in-km = Пробег
runs-in-hint = Размер — на ярлыке под язычком. Пара, которая хорошо сидит, — лучший ориентир для размера в другой обуви.
results-try-size = Примерьте { $size }
