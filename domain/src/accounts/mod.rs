//! Accounts: registration, invitations, sign-in sessions, passwords and roles.
mod admin;
mod links;
mod passwords;
mod profile;
mod registration;
mod roles;
pub mod rules;
mod sessions;

pub use admin::{CreatedAdmin, create_admin};
pub use links::LinkPurpose;
pub use passwords::{change_password, request_password_reset, reset_password};
pub use profile::{AccountSummary, set_locale, set_time_zone, summary, time_zone_of};
pub use registration::{
    InviteInput, RegisterInput, accept_invitation, invite, register, remind_invitation,
    verify_email,
};
pub use roles::{UserPage, grant_role, list_users, revoke_role, roles_of, roles_of_many};
pub use sessions::{SignedIn, authenticate, login, logout, logout_everywhere, session_is_live};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::{
    entities::users,
    error::{DomainError, DomainResult},
    principal::Principal,
    services::Services,
};

/// Paths of the pages that e-mailed links open.
pub const ACCEPT_INVITATION_PATH: &str = "/account/accept-invitation";
pub const VERIFY_EMAIL_PATH: &str = "/account/verify-email";
pub const RESET_PASSWORD_PATH: &str = "/account/reset-password";

/// The signed-in user's own account.
pub async fn me(services: &Services, principal: &Principal) -> DomainResult<users::Model> {
    users::Entity::find_by_id(principal.user_id)
        .one(&services.db)
        .await?
        .ok_or(DomainError::Unauthenticated)
}

pub async fn users_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> DomainResult<Vec<users::Model>> {
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> DomainResult<Option<users::Model>> {
    Ok(users::Entity::find()
        .filter(users::Column::Email.eq(email))
        .one(db)
        .await?)
}
