//! The server's limits: request and message sizes, how much may be stored, how long
//! a client may take, how many connections each token, address and session may
//! hold, and token buckets for how fast each kind of request may come.
//!
//! A token bucket holds up to `burst` tokens and refills at `per_second`; each
//! action takes one. Buckets keyed by client address treat an IPv6 /64 as one
//! address, since one household or phone is usually given a whole /64; wrong join
//! codes count an IPv6 /48, since a whole /48 is cheap to come by.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex, PoisonError};
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
    /// Wrong join codes from everywhere together: what keeps many addresses from
    /// scanning the codes between them.
    pub join_failures_everywhere: BucketSpec,
    /// How long a join code works after its session is made.
    pub join_code_lifetime: Duration,
    /// How long a session or shared plan is kept after it was last used.
    pub retention: Duration,
    /// Sessions and shared documents created per client address.
    pub creations: BucketSpec,
    /// How far past the server's clock an edit's clock may be.
    pub max_clock_ahead: u64,
    /// Pushes to shared documents per token.
    pub pushes_per_token: BucketSpec,
    /// Pushes to shared documents per client address.
    pub pushes_per_address: BucketSpec,
    /// Pulls (of a session or shared document) per token.
    pub pulls_per_token: BucketSpec,
    /// Pulls per client address.
    pub pulls_per_address: BucketSpec,
    /// Live connections opened per client address.
    pub connects_per_address: BucketSpec,
    /// Bytes of edits a shared document may hold (the core's document limit).
    pub document_bytes: u64,
    /// Edits a shared document may hold.
    pub document_edits: u64,
    /// Bytes of edits the whole server may hold, every document together.
    pub server_bytes: u64,
    /// Live connections open at once on one token.
    pub connections_per_token: usize,
    /// Live connections open at once from one client address.
    pub connections_per_address: usize,
    /// Live connections open at once on one session.
    pub connections_per_session: usize,
    /// TCP connections open at once, of every kind.
    pub connections: usize,
    /// Bytes waiting to be written to one live connection; past this it is closed
    /// and told to reconnect.
    pub outbox_bytes: usize,
    /// How long one write to a live connection may take before it is closed.
    pub send_timeout: Duration,
    /// How long a client may take to send a request's headers.
    pub header_timeout: Duration,
    /// How long a request may take, body included, before it is answered 408.
    pub request_timeout: Duration,
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
            // Thirty people behind one Wi-Fi address, each mistyping a few times.
            join_failures: BucketSpec::new(100, 1.0 / 10.0),
            join_failures_everywhere: BucketSpec::new(1000, 1.0),
            join_code_lifetime: Duration::from_secs(30 * 24 * 3600),
            retention: Duration::from_secs(90 * 24 * 3600),
            creations: BucketSpec::new(20, 1.0 / 30.0),
            max_clock_ahead: 100_000,
            pushes_per_token: BucketSpec::new(30, 1.0),
            pushes_per_address: BucketSpec::new(120, 4.0),
            pulls_per_token: BucketSpec::new(30, 1.0),
            pulls_per_address: BucketSpec::new(120, 4.0),
            connects_per_address: BucketSpec::new(1200, 20.0),
            document_bytes: cares_core::document::MAX_DOCUMENT_BYTES as u64,
            document_edits: 200_000,
            server_bytes: 8 * 1024 * 1024 * 1024,
            connections_per_token: 8,
            connections_per_address: 1024,
            connections_per_session: 2048,
            connections: 8192,
            outbox_bytes: 2 * 1024 * 1024,
            send_timeout: Duration::from_secs(20),
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
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

/// A client address as the limits see it: IPv4 as is, IPv6 by its /64 (or /48, see
/// [`AddressKey::network`]).
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

    /// The same key with an IPv6 address counted by its /48, the block a site is
    /// usually given: for wrong join codes, where one site must not count as 65,536.
    pub fn network(self) -> Self {
        match self {
            AddressKey::V6(bits) => AddressKey::V6(bits & !0xFFFF),
            other => other,
        }
    }
}

/// Token buckets keyed by client address, token or anything else.
#[derive(Debug)]
pub struct Limiter<K> {
    spec: BucketSpec,
    buckets: Mutex<HashMap<K, TokenBucket>>,
}

/// Token buckets keyed by client address.
pub type AddressLimiter = Limiter<AddressKey>;

