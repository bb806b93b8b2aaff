//! Printing through the system's print command: `lp` (CUPS, on Linux and macOS), else
//! `lpr`. `CARNET_PRINT_COMMAND` names another program, given the PDF's path as its last
//! argument (a script that prints another way, or tests). Windows has no such command: there
//! the Prepare tab offers Save as PDF… only.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment variable that names a print command of the user's own.
pub const PRINT_COMMAND_VARIABLE: &str = "CARNET_PRINT_COMMAND";

/// A program that prints a PDF file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintCommand {
    program: PathBuf,
    /// Whether it is CUPS' `lp`, which takes a job title.
    takes_title: bool,
}

/// Why a document was not printed.
#[derive(Debug)]
pub enum PrintError {
    /// The PDF could not be handed over (temporary file).
    Spool(std::io::Error),
    /// The print command could not run.
    Run {
        /// The command.
        program: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The print command refused the job.
    Refused {
        /// The command.
        program: String,
        /// What it said (its error output).
        message: String,
    },
}

impl std::fmt::Display for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Spool(error) => tr!("print-error-spool", error = error.to_string()),
            Self::Run { program, source } => tr!(
                "print-error-run",
                program = program.as_str(),
                error = source.to_string()
            ),
            Self::Refused { program, message } => tr!(
                "print-error-refused",
                program = program.as_str(),
                message = message.as_str()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PrintError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Spool(error) | Self::Run { source: error, .. } => Some(error),
            Self::Refused { .. } => None,
        }
    }
}

impl PrintCommand {
    /// A program of one's own, given the PDF's path as its only argument.
    pub fn custom(program: impl Into<PathBuf>) -> Self {
        Self {
            program: program.into(),
            takes_title: false,
        }
    }

    /// The system's print command, if there is one: the user's own, else `lp`, else `lpr`.
    pub fn find() -> Option<Self> {
        if let Some(own) = std::env::var_os(PRINT_COMMAND_VARIABLE).filter(|v| !v.is_empty()) {
            return Some(Self::custom(own));
        }
        let path = std::env::var_os("PATH")?;
        for (name, takes_title) in [("lp", true), ("lpr", false)] {
            if let Some(program) = on_path(&path, name) {
                return Some(Self {
                    program,
                    takes_title,
                });
            }
        }
        None
    }

    /// The command's name, as the user knows it ("lp").
    pub fn name(&self) -> String {
        self.program.file_name().map_or_else(
            || self.program.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Sends `pdf` to the printer; returns what the command said ("request id is HP-42
    /// (1 file(s))"). Blocks until the command returns: call it off the UI thread.
    pub fn print(&self, pdf: &[u8], title: &str) -> Result<String, PrintError> {
        // Created exclusively under a random name in the shared temporary folder, readable
        // by the owner only: another user can neither redirect it nor read the sheet.
        let mut spool = tempfile::Builder::new()
            .prefix("carnet-print-")
            .suffix(".pdf")
            .rand_bytes(10)
            .tempfile()
            .map_err(PrintError::Spool)?;
        std::io::Write::write_all(spool.as_file_mut(), pdf)
            .and_then(|()| spool.as_file().sync_all())
            .map_err(PrintError::Spool)?;
        // CUPS has its own copy once `lp` returns; dropping `spool` removes ours.
        self.run(spool.path(), title)
    }

    fn run(&self, file: &Path, title: &str) -> Result<String, PrintError> {
        let mut command = Command::new(&self.program);
        if self.takes_title {
            command.arg("-t").arg(title);
        }
        let output = command
            .arg(file)
            .output()
            .map_err(|source| PrintError::Run {
                program: self.name(),
                source,
            })?;
        let said = |bytes: &[u8]| String::from_utf8_lossy(bytes).trim().to_owned();
        if output.status.success() {
            Ok(said(&output.stdout))
        } else {
            let mut message = said(&output.stderr);
            if message.is_empty() {
                message = output.status.to_string();
            }
            Err(PrintError::Refused {
                program: self.name(),
                message,
            })
        }
    }
}

fn on_path(path: &OsString, name: &str) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}
