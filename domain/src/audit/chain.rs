//! Tamper evidence: audit events and consent events each form a hash chain. Every row
//! carries its place in its table's chain (`chain_seq`, 1, 2, …), the hash of the row before
//! it (`prev_hash`) and its own hash (`row_hash`): SHA-256 over the chain's name, the place,
//! the previous hash and the row's content, every part prefixed with its length. The link is
//! written in the transaction of the row, together with the chain's head
//! (`audit_chain_heads`). Changing a row's content, deleting a row or inserting one in the
//! middle breaks the chain; `verify` walks it and names the first broken link.
//!
//! Retention deletes rows from the middle of a chain. Before it does, `keep_links` writes
//! each row's place and hashes (no content) to `audit_chain_tombstones`, in the same
//! transaction, and the walk takes a tombstone for its row. A row gone without one is missing.
//!
//! Ordering: SQLite runs one write transaction at a time (BEGIN IMMEDIATE). On PostgreSQL
//! every write transaction takes `CHAIN_LOCK` as its first statement (`db::begin_write`), so
//! appends follow each other, and since no transaction takes it after another lock, it
//! cannot be part of a deadlock. The head row is also read `FOR UPDATE` and the places are
//! unique, so even a writer that skipped the lock could not fork a chain.
use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbBackend,
    EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::{Alias, Expr, ExprTrait, IntoCondition, Query},
};
use serde_json::Value;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{
    db,
    entities::{audit_chain_heads, audit_chain_tombstones, audit_events, consent_events},
    error::{DomainError, DomainResult},
};

/// The PostgreSQL advisory lock every write transaction takes first (`db::begin_write`).
pub(crate) const CHAIN_LOCK: i64 = 0x6175_6469_7463; // "auditc"

/// The link before the first row of a chain.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Positions read per statement while verifying.
const PAGE: i64 = 1000;

crate::code_enum! {
    /// A hash chain, named after its table.
    pub enum Chain {
        Audit = "audit_events",
        Consent = "consent_events",
    }
}

/// A row's content as (field, value) in a fixed order, each value in one textual form. An
/// absent (NULL) value is left out, so a nullable column added later leaves the hash of every
/// older row (where it is NULL) as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Content(Vec<(&'static str, String)>);

impl Content {
    pub fn with(mut self, field: &'static str, value: impl Canonical) -> Self {
        if let Some(text) = value.canonical() {
            self.0.push((field, text));
        }
        self
    }
}

/// The one textual form of a value that is hashed: what the database gives back.
pub trait Canonical {
    fn canonical(&self) -> Option<String>;
}

impl Canonical for &str {
    fn canonical(&self) -> Option<String> {
        Some((*self).to_owned())
    }
}

impl Canonical for &String {
    fn canonical(&self) -> Option<String> {
        Some((*self).clone())
    }
}

impl Canonical for Uuid {
    fn canonical(&self) -> Option<String> {
        Some(self.to_string())
    }
}

/// Microseconds, UTC: what PostgreSQL keeps (times are truncated to it before inserting, see
/// [`now`]).
impl Canonical for DateTime<Utc> {
    fn canonical(&self) -> Option<String> {
        Some(self.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string())
    }
}

/// Compact JSON with the keys of every object in sorted order (serde_json's map is ordered
/// by key; the unit test below fails if that ever changes).
impl Canonical for &Value {
    fn canonical(&self) -> Option<String> {
        Some(self.to_string())
    }
}

impl<T: Canonical> Canonical for Option<T> {
    fn canonical(&self) -> Option<String> {
        self.as_ref().and_then(Canonical::canonical)
    }
}

/// The moment to record on a chained row: now, to the microsecond both databases keep.
pub fn now() -> DateTime<Utc> {
    let now = Utc::now();
    now.duration_trunc(TimeDelta::microseconds(1))
        .unwrap_or(now)
}

/// A row of a chained table: its content and its link.
pub trait Chained {
    const CHAIN: Chain;
    fn id(&self) -> Uuid;
    /// Everything the row records.
    fn content(&self) -> Content;
    fn link(&self) -> Option<Link>;
    fn set_link(&mut self, link: Link);
}

