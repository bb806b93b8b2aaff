//! Other copies of the open project: a sync tool's conflict copies beside its file, and the
//! file itself changed on disk by another program. Each is offered for a merge, previewed,
//! and merged as one undo step (`Command::MergeCopy`); a conflict copy merged is then put
//! away (renamed `….merged`), so it is not offered again.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::import::CopyMerge;
use crate::model::Network;
use crate::store::conflict_copies::{ConflictCopy, conflict_copies};
use crate::store::versions::{Kinship, kinship};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::import_preview::{ImportPreview, Previewed};

use super::error::AppError;
use super::modal::Modal;
use super::{App, Status};

/// The copies seen, and the one offered.
#[derive(Default)]
pub(super) struct CopyWork {
    /// Copies the owner said "Not now" to, as they were then (a newer version is offered).
    dismissed: BTreeSet<(PathBuf, Option<SystemTime>)>,
    /// The copy the banner offers.
    offered: Option<OfferedCopy>,
}

struct OfferedCopy {
    copy: ConflictCopy,
    modified: Option<SystemTime>,
    /// "Syncthing, device ABCDEFG".
    made_by: String,
    /// When it was last changed, in the owner's time zone.
    when: String,
}

/// The suffix a merged conflict copy takes.
pub const PUT_AWAY_SUFFIX: &str = ".merged";

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl App {
    /// Looks beside the project's file for conflict copies of it, and offers the first one
    /// not dismissed that reads and is a copy of this project.
    pub(super) fn look_for_copies(&mut self) {
        self.copies.offered = None;
        let Some(path) = self.session.path().map(Path::to_owned) else {
            return;
        };
        for copy in conflict_copies(&path) {
            let modified = modified(&copy.path);
            if self
                .copies
                .dismissed
                .contains(&(copy.path.clone(), modified))
            {
                continue;
            }
            if copy.needs_kinship {
                // OneDrive's names look like any other file's: only a copy whose revisions
                // meet this project's is one.
                let Ok(theirs) = crate::store::load(&copy.path) else {
                    continue;
                };
                let mine = &self.session.network().lineage;
                if !theirs.lineage.iter().any(|r| mine.contains(r)) {
                    continue;
                }
            }
            let made_by = match &copy.device {
                Some(device) => tr!(
                    "copy-made-by-device",
                    tool = copy.tool.name(),
                    device = device.as_str()
                ),
                None => copy.tool.name().to_owned(),
            };
            let when = modified.map_or_else(String::new, |time| {
                chrono::DateTime::<chrono::Local>::from(time)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            });
            self.copies.offered = Some(OfferedCopy {
                copy,
                modified,
                made_by,
                when,
            });
            return;
        }
    }

    /// The banner offering to merge a conflict copy; its buttons are actions.
    pub(super) fn copy_banner_ui(&mut self, ui: &mut egui::Ui) {
        let Some(offered) = &self.copies.offered else {
            return;
        };
        let actions = &mut self.actions;
        egui::Panel::top("copy-banner").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(tr!(
                        "banner-copy",
                        when = offered.when.as_str(),
                        made_by = offered.made_by.as_str()
                    ))
                    .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(offered.copy.path.display().to_string());
                if ui.button(tr!("banner-copy-merge")).clicked() {
                    actions.push(Action::PreviewCopyMerge);
                }
                if ui.button(tr!("banner-copy-later")).clicked() {
                    actions.push(Action::DismissCopy);
                }
            });
        });
    }

    /// "Not now": the copy is not offered again until it changes.
    pub(super) fn dismiss_copy(&mut self) {
        if let Some(offered) = self.copies.offered.take() {
            self.copies
                .dismissed
                .insert((offered.copy.path, offered.modified));
        }
        self.look_for_copies();
    }

    /// The preview of merging the offered copy.
    pub(super) fn preview_copy_merge(&mut self) -> Result<(), AppError> {
        let Some(offered) = &self.copies.offered else {
            return Ok(());
        };
        let path = offered.copy.path.clone();
        let theirs = crate::store::load(&path).map_err(AppError::Reload)?;
        let source = offered.made_by.clone();
        self.preview_merge_of(theirs, source, Some(path))
    }

    /// The preview of merging the file on disk, changed by another program, into the open
    /// project (the disk banner's "Merge").
    pub(super) fn preview_disk_merge(&mut self) -> Result<(), AppError> {
        let Some(path) = self.session.path().map(Path::to_owned) else {
            return Ok(());
        };
        let theirs = crate::store::load(&path).map_err(AppError::Reload)?;
        let file = self.file_label();
        let source = tr!("copy-on-disk", file = file.as_str());
        self.preview_merge_of(theirs, source, None)
    }

    fn preview_merge_of(
        &mut self,
        theirs: Network,
        source: String,
        copy: Option<PathBuf>,
    ) -> Result<(), AppError> {
        let mine = self.session.network();
        let saved = !self.session.is_dirty();
        let base = match kinship(self.safety.data_dir(), mine, &theirs, saved) {
            Kinship::TheirsIsOlder => Some(theirs.clone()),
            Kinship::Parted { base } => Some(*base),
            Kinship::Unrelated => None,
        };
        let merge = CopyMerge::new(base.as_ref(), mine, &theirs, &source, self.today())
            .map_err(|error| AppError::Command(crate::session::CommandError::NotMerged(error)))?;
        let nothing_new = merge.changes_nothing(mine);
        self.open_modal(Modal::ImportPreview(Box::new(ImportPreview::new(
            source,
            Previewed::Copy {
                merge: Box::new(merge),
                copy,
                nothing_new,
            },
        ))));
        Ok(())
    }

    /// After a copy's merge: the copy is renamed so that it is not offered again (kept, in
    /// case the owner wants it back).
    pub(super) fn put_copy_away(&mut self, copy: &Path) {
        let mut put_away = copy.as_os_str().to_owned();
        put_away.push(PUT_AWAY_SUFFIX);
        match std::fs::rename(copy, &put_away) {
            Ok(()) => {
                self.status = Status::info(tr!(
                    "status-copy-put-away",
                    message = self.status.message.as_str(),
                    file = Path::new(&put_away)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                ))
            }
            Err(error) => log::warn!("Cannot rename {}: {error}", copy.display()),
        }
        self.look_for_copies();
    }
}
