//! Reading a shoe's picture safely: any PNG or JPEG the catalogue names, refused when it is
//! missing, too large, truncated or not a picture, and scaled down for display.

use image::{ImageFormat, ImageReader, Limits, RgbaImage};
use std::path::Path;

/// Files larger than this are not read at all.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Pictures wider or taller than this are refused.
pub const MAX_SIDE: u32 = 4096;
/// Decoding may not allocate more than this.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// Reads the picture at `path` and scales it to fit `max_side` pixels. The error says why, in
/// words for a tooltip.
pub fn read_picture(path: &Path, max_side: u32) -> Result<RgbaImage, String> {
    let metadata = std::fs::metadata(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => format!("{} not found", path.display()),
        _ => format!("{} cannot be read: {error}", path.display()),
    })?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} is {} MB; pictures may be at most {} MB",
            path.display(),
            metadata.len() / 1_000_000,
            MAX_FILE_BYTES / 1_000_000
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|error| format!("{} cannot be read: {error}", path.display()))?;
    // The content decides, not the file name: a renamed text file is no picture.
    let format = match image::guess_format(&bytes) {
        Ok(format @ (ImageFormat::Png | ImageFormat::Jpeg)) => format,
        _ => return Err(format!("{} is not a PNG or JPEG picture", path.display())),
    };
    let mut reader = ImageReader::with_format(std::io::Cursor::new(&bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let picture = reader.decode().map_err(|error| match error {
        image::ImageError::Limits(_) => format!(
            "{} is larger than {MAX_SIDE}x{MAX_SIDE} pixels",
            path.display()
        ),
        image::ImageError::Unsupported(_) => {
            format!("{} is not a PNG or JPEG picture", path.display())
        }
        other => format!("{} is damaged: {other}", path.display()),
    })?;
    let picture = if picture.width() > max_side || picture.height() > max_side {
        picture.resize(max_side, max_side, image::imageops::FilterType::Triangle)
    } else {
        picture
    };
    Ok(picture.into_rgba8())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

/// Copies the picture at `source` into the catalogue's `images/` folder as `<id>.<png|jpg>`,
/// after checking it with the same limits as loading. Returns the path to write into the
/// shoe, relative to the catalogue's folder.
pub fn import_picture(source: &Path, catalogue_folder: &Path, id: &str) -> Result<String, String> {
    read_picture(source, 64)?;
    let bytes = std::fs::read(source)
        .map_err(|error| format!("{} cannot be read: {error}", source.display()))?;
    let extension = match image::guess_format(&bytes) {
        Ok(ImageFormat::Jpeg) => "jpg",
        _ => "png",
    };
    let name = if crate::catalogue::is_slug(id) {
        id.to_string()
    } else {
        crate::catalogue::validate::slugify(id)
    };
    let relative = format!("images/{name}.{extension}");
    let target = catalogue_folder.join(&relative);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(&target, &bytes)
        .map_err(|error| format!("cannot write {}: {error}", target.display()))?;
    Ok(relative)
}

#[cfg(test)]
mod import_tests {
    use super::*;

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
}
