//! An in-memory index of the directory for matching: every organisation as a [`Candidate`],
//! the partnerships between towns and the reciprocity ledger. Rebuilt when the
//! `directory_revision` counter (moved by database triggers on every change, from any
//! process) differs from the revision it was built at.
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};
use tokio::sync::Mutex;
use uuid::Uuid;

use super::score::{Candidate, LanguageSet, LedgerFact, PartnershipFact, Period};
use crate::{
    directory::{
        places::json_strings,
        types::{
            AgeRange, AvailabilityMode, DateRange, PartnershipKind, PartnershipStatus, ThemeSet,
        },
    },
    entities::{completed_exchanges, municipalities, organisations, partnerships, towns},
    error::{DomainError, DomainResult},
    geo::Coordinates,
};

#[derive(Debug, Clone, Copy)]
pub struct TownFacts {
    pub coordinates: Coordinates,
}

#[derive(Debug, Clone, Copy)]
struct Link {
    town_a: Uuid,
    town_b: Uuid,
    fact: PartnershipFact,
}

#[derive(Debug, Clone, Copy)]
struct Completed {
    host_organisation: Option<Uuid>,
    visitor_organisation: Option<Uuid>,
    host_town: Uuid,
    visitor_town: Uuid,
    ended_on: chrono::NaiveDate,
}

/// The directory as matching sees it, at one revision.
pub struct DirectoryIndex {
    pub revision: i64,
    /// Oldest first ([`Candidate::age_order`]), so index order is the tie-break order.
    pub candidates: Vec<Candidate>,
    by_id: HashMap<Uuid, usize>,
    pub towns: HashMap<Uuid, TownFacts>,
    links: Vec<Link>,
    ledger: Vec<Completed>,
    /// The highest organisation revision read: a refresh reads the rows above it.
    watermark: i64,
}

/// Facts between one requesting organisation and every other, looked up once per search.
pub struct PairFacts {
    partnerships: HashMap<Uuid, PartnershipFact>,
    organisation_ledger: HashMap<Uuid, LedgerFact>,
    town_ledger: HashMap<Uuid, LedgerFact>,
}

impl PairFacts {
    pub fn partnership(&self, candidate: &Candidate) -> Option<PartnershipFact> {
        if self.partnerships.is_empty() {
            return None;
        }
        self.partnerships.get(&candidate.town_id).copied()
    }

    /// The last exchange between the organisations, or else between their towns.
    pub fn last_exchange(&self, candidate: &Candidate) -> Option<LedgerFact> {
        if self.organisation_ledger.is_empty() && self.town_ledger.is_empty() {
            return None;
        }
        self.organisation_ledger
            .get(&candidate.id)
            .or_else(|| self.town_ledger.get(&candidate.town_id))
            .copied()
    }
}

/// Keeps the later of two facts; on the same day, the one seen last.
fn keep_latest(map: &mut HashMap<Uuid, LedgerFact>, key: Uuid, fact: LedgerFact) {
    let entry = map.entry(key).or_insert(fact);
    if fact.ended_on >= entry.ended_on {
        *entry = fact;
    }
}

impl DirectoryIndex {
    pub fn candidate(&self, id: Uuid) -> Option<&Candidate> {
        self.by_id.get(&id).map(|index| &self.candidates[*index])
    }

