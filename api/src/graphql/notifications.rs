//! Notifications in the API: the user's list, live updates over WebSocket, and the mail
//! queue for coordinators and admins.
use std::{
    collections::{HashMap, VecDeque},
    time::Duration,
};

use async_graphql::{
    Context, Enum, ID, InputObject, Object, Result, SimpleObject, Subscription,
    connection::{Connection, Edge},
};
use chrono::{DateTime, Utc};
use futures_util::Stream;
use utbyte_domain::{
    DomainError, Principal, Services, accounts,
    entities::{notifications as notification_rows, outbox_emails},
    notifications::{self, FailedMailFilter, OutboxStatus},
};
use uuid::Uuid;

use super::context::{meta, page_size, parse_cursor, principal, services};

/// Something that happened that concerns the signed-in user.
#[derive(SimpleObject, Clone)]
pub struct Notification {
    pub id: ID,
    /// What kind of event it was, e.g. `invitation` or `password_changed`.
    pub kind: String,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

impl From<notification_rows::Model> for Notification {
    fn from(row: notification_rows::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            kind: row.kind,
            title: row.title,
            created_at: row.created_at,
            read: row.read_at.is_some(),
        }
    }
}

/// Where a queued e-mail stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum MailStatus {
    /// Waiting to be sent, or to be tried again.
    Pending,
    Sent,
    /// Given up once its retries spanned the configured time (72 hours by default).
    Failed,
}

/// A queued e-mail. Bodies are not shown: they may hold single-use links.
#[derive(SimpleObject)]
pub struct QueuedMail {
    pub id: ID,
    pub recipient: String,
    pub template: String,
    pub subject: String,
    pub locale: super::accounts::Locale,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub failed_at: Option<DateTime<Utc>>,
}

impl From<outbox_emails::Model> for QueuedMail {
    fn from(row: outbox_emails::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            recipient: row.recipient,
            template: row.template,
            subject: row.subject,
            locale: super::accounts::Locale::from_stored(&row.locale),
            attempts: row.attempts,
            next_attempt_at: row.next_attempt_at,
            last_error: row.last_error,
            created_at: row.created_at,
            sent_at: row.sent_at,
            failed_at: row.failed_at,
        }
    }
}

fn connection<T: async_graphql::OutputType>(
    after: Option<Uuid>,
    page: notifications::Page<impl Into<T> + HasId>,
) -> Connection<String, T> {
    let mut connection = Connection::new(after.is_some(), page.has_next_page);
    connection.edges.extend(
        page.items
            .into_iter()
            .map(|item| Edge::new(item.id().to_string(), item.into())),
    );
    connection
}

trait HasId {
    fn id(&self) -> Uuid;
}

impl HasId for notification_rows::Model {
    fn id(&self) -> Uuid {
        self.id
    }
}

impl HasId for outbox_emails::Model {
    fn id(&self) -> Uuid {
        self.id
    }
}

#[derive(Default)]
pub struct NotificationsQuery;

#[Object]
impl NotificationsQuery {
    /// The signed-in user's notifications, newest first.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
        #[graphql(default = false)] unread_only: bool,
    ) -> Result<Connection<String, Notification>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let page = notifications::list(services(ctx), principal, first, after, unread_only).await?;
        Ok(connection(after, page))
    }

    /// Queued e-mails by status, newest first. For coordinators and admins.
    async fn queued_mails(
        &self,
        ctx: &Context<'_>,
        status: MailStatus,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, QueuedMail>> {
        let principal = principal(ctx)?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let status = match status {
            MailStatus::Pending => OutboxStatus::Pending,
            MailStatus::Sent => OutboxStatus::Sent,
            MailStatus::Failed => OutboxStatus::Failed,
        };
        let page = notifications::outbox(services(ctx), principal, status, first, after).await?;
        Ok(connection(after, page))
    }
}

/// Which failed e-mails to queue again. Every condition given must hold; an empty filter
/// takes every failed e-mail.
#[derive(InputObject, Default)]
pub struct FailedMailFilterInput {
    /// The template name, e.g. `consent_request` or `invitation`.
    pub template: Option<String>,
    /// Failed at or after this instant.
    pub failed_after: Option<DateTime<Utc>>,
    /// Failed before this instant.
    pub failed_before: Option<DateTime<Utc>>,
}

#[derive(Default)]
pub struct NotificationsMutation;

