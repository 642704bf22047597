//! The links this device made (or opened) to plans shared through the server: the
//! key of each, in the browser's local storage, so the Share page can show the link
//! again, and stop it. One entry per plan: `cares.share.<document>`.

use cares_core::ids::DocumentId;

/// The prefix of every entry's key.
const PREFIX: &str = "cares.share.";

/// Where a link's text starts after the address's `#`.
const MARK: &str = "share=";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key of the plan's link, if this device has one.
pub fn key_of(doc: DocumentId) -> Option<String> {
    storage()?
        .get_item(&format!("{PREFIX}{doc}"))
        .ok()
        .flatten()
        .filter(|k| !k.is_empty())
}

/// Keeps the key of the plan's link (failures are ignored: the link was shown).
pub fn keep(doc: DocumentId, key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{PREFIX}{doc}"), key);
    }
}

/// Forgets the plan's link on this device.
pub fn forget(doc: DocumentId) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{doc}"));
    }
}

/// The link that opens a shared plan: the plans page, with the plan and its key after
/// the `#`, which a browser never sends to the server.
pub fn link(origin: &str, doc: DocumentId, key: &str) -> String {
    format!("{origin}/plans#{MARK}{doc}.{key}")
}

/// The plan and key in an address's `#…` part, if it is a share link's.
pub fn read_link(hash: &str) -> Option<(DocumentId, String)> {
    let rest = hash.strip_prefix('#').unwrap_or(hash).strip_prefix(MARK)?;
    let (doc, key) = rest.split_once('.')?;
    let doc = uuid::Uuid::parse_str(doc).ok()?;
    let key = key.trim();
    (!key.is_empty()).then(|| (DocumentId::from_uuid(doc), key.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_reads_back_to_its_plan_and_key() {
        let doc = DocumentId::from_u128(7);
        let made = link("https://cares.example", doc, "k3y-abc.def");
        let hash = made.split_once('#').map(|(_, h)| format!("#{h}"));
        assert_eq!(
            hash.as_deref().and_then(read_link),
            Some((doc, "k3y-abc.def".to_owned()))
        );
        assert_eq!(read_link("#share=not-a-plan.key"), None);
        assert_eq!(read_link(&format!("#share={doc}.")), None);
        assert_eq!(read_link("#main"), None);
    }
}
