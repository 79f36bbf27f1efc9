//! Who stands in what relation to a young person and to a registration.
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Query, SelectStatement},
};
use uuid::Uuid;

use crate::{
    accounts::rules::holds_globally,
    directory::organisations,
    entities::{exchanges, guardians, users, youth_profiles},
    error::{DomainError, DomainResult},
    exchanges::access as exchange_access,
    principal::Principal,
    types::{Role, Scope},
};

/// How the principal relates to one young person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YouthRelation {
    /// The young person's own account.
    pub themselves: bool,
    /// A guardian on record (by account, or by the account's e-mail address).
    pub guardian: Option<Uuid>,
    /// A teacher, principal or profile administrator of their organisation.
    pub staff: bool,
    /// A coordinator of their organisation's municipality, or a global one.
    pub coordinator: bool,
}

impl YouthRelation {
    pub fn may_view(&self) -> bool {
        self.themselves || self.guardian.is_some() || self.staff || self.coordinator
    }

    /// The young person, a guardian or their teacher: the people who register and withdraw.
    pub fn may_act_for(&self) -> bool {
        self.themselves || self.guardian.is_some() || self.staff
    }
}

pub fn staff_of(roles: &[(Role, Scope)], organisation: Uuid) -> bool {
    roles.iter().any(|(role, scope)| {
        *scope == Scope::Organisation(organisation)
            && matches!(role, Role::Teacher | Role::Principal | Role::Admin)
    })
}

pub fn coordinates(roles: &[(Role, Scope)], municipality: Option<Uuid>) -> bool {
    holds_globally(roles, Role::Coordinator)
        || municipality
            .is_some_and(|m| roles.contains(&(Role::Coordinator, Scope::Municipality(m))))
}

/// The principal's e-mail address (guardians on record are matched by it, too).
pub async fn email_of(db: &impl ConnectionTrait, principal: &Principal) -> DomainResult<String> {
    Ok(users::Entity::find_by_id(principal.user_id)
        .one(db)
        .await?
        .map(|u| u.email)
        .unwrap_or_default())
}

/// The young people who are the principal themselves or whose guardian on record they are
/// (by account or by the account's e-mail address), as a subquery of profile ids.
pub fn own_and_children(principal: &Principal, email: &str) -> SelectStatement {
    Query::select()
        .column(youth_profiles::Column::Id)
        .from(youth_profiles::Entity)
        .cond_where(
            Condition::any()
                .add(youth_profiles::Column::UserId.eq(principal.user_id))
                .add(
                    youth_profiles::Column::Id.in_subquery(
                        Query::select()
                            .column(guardians::Column::YouthId)
                            .from(guardians::Entity)
                            .cond_where(
                                Condition::any()
                                    .add(guardians::Column::UserId.eq(principal.user_id))
                                    .add(guardians::Column::Email.eq(email)),
                            )
                            .to_owned(),
                    ),
                ),
        )
        .to_owned()
}

pub async fn youth_relation(
    db: &impl ConnectionTrait,
    principal: &Principal,
    youth: &youth_profiles::Model,
) -> DomainResult<YouthRelation> {
    let email = email_of(db, principal).await?;
    let guardian = guardians::Entity::find()
        .filter(guardians::Column::YouthId.eq(youth.id))
        .all(db)
        .await?
        .into_iter()
        .find(|g| g.user_id == Some(principal.user_id) || g.email == email)
        .map(|g| g.id);
    let organisation = organisations::find(db, youth.organisation_id).await?;
    let municipality = organisations::municipality_of(db, &organisation).await?;
    Ok(YouthRelation {
        themselves: youth.user_id == Some(principal.user_id),
        guardian,
        staff: staff_of(&principal.roles, youth.organisation_id),
        coordinator: coordinates(&principal.roles, municipality),
    })
}

/// The exchange's leaders (its teacher and the sending organisation's staff) and the
/// municipality's coordinators: the people who run its registrations and may read medical
/// information. A global admin is not among them: administering accounts is no need to know.
pub async fn runs_exchange(
    db: &impl ConnectionTrait,
    principal: &Principal,
    exchange: &exchanges::Model,
) -> DomainResult<bool> {
    let relation = exchange_access::relation(db, principal, exchange).await?;
    Ok(relation.owner || relation.coordinator)
}

pub async fn find_youth(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> DomainResult<youth_profiles::Model> {
    youth_profiles::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("youth profile"))
}

/// The refusal for someone who does not run an exchange: FORBIDDEN when they may see it,
/// NOT_FOUND otherwise, so that ids do not leak.
pub async fn exchange_refusal(
    db: &impl ConnectionTrait,
    principal: &Principal,
    exchange: &exchanges::Model,
) -> DomainResult<DomainError> {
    let relation = exchange_access::relation(db, principal, exchange).await?;
    Ok(if relation.may_view(exchange) {
        DomainError::Forbidden
    } else {
        DomainError::NotFound("exchange")
    })
}

/// The refusal while a young person's data is restricted: kept, not processed.
pub fn restricted() -> DomainError {
    DomainError::Conflict {
        code: "restricted",
        message: "this person's data is restricted: it is kept but not processed",
    }
}

/// Refuses to process the data of a young person whose data is restricted.
pub fn refuse_if_restricted(youth: &youth_profiles::Model) -> DomainResult<()> {
    if youth.restricted_at.is_some() {
        return Err(restricted());
    }
    Ok(())
}

/// Reads the young person for a write about them, share-locked on PostgreSQL so that a
/// restriction being set waits for the write (and a write after it sees it).
pub async fn youth_for_write(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> DomainResult<youth_profiles::Model> {
    let mut query = youth_profiles::Entity::find_by_id(id);
    if db.get_database_backend() == DbBackend::Postgres {
        query = query.lock_shared();
    }
    query
        .one(db)
        .await?
        .ok_or(DomainError::NotFound("youth profile"))
}

/// The ids of young people whose data is restricted, as a subquery.
pub fn restricted_youth() -> SelectStatement {
    Query::select()
        .column(youth_profiles::Column::Id)
        .from(youth_profiles::Entity)
        .and_where(youth_profiles::Column::RestrictedAt.is_not_null())
        .to_owned()
}
