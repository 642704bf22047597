//! The server's limits: request and message sizes, and token buckets for how fast
//! a participant may send edits and how often one address may try join codes or
//! create sessions.
//!
//! A token bucket holds up to `burst` tokens and refills at `per_second`; each
//! action takes one. Buckets keyed by client address treat an IPv6 /64 as one
//! address, since one household or phone is usually given a whole /64.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// How large a bucket is and how fast it refills.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BucketSpec {
    /// The most actions allowed at once.
    pub burst: u32,
    /// Actions allowed per second once the burst is spent.
    pub per_second: f64,
}

impl BucketSpec {
    /// A bucket of `burst` refilling at `per_second`.
    pub const fn new(burst: u32, per_second: f64) -> Self {
        Self { burst, per_second }
    }
}

/// Every limit the server enforces, with the defaults it runs with.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Largest request body for the document endpoints (uploads and pushed edits).
    pub document_body_bytes: usize,
    /// Largest request body anywhere else.
    pub body_bytes: usize,
    /// Largest WebSocket message from a client.
    pub socket_message_bytes: usize,
    /// Edits per participant.
    pub participant_edits: BucketSpec,
    /// Edits per facilitator (grouping statements is quick work).
    pub facilitator_edits: BucketSpec,
    /// Messages of any kind on one live connection.
    pub socket_messages: BucketSpec,
    /// Join attempts per client address, right or wrong (a room may share one address).
    pub join_attempts: BucketSpec,
    /// Wrong join codes per client address: what keeps codes from being guessed.
    pub join_failures: BucketSpec,
    /// Sessions and shared documents created per client address.
    pub creations: BucketSpec,
    /// How far past the server's clock an edit's clock may be.
    pub max_clock_ahead: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            document_body_bytes: 1024 * 1024,
            body_bytes: 16 * 1024,
            socket_message_bytes: 16 * 1024,
            participant_edits: BucketSpec::new(20, 5.0),
            facilitator_edits: BucketSpec::new(100, 20.0),
            socket_messages: BucketSpec::new(60, 20.0),
            join_attempts: BucketSpec::new(600, 10.0),
            join_failures: BucketSpec::new(10, 1.0 / 30.0),
            creations: BucketSpec::new(20, 1.0 / 30.0),
            max_clock_ahead: 100_000,
        }
    }
}

/// One bucket of tokens.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    /// A full bucket.
    pub fn full(spec: BucketSpec, now: Instant) -> Self {
        Self {
            tokens: f64::from(spec.burst),
            last: now,
        }
    }

    fn refill(&mut self, spec: BucketSpec, now: Instant) {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * spec.per_second).min(f64::from(spec.burst));
        self.last = now;
    }

    /// True when at least one token is there, without taking it.
    pub fn has_token(&mut self, spec: BucketSpec, now: Instant) -> bool {
        self.refill(spec, now);
        self.tokens >= 1.0
    }

    /// Takes a token, or says how long until one is there.
    pub fn take(&mut self, spec: BucketSpec, now: Instant) -> Result<(), Duration> {
        self.refill(spec, now);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else if spec.per_second > 0.0 {
            Err(Duration::from_secs_f64(
                (1.0 - self.tokens) / spec.per_second,
            ))
        } else {
            Err(Duration::from_secs(3600))
        }
    }

    fn is_full(&mut self, spec: BucketSpec, now: Instant) -> bool {
        self.refill(spec, now);
        self.tokens >= f64::from(spec.burst)
    }
}

/// A client address as the limits see it: IPv4 as is, IPv6 by its /64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddressKey {
    /// An IPv4 address (IPv4-mapped IPv6 addresses count as IPv4).
    V4(Ipv4Addr),
    /// The first 64 bits of an IPv6 address.
    V6(u64),
    /// No address was known (an in-process request).
    Unknown,
}

impl AddressKey {
    /// The key for an address.
    pub fn of(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => AddressKey::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => AddressKey::V4(v4),
                None => {
                    let bits = u128::from(v6);
                    AddressKey::V6(u64::try_from(bits >> 64).unwrap_or(0))
                }
            },
        }
    }
}

