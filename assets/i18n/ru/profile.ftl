# Ответы бегуна словами.

Pronation-Neutral = нейтральная
Pronation-Over = гиперпронация
Pronation-Under = гипопронация (супинация)

Season-Summer = лето
Season-SpringAutumn = весна и осень
Season-Winter = зима

FootStrike-Heel = пятка
FootStrike-Midfoot = середина стопы
FootStrike-Forefoot = носок

Experience-Beginner = начинающий
Experience-Regular = бегаю регулярно
Experience-Competitive = соревнуюсь

Feel-Fits = сидят хорошо
Feel-TooNarrow = слишком узкие
Feel-TooWide = слишком широкие
Feel-HeelSlips = пятка выскальзывает
Feel-TooSoft = слишком мягкие
Feel-TooFirm = слишком жёсткие
Feel-Liked = понравились
Feel-Disliked = не понравились

# Бегун в нескольких словах: $width, $pronation, $season, $surface — слова их значений;
# $kg — вес; $budget и $size — числа.
summary-main = стопа: { $width }, { $kg }, { $pronation }, { $season }, { $surface }
summary-strike = приземление: { $strike }
summary-knee-pain = боль в колене
summary-orthotics = ортопедические стельки
summary-experience = опыт: { $experience }
summary-budget = бюджет { $budget }
summary-size = размер EU { $size }
summary-purpose = назначение пары: { $purpose }
summary-weekly-km = { $km } км в неделю
summary-severity = пронация: { $severity }
summary-achilles = проблемы с ахиллом или икрой
summary-current-drop = сейчас перепад { $drop } мм
summary-foam = пена по вкусу: { $foam }

PronationSeverity-Mild = лёгкая
PronationSeverity-Marked = выраженная
PairTrouble-TooSmall = мала
PairTrouble-TooBig = велика
PairTrouble-TooNarrow = узка
PairTrouble-TooWide = широка
PairTrouble-Blisters = мозоли
PairTrouble-TooSoft = слишком мягкая
PairTrouble-TooFirm = слишком жёсткая
PairTrouble-Pain = боль
PairTrouble-WoreOut = быстро износилась
# Дата примерки или профиля, которой нет в календаре. $date: как написано.
profile-date-not-a-day = `{ $date }` — такого дня нет в календаре; пишите ГГГГ-ММ-ДД, например 2026-12-01
input-yes = да
input-no = нет
input-weight = { $kg }
input-size = EU { $size }
input-km = { $km } км в неделю
input-mm = { $mm } мм
input-pronation-severity = { $pronation } ({ $severity })

# Измеренные стопы и обувь, в которой бегают сейчас.
input-feet = левая { $left } мм, правая { $right } мм
input-wants = хочется: { $wants }
input-km-on = пробег { $km } км
input-list = { $parts }
summary-feet = стопа { $foot } мм
summary-runs-in = бегает в { $shoe }
profile-runs-in-both = в `runs_in` даны и `shoe`, и `model`: укажите либо id из каталога, либо название
profile-runs-in-neither = в `runs_in` нужно `shoe: "id"` из каталога или `model: "Марка Модель"`
profile-runs-in-short-and-long = в `fit` сказано и TooShort, и TooLong: оставьте то, что верно
profile-size-out-of-range = { $system } { $size } — такого размера в таблицах нет: размеры { $system } от { $low } до { $high }
input-label-feet = Стопы
