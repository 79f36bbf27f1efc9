//! Matching rounds: a coordinator pairs many open requests with many hosts at once. The
//! assignment maximises the total score under the hosts' places (see [`super::assignment`]);
//! each pairing is stored as a suggestion that both sides accept or decline.
use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait,
    ExprTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    assignment,
    index::DirectoryIndex,
    score::{self, Explanation, Options, Wanted},
    search::wanted_from_request,
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    directory::{
        organisations::find_managed, places::find_municipality, requests, rules, types::Direction,
    },
    entities::{match_rounds, match_suggestions, partner_requests},
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    services::Services,
    types::Scope,
};

/// One pairing of a round: request (by position in the input), host (position in the index).
pub struct Pairing {
    pub request: usize,
    pub host: usize,
    pub host_id: Uuid,
    pub explanation: Explanation,
}

/// The oldest open requests a round takes at most: bounds its memory and time.
pub const MAX_ROUND_REQUESTS: usize = 2000;

pub struct Plan {
    pub pairings: Vec<Pairing>,
    pub total: i64,
    pub host_places: i64,
}

/// Hosts that take part in a round, with their free places: those they offer less those
/// held by earlier suggestions that neither side has declined.
pub fn hosts(index: &DirectoryIndex, held: &HashMap<Uuid, i32>) -> Vec<(usize, u32)> {
    index
        .candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.hosting_capacity > 0)
        .filter_map(|(position, c)| {
            let free = c.host_places - held.get(&c.id).copied().unwrap_or(0);
            (free > 0).then_some((position, free as u32))
        })
        .collect()
}

/// Plans a round: every wanted visit against every host with free places, solved exactly,
/// except the pairs in `declined` ((position in `wanted`, host id): a side declined them in an
/// earlier round, so they are never suggested again). Pure.
pub fn plan(
    index: &DirectoryIndex,
    wanted: &[Wanted],
    held: &HashMap<Uuid, i32>,
    declined: &HashSet<(usize, Uuid)>,
    options: Options,
) -> Plan {
    let (hosts, capacities): (Vec<usize>, Vec<u32>) = hosts(index, held).into_iter().unzip();
    let facts: Vec<_> = wanted
        .iter()
        .map(|w| index.pair_facts(w.organisation_id, w.town_id))
        .collect();
    let evaluate = |r: usize, h: usize| {
        let candidate = &index.candidates[hosts[h]];
        if declined.contains(&(r, candidate.id)) {
            return None;
        }
        score::evaluate(
            &wanted[r],
            candidate,
            facts[r].partnership(candidate),
            facts[r].last_exchange(candidate),
            options,
        )
        .ok()
    };
    // Scaled so that among assignments with the same total score, the one that pairs more
    // requests wins: (n + 1)·score + 1 per pair keeps the score first and the count second.
    let scale = wanted.len() as i64 + 1;
    let assignment = assignment::assign(wanted.len(), &capacities, |r, h| {
        evaluate(r, h).map(|e| i64::from(e.total) * scale + 1)
    });
    let pairings: Vec<Pairing> = assignment
        .hosts
        .iter()
        .enumerate()
        .filter_map(|(r, h)| {
            let h = (*h)?;
            Some(Pairing {
                request: r,
                host: hosts[h],
                host_id: index.candidates[hosts[h]].id,
                explanation: evaluate(r, h)?,
            })
        })
        .collect();
    Plan {
        total: pairings
            .iter()
            .map(|p| i64::from(p.explanation.total))
            .sum(),
        pairings,
        host_places: capacities.iter().map(|c| i64::from(*c)).sum(),
    }
}

pub struct RoundOutcome {
    pub round: match_rounds::Model,
    pub suggestions: Vec<match_suggestions::Model>,
}

