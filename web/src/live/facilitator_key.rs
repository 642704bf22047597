//! Who may start things, on this device: the facilitator key kept here for servers
//! that let only facilitators start sessions and share plans (made with
//! `cares-server keys add`). It is typed once, kept in this browser's local storage
//! and sent as `Authorization: Bearer …` with the calls that start things. A
//! sign-in through the council's own account ([`sign_in_address`]) needs nothing
//! here: the server gives the browser a cookie that it sends by itself.

use crate::i18n::t;

/// Where the key is kept in local storage.
const STORAGE_KEY: &str = "cares.facilitator-key";

/// A facilitator key as the server makes them: 64 characters, 0–9 and a–f.
#[derive(Clone, PartialEq, Eq)]
pub struct FacilitatorKey(String);

impl std::fmt::Debug for FacilitatorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A secret: never in a log or a panic message.
        f.write_str("FacilitatorKey(…)")
    }
}

impl FacilitatorKey {
    /// A key as typed or pasted (spaces and line breaks dropped, any case); the
    /// error is a sentence to show beside the field.
    pub fn new(typed: &str) -> Result<FacilitatorKey, String> {
        let key: String = typed
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if key.is_empty() {
            return Err(t!("key-empty"));
        }
        if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(t!("key-wrong-shape"));
        }
        Ok(FacilitatorKey(key))
    }

    /// The key, to send.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key kept on this device, if any.
pub fn stored() -> Option<FacilitatorKey> {
    let kept = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    FacilitatorKey::new(&kept).ok()
}

/// Keeps the key on this device; the error is a sentence to show.
pub fn keep(key: &FacilitatorKey) -> Result<(), String> {
    storage()
        .and_then(|s| s.set_item(STORAGE_KEY, key.as_str()).ok())
        .ok_or_else(|| t!("key-not-kept"))
}

/// Removes the key from this device.
pub fn forget() {
    if let Some(storage) = storage() {
        let _gone = storage.remove_item(STORAGE_KEY);
    }
}

/// Adds the kept key, if any, to a request that starts something.
pub fn authorize(headers: &web_sys::Headers) {
    if let Some(key) = stored() {
        let _set = headers.set("Authorization", &format!("Bearer {}", key.as_str()));
    }
}

/// The server's sign-in address, coming back to `back` (a path on this site).
pub fn sign_in_address(back: &str) -> String {
    let back: String = encode_path(back);
    format!("/api/sign-in?return={back}")
}

/// Percent-encodes a path for a query value (everything but unreserved characters
/// and `/`).
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(char::from(byte));
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_read_as_pasted_and_a_wrong_one_is_explained() {
        let key = "AB".repeat(32);
        let pasted = format!("  {}\n{} ", &key[..30], &key[30..]);
        assert_eq!(
            FacilitatorKey::new(&pasted).map(|k| k.as_str().to_owned()),
            Ok("ab".repeat(32))
        );
        assert!(FacilitatorKey::new("").is_err_and(|e| e.starts_with("Paste")));
        assert!(FacilitatorKey::new(&"g".repeat(64)).is_err_and(|e| e.contains("64")));
        assert!(FacilitatorKey::new(&"a".repeat(63)).is_err_and(|e| e.contains("64")));
        assert_eq!(
            format!("{:?}", FacilitatorKey::new(&key)),
            "Ok(FacilitatorKey(…))"
        );
    }

    #[test]
    fn the_sign_in_address_comes_back_to_the_page() {
        assert_eq!(
            sign_in_address("/plan/abc/sessions"),
            "/api/sign-in?return=/plan/abc/sessions"
        );
        assert_eq!(
            sign_in_address("/a b?c&d"),
            "/api/sign-in?return=/a%20b%3Fc%26d"
        );
    }
}
