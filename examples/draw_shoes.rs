//! Draws a side-view picture of every shoe in a catalogue from its own data, so the picture
//! says something true: sole height from the heel stack and drop, lugs for trail outsoles,
//! studs for winter grip, a medial post for stability shoes, a heel counter as stiff as the
//! shoe's, mesh holes as open as its breathability, a sheen for water treatment, and a
//! colour per brand.
//!
//! `cargo run --example draw_shoes -- [CATALOGUE]` (default `data/catalogue.ron`) writes each
//! shoe's `image` path, relative to the catalogue's folder.
//!
//! `cargo run --example draw_shoes -- --icon assets/icon.png` draws the program's icon: a
//! daily trainer in the accent's warm counterpart on a teal tile, 256 by 256 pixels.

use image::{Rgba, RgbaImage};
use shoe_selector::catalogue::{
    Breathability, HeelCounter, Outsole, Shoe, Support, WaterResistance, folder_of, load_catalogue,
};
use std::path::PathBuf;

const WIDTH: u32 = 480;
const HEIGHT: u32 = 300;
const GROUND: f32 = 262.0;
const PX_PER_MM: f32 = 2.4;

type Point = (f32, f32);

fn main() {
    let mut args = std::env::args().skip(1);
    if let Some("--icon") = args.next().as_deref() {
        let target = PathBuf::from(args.next().unwrap_or_else(|| "assets/icon.png".into()));
        if let Err(error) = icon().save(&target) {
            eprintln!("{}: {error}", target.display());
            std::process::exit(1);
        }
        println!("drew the icon in {}", target.display());
        return;
    }
    let path = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "data/catalogue.ron".to_string()),
    );
    let loaded = match load_catalogue(&path).into_result() {
        Ok(loaded) => loaded,
        Err(diagnostics) => {
            for diagnostic in diagnostics {
                eprintln!("{diagnostic}");
            }
            std::process::exit(1);
        }
    };
    let folder = folder_of(&path);
    let mut written = 0;
    for shoe in &loaded.catalogue.shoes {
        let Some(image) = &shoe.image else { continue };
        let target = folder.join(image);
        if let Some(parent) = target.parent()
            && let Err(error) = std::fs::create_dir_all(parent)
        {
            eprintln!("{}: {error}", parent.display());
            std::process::exit(1);
        }
        if let Err(error) = draw(shoe).save(&target) {
            eprintln!("{}: {error}", target.display());
            std::process::exit(1);
        }
        written += 1;
    }
    println!("drew {written} pictures next to {}", path.display());
}

/// A brand's colour: the same brand always gets the same colour.
fn brand_colour(brand: &str) -> [u8; 3] {
    const PALETTE: [[u8; 3]; 12] = [
        [36, 99, 186],
        [214, 72, 48],
        [38, 150, 110],
        [232, 160, 32],
        [128, 70, 170],
        [30, 150, 190],
        [200, 60, 120],
        [90, 110, 60],
        [60, 70, 90],
        [220, 110, 40],
        [20, 120, 140],
        [160, 40, 50],
    ];
    let hash = brand.to_lowercase().bytes().fold(2166136261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16777619)
    });
    PALETTE[(hash % PALETTE.len() as u32) as usize]
}

fn shade([r, g, b]: [u8; 3], factor: f32) -> Rgba<u8> {
    let f = |c: u8| (f32::from(c) * factor).clamp(0.0, 255.0) as u8;
    Rgba([f(r), f(g), f(b), 255])
}

/// The program's icon: a plain daily trainer, drawn as the catalogue's shoes are, on a teal
/// tile with rounded corners.
fn icon() -> RgbaImage {
    const SIDE: u32 = 256;
    const TEAL: Rgba<u8> = Rgba([0, 122, 110, 255]);
    let shoe = shoe_selector::sample::catalogue()
        .ok()
        .and_then(|catalogue| {
            catalogue
                .shoes
                .into_iter()
                .find(|s| s.id == "brooks-ghost-16")
        })
        .expect("the sample has the Ghost 16");
    let drawn = draw_in(&shoe, [240, 140, 50]);
    let mut tile = RgbaImage::from_pixel(SIDE, SIDE, Rgba([0, 0, 0, 0]));
    let radius = 48.0_f32;
    let side = SIDE as f32;
    let corners = [
        (0.0, 0.0),
        (side - 1.0, 0.0),
        (side - 1.0, side - 1.0),
        (0.0, side - 1.0),
    ];
    fill_where(&mut tile, &corners, TEAL, |(x, y)| {
        // Inside the rounded square: the corners cut by quarter circles.
        let cx = x.clamp(radius, side - radius);
        let cy = y.clamp(radius, side - radius);
        (x - cx).powi(2) + (y - cy).powi(2) <= radius * radius
    });
    let width = 232;
    let height = (f64::from(HEIGHT) * f64::from(width) / f64::from(WIDTH)) as u32;
    let scaled =
        image::imageops::resize(&drawn, width, height, image::imageops::FilterType::Triangle);
    let (left, top) = (
        i64::from((SIDE - width) / 2),
        i64::from((SIDE - height) / 2 + 6),
    );
    image::imageops::overlay(&mut tile, &scaled, left, top);
    tile
}

