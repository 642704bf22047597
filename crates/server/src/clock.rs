//! The server's clock, in seconds since 1970: what join codes' ages and documents'
//! last activity are measured by. Tests move it forward (a retention period passes
//! in a moment) instead of sleeping; the running server never does.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use chrono::{DateTime, NaiveDate};

/// The system clock, plus however far it has been moved forward (shared by clones).
#[derive(Debug, Clone, Default)]
pub struct Clock {
    ahead: Arc<AtomicI64>,
}

impl Clock {
    /// The system clock as it is.
    pub fn system() -> Self {
        Clock::default()
    }

    /// The time now, in seconds since 1970.
    pub fn seconds(&self) -> i64 {
        let system = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        system.saturating_add(self.ahead.load(Ordering::Relaxed))
    }

    /// Moves this clock, and every clone of it, forward by `by`.
    pub fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_secs()).unwrap_or(i64::MAX);
        self.ahead.fetch_add(by, Ordering::Relaxed);
    }

    /// The day (UTC) `seconds` since 1970 falls on.
    pub fn day_of(seconds: i64) -> NaiveDate {
        DateTime::from_timestamp(seconds, 0).map_or(NaiveDate::MIN, |t| t.date_naive())
    }
}

#[cfg(test)]
mod tests {
    use super::Clock;
    use std::time::Duration;

    #[test]
    fn an_advanced_clock_moves_every_clone() {
        let clock = Clock::system();
        let held = clock.clone();
        let before = held.seconds();
        clock.advance(Duration::from_secs(90 * 24 * 3600));
        assert!(held.seconds() >= before + 90 * 24 * 3600);
    }

    #[test]
    fn a_time_falls_on_its_utc_day() {
        assert_eq!(Clock::day_of(0).to_string(), "1970-01-01");
        assert_eq!(Clock::day_of(1_803_859_199).to_string(), "2027-02-28");
    }
}
