# Опыт магазина, подсчитанный по его примеркам. $agree из $of примерок покупателей группы
# $group (слова после «покупателей») сказали одно и то же.
shop-group-width = { $width ->
    [Narrow] с узкой стопой
    [Wide] с широкой стопой
    [ExtraWide] с очень широкой стопой
   *[Standard] со стопой стандартной ширины
}
shop-group-pronation = { $pronation ->
    [Over] с гиперпронацией
    [Under] с гипопронацией
   *[Neutral] с нейтральной постановкой стопы
}
shop-group-weight = { $band ->
    [Under60] легче 60 кг
    [From85To100] весом от 85 до 100 кг
    [Over100] тяжелее 100 кг
   *[From60To85] весом от 60 до 85 кг
}
shop-pattern-felt = В этом магазине { $agree } из { $of } покупателей { $group } { $feel ->
    [Fits] сочли, что она сидит хорошо.
    [TooNarrow] сочли её слишком узкой.
    [TooWide] сочли её слишком широкой.
    [HeelSlips] отметили, что пятка выскальзывает.
    [TooSoft] сочли её слишком мягкой.
    [TooFirm] сочли её слишком жёсткой.
    [Liked] отметили, что она понравилась.
   *[Disliked] отметили, что она не понравилась.
}
shop-pattern-happy = В этом магазине { $agree } из { $of } покупателей { $group }, купивших эту модель, остались ею довольны.
shop-pattern-unhappy = В этом магазине { $agree } из { $of } покупателей { $group }, купивших эту модель, вернули её или остались недовольны.
shop-length = { $agree } из { $of } покупателей с измеренными стопами взяли { $took ->
        [down-full] на размер меньше, чем
        [down-half] на полразмера меньше, чем
        [same] тот же размер, что
        [up-half] на полразмера больше, чем
       *[up-full] на размер больше, чем
    } по таблице бренда{ $clear ->
        [yes] : этого достаточно, чтобы размер для примерки следовал этому (не больше чем на полразмера), когда подбор учитывает примерки магазина.
       *[other] : пока мало, чтобы сдвигать размер для примерки (нужно не меньше { $fittings } покупателей и { $share } % согласных).
    }
insights-lengths-title = Посадка по длине по измеренным стопам
insights-lengths-none = Пока никто из покупателей с измеренными стопами не рассказал, как сели пары, купленные с записанным размером.
insights-lengths-more = и ещё { $count } { $count ->
    [one] модель
    [few] модели
   *[many] моделей
} (`insights --json` перечисляет все)

# Потребность покупателей, для пробелов в ассортименте: то, что следует за «покупатели с».
need-width = { $width ->
    [Narrow] узкая стопа
    [Wide] широкая стопа
    [ExtraWide] очень широкая стопа
   *[Standard] стопа стандартной ширины
}
need-pronation = { $pronation ->
    [Over] гиперпронация
    [Under] гипопронация
   *[Neutral] нейтральная постановка стопы
}
need-weight = { $band ->
    [Under60] вес меньше 60 кг
    [From85To100] вес от 85 до 100 кг
    [Over100] вес больше 100 кг
   *[From60To85] вес от 60 до 85 кг
}
need-season = { $season ->
    [Summer] бег летом
    [Winter] бег зимой
   *[SpringAutumn] бег весной и осенью
}
need-surface = { $surface ->
    [Track] бег на стадионе
    [Trail] бег по трейлу
    [Indoor] бег в зале
   *[Road] бег по асфальту
}

# `insights`: опыт магазина в командной строке.
insights-read = Примерки в { $folder }: покупателей — { $customers }, примерок — { $fittings }{ $dates }
insights-dates = {" "}с { $since } по { $until }
insights-shoes = Примеренные модели (примерили, купили, довольны, недовольны; как сидели):
insights-shoe = примерили { $tried }, купили { $bought }, довольны { $happy }, недовольны { $unhappy }
insights-none = В этих примерках ни одной модели не примеряли.
insights-mix = Покупатели:
insights-needs = Потребности покупателей и каталог (покупатели, подходящие модели):
insights-need = { $need }: покупателей — { $customers }, моделей — { $shoes }
insights-gap = пробел в ассортименте
insights-no-catalogue = Укажите --catalogue, чтобы увидеть, каким потребностям отвечает мало моделей каталога.

# Окно «Опыт магазина».
insights-title = Опыт магазина
insights-counting = Подсчёт примерок…
insights-since = С
insights-until = по
insights-all-dates = За всё время
insights-bad-date = Пишите дату как ГГГГ-ММ-ДД, например 2026-12-01.
insights-counted = Покупателей: { $customers }, примерок: { $fittings }
insights-folder = Подсчитано по примеркам в { $folder }; имена не показываются.
insights-shoes-title = Примеренные модели
insights-mix-title = Покупатели
insights-needs-title = Потребности и пробелы в ассортименте
insights-tried = Примерили
insights-bought = Купили
insights-happy = Довольны
insights-unhappy = Недовольны
insights-by-width = Ширина стопы
insights-by-gait = Пронация
insights-by-weight = Вес
insights-by-season = Сезон
insights-by-surface = Покрытие
insights-no-customers = В эти даты примерок не было.
insights-need-column = Потребность
insights-customers = Покупатели
insights-shoes-meeting = Подходящие модели
insights-felt-right = Сидели хорошо или понравились
insights-felt-wrong = Жалобы на посадку