fn draw(shoe: &Shoe) -> RgbaImage {
    draw_in(shoe, brand_colour(&shoe.brand))
}

fn draw_in(shoe: &Shoe, colour: [u8; 3]) -> RgbaImage {
    let mut img = RgbaImage::from_pixel(WIDTH, HEIGHT, Rgba([0, 0, 0, 0]));
    let stack = shoe.stack_heel_mm.unwrap_or(match shoe.cushioning as u8 {
        0 => 10.0,
        1 => 24.0,
        2 => 30.0,
        3 => 35.0,
        _ => 40.0,
    });
    let drop = shoe.drop_mm.unwrap_or(8.0).min(stack);
    let lugs = match shoe.outsole {
        Outsole::TrailLugs => 10.0,
        Outsole::WinterGrip => 6.0,
        _ => 0.0,
    };
    let sole_bottom = GROUND - lugs;
    let (heel_x, toe_x) = (40.0, 450.0);
    let (stack, drop) = (stack as f32, drop as f32);
    let heel_top = sole_bottom - stack * PX_PER_MM;
    let fore_top = sole_bottom - (stack - drop).max(3.0) * PX_PER_MM;
    let top_at = |x: f32| {
        heel_top + (fore_top - heel_top) * ((x - heel_x) / (toe_x - 60.0 - heel_x)).clamp(0.0, 1.0)
    };
    let spring = |x: f32| {
        if x > 360.0 {
            ((x - 360.0) / 90.0).powi(2) * 16.0
        } else {
            0.0
        }
    };

    // Shadow on the ground.
    fill_ellipse(
        &mut img,
        (245.0, GROUND + 6.0),
        (215.0, 7.0),
        Rgba([0, 0, 0, 40]),
    );

    // Midsole: its height is the shoe's heel stack and drop.
    let mut sole: Vec<Point> = Vec::new();
    for i in 0..=40 {
        let x = heel_x + (toe_x - heel_x) * i as f32 / 40.0;
        sole.push((x, sole_bottom - spring(x)));
    }
    sole.push((toe_x + 4.0, fore_top + 6.0 - spring(toe_x)));
    for i in (0..=40).rev() {
        let x = heel_x + (toe_x - heel_x) * i as f32 / 40.0;
        sole.push((x, top_at(x) - spring(x) * 0.6));
    }
    sole.push((heel_x - 6.0, heel_top + 8.0));
    sole.push((heel_x - 4.0, sole_bottom - 6.0));
    fill_polygon(&mut img, &sole, Rgba([242, 240, 234, 255]));

    // Stability: a denser medial post under the arch; motion control: heel to midfoot.
    let post = match shoe.support {
        Support::Neutral => None,
        Support::Stability => Some((95.0, 215.0)),
        Support::MotionControl => Some((45.0, 250.0)),
    };
    if let Some((from, to)) = post {
        let mut block = Vec::new();
        for i in 0..=10 {
            let x = from + (to - from) * i as f32 / 10.0;
            block.push((x, top_at(x) + 4.0));
        }
        block.push((to, sole_bottom - 8.0));
        block.push((from, sole_bottom - 8.0));
        fill_polygon(&mut img, &block, Rgba([150, 155, 165, 255]));
    }

    // Outsole rubber: thicker for durable rubber.
    let rubber = match shoe.outsole {
        Outsole::Road => 5.0,
        Outsole::DurableRubber => 10.0,
        Outsole::TrailLugs | Outsole::WinterGrip => 7.0,
    };
    let mut band = Vec::new();
    for i in 0..=40 {
        let x = heel_x + (toe_x - heel_x) * i as f32 / 40.0;
        band.push((x, sole_bottom - spring(x)));
    }
    for i in (0..=40).rev() {
        let x = heel_x + (toe_x - heel_x) * i as f32 / 40.0;
        band.push((x, sole_bottom - spring(x) - rubber));
    }
    fill_polygon(&mut img, &band, Rgba([45, 45, 50, 255]));
    match shoe.outsole {
        Outsole::TrailLugs => {
            let mut x = heel_x + 8.0;
            while x < toe_x - 20.0 {
                let y = sole_bottom - spring(x);
                fill_polygon(
                    &mut img,
                    &[
                        (x, y - 1.0),
                        (x + 14.0, y - 1.0),
                        (x + 11.0, y + lugs),
                        (x + 3.0, y + lugs),
                    ],
                    Rgba([45, 45, 50, 255]),
                );
                x += 24.0;
            }
        }
        Outsole::WinterGrip => {
            let mut x = heel_x + 14.0;
            while x < toe_x - 20.0 {
                let y = sole_bottom - spring(x);
                fill_polygon(
                    &mut img,
                    &[
                        (x - 6.0, y - 1.0),
                        (x + 6.0, y - 1.0),
                        (x + 4.0, y + 3.0),
                        (x - 4.0, y + 3.0),
                    ],
                    Rgba([45, 45, 50, 255]),
                );
                fill_ellipse(
                    &mut img,
                    (x, y + lugs - 1.5),
                    (2.5, 2.5),
                    Rgba([200, 205, 215, 255]),
                );
                x += 30.0;
            }
        }
        _ => {}
    }

    // The upper.
    let upper_height = 112.0;
    let upper: Vec<Point> = {
        let mut points = vec![
            (heel_x + 2.0, heel_top + 2.0),
            (heel_x - 4.0, heel_top - 40.0),
        ];
        points.extend(curve(
            (heel_x - 4.0, heel_top - 40.0),
            (heel_x - 4.0, heel_top - upper_height),
            (heel_x + 30.0, heel_top - upper_height + 4.0),
            10,
        ));
        points.extend(curve(
            (heel_x + 30.0, heel_top - upper_height + 4.0),
            (heel_x + 60.0, heel_top - upper_height + 22.0),
            (heel_x + 95.0, heel_top - upper_height - 6.0),
            10,
        ));
        let instep = (280.0, top_at(280.0) - 70.0);
        points.extend(curve(
            (heel_x + 95.0, heel_top - upper_height - 6.0),
            (170.0, top_at(170.0) - 95.0),
            instep,
            12,
        ));
        let toe_top = (
            toe_x - 10.0,
            top_at(toe_x - 60.0) - 28.0 - spring(toe_x) * 0.6,
        );
        points.extend(curve(instep, (400.0, top_at(400.0) - 50.0), toe_top, 12));
        points.extend(curve(
            toe_top,
            (toe_x + 12.0, toe_top.1 + 4.0),
            (toe_x + 2.0, fore_top - spring(toe_x) * 0.6 + 2.0),
            8,
        ));
        for i in (0..=40).rev() {
            let x = heel_x + (toe_x - heel_x) * i as f32 / 40.0;
            points.push((x, top_at(x) - spring(x) * 0.6 + 2.0));
        }
        points
    };
    let base = match shoe.water_resistance {
        WaterResistance::Waterproof => 0.8,
        _ => 1.0,
    };
    fill_polygon(&mut img, &upper, shade(colour, base));

    // Mesh: as open as the upper breathes.
    let spacing = match shoe.breathability {
        Breathability::High => Some(9.0),
        Breathability::Medium => Some(15.0),
        Breathability::Low => None,
    };
    if let Some(spacing) = spacing {
        let mut y = heel_top - upper_height + 10.0;
        let mut row = 0;
        while y < fore_top {
            let mut x = 150.0 + if row % 2 == 0 { 0.0 } else { spacing / 2.0 };
            while x < toe_x - 8.0 {
                if inside(&upper, (x, y)) && inside(&upper, (x, y + 6.0)) && y < top_at(x) - 10.0 {
                    fill_ellipse(&mut img, (x, y), (1.8, 1.8), shade(colour, 1.45));
                }
                x += spacing;
            }
            y += spacing * 0.8;
            row += 1;
        }
    }

    // Water treatment: a sheen across the upper, bolder for a waterproof membrane.
    let sheen = match shoe.water_resistance {
        WaterResistance::NoTreatment => None,
        WaterResistance::WaterResistant => Some(60),
        WaterResistance::Waterproof => Some(110),
    };
    if let Some(alpha) = sheen {
        for k in 0..3 {
            let x0 = 180.0 + k as f32 * 60.0;
            let stripe = [
                (x0, heel_top - 120.0),
                (x0 + 16.0, heel_top - 120.0),
                (x0 - 44.0, fore_top),
                (x0 - 60.0, fore_top),
            ];
            let clipped: Vec<Point> = stripe.to_vec();
            fill_polygon_clipped(&mut img, &clipped, &upper, Rgba([255, 255, 255, alpha]));
        }
    }

    // Heel counter: wider and darker the stiffer it is.
    let (counter_width, counter_shade) = match shoe.heel_counter {
        HeelCounter::Flexible => (0.0, 1.0),
        HeelCounter::Moderate => (38.0, 0.75),
        HeelCounter::Rigid => (62.0, 0.55),
    };
    if counter_width > 0.0 {
        let counter: Vec<Point> = vec![
            (heel_x - 6.0, heel_top + 2.0),
            (heel_x - 6.0, heel_top - 70.0),
            (heel_x + counter_width * 0.5, heel_top - 62.0),
            (heel_x + counter_width, heel_top + 2.0),
        ];
        fill_polygon_clipped(&mut img, &counter, &upper, shade(colour, counter_shade));
    }

    // Laces.
    for i in 0..5 {
        let t = i as f32 / 4.0;
        let (x, y) = (
            150.0 + t * 110.0,
            heel_top - upper_height + 2.0 + t * 40.0 + (top_at(150.0 + t * 110.0) - heel_top) * 0.5,
        );
        fill_polygon(
            &mut img,
            &[
                (x - 10.0, y),
                (x + 10.0, y + 8.0),
                (x + 10.0, y + 12.0),
                (x - 10.0, y + 4.0),
            ],
            Rgba([250, 250, 250, 255]),
        );
    }
    img
}

