//! Writes the hostile files the README's memory and time figures are measured on:
//! `cargo run --release --example hostile_files -- [DIR]` (default `target/hostile`), then
//! `/usr/bin/time -v target/release/shoe-selector check DIR/FILE` for each. A catalogue of
//! the bundled shoes over and over on one line of 50 MB and of 200 MB (a stray word at the
//! end), 100 MB of NUL bytes, three million `Shoe(id: "x"),` and an id of ten million
//! characters.

use std::io::Write;
use std::path::{Path, PathBuf};

const MB: usize = 1 << 20;

fn main() -> std::io::Result<()> {
    let folder = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/hostile"), PathBuf::from);
    std::fs::create_dir_all(&folder)?;
    let bundled =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron"))?;
    let shoes = bundled
        .split_once("shoes: [")
        .and_then(|(_, rest)| rest.rsplit_once(']'))
        .map(|(shoes, _)| shoes.replace('\n', " "))
        .unwrap_or_default();
    for (name, size) in [
        ("one-line-50mb.ron", 50 * MB),
        ("one-line-200mb.ron", 200 * MB),
    ] {
        let mut file = std::io::BufWriter::new(std::fs::File::create(folder.join(name))?);
        let start = "Catalogue(format: 1, shoes: [";
        file.write_all(start.as_bytes())?;
        let mut written = start.len();
        while written < size {
            file.write_all(shoes.as_bytes())?;
            written += shoes.len();
        }
        file.write_all(b"] oops)")?;
    }
    std::fs::write(folder.join("nul-100mb.ron"), vec![0u8; 100 * MB])?;
    let mut tiny = std::io::BufWriter::new(std::fs::File::create(folder.join("tiny-3m.ron"))?);
    tiny.write_all(b"Catalogue(format: 1, shoes: [")?;
    for _ in 0..3_000_000 {
        tiny.write_all(b"Shoe(id: \"x\"),")?;
    }
    tiny.write_all(b"])")?;
    drop(tiny);
    std::fs::write(
        folder.join("long-id.ron"),
        format!(
            "Catalogue(format: 1, shoes: [Shoe(id: \"{}\", brand: 1)])",
            "x".repeat(10_000_000)
        ),
    )?;
    println!("wrote the hostile files into {}", folder.display());
    Ok(())
}