/// Implements [`Chained`] for a table's model, given the one function that lists its content.
macro_rules! chained {
    ($model:ty, $chain:expr, $content:path) => {
        impl Chained for $model {
            const CHAIN: Chain = $chain;

            fn id(&self) -> Uuid {
                self.id
            }

            fn content(&self) -> Content {
                $content(self)
            }

            fn link(&self) -> Option<Link> {
                Link::stored(self.chain_seq, &self.prev_hash, &self.row_hash)
            }

            fn set_link(&mut self, link: Link) {
                self.chain_seq = Some(link.seq);
                self.prev_hash = Some(link.prev_hash);
                self.row_hash = Some(link.row_hash);
            }
        }
    };
}

chained!(audit_events::Model, Chain::Audit, audit_content);
chained!(consent_events::Model, Chain::Consent, consent_content);

/// What is hashed of an audit event: every column but its link. A new column gets a line here.
fn audit_content(row: &audit_events::Model) -> Content {
    Content::default()
        .with("id", row.id)
        .with("occurred_at", row.occurred_at)
        .with("actor_id", row.actor_id)
        .with("action", &row.action)
        .with("subject_type", &row.subject_type)
        .with("subject_id", row.subject_id)
        .with("request_id", row.request_id.as_ref())
        .with("details", &row.details)
        .with("exchange_id", row.exchange_id)
        .with("youth_id", row.youth_id)
}

/// What is hashed of a consent event: every column but its link. A new column gets a line
/// here.
fn consent_content(row: &consent_events::Model) -> Content {
    Content::default()
        .with("id", row.id)
        .with("registration_id", row.registration_id)
        .with("guardian_id", row.guardian_id)
        .with("kind", &row.kind)
        .with("event", &row.event)
        .with("given_by", &row.given_by)
        .with("consent_text_id", row.consent_text_id)
        .with("method", &row.method)
        .with("typed_name", row.typed_name.as_ref())
        .with("reason", row.reason.as_ref())
        .with("client_ip", row.client_ip.as_ref())
        .with("user_agent", row.user_agent.as_ref())
        .with("actor_user_id", row.actor_user_id)
        .with("occurred_at", row.occurred_at)
        .with("privacy_notice_text_id", row.privacy_notice_text_id)
        .with("signing_method", row.signing_method.as_ref())
}

/// A row's place in its chain and its two hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub seq: i64,
    pub prev_hash: String,
    pub row_hash: String,
}

impl Link {
    fn stored(
        seq: Option<i64>,
        prev_hash: &Option<String>,
        row_hash: &Option<String>,
    ) -> Option<Self> {
        Some(Self {
            seq: seq?,
            prev_hash: prev_hash.clone()?,
            row_hash: row_hash.clone()?,
        })
    }
}

/// SHA-256 over the chain, the place, the previous hash and each field's name and value,
/// every part prefixed with its length (so no two different rows encode alike).
pub fn row_hash(chain: Chain, seq: i64, prev_hash: &str, content: &Content) -> String {
    let mut hasher = Sha256::new();
    let mut put = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    };
    put(chain.code().as_bytes());
    put(&seq.to_be_bytes());
    put(prev_hash.as_bytes());
    for (field, value) in &content.0 {
        put(field.as_bytes());
        put(value.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Inserts `row` as the next link of its chain and moves the chain's head to it, in the
/// caller's transaction (the row's own link fields are ignored).
pub async fn append<R, A>(db: &impl ConnectionTrait, mut row: R) -> DomainResult<()>
where
    R: Chained + IntoActiveModel<A>,
    A: ActiveModelTrait + Send,
{
    let link = next_link(db, &row).await?;
    row.set_link(link);
    A::Entity::insert(row.into_active_model())
        .exec_without_returning(db)
        .await?;
    Ok(())
}

async fn next_link<R: Chained>(db: &impl ConnectionTrait, row: &R) -> DomainResult<Link> {
    let chain = R::CHAIN;
    let mut head = audit_chain_heads::Entity::find_by_id(chain.code());
    if db.get_database_backend() == DbBackend::Postgres {
        head = head.lock_exclusive();
    }
    let head = head
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no head for {}", chain.code())))?;
    let seq = head.seq + 1;
    let hash = row_hash(chain, seq, &head.hash, &row.content());
    audit_chain_heads::Entity::update(audit_chain_heads::ActiveModel {
        chain: Set(head.chain),
        seq: Set(seq),
        hash: Set(hash.clone()),
    })
    .exec(db)
    .await?;
    Ok(Link {
        seq,
        prev_hash: head.hash,
        row_hash: hash,
    })
}

/// Before retention deletes the rows of `chain` that `rows` selects: keeps each one's link as
/// a tombstone, so that the chain still verifies without their content.
pub(crate) async fn keep_links(
    db: &impl ConnectionTrait,
    chain: Chain,
    rows: impl IntoCondition,
) -> DomainResult<()> {
    let seq = Alias::new("chain_seq");
    let links = Query::select()
        .expr(Expr::val(chain.code()))
        .columns([seq.clone(), Alias::new("prev_hash"), Alias::new("row_hash")])
        .from(Alias::new(chain.code()))
        .cond_where(rows)
        .and_where(Expr::col(seq).is_not_null())
        .to_owned();
    let insert = Query::insert()
        .into_table(audit_chain_tombstones::Entity)
        .columns([
            audit_chain_tombstones::Column::Chain,
            audit_chain_tombstones::Column::Seq,
            audit_chain_tombstones::Column::PrevHash,
            audit_chain_tombstones::Column::RowHash,
        ])
        .select_from(links)
        .map_err(|e| DomainError::Internal(e.into()))?
        .to_owned();
    db.execute(&insert).await?;
    Ok(())
}

/// What is wrong at the first broken link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The row's content (or its stored link) no longer gives its hash.
    ContentAltered,
    /// The row does not follow the one before it (or the head does not match the last row).
    LinkBroken,
    /// A place of the chain has neither a row nor a tombstone.
    RowMissing,
    /// A row without a place in the chain.
    NotInChain,
}

impl Problem {
    pub fn describe(self) -> &'static str {
        match self {
            Problem::ContentAltered => "content altered",
            Problem::LinkBroken => "link broken",
            Problem::RowMissing => "row missing",
            Problem::NotInChain => "row not in the chain",
        }
    }
}