    /// The partnerships and ledger entries that concern `organisation` in `town`.
    pub fn pair_facts(&self, organisation: Uuid, town: Uuid) -> PairFacts {
        let mut partnerships: HashMap<Uuid, PartnershipFact> = HashMap::new();
        for link in &self.links {
            let other = if link.town_a == town {
                link.town_b
            } else if link.town_b == town {
                link.town_a
            } else {
                continue;
            };
            // An active partnership outweighs an ended one between the same towns.
            let entry = partnerships.entry(other).or_insert(link.fact);
            if link.fact.active {
                *entry = link.fact;
            }
        }
        let mut organisation_ledger = HashMap::new();
        let mut town_ledger = HashMap::new();
        for entry in &self.ledger {
            let fact = |requester_hosted, between_organisations| LedgerFact {
                requester_hosted,
                ended_on: entry.ended_on,
                between_organisations,
            };
            if entry.host_organisation == Some(organisation) {
                if let Some(other) = entry.visitor_organisation {
                    keep_latest(&mut organisation_ledger, other, fact(true, true));
                }
            } else if entry.visitor_organisation == Some(organisation)
                && let Some(other) = entry.host_organisation
            {
                keep_latest(&mut organisation_ledger, other, fact(false, true));
            }
            if entry.host_town == town && entry.visitor_town != town {
                keep_latest(&mut town_ledger, entry.visitor_town, fact(true, false));
            } else if entry.visitor_town == town && entry.host_town != town {
                keep_latest(&mut town_ledger, entry.host_town, fact(false, false));
            }
        }
        PairFacts {
            partnerships,
            organisation_ledger,
            town_ledger,
        }
    }

    /// Builds the index from plain parts (used by [`load`] and by benchmarks).
    pub fn from_parts(
        revision: i64,
        mut candidates: Vec<Candidate>,
        towns: HashMap<Uuid, TownFacts>,
    ) -> Self {
        candidates.sort_by_key(Candidate::age_order);
        let by_id = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        Self {
            revision,
            candidates,
            by_id,
            towns,
            links: Vec::new(),
            ledger: Vec::new(),
            watermark: 0,
        }
    }
}

#[derive(FromQueryResult)]
struct CandidateRow {
    id: Uuid,
    created_at: DateTime<Utc>,
    town_id: Uuid,
    latitude: Option<f64>,
    longitude: Option<f64>,
    age_min: i16,
    age_max: i16,
    working_languages: serde_json::Value,
    themes: serde_json::Value,
    typical_group_size: Option<i32>,
    hosting_capacity: i32,
    host_places: i32,
    availability: serde_json::Value,
    revision: i64,
}

fn periods(value: &serde_json::Value) -> Vec<Period> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| {
            let date = |key: &str| item.get(key)?.as_str()?.parse().ok();
            Some(Period {
                dates: DateRange {
                    from: date("from")?,
                    to: date("to")?,
                },
                mode: AvailabilityMode::from_code(item.get("mode")?.as_str()?)?,
            })
        })
        .collect()
}

/// Moves the directory revision and returns it, for a change to an organisation to store on
/// its row. On PostgreSQL the row lock this takes lasts until commit, so such transactions
/// commit in revision order (SQLite runs write transactions one at a time): a refresh that
/// has read revision n has seen every change up to n.
pub async fn next_revision(db: &impl ConnectionTrait) -> DomainResult<i64> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "UPDATE directory_revision SET revision = revision + 1 WHERE id = 1 \
             RETURNING revision",
        ))
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("directory_revision is empty")))?;
    Ok(row.try_get::<i64>("", "revision")?)
}

pub async fn current_revision(db: &impl ConnectionTrait) -> DomainResult<i64> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT revision FROM directory_revision WHERE id = 1",
        ))
        .await?;
    Ok(row
        .map(|r| r.try_get::<i64>("", "revision"))
        .transpose()?
        .unwrap_or(0))
}

/// Reads the whole directory into an index.
/// The small tables the index reads whole every time.
struct Surroundings {
    towns: HashMap<Uuid, TownFacts>,
    links: Vec<Link>,
    ledger: Vec<Completed>,
}

