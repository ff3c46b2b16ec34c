//! Reading a shoe's picture safely: any PNG or JPEG the catalogue names, refused when it is
//! missing, too large, truncated or not a picture, and scaled down for display.

use crate::words::Say;
use image::{ImageFormat, ImageReader, Limits, RgbaImage};
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};
use std::time::SystemTime;

/// Files larger than this are not read at all.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Pictures wider or taller than this are refused.
pub const MAX_SIDE: u32 = 4096;
/// Decoding may not allocate more than this.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// Reads the picture at `path` and scales it to fit `max_side` pixels, or says why not.
pub fn read_picture(path: &Path, max_side: u32) -> Result<RgbaImage, Fault> {
    let metadata = std::fs::metadata(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => Fault::Missing,
        _ => Fault::Unreadable(error.to_string()),
    })?;
    // A pipe or a device is never opened: opening one may wait for ever.
    if !metadata.is_file() {
        return Err(Fault::NotAPicture);
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Fault::TooManyBytes(metadata.len().div_ceil(1 << 20)));
    }
    let bytes = std::fs::read(path).map_err(|error| Fault::Unreadable(error.to_string()))?;
    decode_picture(&bytes, max_side)
}

/// Why a picture file cannot be shown, found from its size and its header alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The file is larger than [`MAX_FILE_BYTES`]: its size in MB of 2^20 bytes, rounded up.
    TooManyBytes(u64),
    /// The file is not a PNG or a JPEG, whatever its name.
    NotAPicture,
    /// The picture is wider or taller than [`MAX_SIDE`]: its width and height.
    TooManyPixels(u32, u32),
    /// The header cannot be read: the decoder's words.
    Damaged(String),
    /// The file ends before the picture does: it was cut short.
    CutShort,
    /// The file cannot be opened or read: the system's words.
    Unreadable(String),
    /// There is no file at the path.
    Missing,
    /// Decoding it would pass the limits of side or memory.
    TooLargeToDecode,
}

impl Fault {
    /// Why the picture `name` cannot be shown, to be put into words.
    pub fn said(&self, name: &str) -> Say {
        let said = |id: &'static str| Say::new(id).text("image", name);
        match self {
            Fault::TooManyBytes(megabytes) => said("picture-too-many-bytes")
                .num("megabytes", *megabytes as f64)
                .num("max", (MAX_FILE_BYTES >> 20) as f64),
            Fault::NotAPicture => said("picture-not-a-picture"),
            Fault::TooManyPixels(width, height) => said("picture-too-many-pixels")
                .text("size", format!("{width}×{height}"))
                .num("max", f64::from(MAX_SIDE)),
            Fault::Damaged(reason) => said("picture-damaged").text("reason", reason.as_str()),
            Fault::CutShort => said("picture-cut-short"),
            Fault::Unreadable(reason) => {
                said("picture-cannot-read").text("reason", reason.as_str())
            }
            Fault::Missing => said("picture-missing"),
            Fault::TooLargeToDecode => said("picture-too-large").num("max", f64::from(MAX_SIDE)),
        }
    }
}

/// Checks the picture file at `path` without decoding it: its size, what its content is, and
/// its width and height from the header. Cheap enough for every picture of a catalogue at
/// load; a picture damaged past its header is still found when it is decoded for display.
/// The answer is kept for the file as it stands (its size and time of change), so checking
/// a catalogue again after each edit reads no header twice.
pub fn inspect(path: &Path) -> Result<(), Fault> {
    type Seen = HashMap<PathBuf, (Option<SystemTime>, u64, Result<(), Fault>)>;
    static SEEN: LazyLock<Mutex<Seen>> = LazyLock::new(Mutex::default);
    let metadata = std::fs::metadata(path).map_err(|error| Fault::Unreadable(error.to_string()))?;
    let stamp = (metadata.modified().ok(), metadata.len());
    let seen = |seen: &mut Seen| {
        seen.get(path)
            .filter(|(modified, len, _)| (*modified, *len) == stamp)
            .map(|(_, _, found)| found.clone())
    };
    if let Some(found) = SEEN.lock().ok().and_then(|mut s| seen(&mut s)) {
        return found;
    }
    let found = inspect_file(path, &metadata);
    if let Ok(mut seen) = SEEN.lock() {
        seen.insert(path.to_path_buf(), (stamp.0, stamp.1, found.clone()));
    }
    found
}

fn inspect_file(path: &Path, metadata: &std::fs::Metadata) -> Result<(), Fault> {
    let unreadable = |error: std::io::Error| Fault::Unreadable(error.to_string());
    // A pipe or a device is never opened: opening one may wait for ever.
    if !metadata.is_file() {
        return Err(Fault::NotAPicture);
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Fault::TooManyBytes(metadata.len().div_ceil(1 << 20)));
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut reader = ImageReader::new(std::io::BufReader::new(file))
        .with_guessed_format()
        .map_err(unreadable)?;
    if !matches!(reader.format(), Some(ImageFormat::Png | ImageFormat::Jpeg)) {
        return Err(Fault::NotAPicture);
    }
    let format = reader.format();
    // A file cut short (a copy or a download that stopped) still has its header: its end
    // tells, without decoding it all.
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let tail_length = metadata.len().min(TAIL);
    file.seek(SeekFrom::End(-(tail_length as i64)))
        .map_err(unreadable)?;
    let mut tail = Vec::with_capacity(tail_length as usize);
    file.read_to_end(&mut tail).map_err(unreadable)?;
    // Some programs and cameras write data after the picture's end (a trailer, a
    // thumbnail): the end is looked for anywhere in the last part of the file.
    let ends_whole = match format {
        Some(ImageFormat::Png) => tail.windows(PNG_END.len()).any(|end| end == PNG_END),
        _ => tail.windows(2).any(|pair| pair == [0xFF, 0xD9]),
    };
    if !ends_whole {
        return Err(Fault::CutShort);
    }
    reader.no_limits();
    let (width, height) = reader.into_dimensions().map_err(|error| match error {
        image::ImageError::IoError(error) => Fault::Unreadable(error.to_string()),
        other => Fault::Damaged(other.to_string().trim().to_string()),
    })?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(Fault::TooManyPixels(width, height));
    }
    Ok(())
}

/// How many bytes at the end of a picture file are read to see that it ends whole.
const TAIL: u64 = 64 * 1024;

/// The chunk that ends every PNG file: IEND, with its length and checksum.
const PNG_END: &[u8] = &[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82];

/// Decodes the picture in `bytes` with the limits of [`read_picture`], and scales it to fit
/// `max_side` pixels.
pub fn decode_picture(bytes: &[u8], max_side: u32) -> Result<RgbaImage, Fault> {
    // The content decides, not the file name: a renamed text file is no picture.
    let format = match image::guess_format(bytes) {
        Ok(format @ (ImageFormat::Png | ImageFormat::Jpeg)) => format,
        _ => return Err(Fault::NotAPicture),
    };
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let picture = reader.decode().map_err(|error| match error {
        image::ImageError::Limits(_) => Fault::TooLargeToDecode,
        image::ImageError::Unsupported(_) => Fault::NotAPicture,
        other => Fault::Damaged(other.to_string().trim().to_string()),
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
