//! What the shop tells a runner with knee pain, in our own words from the article this
//! product comes from: the common causes, the warm-up, the signs of a good running shoe, and
//! the red flags that call for a doctor rather than a shoe. Shared by the window and the
//! fitting report.

/// A heading and its points.
pub struct Section {
    /// Red flags: shown and printed to stand out.
    pub urgent: bool,
    pub title: &'static str,
    pub intro: &'static str,
    pub points: &'static [&'static str],
}

pub const RED_FLAGS: Section = Section {
    urgent: true,
    title: "See a doctor, not a shoe shop, if",
    intro: "A shoe can remove a cause of knee pain; it cannot treat an injury or an illness.",
    points: &[
        "the knee is swollen, red or warm;",
        "it locks, catches or gives way;",
        "the pain is sharp or stabbing, or stays after rest;",
        "the leg goes numb, tingles, or burns down the back of the thigh;",
        "the pain began with a fall, a twist or a blow.",
    ],
};

pub const CAUSES: Section = Section {
    urgent: false,
    title: "Common causes of knee pain in runners",
    intro: "Most knee pain while running has an ordinary cause that can be changed.",
    points: &[
        "Technique: landing hard on the heel with no give, so the joint takes the blow.",
        "Flat feet and overpronation: the foot rolls in and twists the knee with it.",
        "Overload: too far, too fast, too soon; beginners are hurt most often.",
        "No warm-up: cold muscles do not steady the joint.",
        "Hard surfaces: asphalt passes every impact on; choose paths, tracks or thick soles.",
        "The wrong or worn-out shoes.",
    ],
};

pub const WARM_UP: Section = Section {
    urgent: false,
    title: "Before every run",
    intro: "Warm up for five to ten minutes, then start slowly.",
    points: &[
        "Walk briskly for a few minutes, then jog gently.",
        "Loosen ankles, knees and hips with easy circles and leg swings.",
        "Run tall and relaxed, land softly under your body, with a comfortable stride.",
        "Build distance gradually; ease off at the first sign of heavy breathing or pain.",
    ],
};

pub const GOOD_SHOE: Section = Section {
    urgent: false,
    title: "Signs of a good running shoe",
    intro: "Nine things to look for, whatever the brand.",
    points: &[
        "Cushioning that takes the impact, especially under the heel.",
        "A soft, forgiving sole and upper.",
        "Protective rubber where the sole wears.",
        "A breathable upper.",
        "A firm heel counter that holds the heel.",
        "Flexibility where the foot bends.",
        "A removable insole, so an orthotic can go in.",
        "No built-in arch support in a neutral shoe.",
        "Light weight.",
    ],
};

/// Every section, in the order to read them.
pub const ALL: [&Section; 4] = [&RED_FLAGS, &CAUSES, &WARM_UP, &GOOD_SHOE];