/// Runs a round over the open requests that need a host: all of them (global staff), or
/// those of organisations in one municipality (its coordinators).
pub async fn run_round(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality: Option<Uuid>,
    options: Options,
) -> DomainResult<RoundOutcome> {
    if !rules::can_run_round(&principal.roles, municipality) {
        return Err(DomainError::Forbidden);
    }
    let home_town = match municipality {
        Some(id) => Some(find_municipality(&services.db, id).await?.town_id),
        None => None,
    };
    let index = services.matching_index.get(&services.db).await?;
    let txn = begin_write(&services.db).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        // One round at a time, so two cannot hand out the same free places. (SQLite write
        // transactions already run one at a time.)
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7283410001)")
            .await?;
    }
    // Places held, and requests answered, by suggestions nobody has declined.
    let live = match_suggestions::Entity::find()
        .filter(match_suggestions::Column::RequestResponse.ne(Response::Declined.code()))
        .filter(match_suggestions::Column::HostResponse.ne(Response::Declined.code()))
        .all(&txn)
        .await?;
    let engaged: HashSet<Uuid> = live.iter().map(|s| s.request_id).collect();
    let mut held: HashMap<Uuid, i32> = HashMap::new();
    for suggestion in &live {
        *held.entry(suggestion.host_organisation_id).or_default() += 1;
    }
    let declined_hosts = declined_hosts(&txn).await?;
    let mut chosen: Vec<partner_requests::Model> = Vec::new();
    let mut wanted: Vec<Wanted> = Vec::new();
    let mut declined: HashSet<(usize, Uuid)> = HashSet::new();
    for request in requests::open_requests(&txn).await? {
        if request.direction == Direction::Host.code() || engaged.contains(&request.id) {
            continue;
        }
        let Some(requester) = index.candidate(request.organisation_id) else {
            continue;
        };
        if home_town.is_some_and(|town| requester.town_id != town) {
            continue;
        }
        if wanted.len() == MAX_ROUND_REQUESTS {
            break;
        }
        let mut want = wanted_from_request(&request, requester);
        // In a round, the hosts are the other side.
        want.direction = Direction::Visit;
        for host in declined_hosts.get(&request.id).into_iter().flatten() {
            declined.insert((wanted.len(), *host));
        }
        wanted.push(want);
        chosen.push(request);
    }
    // Scoring every pair and solving takes a while: off the async workers.
    let (plan, wanted) = tokio::task::spawn_blocking(move || {
        let plan = plan(&index, &wanted, &held, &declined, options);
        (plan, wanted)
    })
    .await
    .map_err(|e| DomainError::Internal(e.into()))?;

    let scope = municipality.map_or(Scope::Global, Scope::Municipality);
    let now = Utc::now();
    let round_id = Uuid::now_v7();
    let round = match_rounds::ActiveModel {
        id: Set(round_id),
        scope_kind: Set(scope.kind().to_owned()),
        scope_id: Set(scope.id()),
        request_count: Set(chosen.len() as i32),
        host_place_count: Set(plan.host_places as i32),
        assigned_count: Set(plan.pairings.len() as i32),
        total_score: Set(plan.total),
        created_by: Set(Some(principal.user_id)),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let mut suggestions = Vec::with_capacity(plan.pairings.len());
    for pairing in &plan.pairings {
        let record = pairing.explanation.record(&wanted[pairing.request]);
        suggestions.push(match_suggestions::ActiveModel {
            id: Set(Uuid::now_v7()),
            round_id: Set(round_id),
            request_id: Set(chosen[pairing.request].id),
            host_organisation_id: Set(pairing.host_id),
            score: Set(pairing.explanation.total),
            explanation: Set(serde_json::to_value(record).map_err(anyhow::Error::from)?),
            request_response: Set(Response::Pending.code().to_owned()),
            host_response: Set(Response::Pending.code().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
        });
    }
    for batch in suggestions.chunks(500) {
        match_suggestions::Entity::insert_many(batch.to_vec())
            .exec_without_returning(&txn)
            .await?;
    }
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "match_round_run",
            subject_type: "match_round",
            subject_id: Some(round_id),
            details: json!({
                "scope": scope.kind(), "requests": chosen.len(),
                "assigned": plan.pairings.len(), "total_score": plan.total,
            }),
        },
    )
    .await?;
    let suggestions = suggestions_of_round(&txn, round_id).await?;
    txn.commit().await?;
    Ok(RoundOutcome { round, suggestions })
}

