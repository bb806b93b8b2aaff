//! A real CardDAV/CalDAV server for the sync's tests and bench: Radicale (from PyPI, pinned,
//! installed the first time by `python_with` when the machine lacks it), started on a free
//! port of 127.0.0.1 with its own storage folder, users with plain passwords, and stopped
//! when dropped. Shared by `tests/it/sync.rs` and `benches/sync.rs`.

#![allow(dead_code)]

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Radicale the tests use.
pub const RADICALE: &str = "radicale==3.9.0";

/// A Radicale server running for one test.
pub struct Radicale {
    child: Option<Child>,
    python: PathBuf,
    folder: tempfile::TempDir,
    /// Its port on 127.0.0.1.
    pub port: u16,
}

/// The user every test logs in as, and the password.
pub const USER: &str = "ana";
/// Ana's password.
pub const PASSWORD: &str = "s3cret phrase";

impl Radicale {
    /// Starts a server with an empty storage, user `USER` with `PASSWORD`.
    pub fn start(python: &Path) -> Self {
        let folder = tempfile::tempdir().expect("a folder for the server");
        std::fs::write(folder.path().join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
        let port = free_port();
        let mut server = Self {
            child: None,
            python: python.to_owned(),
            folder,
            port,
        };
        server.run();
        server
    }

    fn run(&mut self) {
        let dir = self.folder.path();
        let config = dir.join("config");
        std::fs::write(
            &config,
            format!(
                "[server]\nhosts = 127.0.0.1:{port}\n\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n\n[rights]\ntype = owner_only\n\n[storage]\nfilesystem_folder = {storage}\n\n[logging]\nlevel = warning\n",
                port = self.port,
                users = dir.join("users").display(),
                storage = dir.join("collections").display(),
            ),
        )
        .unwrap();
        let child = Command::new(&self.python)
            .args(["-m", "radicale", "--config"])
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(std::fs::File::create(dir.join("log")).unwrap()))
            .spawn()
            .expect("radicale starts");
        self.child = Some(child);
        let address = SocketAddr::from(([127, 0, 0, 1], self.port));
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                panic!(
                    "radicale stopped ({status}): {}",
                    std::fs::read_to_string(dir.join("log")).unwrap_or_default()
                );
            }
            assert!(Instant::now() < deadline, "radicale did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The address a user types: the server's root.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Stops the server (its storage stays).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same port and storage.
    pub fn restart(&mut self) {
        self.stop();
        self.run();
    }

    /// The server's log (warnings and errors).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.folder.path().join("log")).unwrap_or_default()
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}
