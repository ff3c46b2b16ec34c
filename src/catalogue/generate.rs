//! Large, valid catalogues made up from a fixed seed, for benchmarks and load tests: every
//! kind of feature, the same shoes for the same count.

use super::*;

/// `count` shoes with every kind of feature, from a fixed seed.
pub fn generate(count: usize) -> Catalogue {
    let mut seed: u64 = 0x5eed_5eed;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n as u64) as usize
    };
    let brands = [
        "Aurora", "Boreal", "Cinder", "Delta", "Ember", "Fjord", "Gale", "Harbor",
    ];
    let shoes = (0..count)
        .map(|i| {
            let widths: Vec<Width> = Width::ALL
                .iter()
                .copied()
                .filter(|_| next(2) == 0)
                .collect();
            let surfaces: Vec<Surface> = Surface::ALL
                .iter()
                .copied()
                .filter(|_| next(2) == 0)
                .collect();
            let stack = 10.0 + next(40) as f64;
            Shoe {
                id: format!("shoe-{i}"),
                brand: brands[next(brands.len())].to_string(),
                model: format!("Model {i}"),
                support: Support::ALL[next(3)],
                cushioning: Cushioning::ALL[next(5)],
                heel_counter: HeelCounter::ALL[next(3)],
                removable_insole: next(5) != 0,
                breathability: Breathability::ALL[next(3)],
                water_resistance: WaterResistance::ALL[next(3)],
                outsole: Outsole::ALL[next(4)],
                widths: if widths.is_empty() {
                    vec![Width::Standard]
                } else {
                    widths
                },
                surfaces: if surfaces.is_empty() {
                    vec![Surface::Road]
                } else {
                    surfaces
                },
                weight_g: 150.0 + next(250) as f64,
                stack_heel_mm: Some(stack),
                drop_mm: Some(next(12).min(stack as usize) as f64),
                flexibility: Some(Flexibility::ALL[next(3)]),
                price: Some(60.0 + next(200) as f64),
                currency: None,
                sizes_eu: Some((36.0 + next(3) as f64, 45.0 + next(5) as f64)),
                image: Some("images/generated.png".to_string()),
                notes: Some("Generated for benchmarks.".into()),
                plate: None,
                uses: None,
                foam: None,
                toe_box: None,
                lug_depth_mm: None,
                sizing: Some(Sizing::ALL[i % Sizing::ALL.len()]),
                replaces: None,
                guidance: None,
                widths_confirmed: None,
                url: None,
            }
        })
        .collect();
    Catalogue {
        format: 1,
        name: Some(format!("Generated, {count} shoes")),
        currency: Some("EUR".into()),
        shoes,
        size_charts: Vec::new(),
    }
}
