//! What the shop tells a runner with knee pain, in our own words from the article this
//! product comes from: the common causes, the warm-up, the signs of a good running shoe, and
//! the red flags that call for a doctor rather than a shoe. Shared by the window and the
//! fitting report. The words are in `assets/i18n/*/knee-health.ftl`.

use crate::words::Words;

/// A heading and its points, as the ids of their messages.
pub struct Section {
    /// Red flags: shown and printed to stand out.
    pub urgent: bool,
    title: &'static str,
    intro: &'static str,
    points: &'static [&'static str],
}

impl Section {
    /// The heading, in `words`.
    pub fn title(&self, words: &Words) -> String {
        words.get(self.title)
    }

    /// The sentence under the heading, in `words`.
    pub fn intro(&self, words: &Words) -> String {
        words.get(self.intro)
    }

    /// The points, in order, in `words`.
    pub fn points<'a>(&self, words: &'a Words) -> impl Iterator<Item = String> + 'a {
        self.points.iter().map(|id| words.get(id))
    }
}

/// The signs that call for a doctor rather than a shoe: the one urgent section.
pub const RED_FLAGS: Section = Section {
    urgent: true,
    title: "knee-health-red-flags",
    intro: "knee-health-red-flags-intro",
    points: &[
        "knee-health-red-flags-swollen",
        "knee-health-red-flags-locks",
        "knee-health-red-flags-sharp",
        "knee-health-red-flags-numb",
        "knee-health-red-flags-fall",
    ],
};

/// The common causes of knee pain in runners, most of which can be changed.
pub const CAUSES: Section = Section {
    urgent: false,
    title: "knee-health-causes",
    intro: "knee-health-causes-intro",
    points: &[
        "knee-health-causes-technique",
        "knee-health-causes-flat-feet",
        "knee-health-causes-overload",
        "knee-health-causes-no-warm-up",
        "knee-health-causes-hard-surfaces",
        "knee-health-causes-shoes",
    ],
};

/// The warm-up before every run.
pub const WARM_UP: Section = Section {
    urgent: false,
    title: "knee-health-warm-up",
    intro: "knee-health-warm-up-intro",
    points: &[
        "knee-health-warm-up-walk",
        "knee-health-warm-up-loosen",
        "knee-health-warm-up-form",
        "knee-health-warm-up-build",
    ],
};

/// The signs of a good running shoe, whatever the brand.
pub const GOOD_SHOE: Section = Section {
    urgent: false,
    title: "knee-health-good-shoe",
    intro: "knee-health-good-shoe-intro",
    points: &[
        "knee-health-good-shoe-cushioning",
        "knee-health-good-shoe-soft",
        "knee-health-good-shoe-rubber",
        "knee-health-good-shoe-breathable",
        "knee-health-good-shoe-heel-counter",
        "knee-health-good-shoe-flexible",
        "knee-health-good-shoe-insole",
        "knee-health-good-shoe-no-arch-support",
        "knee-health-good-shoe-light",
    ],
};

/// Every section, in the order to read them.
pub const ALL: [&Section; 4] = [&RED_FLAGS, &CAUSES, &WARM_UP, &GOOD_SHOE];

#[cfg(test)]
mod tests {
    use super::ALL;
    use crate::words::Lang;

    /// Every id names a message of every language: a missing one would show its id.
    #[test]
    fn every_section_has_its_words_in_every_language() {
        for lang in Lang::ALL {
            let words = lang.words();
            for section in ALL {
                let all = [section.title, section.intro]
                    .into_iter()
                    .chain(section.points.iter().copied());
                for id in all {
                    let text = words.get(id);
                    assert!(!text.is_empty() && text != id, "{lang:?}: {id}");
                }
            }
        }
    }
}
