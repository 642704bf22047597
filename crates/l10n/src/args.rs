//! The arguments a message is filled with: numbers, dates and text, by name.

use chrono::NaiveDate;

/// One argument's value. Numbers pick a plural form and are written in the
/// language's own digits and separators; dates are written in its own format.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A count or other number.
    Number(f64),
    /// A calendar day.
    Date(NaiveDate),
    /// Text shown as it is: a name, or what a person wrote.
    Text(String),
}

macro_rules! number_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                // Counts in cares are far below 2^53, where f64 is exact.
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Value::Number(n as f64)
            }
        }
    )*};
}
number_from!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

impl From<NaiveDate> for Value {
    fn from(d: NaiveDate) -> Self {
        Value::Date(d)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

/// A message's arguments, by name (`$count` in the Fluent source is `count` here).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    pairs: Vec<(String, Value)>,
}

impl Args {
    /// No arguments.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// These arguments and one more (a later value for the same name wins).
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.set(name, value);
        self
    }

    /// Sets one argument.
    pub fn set(&mut self, name: &str, value: impl Into<Value>) {
        let value = value.into();
        match self.pairs.iter_mut().find(|(n, _)| n == name) {
            Some(pair) => pair.1 = value,
            None => self.pairs.push((name.to_owned(), value)),
        }
    }

    /// The value of one argument, if given.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Every argument, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.pairs.iter().map(|(n, v)| (n.as_str(), v))
    }
}
