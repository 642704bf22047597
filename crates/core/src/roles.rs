//! Carer roles as carers name themselves: "I am a parent carer", "I care from a distance".
//!
//! The framework asks that everything it does "encompass all the caring roles"; these are
//! those roles, plus three the wider strategy speaks of (young adult, working and former
//! carers). A person may hold several at once, so they are kept in a [`CarerRoles`] set.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// One caring role, as a carer might say it of themselves.
///
/// Roles are self-described: the toolkit never infers them, and saying any is optional.
/// The serialized key is kebab-case (`"parent-carer"`), the same as [`CarerRole::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CarerRole {
    /// Cares for their child who has additional needs.
    ParentCarer,
    /// Cares for a person who has mental health issues.
    MentalHealthCarer,
    /// Looks after a relative who lives in another town.
    LongDistanceCarer,
    /// Cares for a spouse or partner who has become ill, disabled or frail.
    SpouseOrPartnerCarer,
    /// Cares for a loved one who has dementia.
    DementiaCarer,
    /// Cares for more than one person with very different needs.
    DualCarer,
    /// Cares for their adult son or daughter who has additional needs.
    ParentCarerOfAdult,
    /// A child or young person who looks after someone in their family.
    YoungCarer,
    /// A young adult, usually aged 16 to 25, who looks after someone.
    YoungAdultCarer,
    /// Looks after someone alongside paid work.
    WorkingCarer,
    /// Used to look after someone; their caring role has ended.
    FormerCarer,
}

impl CarerRole {
    /// Every role, in the order the framework names them, then the wider roles.
    pub const ALL: &'static [CarerRole] = &[
        CarerRole::ParentCarer,
        CarerRole::MentalHealthCarer,
        CarerRole::LongDistanceCarer,
        CarerRole::SpouseOrPartnerCarer,
        CarerRole::DementiaCarer,
        CarerRole::DualCarer,
        CarerRole::ParentCarerOfAdult,
        CarerRole::YoungCarer,
        CarerRole::YoungAdultCarer,
        CarerRole::WorkingCarer,
        CarerRole::FormerCarer,
    ];

    /// The stable key used in documents, e.g. `"parent-carer"`.
    pub const fn key(self) -> &'static str {
        match self {
            CarerRole::ParentCarer => "parent-carer",
            CarerRole::MentalHealthCarer => "mental-health-carer",
            CarerRole::LongDistanceCarer => "long-distance-carer",
            CarerRole::SpouseOrPartnerCarer => "spouse-or-partner-carer",
            CarerRole::DementiaCarer => "dementia-carer",
            CarerRole::DualCarer => "dual-carer",
            CarerRole::ParentCarerOfAdult => "parent-carer-of-adult",
            CarerRole::YoungCarer => "young-carer",
            CarerRole::YoungAdultCarer => "young-adult-carer",
            CarerRole::WorkingCarer => "working-carer",
            CarerRole::FormerCarer => "former-carer",
        }
    }

    /// The role with this key, if there is one; the opposite of [`CarerRole::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|role| role.key() == key)
    }

    /// A short plain-English label for a button or a list, e.g. "Parent carer".
    pub const fn label(self) -> &'static str {
        match self {
            CarerRole::ParentCarer => "Parent carer",
            CarerRole::MentalHealthCarer => "Caring for someone with mental health issues",
            CarerRole::LongDistanceCarer => "Caring from a distance",
            CarerRole::SpouseOrPartnerCarer => "Caring for a spouse or partner",
            CarerRole::DementiaCarer => "Caring for someone with dementia",
            CarerRole::DualCarer => "Dual caring role",
            CarerRole::ParentCarerOfAdult => "Parent carer of an adult son or daughter",
            CarerRole::YoungCarer => "Young carer",
            CarerRole::YoungAdultCarer => "Young adult carer",
            CarerRole::WorkingCarer => "Working carer",
            CarerRole::FormerCarer => "Former carer",
        }
    }

    /// The role in the carer's own words, close to how the framework puts it,
    /// e.g. "I care from a distance: I look after a relative who lives in another town".
    pub const fn sentence(self) -> &'static str {
        match self {
            CarerRole::ParentCarer => {
                "I am a parent carer: I care for my child who has additional needs, \
                 such as a physical disability or a learning difficulty"
            }
            CarerRole::MentalHealthCarer => "I care for a person who has mental health issues",
            CarerRole::LongDistanceCarer => {
                "I care from a distance: I look after a relative who lives in another town"
            }
            CarerRole::SpouseOrPartnerCarer => {
                "I care for my spouse or partner, who has become ill, disabled or frail"
            }
            CarerRole::DementiaCarer => "I care for a loved one who has dementia",
            CarerRole::DualCarer => {
                "I have a dual caring role: I care for more than one person with very \
                 different needs, such as an elderly parent and a young child"
            }
            CarerRole::ParentCarerOfAdult => {
                "I am a parent carer: I care for my adult son or daughter, who has \
                 additional needs such as a physical disability or a learning difficulty"
            }
            CarerRole::YoungCarer => {
                "I am a young carer: I look after my mum, dad, brother, sister, \
                 another relative or a friend"
            }
            CarerRole::YoungAdultCarer => {
                "I am a young adult carer: I am aged 16 to 25 and I look after someone"
            }
            CarerRole::WorkingCarer => {
                "I am a working carer: I look after someone alongside my paid job"
            }
            CarerRole::FormerCarer => {
                "I am a former carer: I used to look after someone and my caring role has ended"
            }
        }
    }
}

