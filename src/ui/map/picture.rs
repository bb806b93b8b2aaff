//! The map's edges as one picture, for views that show thousands of them at once. Drawn as
//! triangles, 50,000 hair-thin lines cost a software renderer about 60 MB of binning memory
//! per frame and look like a haze anyway; drawn into an image of the canvas's pixels they cost
//! one texture of its size and a few milliseconds, and look the same.

use egui::{Color32, ColorImage, Pos2, Rect, Vec2};

/// A canvas of pixels covering `rect` on screen, transparent until lines are drawn on it.
pub struct Picture {
    rect: Rect,
    pixels_per_point: f32,
    size: [usize; 2],
    pixels: Vec<Color32>,
}

impl Picture {
    /// A transparent picture of `rect` at `pixels_per_point` (at least one pixel a side).
    pub fn new(rect: Rect, pixels_per_point: f32) -> Self {
        let pixels_per_point = pixels_per_point.max(0.25);
        let size = [
            ((rect.width() * pixels_per_point).round() as usize).max(1),
            ((rect.height() * pixels_per_point).round() as usize).max(1),
        ];
        Self {
            rect,
            pixels_per_point,
            size,
            pixels: vec![Color32::TRANSPARENT; size[0] * size[1]],
        }
    }

    /// The part of the screen the picture covers once painted: `rect`, to the whole pixel.
    pub fn covers(&self) -> Rect {
        Rect::from_min_size(
            self.rect.min,
            Vec2::new(self.size[0] as f32, self.size[1] as f32) / self.pixels_per_point,
        )
    }

    /// Draws a line from `a` to `b` (points on screen) `width` points wide, over what is
    /// there. Lines thinner than a pixel are drawn one pixel wide and as much fainter; the
    /// parts outside the picture are left out.
    pub fn line(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32) {
        let to_pixels = |p: Pos2| (p - self.rect.min) * self.pixels_per_point;
        let width = width * self.pixels_per_point;
        let color = if width < 1.0 {
            color.gamma_multiply(width.max(0.0))
        } else {
            color
        };
        let thickness = (width.round() as isize).max(1);
        let Some((a, b)) = self.clipped(to_pixels(a), to_pixels(b)) else {
            return;
        };
        let d = b - a;
        let steps = d.x.abs().max(d.y.abs()).ceil().max(1.0);
        let step = d / steps;
        // Walk the line in 16.16 fixed point: thousands of lines of hundreds of pixels each
        // are drawn per picture, so the inner loop is kept to integer adds and one blend.
        const ONE: f32 = 65536.0;
        let (mut x, mut y) = ((a.x * ONE) as i64, (a.y * ONE) as i64);
        let (step_x, step_y) = ((step.x * ONE) as i64, (step.y * ONE) as i64);
        let [width_px, height_px] = self.size;
        // Thickness goes across the line's major axis: the next row, or the next pixel.
        let across = if d.x.abs() >= d.y.abs() {
            width_px as isize
        } else {
            1
        };
        let first = -(thickness - 1) / 2;
        let [red, green, blue, alpha] = color.to_array();
        let keep = 255 - u32::from(alpha);
        let over = |src: u8, dst: u8| (u32::from(src) + ((u32::from(dst) * keep + 128) >> 8)) as u8;
        let blend = |pixel: &mut Color32| {
            let [r, g, b, a] = pixel.to_array();
            *pixel = Color32::from_rgba_premultiplied(
                over(red, r),
                over(green, g),
                over(blue, b),
                over(alpha, a),
            );
        };
        for _ in 0..=(steps as u32) {
            // Negative coordinates become huge and fail the test.
            let (column, row) = ((x >> 16) as usize, (y >> 16) as usize);
            if column < width_px && row < height_px {
                let at = row * width_px + column;
                if thickness == 1 {
                    if let Some(pixel) = self.pixels.get_mut(at) {
                        blend(pixel);
                    }
                } else {
                    for t in first..first + thickness {
                        let Some(index) = at.checked_add_signed(t * across) else {
                            continue;
                        };
                        if let Some(pixel) = self.pixels.get_mut(index) {
                            blend(pixel);
                        }
                    }
                }
            }
            x += step_x;
            y += step_y;
        }
    }

