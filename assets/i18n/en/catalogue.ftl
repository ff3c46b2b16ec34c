# A catalogue's values in words, as the reasons and the window say them.

Support-Neutral = neutral
Support-Stability = stability
Support-MotionControl = motion control

Cushioning-Minimal = minimal
Cushioning-Light = light
Cushioning-Moderate = moderate
Cushioning-High = high
Cushioning-Max = max

HeelCounter-Flexible = flexible
HeelCounter-Moderate = moderate
HeelCounter-Rigid = rigid

Breathability-Low = low
Breathability-Medium = medium
Breathability-High = high

WaterResistance-NoTreatment = untreated
WaterResistance-WaterResistant = water-resistant
WaterResistance-Waterproof = waterproof

Outsole-Road = road rubber
Outsole-DurableRubber = durable full rubber
Outsole-TrailLugs = lugged trail rubber
Outsole-WinterGrip = winter grip (studs or ice rubber)

Width-Narrow = narrow
Width-Standard = standard
Width-Wide = wide
Width-ExtraWide = extra wide

Surface-Road = road (asphalt, paved paths)
Surface-Track = stadium track
Surface-Trail = trail (dirt, forest, fields, beach)
Surface-Indoor = indoor (treadmill, gym)

Flexibility-Stiff = stiff
Flexibility-Moderate = moderately flexible
Flexibility-Flexible = flexible

Plate-Carbon = carbon plate
Plate-Nylon = nylon plate
Plate-Plastic = plastic plate (Pebax, TPU)
Guidance-GuideRails = guide rails along the heel
Guidance-MedialPost = a firmer medial post
Guidance-InnerFoam = firmer foam along the inner side
Guidance-WideBase = a wide base
Guidance-Plate = a firm plate in the heel and midfoot
Guidance-Geometry = the shape of its midsole
Sizing-TrueToSize = true to size
Sizing-HalfSmall = half a size small
Sizing-HalfLarge = half a size large
Sizing-FullSmall = a full size small
Sizing-FullLarge = a full size large

Purpose-Daily = daily training
Purpose-LongRun = long runs
Purpose-Recovery = recovery runs
Purpose-Tempo = tempo runs
Purpose-Race = racing

Foam-Soft = soft
Foam-Balanced = balanced
Foam-Firm = firm

ToeBox-Snug = snug
ToeBox-Standard = standard
ToeBox-Roomy = roomy

surface-short-road = road
surface-short-track = track
surface-short-trail = trail
surface-short-indoor = indoor
