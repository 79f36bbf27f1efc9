//! The audit trail in the API: coordinators list who did what, when, and produce everything
//! stored about one person (the access export).
use async_graphql::{
    Context, ID, InputObject, Json, Object, Result, SimpleObject,
    connection::{Connection, Edge},
};
use chrono::{DateTime, Utc};
use utbyte_domain::{
    DomainError,
    audit::{
        export::{self, Person},
        views::{self, AuditEntry, AuditFilter},
    },
};

use super::context::{id, meta, page_size, parse_cursor, parse_id, principal, services};

/// Which audit events to list; every part is optional and all apply together.
#[derive(InputObject, Default)]
pub struct AuditEventFilterInput {
    /// Events about the young person: those that name them, and those about their profile.
    pub youth_id: Option<ID>,
    /// Events by the account, or about it.
    pub user_id: Option<ID>,
    /// Events about the exchange, including its registrations.
    pub exchange_id: Option<ID>,
    /// Events by the account.
    pub actor_id: Option<ID>,
    /// One action, such as `medical_information_read` or `roster_exported`.
    pub action: Option<String>,
    /// From this instant, inclusive.
    pub from: Option<DateTime<Utc>>,
    /// Up to this instant, exclusive; not before `from`.
    pub to: Option<DateTime<Utc>>,
}

/// Who did something: an account, with its name as it is now.
#[derive(SimpleObject)]
pub struct AuditActor {
    pub id: ID,
    /// None when the account no longer exists.
    pub display_name: Option<String>,
}

/// One entry of the append-only audit trail.
pub struct AuditEventGql(AuditEntry);

#[Object(name = "AuditEvent")]
impl AuditEventGql {
    async fn id(&self) -> ID {
        id(self.0.event.id)
    }
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.event.occurred_at
    }
    /// None when the system acted (a scheduled job, a guardian's e-mailed link).
    async fn actor(&self) -> Option<AuditActor> {
        self.0.event.actor_id.map(|actor| AuditActor {
            id: id(actor),
            display_name: self.0.actor_name.clone(),
        })
    }
    /// What happened, such as `registration_created` or `medical_information_read`.
    async fn action(&self) -> &str {
        &self.0.event.action
    }
    /// The kind of thing it happened to, such as `exchange`, `registration` or `user`.
    async fn subject_type(&self) -> &str {
        &self.0.event.subject_type
    }
    async fn subject_id(&self) -> Option<ID> {
        self.0.event.subject_id.map(id)
    }
    /// The exchange it concerns, directly or through a registration.
    async fn exchange_id(&self) -> Option<ID> {
        self.0.event.exchange_id.map(id)
    }
    /// The young person it concerns.
    async fn youth_id(&self) -> Option<ID> {
        self.0.event.youth_id.map(id)
    }
    /// The id of the request that caused it, as in the service's logs.
    async fn request_id(&self) -> Option<&str> {
        self.0.event.request_id.as_deref()
    }
    /// What the event recorded besides, as a JSON object. Never passwords, tokens or medical
    /// text.
    async fn details(&self) -> Json<serde_json::Value> {
        Json(self.0.event.details.clone())
    }
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit trail, newest first. Global coordinators and global administrators see every
    /// event; a municipality's coordinator sees the events about its exchanges and about the
    /// young people of its organisations. Every read of medical information is here, as
    /// `medical_information_read`.
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        filter: Option<AuditEventFilterInput>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, AuditEventGql>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let filter = filter.unwrap_or_default();
        let optional_id = |field: &str, value: Option<ID>| {
            value
                .map(|value| parse_id(&format!("filter.{field}"), &value))
                .transpose()
        };
        let filter = AuditFilter {
            youth_id: optional_id("youthId", filter.youth_id)?,
            user_id: optional_id("userId", filter.user_id)?,
            exchange_id: optional_id("exchangeId", filter.exchange_id)?,
            actor_id: optional_id("actorId", filter.actor_id)?,
            action: filter.action,
            from: filter.from,
            to: filter.to,
        };
        let page = views::list(services(ctx), principal, filter, first, after).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.entries
                .into_iter()
                .map(|entry| Edge::new(entry.event.id.to_string(), AuditEventGql(entry))),
        );
        Ok(connection)
    }
}

#[derive(Default)]
pub struct AuditMutation;

#[Object]
impl AuditMutation {
    /// Everything stored about one person, as a JSON document: for a young person their
    /// profile, guardians, registrations, medical information, consents with the exact texts
    /// shown, consent links, e-mails about them, audit events about them and their own
    /// account if they have one; for an account its roles, sessions, notifications, e-mails,
    /// guardianships, consents, approvals and what it recorded as staff. Never a password or
    /// a token. Give exactly one of `youthId` (for the coordinators of the young person's
    /// municipality and global coordinators) and `userId` (for global coordinators: an
    /// account belongs to no one municipality). Producing it is recorded in the audit trail
    /// as `personal_data_exported`.
    async fn export_personal_data(
        &self,
        ctx: &Context<'_>,
        youth_id: Option<ID>,
        user_id: Option<ID>,
    ) -> Result<String> {
        let principal = principal(ctx)?;
        let person = match (youth_id, user_id) {
            (Some(youth), None) => Person::Youth(parse_id("youthId", &youth)?),
            (None, Some(user)) => Person::User(parse_id("userId", &user)?),
            (Some(_), Some(_)) => {
                return Err(DomainError::field(
                    "userId",
                    "exactly_one",
                    "give either youthId or userId, not both",
                )
                .into());
            }
            (None, None) => {
                return Err(
                    DomainError::field("youthId", "exactly_one", "give youthId or userId").into(),
                );
            }
        };
        let document = export::export(services(ctx), principal, meta(ctx), person).await?;
        Ok(document.to_string())
    }
}