/// A quadratic Bézier from `a` to `c` bent toward `b`.
fn curve(a: Point, b: Point, c: Point, steps: usize) -> Vec<Point> {
    (1..=steps)
        .map(|i| {
            let t = i as f32 / steps as f32;
            let u = 1.0 - t;
            (
                u * u * a.0 + 2.0 * u * t * b.0 + t * t * c.0,
                u * u * a.1 + 2.0 * u * t * b.1 + t * t * c.1,
            )
        })
        .collect()
}

/// Even-odd point-in-polygon test.
fn inside(polygon: &[Point], (x, y): Point) -> bool {
    let mut result = false;
    let mut j = polygon.len() - 1;
    for i in 0..polygon.len() {
        let (xi, yi) = polygon[i];
        let (xj, yj) = polygon[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            result = !result;
        }
        j = i;
    }
    result
}

/// Fills `polygon`, anti-aliased by 4x4 samples per pixel.
fn fill_polygon(img: &mut RgbaImage, polygon: &[Point], colour: Rgba<u8>) {
    fill_where(img, polygon, colour, |p| inside(polygon, p));
}

fn fill_polygon_clipped(img: &mut RgbaImage, polygon: &[Point], clip: &[Point], colour: Rgba<u8>) {
    fill_where(img, polygon, colour, |p| {
        inside(polygon, p) && inside(clip, p)
    });
}

