//! Builders shared by the integration tests: a plain shoe and runner to vary one thing at a time.
#![allow(dead_code)]

use shoe_selector::catalogue::*;
use shoe_selector::profile::*;

/// A neutral, moderately cushioned road trainer made in every width: suits almost anyone.
pub fn shoe(id: &str) -> Shoe {
    Shoe {
        id: id.to_string(),
        brand: "Test".to_string(),
        model: id.to_string(),
        widths: Width::ALL.to_vec(),
        weight_g: 260.0,
        stack_heel_mm: Some(32.0),
        drop_mm: Some(8.0),
        flexibility: Some(Flexibility::Moderate),
        price: Some(120.0),
        sizes_eu: Some((36.0, 48.0)),
        ..Shoe::plain()
    }
}

pub fn catalogue(shoes: Vec<Shoe>) -> Catalogue {
    Catalogue {
        format: 1,
        name: None,
        currency: Some("EUR".to_string()),
        shoes,
        size_charts: Vec::new(),
    }
}

pub fn runner() -> Profile {
    Profile::default()
}
