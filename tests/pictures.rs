//! Reading and importing shoe pictures: refused with a reason when missing, not a picture,
//! damaged or too large; scaled down for display; imported into the catalogue's folder.

use image::RgbaImage;
use shoe_selector::pictures::{import_picture, read_picture};

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

#[test]
fn an_imported_picture_lands_in_the_images_folder_and_a_bad_one_is_refused() {
    let source_folder = tempfile::tempdir().expect("temp dir");
    let catalogue_folder = tempfile::tempdir().expect("temp dir");
    let source = source_folder.path().join("photo.png");
    RgbaImage::new(40, 20).save(&source).expect("save");
    let relative =
        import_picture(&source, catalogue_folder.path(), "aurora-glide-3").expect("imports");
    assert_eq!(relative, "images/aurora-glide-3.png");
    assert!(catalogue_folder.path().join(&relative).is_file());
    let bad = source_folder.path().join("notes.png");
    std::fs::write(&bad, "text").expect("write");
    assert!(import_picture(&bad, catalogue_folder.path(), "x").is_err());
    assert!(!catalogue_folder.path().join("images/x.png").exists());
}
