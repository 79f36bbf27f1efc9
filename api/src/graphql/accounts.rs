//! Accounts in the API: the signed-in user, registration, invitations, sessions, passwords
//! and roles. Resolvers decode input and call one domain service; the service authorizes.
use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context, Enum, ID, InputObject, Object, Result, SimpleObject,
    connection::{Connection, Edge},
    dataloader::Loader,
};
use chrono::{DateTime, Utc};
use utbyte_domain::{
    DomainError, Services,
    accounts::{self, InviteInput, RegisterInput},
    entities::users,
    types,
};
use uuid::Uuid;

use super::context::{Loaders, meta, page_size, parse_cursor, parse_id, principal, services};

/// What a person may do in Utbyte.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum Role {
    /// Runs the installation: accounts and roles.
    Admin,
    /// Works at the municipality: approves trips, keeps the partner-town register, follows up.
    Coordinator,
    /// A teacher or youth leader who proposes and runs exchanges.
    Teacher,
    /// A young participant.
    Youth,
    /// A participant's guardian.
    Guardian,
    /// A contact person at a partner organisation abroad.
    PartnerContact,
    /// The head of a school or organisation, who approves its trips.
    Principal,
}

impl From<Role> for types::Role {
    fn from(role: Role) -> Self {
        match role {
            Role::Admin => Self::Admin,
            Role::Coordinator => Self::Coordinator,
            Role::Teacher => Self::Teacher,
            Role::Youth => Self::Youth,
            Role::Guardian => Self::Guardian,
            Role::PartnerContact => Self::PartnerContact,
            Role::Principal => Self::Principal,
        }
    }
}

impl From<types::Role> for Role {
    fn from(role: types::Role) -> Self {
        match role {
            types::Role::Admin => Self::Admin,
            types::Role::Coordinator => Self::Coordinator,
            types::Role::Teacher => Self::Teacher,
            types::Role::Youth => Self::Youth,
            types::Role::Guardian => Self::Guardian,
            types::Role::PartnerContact => Self::PartnerContact,
            types::Role::Principal => Self::Principal,
        }
    }
}

/// Roles that a person may choose when registering themselves.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum SelfServiceRole {
    Youth,
    Guardian,
}

macro_rules! graphql_locale {
    ($($variant:ident $code:literal $endonym:literal $english:literal $direction:ident,)*) => {
        /// A language the service writes e-mails and pages in.
        #[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
        #[graphql(remote = "types::Locale")]
        pub enum Locale {
            $(#[doc = $english] $variant,)*
            /// Pseudo-English (`en-XA`), accented and longer: for testing that every text is
            /// translated.
            #[graphql(name = "EN_XA")]
            Pseudo,
        }
    };
}

utbyte_domain::with_languages!(graphql_locale);

impl Locale {
    pub fn code(self) -> &'static str {
        types::Locale::from(self).code()
    }

    pub fn from_stored(code: &str) -> Self {
        types::Locale::from_stored(code).into()
    }
}

/// Where a role applies.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ScopeKind {
    /// Everywhere.
    Global,
    /// Within one organisation (a school, a youth group, a partner organisation).
    Organisation,
    /// Within one municipality.
    Municipality,
}

/// A scope for a role. `id` is required unless the kind is GLOBAL.
#[derive(InputObject)]
pub struct ScopeInput {
    pub kind: ScopeKind,
    pub id: Option<ID>,
}

fn parse_scope(scope: Option<ScopeInput>) -> Result<types::Scope, DomainError> {
    let Some(scope) = scope else {
        return Ok(types::Scope::Global);
    };
    let id = || {
        scope
            .id
            .as_ref()
            .and_then(|id| Uuid::parse_str(id).ok())
            .ok_or_else(|| {
                DomainError::field("scope.id", "invalid_id", "must be the id of the scope")
            })
    };
    Ok(match scope.kind {
        ScopeKind::Global => types::Scope::Global,
        ScopeKind::Organisation => types::Scope::Organisation(id()?),
        ScopeKind::Municipality => types::Scope::Municipality(id()?),
    })
}

/// A role held in a scope.
#[derive(SimpleObject, Clone)]
pub struct RoleAssignment {
    pub role: Role,
    pub scope_kind: ScopeKind,
    /// The organisation or municipality; null for global roles.
    pub scope_id: Option<ID>,
}

