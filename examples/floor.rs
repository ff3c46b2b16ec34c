//! The floor the speed goals are measured against: read a catalogue file and deserialise it
//! with serde + ron into plain structs, nothing else. For peak-memory comparisons:
//! `/usr/bin/time -v cargo run --release --example floor -- target/catalogue-100000.ron`.

use shoe_selector::catalogue::{Catalogue, ron_options};

/// The shipped binary's allocator, so that what is measured is what runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: floor CATALOGUE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    };
    match ron_options().from_str::<Catalogue>(&text) {
        Ok(catalogue) => println!("{} shoes", catalogue.shoes.len()),
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    }
}
