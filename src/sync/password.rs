//! The account's password in the system keyring (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows), never in the project or Carnet's preferences. Where there
//! is no keyring (a desktop without a Secret Service, a server), the app asks once per run
//! and says why; the command line reads `--password-file` or the terminal.

/// The keyring's service name for Carnet's passwords.
const SERVICE: &str = "Carnet";

/// Set (to anything) to keep Carnet away from the system keyring: the password is then
/// asked each run, as where there is none (tests; machines whose keyring should not hold it).
pub const NO_KEYRING_VARIABLE: &str = "CARNET_NO_KEYRING";

static KEYRING_OFF: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Keeps this process away from the system keyring from now on (tests).
pub fn turn_keyring_off() {
    KEYRING_OFF.store(true, std::sync::atomic::Ordering::Relaxed);
}

fn keyring_off() -> Result<(), NoKeyring> {
    if KEYRING_OFF.load(std::sync::atomic::Ordering::Relaxed)
        || std::env::var_os(NO_KEYRING_VARIABLE).is_some()
    {
        Err(NoKeyring(crate::tr!("sync-keyring-off")))
    } else {
        Ok(())
    }
}

/// A password on its way through the app: its `Debug` never shows it (actions are `Debug`).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// Why the keyring could not be used, in the system's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoKeyring(pub String);

/// The password kept for `user_at_server` (`Ok(None)`: the keyring has none).
pub fn stored(user_at_server: &str) -> Result<Option<String>, NoKeyring> {
    keyring_off()?;
    let entry = keyring::Entry::new(SERVICE, user_at_server).map_err(no_keyring)?;
    match entry.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(no_keyring(error)),
    }
}

/// Keeps `password` for `user_at_server` in the keyring.
pub fn store(user_at_server: &str, password: &str) -> Result<(), NoKeyring> {
    keyring_off()?;
    keyring::Entry::new(SERVICE, user_at_server)
        .and_then(|entry| entry.set_password(password))
        .map_err(no_keyring)
}

/// Forgets the password kept for `user_at_server` (nothing kept is fine).
pub fn forget(user_at_server: &str) -> Result<(), NoKeyring> {
    keyring_off()?;
    match keyring::Entry::new(SERVICE, user_at_server).and_then(|entry| entry.delete_credential()) {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(error) => Err(no_keyring(error)),
    }
}

fn no_keyring(error: keyring::Error) -> NoKeyring {
    NoKeyring(error.to_string())
}

/// The first line of a password file, without its line end (a file of scripts and secret
/// managers).
pub fn from_file(path: &std::path::Path) -> std::io::Result<String> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.lines().next().unwrap_or("").to_owned())
}