async fn load_surroundings(db: &impl ConnectionTrait) -> DomainResult<Surroundings> {
    let towns = towns::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|town| {
            (
                town.id,
                TownFacts {
                    coordinates: Coordinates::from_stored(town.latitude, town.longitude),
                },
            )
        })
        .collect();
    let home_towns: HashMap<Uuid, Uuid> = municipalities::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.town_id))
        .collect();
    let links = partnerships::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| {
            Some(Link {
                town_a: *home_towns.get(&p.municipality_id)?,
                town_b: p.town_id,
                fact: PartnershipFact {
                    kind: PartnershipKind::from_code(&p.kind)?,
                    active: p.status == PartnershipStatus::Active.code(),
                },
            })
        })
        .collect();
    // In time order, so that of two exchanges ending the same day the later recorded counts.
    let ledger = completed_exchanges::Entity::find()
        .order_by_asc(completed_exchanges::Column::EndedOn)
        .order_by_asc(completed_exchanges::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| Completed {
            host_organisation: e.host_organisation_id,
            visitor_organisation: e.visitor_organisation_id,
            host_town: e.host_town_id,
            visitor_town: e.visitor_town_id,
            ended_on: e.ended_on,
        })
        .collect();
    Ok(Surroundings {
        towns,
        links,
        ledger,
    })
}

fn candidate(row: CandidateRow, towns: &HashMap<Uuid, TownFacts>) -> Option<Candidate> {
    let coordinates = match (row.latitude, row.longitude) {
        (Some(lat), Some(lon)) => Coordinates::from_stored(lat, lon),
        _ => towns.get(&row.town_id)?.coordinates,
    };
    Some(Candidate {
        id: row.id,
        created_at: row.created_at,
        town_id: row.town_id,
        coordinates,
        ages: AgeRange {
            min: row.age_min,
            max: row.age_max,
        },
        languages: LanguageSet::from_codes(
            json_strings(&row.working_languages)
                .iter()
                .map(String::as_str),
        ),
        themes: ThemeSet::from_codes(json_strings(&row.themes).iter().map(String::as_str)),
        typical_group_size: row.typical_group_size,
        hosting_capacity: row.hosting_capacity,
        host_places: row.host_places,
        availability: periods(&row.availability),
    })
}

/// Rows read per query while loading: bounds the memory the raw rows take.
const LOAD_BATCH: u64 = 5000;

/// Organisations (all, or those changed after revision `above`) as candidates, read in
/// batches so that the raw rows are never all in memory at once; and the highest revision
/// read (or `above`). A full read walks the ids; a refresh walks (revision, id), which the
/// revision index serves without touching unchanged rows.
async fn load_candidates(
    db: &impl ConnectionTrait,
    towns: &HashMap<Uuid, TownFacts>,
    above: Option<i64>,
) -> DomainResult<(Vec<Candidate>, i64)> {
    let mut candidates = Vec::new();
    let mut newest = above.unwrap_or(0);
    let mut last: Option<(i64, Uuid)> = None;
    loop {
        let mut query = organisations::Entity::find()
            .select_only()
            .columns([
                organisations::Column::Id,
                organisations::Column::CreatedAt,
                organisations::Column::TownId,
                organisations::Column::Latitude,
                organisations::Column::Longitude,
                organisations::Column::AgeMin,
                organisations::Column::AgeMax,
                organisations::Column::WorkingLanguages,
                organisations::Column::Themes,
                organisations::Column::TypicalGroupSize,
                organisations::Column::HostingCapacity,
                organisations::Column::HostPlaces,
                organisations::Column::Availability,
                organisations::Column::Revision,
            ])
            .limit(LOAD_BATCH);
        query = match (above, last) {
            (None, last) => {
                let query = query.order_by_asc(organisations::Column::Id);
                match last {
                    Some((_, id)) => query.filter(organisations::Column::Id.gt(id)),
                    None => query,
                }
            }
            (Some(above), last) => {
                let query = query
                    .order_by_asc(organisations::Column::Revision)
                    .order_by_asc(organisations::Column::Id);
                match last {
                    Some((revision, id)) => query.filter(
                        Condition::any()
                            .add(organisations::Column::Revision.gt(revision))
                            .add(
                                Condition::all()
                                    .add(organisations::Column::Revision.eq(revision))
                                    .add(organisations::Column::Id.gt(id)),
                            ),
                    ),
                    None => query.filter(organisations::Column::Revision.gt(above)),
                }
            }
        };
        let rows = query.into_model::<CandidateRow>().all(db).await?;
        let full_batch = rows.len() as u64 == LOAD_BATCH;
        last = rows.last().map(|row| (row.revision, row.id));
        for row in rows {
            newest = newest.max(row.revision);
            candidates.extend(candidate(row, towns));
        }
        if !full_batch {
            break;
        }
    }
    candidates.shrink_to_fit();
    Ok((candidates, newest))
}

