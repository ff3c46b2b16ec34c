//! The program carries its sample catalogue and its message files (`include_dir!`), which the
//! compiler does not watch: a change to them rebuilds the program.

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=assets/i18n");
}
