//! Partner examples for cares-core. The runnable ones are `examples/*.rs`; this
//! library exists so the partner guide's code (`docs/partners.md`) is compiled as
//! doc tests and cannot drift from the crate it describes.

/// The examples in `docs/partners.md`.
#[cfg(doctest)]
#[doc = include_str!("../docs/partners.md")]
pub struct PartnerGuide;
