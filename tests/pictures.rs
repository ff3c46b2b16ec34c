//! Reading and importing shoe pictures: refused with a reason when missing, not a picture,
//! damaged or too large; scaled down for display; imported into the catalogue's folder.

use image::RgbaImage;
use shoe_selector::files::copy_new as write_new;
use shoe_selector::pictures::{Fault, extension_of, read_picture};
use shoe_selector::words::Lang;

/// Why a picture is refused, as the window says it in English and in Russian.
fn said(fault: &Fault, lang: Lang) -> String {
    lang.words().say(&fault.said("shoe.png"))
}

#[test]
fn broken_pictures_say_why() {
    let folder = tempfile::tempdir().expect("temp dir");
    let missing = read_picture(&folder.path().join("none.png"), 256).expect_err("missing");
    assert_eq!(missing, Fault::Missing);
    assert_eq!(said(&missing, Lang::En), "`shoe.png` is not there");
    assert_eq!(said(&missing, Lang::Ru), "файла `shoe.png` нет");
    let text = folder.path().join("text.png");
    std::fs::write(&text, "not a picture").expect("write");
    let not_a_picture = read_picture(&text, 256).expect_err("text");
    assert_eq!(not_a_picture, Fault::NotAPicture);
    assert!(said(&not_a_picture, Lang::En).contains("not a PNG or JPEG"));
    let truncated = folder.path().join("cut.png");
    let mut bytes = Vec::new();
    RgbaImage::new(64, 64)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("write");
    let damaged = read_picture(&truncated, 256).expect_err("truncated");
    assert!(matches!(damaged, Fault::Damaged(_)), "{damaged:?}");
    assert!(said(&damaged, Lang::Ru).contains("повреждена"));
    let huge = folder.path().join("huge.png");
    let mut bytes = Vec::new();
    image::GrayImage::new(5000, 10)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    std::fs::write(&huge, &bytes).expect("write");
    let huge = read_picture(&huge, 256).expect_err("huge");
    assert_eq!(huge, Fault::TooLargeToDecode);
    assert!(said(&huge, Lang::En).contains("more than 4096 pixels on a side"));
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

/// A PNG of `width` by `height` pixels, as a file would hold it.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::GrayImage::new(width, height)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode");
    bytes
}

#[test]
fn pictures_that_cannot_be_shown_are_warnings_at_their_image_field() {
    use shoe_selector::catalogue::{DiagnosticKind, load_catalogue};
    let folder = tempfile::tempdir().expect("temp dir");
    let images = folder.path().join("images");
    std::fs::create_dir(&images).expect("images folder");
    let whole = png(40, 20);
    let jpeg = {
        let mut bytes = Vec::new();
        image::RgbImage::new(40, 20)
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Jpeg,
            )
            .expect("encode");
        bytes
    };
    std::fs::write(images.join("good.png"), &whole).expect("write");
    std::fs::write(images.join("good.jpg"), &jpeg).expect("write");
    std::fs::write(images.join("text.png"), "not a picture").expect("write");
    std::fs::write(images.join("cut.png"), &whole[..whole.len() - 20]).expect("write");
    std::fs::write(images.join("cut.jpg"), &jpeg[..jpeg.len() - 40]).expect("write");
    std::fs::write(images.join("wide.png"), png(5000, 2)).expect("write");
    let heavy = std::fs::File::create(images.join("heavy.png")).expect("create");
    heavy.set_len(40 * 1024 * 1024).expect("a large file");
    let names = [
        "good.png",
        "good.jpg",
        "text.png",
        "cut.png",
        "cut.jpg",
        "wide.png",
        "heavy.png",
    ];
    let shoes: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "(id: \"s{i}\", brand: \"B\", model: \"M{i}\", support: Neutral, cushioning: Moderate, heel_counter: Moderate, removable_insole: true, breathability: Medium, water_resistance: NoTreatment, outsole: Road, widths: [Standard], surfaces: [Road], weight_g: 250,\n image: \"images/{name}\"),\n"
            )
        })
        .collect();
    let path = folder.path().join("shop.ron");
    std::fs::write(&path, format!("(format: 1, shoes: [\n{shoes}])\n")).expect("write");
    let outcome = load_catalogue(&path);
    let errors: Vec<String> = outcome.errors().map(|d| d.message()).collect();
    assert!(
        outcome.catalogue.is_some(),
        "pictures never stop a catalogue: {errors:?}"
    );
    let warned: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::UnusablePicture)
        .collect();
    let expected = [
        ("s2", "is not a PNG or JPEG picture"),
        ("s3", "was cut short"),
        ("s4", "was cut short"),
        ("s5", "5000×2 pixels, more than 4096 on a side"),
        ("s6", "is 40 MB, more than the 32 MB"),
    ];
    assert_eq!(warned.len(), expected.len(), "{warned:#?}");
    for (d, (shoe, words)) in warned.iter().zip(expected) {
        assert!(!d.is_error());
        assert_eq!(d.shoe.as_deref(), Some(shoe));
        assert_eq!(d.field.as_deref(), Some("image"));
        let index: usize = shoe[1..].parse().expect("index");
        assert_eq!(d.line, index * 2 + 3, "the line of the shoe's image field");
        assert_eq!(d.column, 9, "the column of its value: after \" image: \"");
        assert!(d.message().contains(words), "{}", d.message());
    }
}