impl From<(types::Role, types::Scope)> for RoleAssignment {
    fn from((role, scope): (types::Role, types::Scope)) -> Self {
        let (scope_kind, scope_id) = match scope {
            types::Scope::Global => (ScopeKind::Global, None),
            types::Scope::Organisation(id) => (ScopeKind::Organisation, Some(ID(id.to_string()))),
            types::Scope::Municipality(id) => (ScopeKind::Municipality, Some(ID(id.to_string()))),
        };
        Self {
            role: role.into(),
            scope_kind,
            scope_id,
        }
    }
}

/// A person with an account.
pub struct User(users::Model);

#[Object]
impl User {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    async fn email(&self) -> &str {
        &self.0.email
    }

    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    /// The language e-mails to this person are written in.
    async fn locale(&self) -> Locale {
        Locale::from_stored(&self.0.locale)
    }

    /// The IANA time zone the person reads times in, such as `Europe/Helsinki`:
    /// `Europe/Stockholm` unless they chose another.
    async fn time_zone(&self) -> String {
        types::TimeZone::from_stored(self.0.time_zone.as_deref())
            .name()
            .to_owned()
    }

    /// Whether the person has shown that the e-mail address is theirs.
    async fn email_verified(&self) -> bool {
        self.0.email_verified_at.is_some()
    }

    async fn roles(&self, ctx: &Context<'_>) -> Result<Vec<RoleAssignment>> {
        let loader = &ctx.data_unchecked::<Loaders>().roles;
        Ok(loader
            .load_one(self.0.id)
            .await
            .map_err(|e| DomainError::Internal(anyhow::anyhow!("loading roles: {e}")))?
            .unwrap_or_default())
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Loads the roles of many users in one query.
pub struct RolesLoader(pub Services);

impl Loader<Uuid> for RolesLoader {
    type Value = Vec<RoleAssignment>;
    type Error = Arc<String>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let by_user = accounts::roles_of_many(&self.0.db, keys)
            .await
            .map_err(|e| Arc::new(e.to_string()))?;
        Ok(by_user
            .into_iter()
            .map(|(user, roles)| (user, roles.into_iter().map(RoleAssignment::from).collect()))
            .collect())
    }
}

/// A new session. Send `token` as `Authorization: Bearer <token>`; it is shown only once.
#[derive(SimpleObject)]
pub struct LoginPayload {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

impl From<accounts::SignedIn> for LoginPayload {
    fn from(signed_in: accounts::SignedIn) -> Self {
        Self {
            token: signed_in.token,
            expires_at: signed_in.expires_at,
            user: User(signed_in.user),
        }
    }
}

#[derive(InputObject)]
#[graphql(name = "RegisterInput")]
pub struct RegisterInputGql {
    pub email: String,
    /// 12 to 128 characters, and not easy to guess.
    pub password: String,
    pub display_name: String,
    pub locale: Locale,
    pub role: SelfServiceRole,
}

#[derive(InputObject)]
pub struct InviteUserInput {
    pub email: String,
    pub display_name: String,
    /// The language of the invitation and later e-mails.
    pub locale: Locale,
    pub role: Role,
    /// Where the role applies; global when left out.
    pub scope: Option<ScopeInput>,
}

#[derive(Default)]
pub struct AccountsQuery;

#[Object]
impl AccountsQuery {
    /// The signed-in user, or null when the request carries no valid session.
    async fn me(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let Ok(principal) = principal(ctx) else {
            return Ok(None);
        };
        Ok(Some(User(accounts::me(services(ctx), principal).await?)))
    }

    /// All accounts, oldest first. For admins and coordinators.
    async fn users(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, User>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let page = accounts::list_users(services(ctx), principal, first, after).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.users
                .into_iter()
                .map(|user| Edge::new(user.id.to_string(), User(user))),
        );
        Ok(connection)
    }
}

#[derive(Default)]
pub struct AccountsMutation;

#[Object]
impl AccountsMutation {
    /// Signs in. An unknown e-mail and a wrong password get the same UNAUTHENTICATED error;
    /// too many attempts get RATE_LIMITED. An account whose e-mail address is not yet
    /// confirmed gets CONFLICT (reason `email_not_verified`) and a new confirmation link.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> Result<LoginPayload> {
        Ok(accounts::login(services(ctx), meta(ctx), &email, &password)
            .await?
            .into())
    }