/// The first broken link of a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    pub chain: Chain,
    pub seq: Option<i64>,
    pub row: Option<Uuid>,
    pub problem: Problem,
}

/// One place of a chain as stored: a row (its id and the hash its content gives now) or the
/// tombstone of a deleted one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub link: Link,
    pub row: Option<(Uuid, String)>,
}

/// What a walk over an intact chain saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub chain: Chain,
    pub rows: u64,
    pub tombstones: u64,
    pub head_seq: i64,
    pub head_hash: String,
}

/// A walk along one chain, fed its places in order.
#[derive(Debug)]
pub struct Walk {
    summary: Summary,
}

impl Walk {
    pub fn new(chain: Chain) -> Self {
        Self {
            summary: Summary {
                chain,
                rows: 0,
                tombstones: 0,
                head_seq: 0,
                head_hash: GENESIS.to_owned(),
            },
        }
    }

    fn broken(&self, seq: i64, row: Option<Uuid>, problem: Problem) -> Break {
        Break {
            chain: self.summary.chain,
            seq: Some(seq),
            row,
            problem,
        }
    }

    /// The next stored place, in ascending order.
    pub fn step(&mut self, place: &Stored) -> Result<(), Break> {
        let expected = self.summary.head_seq + 1;
        let id = place.row.as_ref().map(|(id, _)| *id);
        if place.link.seq > expected {
            return Err(self.broken(expected, None, Problem::RowMissing));
        }
        if place.link.seq < expected {
            return Err(self.broken(place.link.seq, id, Problem::LinkBroken));
        }
        if let Some((_, recomputed)) = &place.row
            && *recomputed != place.link.row_hash
        {
            return Err(self.broken(expected, id, Problem::ContentAltered));
        }
        if place.link.prev_hash != self.summary.head_hash {
            return Err(self.broken(expected, id, Problem::LinkBroken));
        }
        match place.row {
            Some(_) => self.summary.rows += 1,
            None => self.summary.tombstones += 1,
        }
        self.summary.head_seq = expected;
        self.summary.head_hash = place.link.row_hash.clone();
        Ok(())
    }

    /// After the last place: the chain must end where its head says.
    pub fn finish(self, head_seq: i64, head_hash: &str) -> Result<Summary, Break> {
        if head_seq > self.summary.head_seq {
            return Err(self.broken(self.summary.head_seq + 1, None, Problem::RowMissing));
        }
        if head_seq < self.summary.head_seq {
            return Err(self.broken(head_seq + 1, None, Problem::LinkBroken));
        }
        if head_hash != self.summary.head_hash {
            return Err(self.broken(head_seq, None, Problem::LinkBroken));
        }
        Ok(self.summary)
    }
}

