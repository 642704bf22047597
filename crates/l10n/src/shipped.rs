//! The catalogues that ship with cares, as Fluent source: every `locales/*.ftl`
//! (British English, the source, first), listed by the build script, so a council
//! adds a language by adding its file and nothing else.

/// The source language's tag.
pub const SOURCE_LANGUAGE: &str = "en-GB";

// Each shipped language's tag and Fluent source, the source language first:
// `pub const SHIPPED: [(&str, &str); N]`.
include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// The shipped language a tag asks for: an exact tag, else the same language
/// (`cy-GB` → `cy`, `en` → `en-GB`, `ur_PK.UTF-8` as `LANG` writes it → `ur`).
#[must_use]
pub fn shipped_language(tag: &str) -> Option<&'static str> {
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or(tag)
        .replace('_', "-");
    let wanted = tag.split('-').next().unwrap_or(&tag).to_ascii_lowercase();
    SHIPPED
        .iter()
        .map(|(t, _)| *t)
        .find(|t| t.eq_ignore_ascii_case(&tag))
        .or_else(|| {
            SHIPPED.iter().map(|(t, _)| *t).find(|t| {
                t.split('-')
                    .next()
                    .is_some_and(|l| l.eq_ignore_ascii_case(&wanted))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_as_people_and_systems_write_them_find_the_shipped_language() {
        assert_eq!(shipped_language("cy"), Some("cy"));
        assert_eq!(shipped_language("cy-GB"), Some("cy"));
        assert_eq!(shipped_language("en"), Some("en-GB"));
        assert_eq!(shipped_language("en_US.UTF-8"), Some("en-GB"));
        assert_eq!(shipped_language("ur_PK.UTF-8"), Some("ur"));
        assert_eq!(shipped_language("fr"), None);
    }
}