    /// Ends this session.
    async fn logout(&self, ctx: &Context<'_>) -> Result<bool> {
        accounts::logout(services(ctx), principal(ctx)?, meta(ctx)).await?;
        Ok(true)
    }

    /// Ends every session of the signed-in user, this one included; returns how many ended.
    async fn logout_everywhere(&self, ctx: &Context<'_>) -> Result<i32> {
        let ended = accounts::logout_everywhere(services(ctx), principal(ctx)?, meta(ctx)).await?;
        Ok(i32::try_from(ended).unwrap_or(i32::MAX))
    }

    /// Registers a young person or a guardian and sends a link to verify the e-mail address.
    /// The answer is the same when the address already has an account.
    async fn register(&self, ctx: &Context<'_>, input: RegisterInputGql) -> Result<bool> {
        let role = match input.role {
            SelfServiceRole::Youth => types::Role::Youth,
            SelfServiceRole::Guardian => types::Role::Guardian,
        };
        accounts::register(
            services(ctx),
            meta(ctx),
            RegisterInput {
                email: input.email,
                password: input.password,
                display_name: input.display_name,
                locale: input.locale.code().to_owned(),
                role,
            },
        )
        .await?;
        Ok(true)
    }

    /// Invites a person by e-mail with a single-use link to choose a password.
    /// Admins invite any role; coordinators invite coordinators, teachers and partner contacts.
    async fn invite_user(&self, ctx: &Context<'_>, input: InviteUserInput) -> Result<User> {
        let scope = parse_scope(input.scope)?;
        let user = accounts::invite(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            InviteInput {
                email: input.email,
                display_name: input.display_name,
                locale: input.locale.code().to_owned(),
                role: input.role.into(),
                scope,
            },
        )
        .await?;
        Ok(User(user))
    }

    /// Accepts an invitation with the token from its link, sets the password and signs in.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
    ) -> Result<LoginPayload> {
        Ok(
            accounts::accept_invitation(services(ctx), meta(ctx), &token, &password)
                .await?
                .into(),
        )
    }

    /// Confirms the e-mail address with the token from the verification link.
    async fn verify_email(&self, ctx: &Context<'_>, token: String) -> Result<User> {
        Ok(User(
            accounts::verify_email(services(ctx), meta(ctx), &token).await?,
        ))
    }

    /// Changes the password; every other session of the account ends.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> Result<bool> {
        accounts::change_password(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            &current_password,
            &new_password,
        )
        .await?;
        Ok(true)
    }

    /// Sets the time zone the signed-in person reads times in: an IANA name such as
    /// `Europe/Helsinki` (a place, not a fixed offset). An unknown zone is BAD_USER_INPUT
    /// naming `timeZone`.
    async fn set_my_time_zone(&self, ctx: &Context<'_>, time_zone: String) -> Result<User> {
        let principal = principal(ctx)?;
        accounts::set_time_zone(services(ctx), principal, meta(ctx), &time_zone).await?;
        Ok(User(accounts::me(services(ctx), principal).await?))
    }

    /// Sends a password reset link if the address has an account. Always answers true.
    async fn request_password_reset(&self, ctx: &Context<'_>, email: String) -> Result<bool> {
        accounts::request_password_reset(services(ctx), meta(ctx), &email).await?;
        Ok(true)
    }

    /// Sets a new password with the token from a reset link; every session of the account ends.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        new_password: String,
    ) -> Result<bool> {
        accounts::reset_password(services(ctx), meta(ctx), &token, &new_password).await?;
        Ok(true)
    }

    /// Gives a user a role. Admins only.
    async fn grant_role(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
        role: Role,
        scope: Option<ScopeInput>,
    ) -> Result<User> {
        let user_id = parse_id("userId", &user_id)?;
        let scope = parse_scope(scope)?;
        let user = accounts::grant_role(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            user_id,
            role.into(),
            scope,
        )
        .await?;
        Ok(User(user))
    }

    /// Takes a role from a user. Admins only; the last administrator keeps the role.
    async fn revoke_role(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
        role: Role,
        scope: Option<ScopeInput>,
    ) -> Result<User> {
        let user_id = parse_id("userId", &user_id)?;
        let scope = parse_scope(scope)?;
        let user = accounts::revoke_role(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            user_id,
            role.into(),
            scope,
        )
        .await?;
        Ok(User(user))
    }
}
