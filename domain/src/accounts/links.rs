//! Single-use e-mail links: minted with an expiry, redeemed by one conditional UPDATE.
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use crate::{
    entities::link_tokens,
    error::{DomainError, DomainResult},
    tokens,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    Invitation,
    VerifyEmail,
    PasswordReset,
}

impl LinkPurpose {
    pub fn code(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::VerifyEmail => "verify_email",
            Self::PasswordReset => "password_reset",
        }
    }
}

/// Mints a link for `user_id`, revoking any earlier unused one for the same purpose, so
/// only the newest link works.
pub(super) async fn mint(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: LinkPurpose,
    valid_for: std::time::Duration,
) -> DomainResult<String> {
    let now = Utc::now();
    link_tokens::Entity::update_many()
        .col_expr(link_tokens::Column::RevokedAt, Expr::value(now))
        .filter(link_tokens::Column::UserId.eq(user_id))
        .filter(link_tokens::Column::Purpose.eq(purpose.code()))
        .filter(link_tokens::Column::UsedAt.is_null())
        .filter(link_tokens::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    let token = tokens::mint();
    let valid_for = chrono::Duration::from_std(valid_for).map_err(anyhow::Error::from)?;
    link_tokens::Entity::insert(link_tokens::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        purpose: Set(purpose.code().to_owned()),
        token_hash: Set(token.hash),
        created_at: Set(now),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
        revoked_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token.secret)
}

pub(super) fn invalid_link() -> DomainError {
    DomainError::field(
        "token",
        "invalid_or_expired_link",
        "this link is invalid, already used or expired",
    )
}

/// Refuses, before any costly work, a token that cannot be one of ours.
pub(super) fn check_shape(secret: &str) -> DomainResult<()> {
    if tokens::looks_valid(secret) {
        Ok(())
    } else {
        Err(invalid_link())
    }
}

/// Marks the link used and returns its user. Of two concurrent redemptions exactly one
/// succeeds: the UPDATE's WHERE clause is re-checked under the row lock.
pub(super) async fn redeem(
    db: &impl ConnectionTrait,
    secret: &str,
    purpose: LinkPurpose,
) -> DomainResult<Uuid> {
    check_shape(secret)?;
    let hash = tokens::hash(secret);
    let now = Utc::now();
    let updated = link_tokens::Entity::update_many()
        .col_expr(link_tokens::Column::UsedAt, Expr::value(now))
        .filter(link_tokens::Column::TokenHash.eq(hash.as_str()))
        .filter(link_tokens::Column::Purpose.eq(purpose.code()))
        .filter(link_tokens::Column::UsedAt.is_null())
        .filter(link_tokens::Column::RevokedAt.is_null())
        .filter(Expr::col(link_tokens::Column::ExpiresAt).gt(now))
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Err(invalid_link());
    }
    let token = link_tokens::Entity::find()
        .filter(link_tokens::Column::TokenHash.eq(hash))
        .one(db)
        .await?
        .ok_or_else(invalid_link)?;
    Ok(token.user_id)
}