#[Object]
impl NotificationsMutation {
    /// Marks notifications read: the given ones, or all when `ids` is left out.
    /// Returns how many changed.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        ids: Option<Vec<ID>>,
    ) -> Result<i32> {
        let principal = principal(ctx)?;
        let ids = ids
            .map(|ids| {
                ids.iter()
                    .map(|id| Uuid::parse_str(id))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|_| {
                        DomainError::field("ids", "invalid_id", "holds an id that is not valid")
                    })
            })
            .transpose()?;
        let changed = notifications::mark_read(services(ctx), principal, ids).await?;
        Ok(i32::try_from(changed).unwrap_or(i32::MAX))
    }

    /// Queues a failed e-mail again with a fresh set of attempts. For coordinators and admins.
    async fn requeue_mail(&self, ctx: &Context<'_>, id: ID) -> Result<QueuedMail> {
        let id = Uuid::parse_str(&id)
            .map_err(|_| DomainError::field("id", "invalid_id", "is not a valid id"))?;
        let row = notifications::requeue(services(ctx), principal(ctx)?, meta(ctx), id).await?;
        Ok(row.into())
    }

    /// Queues every failed e-mail matching `filter` again, each with a fresh set of
    /// attempts (for instance after the mail server was down). Returns how many were
    /// queued. E-mails whose text retention removed are left alone. For coordinators and
    /// admins; recorded in the audit log.
    async fn requeue_failed_mails(
        &self,
        ctx: &Context<'_>,
        filter: Option<FailedMailFilterInput>,
    ) -> Result<i32> {
        let filter = filter.unwrap_or_default();
        let filter =
            FailedMailFilter::parse(filter.template, filter.failed_after, filter.failed_before)?;
        let requeued =
            notifications::requeue_failed(services(ctx), principal(ctx)?, meta(ctx), &filter)
                .await?;
        Ok(i32::try_from(requeued).unwrap_or(i32::MAX))
    }
}

/// How often a live stream looks for notifications written by other instances, and checks
/// that its session is still live.
const POLL_EVERY: Duration = Duration::from_secs(2);
/// Rows are looked for this far back, so one whose transaction committed a little after
/// it was stamped is still seen; `delivered` keeps any from being pushed twice.
const LOOK_BACK: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

struct LiveState {
    services: Services,
    principal: Principal,
    started: DateTime<Utc>,
    delivered: HashMap<Uuid, DateTime<Utc>>,
    changes: tokio::sync::broadcast::Receiver<()>,
    pending: VecDeque<Notification>,
}

impl LiveState {
    /// The next notification, or `None` when the session has ended.
    async fn next(mut self) -> Option<(Notification, Self)> {
        loop {
            if let Some(next) = self.pending.pop_front() {
                return Some((next, self));
            }
            tokio::select! {
                _ = self.changes.recv() => {}
                _ = tokio::time::sleep(POLL_EVERY) => {}
            }
            match accounts::session_is_live(&self.services, self.principal.session_id).await {
                Ok(true) => {}
                Ok(false) => return None,
                Err(error) => tracing::warn!(%error, "session check failed"),
            }
            let from = Ord::max(self.started, Utc::now() - LOOK_BACK);
            self.delivered.retain(|_, created| *created >= from);
            match notifications::created_since(&self.services.db, self.principal.user_id, from)
                .await
            {
                Ok(rows) => {
                    for row in rows {
                        if self.delivered.insert(row.id, row.created_at).is_none() {
                            self.pending.push_back(row.into());
                        }
                    }
                }
                Err(error) => tracing::warn!(%error, "notification stream query failed"),
            }
        }
    }
}

#[derive(Default)]
pub struct Subscription;

#[Subscription]
impl Subscription {
    /// New notifications of the signed-in user as they happen. Over WebSocket
    /// (`graphql-transport-ws`), signed in by `{"token": "<session token>"}` in the
    /// connection's init payload. The stream ends when the session does.
    async fn notification_added(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = Notification> + use<>> {
        let services: Services = services(ctx).clone();
        let state = LiveState {
            principal: principal(ctx)?.clone(),
            changes: services.notifications_changed.subscribe(),
            services,
            started: Utc::now(),
            delivered: HashMap::new(),
            pending: VecDeque::new(),
        };
        Ok(futures_util::stream::unfold(state, LiveState::next))
    }
}