    /// The part of the line from `a` to `b` (in pixels) inside the picture, if any
    /// (Liang–Barsky).
    fn clipped(&self, a: Vec2, b: Vec2) -> Option<(Vec2, Vec2)> {
        if !(a.is_finite() && b.is_finite()) {
            return None;
        }
        // Just inside the last pixel, so that the walk never leaves the picture.
        let (min, max) = (
            Vec2::ZERO,
            Vec2::new(self.size[0] as f32, self.size[1] as f32) - Vec2::splat(1.0e-3),
        );
        let d = b - a;
        let (mut enter, mut leave) = (0.0_f32, 1.0_f32);
        for (p, q) in [
            (-d.x, a.x - min.x),
            (d.x, max.x - a.x),
            (-d.y, a.y - min.y),
            (d.y, max.y - a.y),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return None;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    enter = enter.max(t);
                } else {
                    leave = leave.min(t);
                }
            }
        }
        (enter <= leave).then(|| (a + d * enter, a + d * leave))
    }

    /// The pixel at `x`, `y`.
    #[cfg(test)]
    fn pixel(&self, x: usize, y: usize) -> Option<Color32> {
        (x < self.size[0])
            .then(|| self.pixels.get(y * self.size[0] + x).copied())
            .flatten()
    }

    /// The finished image, to upload as a texture.
    pub fn into_image(self) -> ColorImage {
        ColorImage::new(self.size, self.pixels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture() -> Picture {
        Picture::new(
            Rect::from_min_size(Pos2::new(100.0, 50.0), Vec2::new(20.0, 10.0)),
            1.0,
        )
    }

    #[test]
    fn a_line_colours_the_pixels_along_it_and_nothing_else() {
        let mut picture = picture();
        picture.line(
            Pos2::new(102.0, 55.0),
            Pos2::new(112.0, 55.0),
            1.0,
            Color32::RED,
        );
        for x in 2..=12 {
            assert_eq!(picture.pixel(x, 5), Some(Color32::RED), "pixel {x}");
        }
        assert_eq!(picture.pixel(1, 5), Some(Color32::TRANSPARENT));
        assert_eq!(picture.pixel(13, 5), Some(Color32::TRANSPARENT));
        assert_eq!(picture.pixel(5, 4), Some(Color32::TRANSPARENT));
    }

    #[test]
    fn thin_lines_are_fainter_and_lines_add_up_where_they_cross() {
        let mut picture = picture();
        let faint = Color32::WHITE.gamma_multiply(0.5);
        picture.line(Pos2::new(100.0, 52.0), Pos2::new(119.0, 52.0), 0.5, faint);
        let once = picture.pixel(10, 2).unwrap_or_default();
        assert!(once.a() > 0 && once.a() < 128, "{once:?}");
        picture.line(Pos2::new(110.0, 50.0), Pos2::new(110.0, 59.0), 0.5, faint);
        let twice = picture.pixel(10, 2).unwrap_or_default();
        assert!(twice.a() > once.a(), "{once:?} then {twice:?}");
    }

    #[test]
    fn lines_leaving_the_picture_are_cut_at_its_edge() {
        let mut picture = picture();
        picture.line(
            Pos2::new(0.0, 0.0),
            Pos2::new(500.0, 250.0),
            3.0,
            Color32::BLUE,
        );
        picture.line(
            Pos2::new(f32::NAN, 0.0),
            Pos2::new(1.0e30, 1.0),
            1.0,
            Color32::BLUE,
        );
        let image = picture.into_image();
        assert_eq!(image.size, [20, 10]);
        assert!(image.pixels.contains(&Color32::BLUE));
    }
}