impl fmt::Display for CarerRole {
    /// Shows the short label.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The roles one person holds: no duplicates, always in the order of [`CarerRole::ALL`].
///
/// Serializes as a JSON array of keys, e.g. `["parent-carer", "working-carer"]`. A
/// repeated key in a document is read once rather than rejected: nothing is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct CarerRoles(BTreeSet<CarerRole>);

impl CarerRoles {
    /// No roles yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a role; returns `false` if the person already held it.
    ///
    /// ```
    /// use cares_core::roles::{CarerRole, CarerRoles};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut roles = CarerRoles::new();
    /// roles.insert(CarerRole::WorkingCarer);
    /// roles.insert(CarerRole::ParentCarer);
    /// assert!(roles.contains(CarerRole::ParentCarer));
    /// assert_eq!(serde_json::to_string(&roles)?, r#"["parent-carer","working-carer"]"#);
    /// # Ok(()) }
    /// ```
    pub fn insert(&mut self, role: CarerRole) -> bool {
        self.0.insert(role)
    }

    /// Takes a role away; returns `false` if the person did not hold it.
    pub fn remove(&mut self, role: CarerRole) -> bool {
        self.0.remove(&role)
    }

    /// Whether the person holds this role.
    pub fn contains(&self, role: CarerRole) -> bool {
        self.0.contains(&role)
    }

    /// The roles, in the order of [`CarerRole::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = CarerRole> + '_ {
        self.0.iter().copied()
    }

    /// How many roles the person holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the person has said no roles.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<CarerRole> for CarerRoles {
    fn from_iter<I: IntoIterator<Item = CarerRole>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl Extend<CarerRole> for CarerRoles {
    fn extend<I: IntoIterator<Item = CarerRole>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl<'a> IntoIterator for &'a CarerRoles {
    type Item = CarerRole;
    type IntoIter = std::iter::Copied<std::collections::btree_set::Iter<'a, CarerRole>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_key_is_the_serde_key_and_reads_back() {
        for &role in CarerRole::ALL {
            let json = serde_json::to_string(&role).expect("serializes");
            assert_eq!(json, format!("\"{}\"", role.key()), "{role:?}");
            assert_eq!(CarerRole::from_key(role.key()), Some(role));
            let back: CarerRole = serde_json::from_str(&json).expect("reads");
            assert_eq!(back, role);
        }
    }

    #[test]
    fn unknown_key_is_not_a_role() {
        assert_eq!(CarerRole::from_key("Parent carer"), None);
        assert_eq!(CarerRole::from_key(""), None);
        assert!(serde_json::from_str::<CarerRole>("\"superhero\"").is_err());
    }

    #[test]
    fn all_lists_each_role_once() {
        let distinct: HashSet<_> = CarerRole::ALL.iter().collect();
        assert_eq!(distinct.len(), CarerRole::ALL.len());
        assert_eq!(CarerRole::ALL.len(), 11);
    }

    #[test]
    fn all_is_in_sorted_order_so_sets_keep_it() {
        let mut sorted = CarerRole::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, CarerRole::ALL);
    }

