//! Retention in the API: the schedule per municipality, the daily job's runs, and the
//! restricted state of a young person's data.
use async_graphql::{Context, ID, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use utbyte_domain::{
    entities::retention_runs,
    retention::{
        job::{self, Outcome},
        restriction,
        rules::{RetentionAnchor, RetentionCategory, RetentionScope},
        schedule::{self, Period},
    },
};

use super::{
    context::{id, meta, page_size, parse_id, principal, services},
    registrations::YouthProfile,
};

mirror_enum! {
    /// A category of personal data with a retention period of its own.
    RetentionCategoryGql as "RetentionCategory" => RetentionCategory {
        /// Medical and emergency information given with a consent.
        MedicalInformation,
        /// Consent events (given, withdrawn, invalidated) and guardians' consent links.
        ConsentRecords,
        /// Registrations, with their medical information and consent records. The
        /// follow-up figures keep counting the participants without them.
        Registrations,
        /// The recipient, subject and bodies of sent or failed e-mails. The row stays, blanked,
        /// so that nothing is sent twice.
        OutboxEmails,
        /// Audit events.
        AuditEvents,
        /// A young person's profile and guardians, once no registration of theirs is left and
        /// the profile has not changed for the period.
        YouthProfiles,
    }
}

/// Who sets a category's period.
#[derive(async_graphql::Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "RetentionScope")]
pub enum RetentionScopeGql {
    /// Each municipality for its own exchanges; the configured default holds until it does.
    Municipality,
    /// The installation's configuration (`APP_RETENTION__*`): these rows name no
    /// municipality.
    Installation,
}

impl From<RetentionScope> for RetentionScopeGql {
    fn from(scope: RetentionScope) -> Self {
        match scope {
            RetentionScope::Municipality => Self::Municipality,
            RetentionScope::Installation => Self::Installation,
        }
    }
}

/// What a period counts from. Data is kept for the whole period and removed on the day after.
#[derive(async_graphql::Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "RetentionAnchor")]
pub enum RetentionAnchorGql {
    /// The exchange's return (its end date).
    ExchangeReturn,
    /// When the e-mail was sent, or finally failed.
    MailSentOrFailed,
    /// When the event occurred.
    EventOccurred,
    /// The last change to a young person's profile, counted once no registration of theirs
    /// is left.
    ProfileLastChanged,
}

impl From<RetentionAnchor> for RetentionAnchorGql {
    fn from(anchor: RetentionAnchor) -> Self {
        match anchor {
            RetentionAnchor::ExchangeReturn => Self::ExchangeReturn,
            RetentionAnchor::MailSentOrFailed => Self::MailSentOrFailed,
            RetentionAnchor::EventOccurred => Self::EventOccurred,
            RetentionAnchor::ProfileLastChanged => Self::ProfileLastChanged,
        }
    }
}

/// One category of a municipality's retention schedule.
#[derive(SimpleObject)]
pub struct RetentionPeriod {
    pub category: RetentionCategoryGql,
    /// The period in force, in days.
    pub days: i32,
    /// The installation's default, in days.
    pub default_days: i32,
    /// The municipality set a period of its own.
    pub overridden: bool,
    pub scope: RetentionScopeGql,
    pub anchor: RetentionAnchorGql,
    /// The shortest period the category may have, in days.
    pub min_days: i32,
    /// The longest period the category may have, in days.
    pub max_days: i32,
}

impl From<Period> for RetentionPeriod {
    fn from(p: Period) -> Self {
        Self {
            category: p.category.into(),
            days: p.days,
            default_days: p.default_days,
            overridden: p.overridden,
            scope: p.scope.into(),
            anchor: p.anchor.into(),
            min_days: *p.category.bounds().start(),
            max_days: *p.category.bounds().end(),
        }
    }
}

/// What one run did to one category.
#[derive(SimpleObject)]
pub struct RetentionCategoryOutcome {
    pub category: RetentionCategoryGql,
    /// Rows removed (outbox e-mails: blanked).
    pub removed: i64,
    /// Rows that were due but kept because they belong to a person whose data is restricted.
    pub kept_restricted: i64,
}

/// One run of the retention job.
pub struct RetentionRun(retention_runs::Model);

#[Object]
impl RetentionRun {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn started_at(&self) -> DateTime<Utc> {
        self.0.started_at
    }
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.finished_at
    }
    /// Who started it; null when the daily schedule did.
    async fn ran_by(&self) -> Option<ID> {
        self.0.ran_by.map(id)
    }
    /// The moment the schedule was applied as of.
    async fn as_of(&self) -> DateTime<Utc> {
        Outcome::from_stored(&self.0).as_of
    }
    /// Per category, in a fixed order.
    async fn categories(&self) -> Vec<RetentionCategoryOutcome> {
        Outcome::from_stored(&self.0)
            .categories
            .into_iter()
            .filter_map(|c| {
                Some(RetentionCategoryOutcome {
                    category: RetentionCategory::from_code(&c.category)?.into(),
                    removed: c.removed as i64,
                    kept_restricted: c.kept_restricted as i64,
                })
            })
            .collect()
    }
    /// Anonymous participation rows written for completed exchanges before their
    /// registrations were removed, so the follow-up figures keep counting them.
    async fn participation_recorded(&self) -> i64 {
        Outcome::from_stored(&self.0).participation_recorded as i64
    }
}

