# Размер для примерки в каждой модели ($size — размер с системой, «EU 44»; $why — причины
# через запятую) и обувь, в которой бегаете сейчас ($shoe — её название; $want — чего хочет
# бегун, Want-*).

size-system-eu = EU
size-system-uk = UK
size-system-us-men = US муж.
size-system-us-women = US жен.
size-in-system = { $system } { $size }
size-unknown = размер, которого нет в этой таблице

size-try = Примерьте { $size }: { $why }.
size-why-foot = длина большей стопы { $foot } мм
size-why-chart = { $size } по { $chart }
size-chart-own = собственной таблице { $brand }
size-chart-standard = стандартной таблице (таблица этой марки не подтверждена)
size-why-known = ваши { $shoe } размера { $size } сидят хорошо
size-why-known-short = ваши { $shoe } размера { $size } коротки, поэтому на полразмера больше
size-why-known-long = ваши { $shoe } размера { $size } длинны, поэтому на полразмера меньше
size-why-known-chart = та же длина — { $size } по { $chart }
size-why-true-to-size = и модель в размер
size-why-sizing = а эта модель { $sizing }
size-why-feet-differ = хотя по стопам вышло бы { $size }: пара, которая сидит, надёжнее
size-why-shop = { $agrees ->
        [yes] и
       *[other] но
    } в этом магазине { $agree } из { $of } покупателей с измеренными стопами взяли { $took ->
        [down-full] на размер меньше
        [down-half] на полразмера меньше
        [same] размер по таблице
        [up-half] на полразмера больше
       *[up-full] на размер больше
    }
size-why-shop-capped = но в этом магазине { $agree } из { $of } покупателей с измеренными стопами взяли { $took ->
        [down-full] на размер меньше
        [down-half] на полразмера меньше
        [same] размер по таблице
        [up-half] на полразмера больше
       *[up-full] на размер больше
    }, поэтому размер сдвинут на полразмера { $toward ->
        [up] больше
       *[other] меньше
    } (данные магазина сдвигают размер не больше чем на полразмера)
size-feet-apart = Стопы различаются на { $apart } мм, больше полразмера: подбирайте по большей.
size-off-chart = Ваш размер за пределами таблицы { $brand }: уточните в магазине, какой примерить.
size-stocked-try = Есть в размере { $size } (EU с { $smallest } по { $largest }).
size-not-stocked-try = Нет в размере { $size }: только EU с { $smallest } по { $largest }.
size-unlisted-try = Размеры в наличии не указаны: уточните, есть ли { $size }.

RunsInFit-Good = сидят хорошо
RunsInFit-TooShort = коротки
RunsInFit-TooLong = длинны
RunsInFit-TooNarrow = узки
RunsInFit-TooWide = широки
RunsInFit-HeelSlips = пятка выскальзывает
Want-Same = такие же
Want-Softer = мягче
Want-Firmer = жёстче
Want-Lighter = легче
Want-MoreSupport = больше поддержки
Want-LessSupport = меньше поддержки
Want-MoreRoom = просторнее

runs-in-same-fits = Это ваша нынешняя пара, и она сидит хорошо: такие же — надёжный выбор.
runs-in-same-misfits = Это ваша нынешняя пара, а она { $fit }: такие же будут так же.
runs-in-same-but-change = Это ваша нынешняя пара, а вы хотите перемен: { $wants }.
runs-in-worn = На ваших уже { $km } км: большинство беговых кроссовок служат 500–800 км, пора менять.
runs-in-replaces = { $model } сменила ваши { $before }.
runs-in-replaces-changes = { $model } сменила ваши { $before }: { $changes }.
runs-in-change-drop = перепад { $before } → { $now } мм
runs-in-change-stack = пятка { $before } → { $now } мм
runs-in-change-heavier = на { $grams } г тяжелее
runs-in-change-lighter = на { $grams } г легче
runs-in-change-support = теперь: { $support }
runs-in-like = Похожи на ваши { $shoe }: та же поддержка, амортизация, перепад и вес почти те же.
runs-in-unlike = Не очень похожи на ваши { $shoe }, а вы хотите такие же.
runs-in-moves = Как вы и хотели: { $want }, чем ваши { $shoe }.
runs-in-no-change = Не { $want }, чем ваши { $shoe }, а вы этого хотели.
runs-in-wrong-way = Наоборот: вы хотели { $want }, чем ваши { $shoe }.
runs-in-answers = Как вы и хотели: { $want }.
runs-in-may-not = Может оказаться не { $want }, как вы хотели: сравните на ноге.
runs-in-drop-transition = Перепад { $drop } мм против { $now } мм у ваших { $shoe }: дайте ногам несколько недель привыкнуть.
runs-in-stack-transition = Пятка { $stack } мм против { $now } мм у ваших { $shoe }: под ногой будет ощущаться иначе.
runs-in-nothing-asked = Перемен по сравнению с { $shoe } вы не просили: оценено по остальному.
