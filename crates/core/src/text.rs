//! Small rules for the words a reader sees, shared by every front end so a quotation is
//! cut, and a count is worded, the same way in the web app, the CLI and messages from
//! the core: [`shorten`] and [`first_words`] end what they cut with "…", and [`count`]
//! says "1 action" or "3 actions".
//!
//! ```
//! use cares_core::text::{count, first_words, shorten};
//!
//! assert_eq!(shorten("Review   carers'\ninformation", 60), "Review carers' information");
//! assert_eq!(shorten("Review carers information sent to all GPs", 20), "Review carers infor…");
//! assert_eq!(first_words("Set up a carers' forum in every locality", 4), "Set up a carers'…");
//! assert_eq!(count(1, "action", "actions"), "1 action");
//! assert_eq!(count(0, "person", "people"), "0 people");
//! ```

/// The text on one line (runs of spaces and line breaks become one space), at most
/// `max` characters long: when cut, it ends in "…" after the last whole character
/// that fits, with no space before the "…". A `max` of 0 gives nothing.
pub fn shorten(text: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The first `words` words of the text, on one line, ending in "…" when there were more.
pub fn first_words(text: &str, words: usize) -> String {
    let mut all = text.split_whitespace();
    let kept: Vec<&str> = all.by_ref().take(words).collect();
    let more = all.next().is_some();
    let kept = kept.join(" ");
    if more { format!("{kept}…") } else { kept }
}

/// A number with its noun: "1 action", "0 actions", "3 people". Any whole number
/// type will do (`usize`, `u32`…).
pub fn count<N: std::fmt::Display + PartialEq + From<u8>>(n: N, one: &str, many: &str) -> String {
    if n == N::from(1) {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_kept_whole_on_one_line() {
        assert_eq!(shorten("  Carers'\n\tforum  ", 60), "Carers' forum");
        assert_eq!(shorten("", 10), "");
        assert_eq!(shorten("exactly10!", 10), "exactly10!");
    }

    #[test]
    fn a_long_text_is_cut_to_the_limit_with_an_ellipsis_and_no_space_before_it() {
        let cut = shorten("Review carers information sent to all GPs", 20);
        assert_eq!(cut, "Review carers infor…");
        assert!(cut.chars().count() <= 20);
        assert_eq!(shorten("abcdefghijk", 10), "abcdefghi…");
        assert_eq!(shorten("abcdefghijk", 10).chars().count(), 10);
    }

    #[test]
    fn cutting_counts_characters_not_bytes_and_never_panics() {
        let welsh = "Gofalwyr ŵŷâêîôû ".repeat(10);
        let cut = shorten(&welsh, 12);
        assert!(cut.ends_with('…'));
        assert!(cut.chars().count() <= 12);
        assert_eq!(shorten("anything", 0), "");
        assert_eq!(shorten("anything", 1), "…");
    }

    #[test]
    fn first_words_marks_only_a_text_that_went_on() {
        assert_eq!(first_words("one two three", 3), "one two three");
        assert_eq!(first_words("one  two\nthree four", 3), "one two three…");
        assert_eq!(first_words("", 8), "");
    }

    #[test]
    fn counts_are_singular_only_for_one() {
        assert_eq!(count(0, "action", "actions"), "0 actions");
        assert_eq!(count(1, "action", "actions"), "1 action");
        assert_eq!(count(2_u32, "person", "people"), "2 people");
        assert_eq!(count(1_u64, "dot", "dots"), "1 dot");
    }
}