/// Walks both chains in one snapshot: a summary of each, or the first broken link.
pub async fn verify(db: &DatabaseConnection) -> DomainResult<Result<Vec<Summary>, Break>> {
    let txn = db::begin_read(db).await?;
    let mut summaries = Vec::new();
    for result in [
        verify_chain::<audit_events::Entity>(&txn, audit_events::Column::ChainSeq).await?,
        verify_chain::<consent_events::Entity>(&txn, consent_events::Column::ChainSeq).await?,
    ] {
        match result {
            Ok(summary) => summaries.push(summary),
            Err(broken) => return Ok(Err(broken)),
        }
    }
    Ok(Ok(summaries))
}

async fn verify_chain<E>(
    db: &impl ConnectionTrait,
    seq: E::Column,
) -> DomainResult<Result<Summary, Break>>
where
    E: EntityTrait,
    E::Model: Chained,
{
    let chain = E::Model::CHAIN;
    let head = audit_chain_heads::Entity::find_by_id(chain.code())
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no head for {}", chain.code())))?;
    if let Some(row) = E::find().filter(seq.is_null()).one(db).await? {
        return Ok(Err(Break {
            chain,
            seq: None,
            row: Some(row.id()),
            problem: Problem::NotInChain,
        }));
    }
    let mut walk = Walk::new(chain);
    let mut from = 1;
    while from <= head.seq {
        let to = Ord::min(from + PAGE - 1, head.seq);
        let mut places = Vec::new();
        for row in E::find()
            .filter(seq.between(from, to))
            .order_by_asc(seq)
            .all(db)
            .await?
        {
            // A place without its hashes was not written by the chain.
            let Some(link) = row.link() else {
                return Ok(Err(Break {
                    chain,
                    seq: None,
                    row: Some(row.id()),
                    problem: Problem::NotInChain,
                }));
            };
            places.push(Stored {
                row: Some((
                    row.id(),
                    row_hash(chain, link.seq, &link.prev_hash, &row.content()),
                )),
                link,
            });
        }
        places.extend(
            audit_chain_tombstones::Entity::find()
                .filter(audit_chain_tombstones::Column::Chain.eq(chain.code()))
                .filter(audit_chain_tombstones::Column::Seq.between(from, to))
                .all(db)
                .await?
                .into_iter()
                .map(|tombstone| Stored {
                    link: Link {
                        seq: tombstone.seq,
                        prev_hash: tombstone.prev_hash,
                        row_hash: tombstone.row_hash,
                    },
                    row: None,
                }),
        );
        places.sort_by_key(|place| place.link.seq);
        for place in &places {
            if let Err(broken) = walk.step(place) {
                return Ok(Err(broken));
            }
        }
        from = to + 1;
    }
    // A row placed outside the walked range (past the head, or before the first place)
    // was inserted around the chain.
    if let Some(row) = E::find()
        .filter(Condition::any().add(seq.gt(head.seq)).add(seq.lt(1)))
        .order_by_asc(seq)
        .one(db)
        .await?
    {
        return Ok(Err(Break {
            chain,
            seq: row.link().map(|link| link.seq),
            row: Some(row.id()),
            problem: Problem::LinkBroken,
        }));
    }
    Ok(walk.finish(head.seq, &head.hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(name: &str) -> Content {
        Content::default().with("name", name)
    }

    /// A chain of rows named `names`, linked as the service writes them.
    fn chain(names: &[&str]) -> Vec<Stored> {
        let mut prev = GENESIS.to_owned();
        names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let seq = i as i64 + 1;
                let hash = row_hash(Chain::Audit, seq, &prev, &content(name));
                let place = Stored {
                    link: Link {
                        seq,
                        prev_hash: prev.clone(),
                        row_hash: hash.clone(),
                    },
                    row: Some((Uuid::from_u128(seq as u128), hash.clone())),
                };
                prev = hash;
                place
            })
            .collect()
    }

    /// A head as stored: its place and hash.
    type Head<'a> = (i64, &'a str);
    /// The place and problem of the first broken link, if any.
    type Found = Option<(i64, Problem)>;

    fn walk(places: &[Stored], head: Head) -> Result<Summary, Break> {
        let mut walk = Walk::new(Chain::Audit);
        for place in places {
            walk.step(place)?;
        }
        walk.finish(head.0, head.1)
    }

    fn problem_at(places: &[Stored], head: Head) -> Found {
        walk(places, head)
            .err()
            .map(|broken| (broken.seq.unwrap_or_default(), broken.problem))
    }

    #[test]
    fn a_walk_names_the_first_broken_link() {
        let intact = chain(&["a", "b", "c", "d"]);
        let last = intact[3].link.row_hash.clone();
        let head = (4, last.as_str());
        let tombstone = |i: usize| {
            let mut place = intact[i].clone();
            place.row = None;
            place
        };
        let altered = |i: usize| {
            let mut places = intact.clone();
            if let Some((_, recomputed)) = &mut places[i].row {
                *recomputed = row_hash(
                    Chain::Audit,
                    i as i64 + 1,
                    &intact[i].link.prev_hash,
                    &content("x"),
                );
            }
            places
        };
        // Row 2 removed and the rows after it hashed anew, as by someone who rewrites the
        // chain: only the head tells; with the head rewritten too nothing does.
        let rewritten = chain(&["a", "c", "d"]);
        let rewritten_head = rewritten[2].link.row_hash.clone();
        let cases: Vec<(&str, Vec<Stored>, Head, Found)> = vec![
            ("intact", intact.clone(), head, None),
            ("empty", vec![], (0, GENESIS), None),
            (
                "tombstones in the middle and at the start",
                vec![
                    tombstone(0),
                    intact[1].clone(),
                    tombstone(2),
                    intact[3].clone(),
                ],
                head,
                None,
            ),
            (
                "content altered",
                altered(2),
                head,
                Some((3, Problem::ContentAltered)),
            ),
            (
                "a row gone without a tombstone",
                vec![intact[0].clone(), intact[2].clone(), intact[3].clone()],
                head,
                Some((2, Problem::RowMissing)),
            ),
            (
                "the last row gone",
                intact[..3].to_vec(),
                head,
                Some((4, Problem::RowMissing)),
            ),
            (
                "rewritten, head kept",
                rewritten.clone(),
                head,
                Some((4, Problem::RowMissing)),
            ),
            (
                "rewritten with its head",
                rewritten,
                (3, rewritten_head.as_str()),
                None,
            ),
            (
                "a place twice",
                vec![intact[0].clone(), tombstone(0), intact[1].clone()],
                head,
                Some((1, Problem::LinkBroken)),
            ),
            (
                "a head that moved on",
                intact.clone(),
                (4, GENESIS),
                Some((4, Problem::LinkBroken)),
            ),
            (
                "a row past the head",
                intact.clone(),
                (3, intact[2].link.row_hash.as_str()),
                Some((4, Problem::LinkBroken)),
            ),
        ];
        for (name, places, head, expected) in cases {
            assert_eq!(problem_at(&places, head), expected, "{name}");
        }
        let summary = walk(
            &[tombstone(0), intact[1].clone()],
            (2, &intact[1].link.row_hash),
        )
        .unwrap();
        assert_eq!((summary.rows, summary.tombstones), (1, 1));
    }

    #[test]
    fn the_hash_covers_every_part_unambiguously() {
        let base = row_hash(Chain::Audit, 1, GENESIS, &content("ab"));
        let variants = [
            row_hash(Chain::Consent, 1, GENESIS, &content("ab")),
            row_hash(Chain::Audit, 2, GENESIS, &content("ab")),
            row_hash(Chain::Audit, 1, &"1".repeat(64), &content("ab")),
            row_hash(Chain::Audit, 1, GENESIS, &content("ac")),
            // The same bytes split differently between name and value.
            row_hash(
                Chain::Audit,
                1,
                GENESIS,
                &Content::default().with("namea", "b"),
            ),
            row_hash(Chain::Audit, 1, GENESIS, &content("ab").with("more", "")),
        ];
        for variant in variants {
            assert_ne!(variant, base);
        }
        // An absent value is left out: a column added later keeps older rows' hashes.
        let absent: Option<Uuid> = None;
        assert_eq!(
            row_hash(
                Chain::Audit,
                1,
                GENESIS,
                &content("ab").with("added", absent)
            ),
            base
        );
    }

    #[test]
    fn values_have_one_textual_form() {
        let time = DateTime::parse_from_rfc3339("2026-12-07T17:13:08.123456789+01:00")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(time.canonical().unwrap(), "2026-12-07T16:13:08.123456Z");
        let json: Value =
            serde_json::from_str(r#"{"b": 1, "a": {"d": [1, 2.5], "c": null}}"#).unwrap();
        assert_eq!(
            (&json).canonical().unwrap(),
            r#"{"a":{"c":null,"d":[1,2.5]},"b":1}"#
        );
        assert_eq!(
            Uuid::from_u128(0xA1).canonical().unwrap(),
            "00000000-0000-0000-0000-0000000000a1"
        );
        assert_eq!(now().timestamp_subsec_nanos() % 1000, 0);
    }
}
