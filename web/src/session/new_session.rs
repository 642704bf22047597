//! "Start a session": reading the form into a core [`Session`], or saying what is
//! wrong beside the field it belongs to. The core decides what a session needs
//! (`Session::new`); this reads the words and numbers people typed.

use cares_core::coproduction::{Session, SessionError};
use cares_core::framework::FocusAreaNumber;
use cares_core::ids::SessionId;

use crate::components::form::parse_day;
use crate::i18n::t;
use crate::session::sentence;

/// What the "Start a session" form holds, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSessionForm {
    /// The title.
    pub title: String,
    /// The day, as the date field gives it ("2025-03-31").
    pub date: String,
    /// The area of focus's number, or blank for none.
    pub area: String,
    /// Votes each person gets.
    pub votes: String,
}

/// Which field a problem with the form belongs to, in words for the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// The title.
    pub title: Option<String>,
    /// The day.
    pub date: Option<String>,
    /// Votes each person gets.
    pub votes: Option<String>,
    /// The form as a whole.
    pub form: Option<String>,
}

impl Problems {
    /// A problem with the form as a whole.
    pub fn with_form(said: impl Into<String>) -> Self {
        Self {
            form: Some(said.into()),
            ..Self::default()
        }
    }
}

impl NewSessionForm {
    /// The session the form describes, for the plan of `locality` (blank when the
    /// plan is not a locality's), or every problem found, each beside its field.
    pub fn build(&self, id: SessionId, locality: &str) -> Result<Session, Problems> {
        let mut found = Problems::default();
        let day = parse_day(&self.date);
        if day.is_none() {
            found.date = Some(t!("session-day-missing"));
        }
        let per_person = self.votes.trim().parse::<u8>().ok();
        if per_person.is_none() {
            found.votes = Some(t!("session-votes-not-number"));
        }
        let (Some(day), Some(per_person)) = (day, per_person) else {
            return Err(found);
        };
        let mut session =
            Session::new(id, &self.title, locality, day, per_person).map_err(|e| {
                let said = Some(sentence(&crate::i18n::session_error(&e)));
                match e {
                    SessionError::BlankTitle | SessionError::TitleTooLong { .. } => {
                        found.title = said
                    }
                    SessionError::NoVotesPerPerson => found.votes = said,
                    _ => found.form = said,
                }
                found
            })?;
        session.focus_area = self.area.parse::<u8>().ok().and_then(FocusAreaNumber::new);
        Ok(session)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: SessionId = SessionId::from_u128(1);

    fn form(title: &str, date: &str, area: &str, votes: &str) -> NewSessionForm {
        NewSessionForm {
            title: title.into(),
            date: date.into(),
            area: area.into(),
            votes: votes.into(),
        }
    }

    #[test]
    fn a_filled_form_makes_the_session_it_describes() -> Result<(), Problems> {
        let session = form(" What carers need ", "2025-03-31", "4", " 5 ").build(ID, "Maltby")?;
        assert_eq!(session.title, "What carers need");
        assert_eq!(session.date.to_string(), "2025-03-31");
        assert_eq!(session.focus_area.map(|a| a.get()), Some(4));
        assert_eq!(session.votes_per_person, 5);
        assert_eq!(session.locality, "Maltby");
        Ok(())
    }

    #[test]
    fn no_area_chosen_is_no_area() -> Result<(), Problems> {
        let session = form("Carers", "2025-03-31", "", "3").build(ID, "")?;
        assert_eq!(session.focus_area, None);
        Ok(())
    }

    #[test]
    fn a_missing_day_and_broken_votes_are_both_said_beside_their_fields() {
        assert_eq!(
            form("Carers", "", "", "three").build(ID, ""),
            Err(Problems {
                date: Some("Choose the day of the session.".into()),
                votes: Some("Give a whole number of votes, such as 3.".into()),
                ..Problems::default()
            })
        );
    }

    #[test]
    fn the_cores_reasons_go_beside_the_title_and_the_votes() {
        let blank = form("  ", "2025-03-31", "", "3").build(ID, "");
        assert_eq!(
            blank.map_err(|p| p.title),
            Err(Some("The session needs a title.".into()))
        );
        let none = form("Carers", "2025-03-31", "", "0").build(ID, "");
        assert!(none.is_err_and(|p| p.votes.is_some() && p.title.is_none()));
    }
}