    #[test]
    fn labels_and_sentences_are_distinct_and_plain() {
        let labels: HashSet<_> = CarerRole::ALL.iter().map(|r| r.label()).collect();
        let sentences: HashSet<_> = CarerRole::ALL.iter().map(|r| r.sentence()).collect();
        assert_eq!(labels.len(), CarerRole::ALL.len());
        assert_eq!(sentences.len(), CarerRole::ALL.len());
        for &role in CarerRole::ALL {
            let sentence = role.sentence();
            assert!(sentence.starts_with("I "), "{role:?}: {sentence}");
            assert!(!sentence.ends_with('.'), "{role:?}: {sentence}");
            assert!(!sentence.contains("  "), "{role:?}: {sentence}");
            assert!(!role.label().is_empty());
        }
    }

    #[test]
    fn framework_wording_is_kept() {
        assert_eq!(CarerRole::ParentCarer.label(), "Parent carer");
        assert_eq!(
            CarerRole::LongDistanceCarer.sentence(),
            "I care from a distance: I look after a relative who lives in another town"
        );
        assert!(
            CarerRole::DualCarer
                .sentence()
                .starts_with("I have a dual caring role")
        );
        assert!(
            CarerRole::YoungCarer
                .sentence()
                .starts_with("I am a young carer")
        );
        assert!(CarerRole::DementiaCarer.sentence().contains("dementia"));
        assert_eq!(CarerRole::WorkingCarer.to_string(), "Working carer");
    }

    #[test]
    fn a_person_can_hold_several_roles_without_duplicates() {
        let mut roles = CarerRoles::new();
        assert!(roles.is_empty());
        assert!(roles.insert(CarerRole::YoungCarer));
        assert!(roles.insert(CarerRole::DualCarer));
        assert!(!roles.insert(CarerRole::YoungCarer));
        assert_eq!(roles.len(), 2);
        assert!(roles.contains(CarerRole::DualCarer));
        assert!(!roles.contains(CarerRole::FormerCarer));
        assert!(roles.remove(CarerRole::DualCarer));
        assert!(!roles.remove(CarerRole::DualCarer));
        assert_eq!(roles.iter().collect::<Vec<_>>(), [CarerRole::YoungCarer]);
    }

    #[test]
    fn roles_come_out_in_framework_order_whatever_the_insertion_order() {
        let roles: CarerRoles = [
            CarerRole::FormerCarer,
            CarerRole::ParentCarer,
            CarerRole::DementiaCarer,
        ]
        .into_iter()
        .collect();
        let listed: Vec<_> = (&roles).into_iter().collect();
        assert_eq!(
            listed,
            [
                CarerRole::ParentCarer,
                CarerRole::DementiaCarer,
                CarerRole::FormerCarer
            ]
        );
    }

    #[test]
    fn roles_serialize_as_an_array_of_keys_and_read_back() {
        let mut roles = CarerRoles::new();
        roles.extend([CarerRole::WorkingCarer, CarerRole::LongDistanceCarer]);
        let json = serde_json::to_string(&roles).expect("serializes");
        assert_eq!(json, r#"["long-distance-carer","working-carer"]"#);
        let back: CarerRoles = serde_json::from_str(&json).expect("reads");
        assert_eq!(back, roles);
    }

    #[test]
    fn a_repeated_key_in_a_document_is_read_once() {
        let roles: CarerRoles =
            serde_json::from_str(r#"["young-carer","young-carer","parent-carer"]"#).expect("reads");
        assert_eq!(roles.len(), 2);
        assert!(serde_json::from_str::<CarerRoles>(r#"["young-carer","nope"]"#).is_err());
    }
}
