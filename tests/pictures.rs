//! Reading and importing shoe pictures: refused with a reason when missing, not a picture,
//! damaged or too large; scaled down for display; imported into the catalogue's folder.

use image::RgbaImage;
use shoe_selector::files::copy_new as write_new;
use shoe_selector::pictures::{extension_of, read_picture};

#[test]
fn broken_pictures_say_why() {
    let folder = tempfile::tempdir().expect("temp dir");
    let missing = read_picture(&folder.path().join("none.png"), 256).expect_err("missing");
    assert!(missing.contains("not found"));
    let text = folder.path().join("text.png");
    std::fs::write(&text, "not a picture").expect("write");
    assert!(
        read_picture(&text, 256)
            .expect_err("text")
            .contains("not a PNG or JPEG")
    );
    let truncated = folder.path().join("cut.png");
    let mut bytes = Vec::new();
    RgbaImage::new(64, 64)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("write");
    assert!(
        read_picture(&truncated, 256)
            .expect_err("truncated")
            .contains("damaged")
    );
    let huge = folder.path().join("huge.png");
    let mut bytes = Vec::new();
    image::GrayImage::new(5000, 10)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    std::fs::write(&huge, &bytes).expect("write");
    assert!(
        read_picture(&huge, 256)
            .expect_err("huge")
            .contains("larger than 4096x4096")
    );
}

#[test]
fn large_pictures_are_scaled_down() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("big.png");
    RgbaImage::new(1000, 500).save(&path).expect("save");
    let picture = read_picture(&path, 200).expect("reads");
    assert_eq!((picture.width(), picture.height()), (200, 100));
}

/// A picture joins the catalogue's folder under a new name only: written whole, never over
/// a file that is there.
#[test]
fn a_picture_is_placed_under_a_new_name_and_never_over_a_file() {
    let source_folder = tempfile::tempdir().expect("temp dir");
    let catalogue_folder = tempfile::tempdir().expect("temp dir");
    let source = source_folder.path().join("photo.png");
    RgbaImage::new(40, 20).save(&source).expect("save");
    assert_eq!(extension_of(&std::fs::read(&source).expect("read")), "png");
    let target = catalogue_folder.path().join("images/aurora-glide-3.png");
    write_new(&target, &source).expect("placed");
    assert_eq!(
        std::fs::read(&target).expect("read"),
        std::fs::read(&source).expect("read")
    );
    let other = source_folder.path().join("other.png");
    RgbaImage::new(10, 10).save(&other).expect("save");
    let before = std::fs::read(&target).expect("read");
    assert!(
        write_new(&target, &other).is_err(),
        "an existing file is kept"
    );
    assert_eq!(std::fs::read(&target).expect("read"), before);
}
