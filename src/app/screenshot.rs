//! `carnet FILE --screenshot OUT.png`: once the window has settled, a PNG of it, then quit.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::App;

/// Frames drawn before the screenshot, so fonts, layout and panels have all settled.
const SCREENSHOT_AFTER_FRAMES: u32 = 5;

/// A screenshot to take once the map has settled, then quit.
pub(super) struct ScreenshotJob {
    out: PathBuf,
    frames: u32,
    requested: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

impl App {
    /// Takes a PNG of the window once the map has settled, then quits.
    #[must_use]
    pub fn with_screenshot(mut self, out: PathBuf) -> Self {
        self.file_work.screenshot = Some(ScreenshotJob {
            out,
            frames: 0,
            requested: false,
            result: Arc::default(),
        });
        self
    }

    /// Counts frames and asks for the shot once the map has settled.
    pub(super) fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.file_work.screenshot else {
            return;
        };
        job.frames += 1;
        if !job.requested && job.frames >= SCREENSHOT_AFTER_FRAMES && self.panels.map.is_settled() {
            job.requested = true;
            let (out, result) = (job.out.clone(), job.result.clone());
            let ctx_for_close = ctx.clone();
            ctx.request_screenshot(move |image| {
                let written = write_png(&out, &image);
                if let Ok(mut slot) = result.lock() {
                    *slot = Some(written);
                }
                ctx_for_close.request_repaint();
            });
        }
        // Keep frames coming until the shot is taken.
        ctx.request_repaint();
    }

    /// Once the shot is written, logs it and closes the window.
    pub(super) fn poll_screenshot(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.file_work.screenshot else {
            return;
        };
        let done = job.result.lock().ok().and_then(|mut slot| slot.take());
        if let Some(result) = done {
            match result {
                Ok(()) => log::info!("Saved a screenshot to {}", job.out.display()),
                Err(error) => log::error!("{error}"),
            }
            self.file_work.screenshot = None;
            self.window.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Writes an RGBA image as a PNG file.
fn write_png(path: &Path, image: &egui::ColorImage) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| {
        crate::tr!(
            "screenshot-not-saved",
            error = e.to_string(),
            path = path.display().to_string()
        )
    };
    let file = std::fs::File::create(path).map_err(|e| fail(&e))?;
    let [width, height] = image.size;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| fail(&e))?;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    writer.write_image_data(&bytes).map_err(|e| fail(&e))?;
    writer.finish().map_err(|e| fail(&e))
}