impl DirectoryIndex {
    fn assemble(
        revision: i64,
        candidates: Vec<Candidate>,
        watermark: i64,
        surroundings: Surroundings,
    ) -> Self {
        let mut index = Self::from_parts(revision, candidates, surroundings.towns);
        index.links = surroundings.links;
        index.ledger = surroundings.ledger;
        index.watermark = watermark;
        index
    }
}

/// Reads the whole directory into an index.
pub async fn load(db: &impl ConnectionTrait) -> DomainResult<DirectoryIndex> {
    let revision = current_revision(db).await?;
    let surroundings = load_surroundings(db).await?;
    let (candidates, watermark) = load_candidates(db, &surroundings.towns, None).await?;
    Ok(DirectoryIndex::assemble(
        revision,
        candidates,
        watermark,
        surroundings,
    ))
}

/// Brings `previous` up to date by reading only the organisations changed since it was
/// built (by their revision; organisations are never deleted), and the small tables whole. Reads everything
/// when a town moved, since candidates without coordinates of their own take their town's.
pub async fn refresh(
    db: &impl ConnectionTrait,
    previous: &DirectoryIndex,
) -> DomainResult<DirectoryIndex> {
    let revision = current_revision(db).await?;
    let surroundings = load_surroundings(db).await?;
    let town_moved = previous.towns.iter().any(|(id, before)| {
        surroundings
            .towns
            .get(id)
            .is_none_or(|now| now.coordinates != before.coordinates)
    });
    if town_moved {
        let (candidates, watermark) = load_candidates(db, &surroundings.towns, None).await?;
        return Ok(DirectoryIndex::assemble(
            revision,
            candidates,
            watermark,
            surroundings,
        ));
    }
    let (changed, watermark) =
        load_candidates(db, &surroundings.towns, Some(previous.watermark)).await?;
    let mut candidates = previous.candidates.clone();
    for candidate in changed {
        match candidates.binary_search_by_key(&candidate.age_order(), Candidate::age_order) {
            Ok(position) => candidates[position] = candidate,
            Err(position) => candidates.insert(position, candidate),
        }
    }
    Ok(DirectoryIndex::assemble(
        revision,
        candidates,
        watermark,
        surroundings,
    ))
}

/// The index shared by every request of this process.
#[derive(Default)]
pub struct IndexCache {
    current: RwLock<Option<Arc<DirectoryIndex>>>,
    /// One rebuild at a time; others wait for it instead of building their own.
    rebuilding: Mutex<()>,
}

impl IndexCache {
    /// The index at the database's current revision.
    pub async fn get(&self, db: &impl ConnectionTrait) -> DomainResult<Arc<DirectoryIndex>> {
        let revision = current_revision(db).await?;
        if let Some(index) = self.fresh(revision) {
            return Ok(index);
        }
        let _guard = self.rebuilding.lock().await;
        if let Some(index) = self.fresh(revision) {
            return Ok(index);
        }
        let previous = self.current.read().expect("index lock").clone();
        let index = Arc::new(match previous {
            Some(previous) => refresh(db, &previous).await?,
            None => load(db).await?,
        });
        *self.current.write().expect("index lock") = Some(index.clone());
        Ok(index)
    }

    fn fresh(&self, revision: i64) -> Option<Arc<DirectoryIndex>> {
        self.current
            .read()
            .expect("index lock")
            .as_ref()
            .filter(|index| index.revision >= revision)
            .cloned()
    }
}
