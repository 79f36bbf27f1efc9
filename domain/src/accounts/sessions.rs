//! Sign-in sessions: opaque bearer tokens with an idle timeout and an absolute lifetime.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;
use uuid::Uuid;

use super::{find_by_email, roles::roles_of, rules};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{sessions, users},
    error::{DomainError, DomainResult},
    principal::{Principal, RequestMeta},
    services::Services,
    tokens,
    types::Email,
};

/// The result of a successful sign-in. `token` is shown once and never stored.
pub struct SignedIn {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: users::Model,
}

/// Opens a session for `user`; the caller commits.
pub(super) async fn open_session(
    services: &Services,
    db: &impl ConnectionTrait,
    user: users::Model,
) -> DomainResult<SignedIn> {
    let now = Utc::now();
    let lifetime = chrono::Duration::from_std(services.settings.session_lifetime)
        .map_err(anyhow::Error::from)?;
    let token = tokens::mint();
    let expires_at = now + lifetime;
    sessions::Entity::insert(sessions::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user.id),
        token_hash: Set(token.hash),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(SignedIn {
        token: token.secret,
        expires_at,
        user,
    })
}

pub async fn login(
    services: &Services,
    meta: &RequestMeta,
    email: &str,
    password: &str,
) -> DomainResult<SignedIn> {
    // A malformed address cannot match an account: it gets the same answer as a wrong password.
    let email = Email::parse("email", email).ok();
    let account_key = email.as_ref().map_or("", |e| e.as_str()).to_owned();
    services
        .login_limiter
        .check(&account_key, meta.client_ip)
        .await?;

    let user = match &email {
        Some(email) => find_by_email(&services.db, email.as_str()).await?,
        None => None,
    };
    let stored_hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let password_ok = services.hashing.verify(password, stored_hash).await?;

    let txn = begin_write(&services.db).await?;
    match user {
        // Children's data is behind these accounts: an address nobody has confirmed could
        // be someone else's, so it signs in only once confirmed.
        Some(user) if password_ok && user.email_verified_at.is_none() => {
            super::registration::resend_verification(services, &txn, &user).await?;
            audit::record(
                &txn,
                meta,
                AuditEvent {
                    actor_id: Some(user.id),
                    action: "login_refused_unverified",
                    subject_type: "user",
                    subject_id: Some(user.id),
                    details: json!({}),
                },
            )
            .await?;
            txn.commit().await?;
            services.mail_committed();
            Err(DomainError::Conflict {
                code: "email_not_verified",
                message: "confirm your e-mail address first: we have sent you a new link",
            })
        }
        Some(user) if password_ok => {
            audit::record(
                &txn,
                meta,
                AuditEvent {
                    actor_id: Some(user.id),
                    action: "login_succeeded",
                    subject_type: "user",
                    subject_id: Some(user.id),
                    details: json!({}),
                },
            )
            .await?;
            let signed_in = open_session(services, &txn, user).await?;
            txn.commit().await?;
            Ok(signed_in)
        }
        user => {
            audit::record(
                &txn,
                meta,
                AuditEvent {
                    actor_id: None,
                    action: "login_failed",
                    subject_type: "user",
                    subject_id: user.map(|u| u.id),
                    // The trail keeps no attempted e-mail addresses: they may be anyone's.
                    details: json!({}),
                },
            )
            .await?;
            txn.commit().await?;
            Err(DomainError::InvalidCredentials)
        }
    }
}

/// Resolves a bearer token to the principal it belongs to, or `None` when it is not a
/// live session. Refreshes `last_seen_at` at most once a minute to spare the database.
pub async fn authenticate(services: &Services, token: &str) -> DomainResult<Option<Principal>> {
    if !tokens::looks_valid(token) {
        return Ok(None);
    }
    let Some(session) = sessions::Entity::find()
        .filter(sessions::Column::TokenHash.eq(tokens::hash(token)))
        .one(&services.db)
        .await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    let idle = chrono::Duration::from_std(services.settings.session_idle_timeout)
        .map_err(anyhow::Error::from)?;
    if !rules::session_is_live(
        now,
        session.last_seen_at,
        session.expires_at,
        session.revoked_at.is_some(),
        idle,
    ) {
        return Ok(None);
    }
    if now - session.last_seen_at > chrono::Duration::minutes(1) {
        sessions::Entity::update_many()
            .col_expr(sessions::Column::LastSeenAt, Expr::value(now))
            .filter(sessions::Column::Id.eq(session.id))
            .exec(&services.db)
            .await?;
    }
    let roles = roles_of(&services.db, session.user_id).await?;
    Ok(Some(Principal {
        user_id: session.user_id,
        session_id: session.id,
        roles,
    }))
}

/// Whether the session is still live (not revoked, idle or expired): long-lived streams
/// check it as they go, so signing out ends them.
pub async fn session_is_live(services: &Services, session_id: Uuid) -> DomainResult<bool> {
    let Some(session) = sessions::Entity::find_by_id(session_id)
        .one(&services.db)
        .await?
    else {
        return Ok(false);
    };
    let idle = chrono::Duration::from_std(services.settings.session_idle_timeout)
        .map_err(anyhow::Error::from)?;
    Ok(rules::session_is_live(
        Utc::now(),
        session.last_seen_at,
        session.expires_at,
        session.revoked_at.is_some(),
        idle,
    ))
}

pub async fn logout(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
) -> DomainResult<()> {
    let txn = begin_write(&services.db).await?;
    revoke_sessions(&txn, principal.user_id, Some(principal.session_id), None).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "logout",
            subject_type: "user",
            subject_id: Some(principal.user_id),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Ends every session of the signed-in user, this one included. Returns how many ended.
pub async fn logout_everywhere(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
) -> DomainResult<u64> {
    let txn = begin_write(&services.db).await?;
    let ended = revoke_sessions(&txn, principal.user_id, None, None).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "logout_everywhere",
            subject_type: "user",
            subject_id: Some(principal.user_id),
            details: json!({ "sessions_ended": ended }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(ended)
}

/// Revokes the user's live sessions: only `only` when given, all but `keep` otherwise.
pub(super) async fn revoke_sessions(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    only: Option<Uuid>,
    keep: Option<Uuid>,
) -> DomainResult<u64> {
    let mut update = sessions::Entity::update_many()
        .col_expr(sessions::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(sessions::Column::UserId.eq(user_id))
        .filter(sessions::Column::RevokedAt.is_null());
    if let Some(only) = only {
        update = update.filter(sessions::Column::Id.eq(only));
    }
    if let Some(keep) = keep {
        update = update.filter(Expr::col(sessions::Column::Id).ne(keep));
    }
    Ok(update.exec(db).await?.rows_affected)
}