fn fill_ellipse(img: &mut RgbaImage, (cx, cy): Point, (rx, ry): Point, colour: Rgba<u8>) {
    let bounds = [(cx - rx, cy - ry), (cx + rx, cy + ry)];
    fill_where(img, &bounds, colour, |(x, y)| {
        ((x - cx) / rx).powi(2) + ((y - cy) / ry).powi(2) <= 1.0
    });
}

fn fill_where(
    img: &mut RgbaImage,
    outline: &[Point],
    colour: Rgba<u8>,
    covered: impl Fn(Point) -> bool,
) {
    let min_x = outline
        .iter()
        .map(|p| p.0)
        .fold(f32::MAX, f32::min)
        .floor()
        .max(0.0) as u32;
    let max_x = outline
        .iter()
        .map(|p| p.0)
        .fold(f32::MIN, f32::max)
        .ceil()
        .min(WIDTH as f32 - 1.0) as u32;
    let min_y = outline
        .iter()
        .map(|p| p.1)
        .fold(f32::MAX, f32::min)
        .floor()
        .max(0.0) as u32;
    let max_y = outline
        .iter()
        .map(|p| p.1)
        .fold(f32::MIN, f32::max)
        .ceil()
        .min(HEIGHT as f32 - 1.0) as u32;
    for py in min_y..=max_y {
        for px in min_x..=max_x {
            let mut hits = 0;
            for sy in 0..4 {
                for sx in 0..4 {
                    let p = (
                        px as f32 + (sx as f32 + 0.5) / 4.0,
                        py as f32 + (sy as f32 + 0.5) / 4.0,
                    );
                    if covered(p) {
                        hits += 1;
                    }
                }
            }
            if hits > 0 {
                let alpha = f32::from(colour.0[3]) / 255.0 * hits as f32 / 16.0;
                let pixel = img.get_pixel_mut(px, py);
                let under_alpha = f32::from(pixel.0[3]) / 255.0;
                let out_alpha = alpha + under_alpha * (1.0 - alpha);
                for c in 0..3 {
                    let blended = (f32::from(colour.0[c]) * alpha
                        + f32::from(pixel.0[c]) * under_alpha * (1.0 - alpha))
                        / out_alpha.max(1e-6);
                    pixel.0[c] = blended.round() as u8;
                }
                pixel.0[3] = (out_alpha * 255.0).round() as u8;
            }
        }
    }
}
