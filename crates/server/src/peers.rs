//! Other cares-servers on the same PostgreSQL database: every server serves every
//! session, so a phone on one and the board on another see each other's edits.
//!
//! A server that saves edits to a document says so with a `NOTIFY` on
//! [`EDITS_CHANNEL`] (sent by PostgreSQL only when the save commits). Each server
//! listens on one connection of its own; when another server names a document
//! whose room is open here, the room reads the new rows and passes them on
//! ([`Rooms::refresh`]). If the listening connection drops, notifications may
//! have been missed, so every open room reads once it is back. The order stays
//! the database's: each edit's place is unique per document, and a room reads
//! what others saved before it saves a batch of its own.

use cares_core::ids::DocumentId;
use sqlx::postgres::PgListener;
use tokio::sync::watch;
use uuid::Uuid;

use crate::log;
use crate::room::Rooms;
use crate::store::{EDITS_CHANNEL, Store};

/// How long to wait before listening again after the database refused.
const RETRY: std::time::Duration = std::time::Duration::from_secs(1);

/// Listens for other servers' saves until the server stops. Does nothing on a
/// database only this server uses (SQLite).
pub async fn listen(store: Store, rooms: Rooms, mut stopping: watch::Receiver<bool>) {
    let Some(url) = store.postgres_url().map(str::to_owned) else {
        return;
    };
    let me = store.instance();
    loop {
        let mut listener = match connect(&url).await {
            Ok(listener) => listener,
            Err(e) => {
                log::event(&format!("could not listen for other servers: {e}"));
                tokio::select! {
                    () = tokio::time::sleep(RETRY) => continue,
                    _ = stopping.changed() => return,
                }
            }
        };
        // Anything saved while this server was not listening.
        rooms.refresh_all();
        loop {
            tokio::select! {
                received = listener.try_recv() => match received {
                    Ok(Some(notification)) => {
                        if let Some(document) = from_another(notification.payload(), me) {
                            rooms.refresh(document);
                        }
                    }
                    // The connection dropped and sqlx will connect again.
                    Ok(None) => rooms.refresh_all(),
                    Err(e) => {
                        log::event(&format!("stopped listening for other servers: {e}"));
                        break;
                    }
                },
                _ = stopping.changed() => return,
            }
        }
    }
}

async fn connect(url: &str) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(EDITS_CHANNEL).await?;
    Ok(listener)
}

/// The document a notification names, unless this server sent it.
fn from_another(payload: &str, me: Uuid) -> Option<DocumentId> {
    let (sender, document) = payload.split_once(' ')?;
    if Uuid::parse_str(sender).ok()? == me {
        return None;
    }
    Uuid::parse_str(document).ok().map(DocumentId::from_uuid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_passes_over_its_own_word_and_unreadable_ones() {
        let me = Uuid::from_u128(1);
        let other = Uuid::from_u128(2);
        let doc = Uuid::from_u128(3);
        assert_eq!(
            from_another(&format!("{other} {doc}"), me),
            Some(DocumentId::from_uuid(doc))
        );
        assert_eq!(from_another(&format!("{me} {doc}"), me), None);
        assert_eq!(from_another("garbled", me), None);
        assert_eq!(from_another(&format!("{other} not-an-id"), me), None);
    }
}
