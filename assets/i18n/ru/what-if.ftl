# «А если»: изменение ответов бегуна и то, как оно сдвинет модель в списке.
# Изменение: $width, $pronation, $season, $surface, $strike, $experience — значения, как их
# пишет файл профиля (Wide, Over, Winter...); $kg — вес в килограммах; $budget — сумма.
# Фраза: $change — слова изменения, они идут первыми; $rank — новое место модели.

what-if-width = { $width ->
    [Narrow] При узкой стопе
    [Wide] При широкой стопе
    [ExtraWide] При очень широкой стопе
   *[Standard] При стопе стандартной ширины
}
what-if-pronation = { $pronation ->
    [Over] При гиперпронации
    [Under] При гипопронации
   *[Neutral] При нейтральной пронации
}
what-if-season = { $season ->
    [Summer] Для бега летом
    [SpringAutumn] Для бега весной и осенью
   *[Winter] Для бега зимой
}
what-if-surface = { $surface ->
    [Track] При беге на стадионе
    [Trail] При беге по трейлу
    [Indoor] При беге в помещении
   *[Road] При беге по асфальту
}
what-if-weight = При весе { $kg } кг
what-if-foot-strike = { $strike ->
    [Heel] При приземлении на пятку
    [Forefoot] При приземлении на переднюю часть стопы
   *[Midfoot] При приземлении на середину стопы
}
what-if-experience = { $experience ->
    [Beginner] Для начинающего бегуна
    [Competitive] Для участника соревнований
   *[Regular] Для бегуна с регулярными тренировками
}
what-if-purpose = { $purpose ->
    [LongRun] Как пара для длительных пробежек
    [Recovery] Как пара для восстановительных пробежек
    [Tempo] Как пара для темповых пробежек
    [Race] Как пара для соревнований
   *[Daily] Как пара для ежедневного бега
}
what-if-foam = { $foam ->
    [Soft] Если вам нравится мягкая пена
    [Firm] Если вам нравится упругая пена
   *[Balanced] Если вам нравится сбалансированная пена
}
what-if-knee-pain = При боли в колене
what-if-no-knee-pain = Без боли в колене
what-if-no-orthotics = Без ортопедических стелек
what-if-budget = При бюджете { $budget }
what-if-width-no-orthotics = { $width ->
    [Narrow] При узкой стопе и без ортопедических стелек
    [Wide] При широкой стопе и без ортопедических стелек
    [ExtraWide] При очень широкой стопе и без ортопедических стелек
   *[Standard] При стопе стандартной ширины и без ортопедических стелек
}

what-if-rank = { $change } эта модель была бы на { $rank }-м месте.
what-if-first = { $change } эта модель была бы для вас лучшей, на { $rank }-м месте.
what-if-brought-back = { $change } эта модель подошла бы: она заняла бы { $rank }-е место.
