//! The secrets the server hands out: long random tokens (facilitator, participant,
//! board, plan sharing) and the short join codes people type on their phones.
//!
//! Only a token's SHA-256 is stored, so a copy of the database lets nobody in. Join
//! codes use an alphabet without the look-alikes 0/O, 1/I/L and are read ignoring
//! case, spaces and dashes.

use std::fmt;

use sha2::{Digest, Sha256};
use uuid::Uuid;

/// How many random bytes a token carries (256 bits).
const TOKEN_BYTES: usize = 32;
/// The characters a join code is made of: no 0, O, 1, I or L.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// How many characters a join code has.
pub const CODE_LENGTH: usize = 6;

/// The operating system could not give the server random numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the operating system gave no random numbers")]
pub struct RandomError;

fn random_bytes<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| RandomError)?;
    Ok(bytes)
}

/// A fresh random (version 4) UUID, for the ids the server mints.
pub fn random_uuid() -> Result<Uuid, RandomError> {
    Ok(uuid::Builder::from_random_bytes(random_bytes()?).into_uuid())
}

/// A bearer secret: 64 lowercase hex characters.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A new random token.
    pub fn generate() -> Result<Token, RandomError> {
        let bytes: [u8; TOKEN_BYTES] = random_bytes()?;
        Ok(Token(hex(&bytes)))
    }

    /// Reads a token as a client sent it; `None` unless it has the right shape.
    pub fn parse(text: &str) -> Option<Token> {
        let text = text.trim();
        let well_formed = text.len() == TOKEN_BYTES * 2
            && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        well_formed.then(|| Token(text.to_owned()))
    }

    /// The token as text, to give to its holder once.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the database keeps instead of the token.
    pub fn hash(&self) -> TokenHash {
        TokenHash(hex(&Sha256::digest(self.0.as_bytes())))
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A token never appears in logs or panics, even by accident.
        f.write_str("Token(…)")
    }
}

/// The SHA-256 of a token, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TokenHash(String);

impl TokenHash {
    /// The hash as stored text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A short code that lets people join a session: six characters from [`CODE_ALPHABET`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JoinCode(String);

impl JoinCode {
    /// A new random code.
    pub fn generate() -> Result<JoinCode, RandomError> {
        let mut code = String::with_capacity(CODE_LENGTH);
        // Rejection sampling keeps every character equally likely.
        let limit = u8::try_from(CODE_ALPHABET.len() * (256 / CODE_ALPHABET.len())).unwrap_or(0);
        while code.len() < CODE_LENGTH {
            for byte in random_bytes::<16>()? {
                if byte < limit && code.len() < CODE_LENGTH {
                    code.push(char::from(
                        CODE_ALPHABET[usize::from(byte) % CODE_ALPHABET.len()],
                    ));
                }
            }
        }
        Ok(JoinCode(code))
    }

    /// Reads a code as a person typed it: case, spaces and dashes do not matter.
    /// `None` when it cannot be a code at all.
    pub fn parse(typed: &str) -> Option<JoinCode> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let well_formed =
            code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
        well_formed.then_some(JoinCode(code))
    }

    /// The code as shown on the board.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_read_back() -> Result<(), RandomError> {
        let a = Token::generate()?;
        let b = Token::generate()?;
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 64);
        assert_eq!(Token::parse(a.as_str()), Some(a.clone()));
        assert_ne!(a.hash().as_str(), a.as_str());
        assert_eq!(
            a.hash(),
            Token::parse(a.as_str())
                .map(|t| t.hash())
                .unwrap_or(b.hash())
        );
        Ok(())
    }

    #[test]
    fn a_malformed_token_is_not_read() {
        assert_eq!(Token::parse("short"), None);
        assert_eq!(Token::parse(&"G".repeat(64)), None);
        assert_eq!(Token::parse(&"A".repeat(64)), None, "tokens are lowercase");
    }

    #[test]
    fn a_token_never_shows_itself_in_debug_output() -> Result<(), RandomError> {
        let token = Token::generate()?;
        assert!(!format!("{token:?}").contains(token.as_str()));
        Ok(())
    }

    #[test]
    fn join_codes_avoid_look_alike_characters() -> Result<(), RandomError> {
        for _ in 0..200 {
            let code = JoinCode::generate()?;
            assert_eq!(code.as_str().len(), CODE_LENGTH);
            assert!(
                !code.as_str().contains(['0', 'O', '1', 'I', 'L']),
                "{code:?}"
            );
        }
        Ok(())
    }

    #[test]
    fn join_codes_are_read_ignoring_case_spaces_and_dashes() {
        assert_eq!(
            JoinCode::parse(" abc-23x "),
            Some(JoinCode("ABC23X".into()))
        );
        assert_eq!(JoinCode::parse("ABC2"), None);
        assert_eq!(
            JoinCode::parse("ABC10X"),
            None,
            "1 and 0 are never in a code"
        );
    }

    #[test]
    fn random_uuids_are_version_four() -> Result<(), RandomError> {
        assert_eq!(random_uuid()?.get_version_num(), 4);
        Ok(())
    }
}
