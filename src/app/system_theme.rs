//! The colour theme: the one chosen in the View menu, or the desktop's, asked off the UI
//! thread.

use std::sync::mpsc::channel;

use super::App;
use crate::ui::theme::ThemeChoice;

impl App {
    /// Applies the theme of the preferences; for "System", asks the desktop on a thread.
    pub(super) fn apply_theme(&mut self, ctx: &egui::Context) {
        match self.preferences.theme {
            ThemeChoice::Light => ctx.set_theme(egui::Theme::Light),
            ThemeChoice::Dark => ctx.set_theme(egui::Theme::Dark),
            ThemeChoice::System => {
                // winit reports no preference on Linux: ask the desktop portal, off the UI
                // thread; until it answers (or if it never does) egui's own guess stands.
                ctx.set_theme(egui::ThemePreference::System);
                let (sender, receiver) = channel();
                let ctx = ctx.clone();
                let spawned = std::thread::Builder::new()
                    .name("system-theme".to_owned())
                    .spawn(move || {
                        if let Ok(mode) = dark_light::detect()
                            && sender.send(mode).is_ok()
                        {
                            ctx.request_repaint();
                        }
                    });
                self.window.system_theme = spawned.is_ok().then_some(receiver);
            }
        }
    }

    /// Applies the desktop's answer, once it came.
    pub(super) fn poll_system_theme(&mut self, ctx: &egui::Context) {
        let Some(receiver) = &self.window.system_theme else {
            return;
        };
        if let Ok(mode) = receiver.try_recv() {
            self.window.system_theme = None;
            if self.preferences.theme == ThemeChoice::System {
                match mode {
                    dark_light::Mode::Dark => ctx.set_theme(egui::Theme::Dark),
                    dark_light::Mode::Light => ctx.set_theme(egui::Theme::Light),
                    dark_light::Mode::Unspecified => {}
                }
            }
        }
    }
}