#[derive(Default)]
pub struct RetentionQuery;

#[Object]
impl RetentionQuery {
    /// The retention schedule of a municipality, every category: medical information,
    /// consent records and registrations count from the exchange's return and may be set
    /// per municipality; outbox e-mails and audit events are set for the whole installation
    /// (`APP_RETENTION__*`). For the municipality's coordinators and global coordinators.
    async fn retention_schedule(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
    ) -> Result<Vec<RetentionPeriod>> {
        let municipality = parse_id("municipalityId", &municipality_id)?;
        Ok(
            schedule::schedule(services(ctx), principal(ctx)?, municipality)
                .await?
                .into_iter()
                .map(Into::into)
                .collect(),
        )
    }

    /// The finished runs of the retention job, newest first (at most `first`, 1 to 100,
    /// default 20). For coordinators and global admins.
    async fn retention_runs(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
    ) -> Result<Vec<RetentionRun>> {
        let first = page_size(first)?;
        Ok(job::runs(services(ctx), principal(ctx)?, first)
            .await?
            .into_iter()
            .map(RetentionRun)
            .collect())
    }
}

#[derive(Default)]
pub struct RetentionMutation;

#[Object]
impl RetentionMutation {
    /// Sets a municipality's own retention period for medical information, consent records
    /// or registrations, in days within the category's bounds; null goes back to the
    /// default. Medical information and consent records cannot be kept longer than
    /// registrations. Outbox e-mails and audit events are installation-wide (a field error
    /// on `category`). For the municipality's coordinators and global coordinators; audited.
    /// Returns the whole schedule.
    async fn set_retention_period(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        category: RetentionCategoryGql,
        days: Option<i32>,
    ) -> Result<Vec<RetentionPeriod>> {
        let municipality = parse_id("municipalityId", &municipality_id)?;
        Ok(schedule::set_period(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            municipality,
            category.into(),
            days,
        )
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
    }

    /// Runs the retention job at once (it also runs daily): removes or anonymises what is
    /// due and keeps the data of people whose data is restricted. For global coordinators
    /// and admins; audited.
    async fn run_retention_now(&self, ctx: &Context<'_>) -> Result<RetentionRun> {
        Ok(RetentionRun(
            job::run_now(services(ctx), principal(ctx)?, meta(ctx)).await?,
        ))
    }

    /// Restricts a young person's data: it is kept but not processed (no registrations,
    /// consents, waiting-list offers or mails; left off rosters; not removed by retention)
    /// until the restriction is lifted. The reason takes at least 10 characters. For
    /// coordinators of the young person's municipality and global coordinators; audited.
    async fn restrict_personal_data(
        &self,
        ctx: &Context<'_>,
        youth_id: ID,
        reason: String,
    ) -> Result<YouthProfile> {
        let youth = parse_id("youthId", &youth_id)?;
        Ok(YouthProfile(
            restriction::restrict(services(ctx), principal(ctx)?, meta(ctx), youth, &reason)
                .await?,
        ))
    }

    /// Lifts a restriction: the young person's data is processed again. For coordinators
    /// of the young person's municipality and global coordinators; audited.
    async fn lift_restriction(&self, ctx: &Context<'_>, youth_id: ID) -> Result<YouthProfile> {
        let youth = parse_id("youthId", &youth_id)?;
        Ok(YouthProfile(
            restriction::lift(services(ctx), principal(ctx)?, meta(ctx), youth).await?,
        ))
    }
}
