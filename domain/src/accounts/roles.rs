//! Role assignments: who holds which role in which scope.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::rules;
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{role_assignments, users},
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Role, Scope},
};

/// Gives `role` in `scope`; holding it already is not an error.
pub(super) async fn insert_role(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    role: Role,
    scope: Scope,
    granted_by: Option<Uuid>,
) -> DomainResult<bool> {
    let inserted = role_assignments::Entity::insert(role_assignments::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        role: Set(role.code().to_owned()),
        scope_kind: Set(scope.kind().to_owned()),
        scope_id: Set(scope.id()),
        granted_by: Set(granted_by),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            role_assignments::Column::UserId,
            role_assignments::Column::Role,
            role_assignments::Column::ScopeKind,
            role_assignments::Column::ScopeId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

fn parse(row: &role_assignments::Model) -> Option<(Role, Scope)> {
    Some((
        Role::from_code(&row.role)?,
        Scope::from_stored(&row.scope_kind, row.scope_id)?,
    ))
}

pub async fn roles_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> DomainResult<Vec<(Role, Scope)>> {
    Ok(role_assignments::Entity::find()
        .filter(role_assignments::Column::UserId.eq(user_id))
        .order_by_asc(role_assignments::Column::CreatedAt)
        .all(db)
        .await?
        .iter()
        .filter_map(parse)
        .collect())
}

/// Roles of many users in one query, for batched loading.
pub async fn roles_of_many(
    db: &impl ConnectionTrait,
    user_ids: &[Uuid],
) -> DomainResult<HashMap<Uuid, Vec<(Role, Scope)>>> {
    let mut by_user: HashMap<Uuid, Vec<(Role, Scope)>> = HashMap::new();
    for row in role_assignments::Entity::find()
        .filter(role_assignments::Column::UserId.is_in(user_ids.iter().copied()))
        .order_by_asc(role_assignments::Column::CreatedAt)
        .all(db)
        .await?
    {
        if let Some(parsed) = parse(&row) {
            by_user.entry(row.user_id).or_default().push(parsed);
        }
    }
    Ok(by_user)
}

pub async fn grant_role(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    user_id: Uuid,
    role: Role,
    scope: Scope,
) -> DomainResult<users::Model> {
    if !rules::can_manage_roles(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let user = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound("user"))?;
    if insert_role(&txn, user_id, role, scope, Some(principal.user_id)).await? {
        record_role_change(&txn, principal, meta, "role_granted", user_id, role, scope).await?;
    }
    txn.commit().await?;
    Ok(user)
}

pub async fn revoke_role(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    user_id: Uuid,
    role: Role,
    scope: Scope,
) -> DomainResult<users::Model> {
    if !rules::can_manage_roles(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let user = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound("user"))?;
    if (role, scope) == (Role::Admin, Scope::Global) {
        let mut admins = role_assignments::Entity::find()
            .filter(role_assignments::Column::Role.eq(Role::Admin.code()))
            .filter(role_assignments::Column::ScopeKind.eq(Scope::Global.kind()));
        if txn.get_database_backend() == DbBackend::Postgres {
            // Two concurrent revocations must not both see a second admin. (SQLite write
            // transactions start IMMEDIATE and already run one at a time.)
            admins = admins.lock_exclusive();
        }
        let admins = admins.all(&txn).await?.len();
        if admins <= 1 {
            return Err(DomainError::Conflict {
                code: "last_admin",
                message: "the last administrator cannot lose the role",
            });
        }
    }
    let removed = role_assignments::Entity::delete_many()
        .filter(role_assignments::Column::UserId.eq(user_id))
        .filter(role_assignments::Column::Role.eq(role.code()))
        .filter(role_assignments::Column::ScopeKind.eq(scope.kind()))
        .filter(role_assignments::Column::ScopeId.eq(scope.id()))
        .exec(&txn)
        .await?;
    if removed.rows_affected > 0 {
        record_role_change(&txn, principal, meta, "role_revoked", user_id, role, scope).await?;
    }
    txn.commit().await?;
    Ok(user)
}

async fn record_role_change(
    db: &impl ConnectionTrait,
    principal: &Principal,
    meta: &RequestMeta,
    action: &'static str,
    user_id: Uuid,
    role: Role,
    scope: Scope,
) -> DomainResult<()> {
    audit::record(
        db,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action,
            subject_type: "user",
            subject_id: Some(user_id),
            details: json!({
                "role": role.code(),
                "scope_kind": scope.kind(),
                "scope_id": scope.id(),
            }),
        },
    )
    .await
}

pub struct UserPage {
    pub users: Vec<users::Model>,
    pub has_next_page: bool,
}

/// Accounts in creation order (ids are UUID v7), `first` after the cursor `after`.
pub async fn list_users(
    services: &Services,
    principal: &Principal,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<UserPage> {
    if !rules::can_oversee(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut query = users::Entity::find().order_by_asc(users::Column::Id);
    if let Some(after) = after {
        query = query.filter(users::Column::Id.gt(after));
    }
    let mut users = query.limit(first + 1).all(&services.db).await?;
    let has_next_page = users.len() as u64 > first;
    users.truncate(first as usize);
    Ok(UserPage {
        users,
        has_next_page,
    })
}