/// Token buckets keyed by client address.
#[derive(Debug)]
pub struct AddressLimiter {
    spec: BucketSpec,
    buckets: Mutex<HashMap<AddressKey, TokenBucket>>,
}

/// How many addresses are remembered before full buckets are forgotten.
const PRUNE_AT: usize = 10_000;

impl AddressLimiter {
    /// A limiter where every address has a bucket of `spec`.
    pub fn new(spec: BucketSpec) -> Self {
        Self {
            spec,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn with_bucket<T>(&self, key: AddressKey, f: impl FnOnce(&mut TokenBucket) -> T) -> T {
        let now = Instant::now();
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if buckets.len() >= PRUNE_AT {
            // A full bucket is the same as no bucket, so forgetting it changes nothing.
            buckets.retain(|_, b| !b.is_full(self.spec, now));
        }
        let bucket = buckets
            .entry(key)
            .or_insert_with(|| TokenBucket::full(self.spec, now));
        f(bucket)
    }

    /// Takes a token for this address, or says how long to wait.
    pub fn take(&self, key: AddressKey) -> Result<(), Duration> {
        let spec = self.spec;
        self.with_bucket(key, |b| b.take(spec, Instant::now()))
    }

    /// True when this address has a token left, without taking it.
    pub fn has_token(&self, key: AddressKey) -> bool {
        let spec = self.spec;
        self.with_bucket(key, |b| b.has_token(spec, Instant::now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv6Addr;

    #[test]
    fn a_bucket_allows_its_burst_then_refills_at_its_rate() {
        let spec = BucketSpec::new(3, 2.0);
        let start = Instant::now();
        let mut bucket = TokenBucket::full(spec, start);
        for _ in 0..3 {
            assert!(bucket.take(spec, start).is_ok());
        }
        let wait = bucket.take(spec, start).err();
        assert_eq!(wait, Some(Duration::from_millis(500)));
        assert!(
            bucket
                .take(spec, start + Duration::from_millis(500))
                .is_ok()
        );
        assert!(
            bucket
                .take(spec, start + Duration::from_millis(500))
                .is_err()
        );
        // Never more than the burst, however long it rests.
        let later = start + Duration::from_secs(60);
        for _ in 0..3 {
            assert!(bucket.take(spec, later).is_ok());
        }
        assert!(bucket.take(spec, later).is_err());
    }

    #[test]
    fn one_ipv6_slash_64_counts_as_one_address() {
        let a: Ipv6Addr = "2001:db8:1:2::1".parse().unwrap_or(Ipv6Addr::LOCALHOST);
        let b: Ipv6Addr = "2001:db8:1:2:ffff::9"
            .parse()
            .unwrap_or(Ipv6Addr::LOCALHOST);
        let c: Ipv6Addr = "2001:db8:1:3::1".parse().unwrap_or(Ipv6Addr::LOCALHOST);
        assert_eq!(AddressKey::of(a.into()), AddressKey::of(b.into()));
        assert_ne!(AddressKey::of(a.into()), AddressKey::of(c.into()));
        let mapped: Ipv6Addr = Ipv4Addr::new(192, 0, 2, 1).to_ipv6_mapped();
        assert_eq!(
            AddressKey::of(mapped.into()),
            AddressKey::V4(Ipv4Addr::new(192, 0, 2, 1))
        );
    }

    #[test]
    fn an_address_limiter_keeps_addresses_apart() {
        let limiter = AddressLimiter::new(BucketSpec::new(1, 0.0));
        let a = AddressKey::V4(Ipv4Addr::new(192, 0, 2, 1));
        let b = AddressKey::V4(Ipv4Addr::new(192, 0, 2, 2));
        assert!(limiter.take(a).is_ok());
        assert!(limiter.take(a).is_err());
        assert!(!limiter.has_token(a));
        assert!(limiter.has_token(b));
        assert!(limiter.take(b).is_ok());
    }
}