/// How many addresses are remembered before full buckets are forgotten.
const PRUNE_AT: usize = 10_000;

impl<K: Eq + Hash> Limiter<K> {
    /// A limiter where every key has a bucket of `spec`.
    pub fn new(spec: BucketSpec) -> Self {
        Self {
            spec,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn with_bucket<T>(&self, key: K, f: impl FnOnce(&mut TokenBucket) -> T) -> T {
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

    /// Takes a token for this key, or says how long to wait.
    pub fn take(&self, key: K) -> Result<(), Duration> {
        let spec = self.spec;
        self.with_bucket(key, |b| b.take(spec, Instant::now()))
    }

    /// True when this key has a token left, without taking it.
    pub fn has_token(&self, key: K) -> bool {
        let spec = self.spec;
        self.with_bucket(key, |b| b.has_token(spec, Instant::now()))
    }
}

/// One token bucket for the whole server.
#[derive(Debug)]
pub struct SharedBucket {
    spec: BucketSpec,
    bucket: Mutex<TokenBucket>,
}

impl SharedBucket {
    /// A full bucket of `spec`.
    pub fn new(spec: BucketSpec) -> Self {
        Self {
            spec,
            bucket: Mutex::new(TokenBucket::full(spec, Instant::now())),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, TokenBucket> {
        self.bucket.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes a token, or says how long to wait.
    pub fn take(&self) -> Result<(), Duration> {
        self.lock().take(self.spec, Instant::now())
    }

    /// True when a token is left, without taking it.
    pub fn has_token(&self) -> bool {
        self.lock().has_token(self.spec, Instant::now())
    }
}

/// How many connections are open per key, each under a cap.
#[derive(Debug)]
pub struct ConnectionCounts<K: Eq + Hash> {
    cap: usize,
    open: Arc<Mutex<HashMap<K, usize>>>,
}

/// One open connection counted under its key; dropping it lets the slot go.
#[derive(Debug)]
pub struct Slot<K: Eq + Hash> {
    key: Option<K>,
    open: Arc<Mutex<HashMap<K, usize>>>,
}

impl<K: Eq + Hash + Clone> ConnectionCounts<K> {
    /// Counts with at most `cap` open per key.
    pub fn new(cap: usize) -> Self {
        Self {
            cap,
            open: Arc::default(),
        }
    }

    /// How many keys have a connection open, and how many are open in all.
    pub fn totals(&self) -> (usize, usize) {
        let open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let busy = open.values().filter(|n| **n > 0);
        (busy.clone().count(), busy.sum())
    }

    /// A slot for one more connection on `key`, or `None` when it has its cap.
    pub fn admit(&self, key: K) -> Option<Slot<K>> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(key.clone()).or_insert(0);
        if *count >= self.cap {
            return None;
        }
        *count += 1;
        Some(Slot {
            key: Some(key),
            open: Arc::clone(&self.open),
        })
    }
}

impl<K: Eq + Hash> Drop for Slot<K> {
    fn drop(&mut self) {
        let Some(key) = self.key.take() else { return };
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&key);
            }
        }
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
    fn wrong_codes_count_an_ipv6_slash_48_as_one_network() {
        let a: Ipv6Addr = "2001:db8:1:2::1".parse().unwrap_or(Ipv6Addr::LOCALHOST);
        let b: Ipv6Addr = "2001:db8:1:ffff::1".parse().unwrap_or(Ipv6Addr::LOCALHOST);
        let c: Ipv6Addr = "2001:db8:2::1".parse().unwrap_or(Ipv6Addr::LOCALHOST);
        let key = |ip: Ipv6Addr| AddressKey::of(ip.into()).network();
        assert_eq!(key(a), key(b));
        assert_ne!(key(a), key(c));
        let v4 = AddressKey::V4(Ipv4Addr::new(192, 0, 2, 1));
        assert_eq!(v4.network(), v4);
    }

    #[test]
    fn a_connection_slot_is_given_back_when_dropped() {
        let counts = ConnectionCounts::new(2);
        let first = counts.admit("token");
        let second = counts.admit("token");
        assert!(first.is_some() && second.is_some());
        assert!(counts.admit("token").is_none());
        assert!(counts.admit("other").is_some());
        drop(first);
        assert!(counts.admit("token").is_some());
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
