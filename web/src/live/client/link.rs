//! How the connection is, in a few plain words for the person holding the device.

use crate::i18n::t;

/// How the connection is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Opening the connection for the first time.
    Connecting,
    /// Connected and up to date.
    Connected,
    /// The browser is offline: changes wait here.
    Offline,
    /// The connection dropped; trying again.
    Reconnecting,
    /// The server will not take this device any more; the words say why.
    Ended(String),
}

impl Link {
    /// The state in a few plain words.
    pub fn words(&self) -> String {
        match self {
            Link::Connecting => t!("live-connecting"),
            Link::Connected => t!("live-connected"),
            Link::Offline => t!("live-offline"),
            Link::Reconnecting => t!("live-reconnecting"),
            Link::Ended(why) => why.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_says_in_words_how_it_is() {
        assert_eq!(Link::Connected.words(), "Connected");
        assert!(Link::Offline.words().starts_with("Offline"));
        assert_eq!(Link::Ended("Gone.".into()).words(), "Gone.");
    }
}
