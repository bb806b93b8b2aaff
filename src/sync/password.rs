//! The account's password in the system keyring (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows), never in the project or Carnet's preferences. Where there
//! is no keyring (a desktop without a Secret Service, a server), the app asks once per run
//! and says why; the command line reads `--password-file` or the terminal.

/// The keyring's service name for Carnet's passwords.
const SERVICE: &str = "Carnet";

/// Why the keyring could not be used, in the system's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoKeyring(pub String);

/// The password kept for `user_at_server` (`Ok(None)`: the keyring has none).
pub fn stored(user_at_server: &str) -> Result<Option<String>, NoKeyring> {
    let entry = keyring::Entry::new(SERVICE, user_at_server).map_err(no_keyring)?;
    match entry.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(no_keyring(error)),
    }
}

/// Keeps `password` for `user_at_server` in the keyring.
pub fn store(user_at_server: &str, password: &str) -> Result<(), NoKeyring> {
    keyring::Entry::new(SERVICE, user_at_server)
        .and_then(|entry| entry.set_password(password))
        .map_err(no_keyring)
}

/// Forgets the password kept for `user_at_server` (nothing kept is fine).
pub fn forget(user_at_server: &str) -> Result<(), NoKeyring> {
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
