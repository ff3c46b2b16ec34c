# The knee-health advice: each section's heading, the sentence under it (-intro) and its
# points. No arguments.

knee-health-red-flags = See a doctor, not a shoe shop, if
knee-health-red-flags-intro = A shoe can remove a cause of knee pain; it cannot treat an injury or an illness.
knee-health-red-flags-swollen = the knee is swollen, red or warm;
knee-health-red-flags-locks = it locks, catches or gives way;
knee-health-red-flags-sharp = the pain is sharp or stabbing, or stays after rest;
knee-health-red-flags-numb = the leg goes numb, tingles, or burns down the back of the thigh;
knee-health-red-flags-fall = the pain began with a fall, a twist or a blow.

knee-health-causes = Common causes of knee pain in runners
knee-health-causes-intro = Most knee pain while running has an ordinary cause that can be changed.
knee-health-causes-technique = Technique: landing hard on the heel with no give, so the joint takes the blow.
knee-health-causes-flat-feet = Flat feet and overpronation: the foot rolls in and twists the knee with it.
knee-health-causes-overload = Overload: too far, too fast, too soon; beginners are hurt most often.
knee-health-causes-no-warm-up = No warm-up: cold muscles do not steady the joint.
knee-health-causes-hard-surfaces = Hard surfaces: asphalt passes every impact on; choose paths, tracks or thick soles.
knee-health-causes-shoes = The wrong or worn-out shoes.

knee-health-warm-up = Before every run
knee-health-warm-up-intro = Warm up for five to ten minutes, then start slowly.
knee-health-warm-up-walk = Walk briskly for a few minutes, then jog gently.
knee-health-warm-up-loosen = Loosen ankles, knees and hips with easy circles and leg swings.
knee-health-warm-up-form = Run tall and relaxed, land softly under your body, with a comfortable stride.
knee-health-warm-up-build = Build distance gradually; ease off at the first sign of heavy breathing or pain.

knee-health-good-shoe = Signs of a good running shoe
knee-health-good-shoe-intro = Nine things to look for, whatever the brand.
knee-health-good-shoe-cushioning = Cushioning that takes the impact, especially under the heel.
knee-health-good-shoe-soft = A soft, forgiving sole and upper.
knee-health-good-shoe-rubber = Protective rubber where the sole wears.
knee-health-good-shoe-breathable = A breathable upper.
knee-health-good-shoe-heel-counter = A firm heel counter that holds the heel.
knee-health-good-shoe-flexible = Flexibility where the foot bends.
knee-health-good-shoe-insole = A removable insole, so an orthotic can go in.
knee-health-good-shoe-no-arch-support = No built-in arch support in a neutral shoe.
knee-health-good-shoe-light = Light weight.