/// The hosts each request was suggested and one side declined.
async fn declined_hosts(db: &impl ConnectionTrait) -> DomainResult<HashMap<Uuid, Vec<Uuid>>> {
    let declined = Response::Declined.code();
    let pairs: Vec<(Uuid, Uuid)> = match_suggestions::Entity::find()
        .select_only()
        .columns([
            match_suggestions::Column::RequestId,
            match_suggestions::Column::HostOrganisationId,
        ])
        .filter(
            match_suggestions::Column::RequestResponse
                .eq(declined)
                .or(match_suggestions::Column::HostResponse.eq(declined)),
        )
        .into_tuple()
        .all(db)
        .await?;
    let mut hosts: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for (request, host) in pairs {
        hosts.entry(request).or_default().push(host);
    }
    Ok(hosts)
}

crate::code_enum! {
    /// A side's answer to a suggestion.
    pub enum Response {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
    }
}

crate::code_enum! {
    /// Which side of a suggestion answers.
    pub enum SuggestionSide {
        Requester = "requester",
        Host = "host",
    }
}

/// Accepts or declines a suggestion for one side; that side's members and coordinators may.
pub async fn respond(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    suggestion_id: Uuid,
    side: SuggestionSide,
    accept: bool,
) -> DomainResult<match_suggestions::Model> {
    let txn = begin_write(&services.db).await?;
    let suggestion = match_suggestions::Entity::find_by_id(suggestion_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound("suggestion"))?;
    let organisation = match side {
        SuggestionSide::Requester => {
            requests::find(&txn, suggestion.request_id)
                .await?
                .organisation_id
        }
        SuggestionSide::Host => suggestion.host_organisation_id,
    };
    find_managed(&txn, principal, organisation).await?;
    let answer = if accept {
        Response::Accepted
    } else {
        Response::Declined
    };
    let mut active: match_suggestions::ActiveModel = suggestion.into();
    match side {
        SuggestionSide::Requester => active.request_response = Set(answer.code().to_owned()),
        SuggestionSide::Host => active.host_response = Set(answer.code().to_owned()),
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "match_suggestion_answered",
            subject_type: "match_suggestion",
            subject_id: Some(suggestion_id),
            details: json!({ "side": side.code(), "answer": answer.code() }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn suggestions_of_round(
    db: &impl ConnectionTrait,
    round_id: Uuid,
) -> DomainResult<Vec<match_suggestions::Model>> {
    Ok(match_suggestions::Entity::find()
        .filter(match_suggestions::Column::RoundId.eq(round_id))
        .order_by_desc(match_suggestions::Column::Score)
        .order_by_asc(match_suggestions::Column::Id)
        .all(db)
        .await?)
}

/// Suggestions that involve an organisation, on either side, newest first. For those who
/// manage it.
pub async fn suggestions_for(
    services: &Services,
    principal: &Principal,
    organisation_id: Uuid,
) -> DomainResult<Vec<match_suggestions::Model>> {
    find_managed(&services.db, principal, organisation_id).await?;
    let own_requests: Vec<Uuid> = requests::requests_of(&services.db, organisation_id)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    Ok(match_suggestions::Entity::find()
        .filter(
            match_suggestions::Column::HostOrganisationId
                .eq(organisation_id)
                .or(match_suggestions::Column::RequestId.is_in(own_requests)),
        )
        .order_by_desc(match_suggestions::Column::Id)
        .all(&services.db)
        .await?)
}
