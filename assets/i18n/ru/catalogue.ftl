# Значения каталога словами, как их называют объяснения и окно.
# Прилагательные — в именительном падеже, в роде своего существительного: амортизация,
# задник, ширина колодки, подошва, пена, носок.

Support-Neutral = нейтральная
Support-Stability = стабилизирующая
Support-MotionControl = контроль движения

Cushioning-Minimal = минимальная
Cushioning-Light = лёгкая
Cushioning-Moderate = умеренная
Cushioning-High = высокая
Cushioning-Max = максимальная

HeelCounter-Flexible = мягкий
HeelCounter-Moderate = умеренный
HeelCounter-Rigid = жёсткий

Breathability-Low = низкая
Breathability-Medium = средняя
Breathability-High = высокая

WaterResistance-NoTreatment = без пропитки
WaterResistance-WaterResistant = водоотталкивающий
WaterResistance-Waterproof = непромокаемый

Outsole-Road = дорожная резина
Outsole-DurableRubber = прочная сплошная резина
Outsole-TrailLugs = трейловая резина с грунтозацепами
Outsole-WinterGrip = зимнее сцепление (шипы или резина для льда)

Width-Narrow = узкая
Width-Standard = стандартная
Width-Wide = широкая
Width-ExtraWide = очень широкая

Surface-Road = асфальт (дороги, дорожки с покрытием)
Surface-Track = стадион
Surface-Trail = трейл (грунт, лес, поля, пляж)
Surface-Indoor = в помещении (беговая дорожка, зал)

Flexibility-Stiff = жёсткая
Flexibility-Moderate = умеренно гибкая
Flexibility-Flexible = гибкая

Plate-Carbon = карбоновая пластина
Plate-Nylon = нейлоновая пластина
Plate-Plastic = пластиковая пластина (Pebax, TPU)
Guidance-GuideRails = направляющими бортиками у пятки
Guidance-MedialPost = более жёсткой вставкой под сводом
Guidance-InnerFoam = более жёсткой пеной с внутренней стороны
Guidance-WideBase = широкой опорой
Guidance-Plate = жёсткой пластиной под пяткой и серединой стопы
Guidance-Geometry = формой промежуточной подошвы
Sizing-TrueToSize = в размер
Sizing-HalfSmall = маломерит на полразмера
Sizing-HalfLarge = большемерит на полразмера
Sizing-FullSmall = маломерит на размер
Sizing-FullLarge = большемерит на размер

Purpose-Daily = ежедневные тренировки
Purpose-LongRun = длительные пробежки
Purpose-Recovery = восстановительные пробежки
Purpose-Tempo = темповые пробежки
Purpose-Race = соревнования

Foam-Soft = мягкая
Foam-Balanced = сбалансированная
Foam-Firm = упругая

ToeBox-Snug = облегающий
ToeBox-Standard = стандартный
ToeBox-Roomy = просторный

surface-short-road = асфальт
surface-short-track = стадион
surface-short-trail = трейл
surface-short-indoor = в помещении
