//! Form fields shared by every screen: a labelled text, date or address field that
//! stops at the core's text limit (a date field takes one tab stop), a labelled drop-down list, reading a date
//! field's value, and moving focus to a field that has just appeared.
//!
//! Every field has a visible `<label>`; when it has an error the field gets
//! `aria-invalid` and `aria-describedby` pointing at the message, so a screen reader
//! reads what is wrong when the field takes focus.

pub mod date_field;
pub mod focus;
pub mod select_field;
pub mod text_field;

pub use date_field::parse_day;
pub use focus::focus_soon;
pub use select_field::{Choice, SelectField};
pub use text_field::{FieldKind, KeptOnDevice, TextField};

/// The ids a field's `aria-describedby` names: its hint, then its error.
pub(crate) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}
