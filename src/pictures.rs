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
    decode_picture(&bytes, &path.display().to_string(), max_side)
}

/// Decodes the picture in `bytes` (called `name` in messages) with the limits of
/// [`read_picture`], and scales it to fit `max_side` pixels.
pub fn decode_picture(bytes: &[u8], name: &str, max_side: u32) -> Result<RgbaImage, String> {
    // The content decides, not the file name: a renamed text file is no picture.
    let format = match image::guess_format(bytes) {
        Ok(format @ (ImageFormat::Png | ImageFormat::Jpeg)) => format,
        _ => return Err(format!("{name} is not a PNG or JPEG picture")),
    };
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let picture = reader.decode().map_err(|error| match error {
        image::ImageError::Limits(_) => {
            format!("{name} is larger than {MAX_SIDE}x{MAX_SIDE} pixels")
        }
        image::ImageError::Unsupported(_) => format!("{name} is not a PNG or JPEG picture"),
        other => format!("{name} is damaged: {other}"),
    })?;
    let picture = if picture.width() > max_side || picture.height() > max_side {
        picture.resize(max_side, max_side, image::imageops::FilterType::Triangle)
    } else {
        picture
    };
    Ok(picture.into_rgba8())
}

/// The file extension a picture's bytes call for: `jpg` for a JPEG, else `png`.
pub fn extension_of(bytes: &[u8]) -> &'static str {
    match image::guess_format(bytes) {
        Ok(ImageFormat::Jpeg) => "jpg",
        _ => "png",
    }
}
