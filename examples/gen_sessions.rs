//! Writes made-up fitting sessions for load tests and for looking at the insights, the same
//! for the same arguments: `cargo run --release --example gen_sessions -- 3000 [DIR]`
//! (default `target/sessions-N`), customers of every kind trying on the bundled sample's
//! shoes, a quarter of them coming back to say how the pair went.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = match args.next().map(|n| n.parse()) {
        Some(Ok(count)) => count,
        _ => {
            eprintln!("usage: gen_sessions N [DIR]");
            std::process::exit(2);
        }
    };
    let folder = args.next().map_or_else(
        || PathBuf::from(format!("target/sessions-{count}")),
        PathBuf::from,
    );
    let catalogue = match shoe_selector::sample::catalogue() {
        Ok(catalogue) => catalogue,
        Err(_) => {
            eprintln!("the sample catalogue does not load");
            std::process::exit(1);
        }
    };
    let ids: Vec<String> = catalogue.shoes.iter().map(|s| s.id.clone()).collect();
    if let Err(error) = shoe_selector::session::generate(&folder, count, &ids) {
        eprintln!("{}: {error}", folder.display());
        std::process::exit(1);
    }
    println!("wrote {count} sessions to {}", folder.display());
}
