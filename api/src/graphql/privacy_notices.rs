//! A municipality's privacy notice (GDPR art. 13) in the API: its versions, and publishing
//! the next one. The notice itself reads at `/privacy/<municipality id>`.
use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use utbyte_domain::{
    entities::privacy_notices,
    privacy_notices::{self as notices, NoticeInput},
};

use super::context::{id, meta, parse_id, principal, services};

/// One version of a municipality's privacy notice. The words come from the message
/// catalogues in each reader's language and the retention periods from the municipality's
/// schedule; each text exactly as shown is stored, and every consent records the one its
/// giver was shown.
#[derive(SimpleObject)]
pub struct PrivacyNotice {
    pub id: ID,
    pub municipality_id: ID,
    /// 1, 2, ... Version 1 names the municipality itself until it publishes its own.
    pub version: i32,
    /// The data controller: the responsible committee.
    pub controller: String,
    pub controller_contact: String,
    /// How to reach the data protection officer; null in the version Utbyte starts with.
    pub dpo_contact: Option<String>,
    pub published_at: DateTime<Utc>,
    /// Null for the version Utbyte starts with.
    pub published_by: Option<ID>,
}

impl From<privacy_notices::Model> for PrivacyNotice {
    fn from(notice: privacy_notices::Model) -> Self {
        PrivacyNotice {
            id: id(notice.id),
            municipality_id: id(notice.municipality_id),
            version: notice.version,
            controller: notice.controller,
            controller_contact: notice.controller_contact,
            dpo_contact: notice.dpo_contact,
            published_at: notice.published_at,
            published_by: notice.published_by.map(id),
        }
    }
}

/// What a municipality states in its privacy notice; each one line.
#[derive(InputObject)]
pub struct PrivacyNoticeInput {
    /// The responsible committee, e.g. "Barn- och utbildningsnämnden, Jönköpings kommun"
    /// (at most 200 characters).
    pub controller: String,
    /// Where to reach the controller: an address, e-mail or telephone (at most 300).
    pub controller_contact: String,
    /// Where to reach the data protection officer (at most 300).
    pub dpo_contact: String,
}

#[derive(Default)]
pub struct PrivacyNoticesQuery;

#[Object]
impl PrivacyNoticesQuery {
    /// The versions of a municipality's privacy notice, newest (the one in force) first.
    /// For its coordinators and admins.
    async fn privacy_notices(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
    ) -> Result<Vec<PrivacyNotice>> {
        let municipality = parse_id("municipalityId", &municipality_id)?;
        Ok(
            notices::versions(services(ctx), principal(ctx)?, municipality)
                .await?
                .into_iter()
                .map(Into::into)
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct PrivacyNoticesMutation;

#[Object]
impl PrivacyNoticesMutation {
    /// Publishes the next version of a municipality's privacy notice; it is shown from now
    /// on, and consents given before keep the version their givers were shown. For its
    /// coordinators and admins; audited. Field errors name `notice.controller`,
    /// `notice.controllerContact` and `notice.dpoContact`.
    async fn publish_privacy_notice(
        &self,
        ctx: &Context<'_>,
        municipality_id: ID,
        notice: PrivacyNoticeInput,
    ) -> Result<PrivacyNotice> {
        let municipality = parse_id("municipalityId", &municipality_id)?;
        let input = NoticeInput {
            controller: notice.controller,
            controller_contact: notice.controller_contact,
            dpo_contact: notice.dpo_contact,
        };
        Ok(notices::publish(
            services(ctx),
            principal(ctx)?,
            meta(ctx),
            municipality,
            &input,
        )
        .await?
        .into())
    }
}
