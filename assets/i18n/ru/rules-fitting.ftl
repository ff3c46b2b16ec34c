# Что показала примерка. $name — название примеренной модели (бренд и модель); $feel — как
# она ощущалась (TooNarrow, TooWide, TooSoft, TooFirm); $width — полнота бегуна, $other —
# соседняя полнота (Narrow, Standard, Wide, ExtraWide); $support — поддержка (Neutral,
# Stability, MotionControl); $level — уровень амортизации (Minimal, Light, Moderate, High,
# Max); $counter — задник (Flexible, Moderate, Rigid); $foam — какая пена на ощупь, словами
# (Foam-Soft...).

fitting-like-the-liked = Поднимаем выше: как и кроссовки { $name }, которые вам понравились, это { $support ->
        [Neutral] нейтральная модель с
        [Stability] стабилизирующая модель с
       *[MotionControl] модель с контролем движения и
    } { $level ->
        [Minimal] минимальной
        [Light] лёгкой
        [Moderate] умеренной
        [High] высокой
       *[Max] максимальной
    } амортизацией.
fitting-not-tried = Эту модель ещё не примеряли; по итогам примерки против неё ничего нет.
fitting-tried-no-feel = Примерена; как она села, пока не отмечено.

fitting-own-fits = Поднимаем выше: на примерке они хорошо сели по ноге.
fitting-own-liked = Поднимаем выше: на примерке они вам понравились.
fitting-own-disliked = Опускаем ниже: на примерке они вам не понравились.
fitting-own-too-narrow-comes-wider = В { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте они оказались слишком узкими, но эта модель есть и в { $other ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    }: сначала примерьте её.
fitting-own-too-wide-comes-narrower = В { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте они оказались слишком широкими, но эта модель есть и в { $other ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    }: сначала примерьте её.
fitting-own-too-narrow-no-wider = Опускаем ниже: на примерке они оказались слишком узкими, а более широкой полноты у этой модели нет.
fitting-own-too-wide-no-narrower = Опускаем ниже: на примерке они оказались слишком широкими, а более узкой полноты у этой модели нет.
fitting-own-heel-slips = На примерке пятка выскальзывала: попробуйте шнуровку «беговая петля»; если пятка всё равно выскальзывает, нужна модель с более жёстким задником.
fitting-own-too-soft-or-firm = Опускаем ниже: на примерке они оказались { $feel ->
        [TooSoft] слишком мягкими
       *[TooFirm] слишком жёсткими
    }.

fitting-too-narrow-this-comes-wider = Поднимаем выше: кроссовки { $name } оказались слишком узкими в { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте, а эта модель есть и в { $other ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    }.
fitting-too-wide-this-comes-narrower = Поднимаем выше: кроссовки { $name } оказались слишком широкими в { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте, а эта модель есть и в { $other ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    }.
fitting-too-narrow-this-no-wider = Кроссовки { $name } оказались слишком узкими, а у этой модели нет более широкой полноты, чем ваша.
fitting-too-wide-this-no-narrower = Кроссовки { $name } оказались слишком широкими, а у этой модели нет более узкой полноты, чем ваша.

fitting-heel-slipped-this-firmer = Поднимаем выше: в кроссовках { $name } пятка выскальзывала, а у этой модели задник плотнее — { $counter ->
        [Flexible] мягкий
        [Moderate] средней жёсткости
       *[Rigid] жёсткий
    }.
fitting-heel-slipped-both-rigid = В кроссовках { $name } пятка выскальзывала, хотя задник у них такой же жёсткий, как у этой модели: тут помогут модель с более узкой пяткой или шнуровка «беговая петля».
fitting-heel-slipped-this-as-soft = В кроссовках { $name } пятка выскальзывала, а задник у этой модели { $counter ->
        [Flexible] такой же мягкий
        [Moderate] такой же — средней жёсткости
       *[Rigid] такой же жёсткий
    }.
fitting-heel-slipped-this-softer = Опускаем ниже: в кроссовках { $name } пятка выскальзывала, а задник у этой модели ещё мягче.

fitting-firmness-unknown = Кроссовки { $name } оказались { $feel ->
        [TooSoft] слишком мягкими
       *[TooFirm] слишком жёсткими
    }; насколько плотная пена у этой модели, в каталоге не сказано: надавите на промежуточную подошву или примерьте.
fitting-firmness-better = Поднимаем выше: кроссовки { $name } оказались { $feel ->
        [TooSoft] слишком мягкими
       *[TooFirm] слишком жёсткими
    }, а пена у этой модели { $foam }.
fitting-firmness-same = Кроссовки { $name } оказались { $feel ->
        [TooSoft] слишком мягкими
       *[TooFirm] слишком жёсткими
    }, а пена у этой модели ощущается так же ({ $foam }).
fitting-firmness-worse = Опускаем ниже: кроссовки { $name } оказались { $feel ->
        [TooSoft] слишком мягкими, а пена у этой модели ещё мягче.
       *[TooFirm] слишком жёсткими, а пена у этой модели ещё жёстче.
    }

# Собственная история покупателя: пара, купленная в прошлый визит, и как она себя показала.
history-returned = вернули
history-kept = оставили, но с проблемами
fitting-history-happy = Пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, хвалят: надёжный выбор.
fitting-history-width-other = Пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, { $went }: { $trouble ->
        [TooNarrow] узка
       *[TooWide] широка
    } в { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте; теперь только в { $other ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    }.
fitting-history-width-none = Ниже: пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, { $went }: { $trouble ->
        [TooNarrow] узка, а шире модель не бывает.
       *[TooWide] широка, а уже модель не бывает.
    }
fitting-history-size = Пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, { $went }: { $trouble ->
        [TooSmall] мала; теперь на полразмера больше.
       *[TooBig] велика; теперь на полразмера меньше.
    }
fitting-history-hurt = Ниже: пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, { $went }: { $trouble ->
        [Blisters] натёрла мозоли
       *[Pain] вызвала боль
    }. Эту модель больше не предлагаем.
fitting-history-foam = Ниже: пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, { $went }: { $trouble ->
        [TooSoft] слишком мягкая
       *[TooFirm] слишком жёсткая
    }.
fitting-history-wore-out = Пару этой модели, купленную { $date ->
        [none] в прошлый раз
       *[other] { $date }
    }, { $went }: быстро износилась.

# Полнота или размер, в которых брать модель, после её названия.
take-name = { $name }, { $take }
take-in-width = { $width ->
        [Narrow] в узкой полноте
        [Standard] в стандартной полноте
        [Wide] в широкой полноте
       *[ExtraWide] в очень широкой полноте
    }
take-half-size-up = на полразмера больше
take-half-size-down = на полразмера меньше
