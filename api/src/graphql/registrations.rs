//! Registrations in the API: young people and guardians, places and the waiting list, the
//! lottery, consent status, and medical information for the people who need it.
use async_graphql::{
    Context, ID, InputObject, Object, Result, SimpleObject,
    connection::{Connection, Edge},
};
use chrono::{DateTime, NaiveDate, Utc};
use utbyte_domain::{
    DomainError,
    entities::{exchange_places, guardians},
    registrations::{
        consent,
        people::{self, GuardianInput, Youth, YouthInput},
        places::{self, PlacesInput},
        registering::{self, RegistrationView},
        rules::{ConsentRule, Custody, Gender, Membership, RegistrationState, Selection},
        sensitive,
    },
    retention::restriction,
};

use super::accounts::Locale;
use super::context::{
    CsvFormat, csv_form, id, meta, page_size, parse_cursor, parse_id, principal, services,
};

mirror_enum! {
    /// Where a registration stands. Only CONFIRMED is a confirmed place; PENDING_CONSENT
    /// holds a place while the guardians' consent is awaited; OFFERED holds one until the
    /// offer expires.
    RegistrationStateGql as "RegistrationState" => RegistrationState {
        PendingConsent, Confirmed, WaitingList, Offered, Withdrawn, Cancelled,
    }
}

mirror_enum! {
    /// Whose consent confirms a participant under 18: one guardian, or every guardian on
    /// record (a guardian with sole custody decides alone).
    ConsentRuleGql as "ConsentRule" => ConsentRule { OneGuardian, EveryGuardian }
}

mirror_enum! {
    /// How places are given out: first come, first served, or a lottery at the registration
    /// deadline with priority for young people with fewer opportunities, then first-timers.
    SelectionGql as "PlaceSelection" => Selection { FirstCome, Lottery }
}

mirror_enum! {
    /// Who may register: members of the sending and partner organisations, or anyone.
    MembershipGql as "RegistrationMembership" => Membership { Members, Open }
}

mirror_enum! {
    /// Recorded only when given; counted in the follow-up figures, never shown elsewhere.
    GenderGql as "Gender" => Gender { Female, Male, Other }
}

mirror_enum! {
    /// A guardian's custody: joint (guardians decide together) or sole.
    CustodyGql as "Custody" => Custody { Joint, Sole }
}

/// A guardian on record.
#[derive(SimpleObject)]
pub struct Guardian {
    pub id: ID,
    pub display_name: String,
    pub email: String,
    pub locale: Locale,
    pub custody: CustodyGql,
    /// Whether the guardian has an account.
    pub has_account: bool,
}

impl Guardian {
    fn from_model(g: &guardians::Model) -> Self {
        Self {
            id: id(g.id),
            display_name: g.display_name.clone(),
            email: g.email.clone(),
            locale: Locale::from_stored(&g.locale),
            custody: Custody::from_code(&g.custody)
                .unwrap_or(Custody::Joint)
                .into(),
            has_account: g.user_id.is_some(),
        }
    }
}

/// A young person who takes part in exchanges.
pub struct YouthProfile(pub Youth);

/// When, why and by whom a young person's data was restricted.
#[derive(SimpleObject)]
pub struct PersonalDataRestriction {
    pub restricted_at: DateTime<Utc>,
    pub reason: String,
    pub restricted_by: Option<ID>,
}

#[Object]
impl YouthProfile {
    async fn id(&self) -> ID {
        id(self.0.profile.id)
    }
    async fn display_name(&self) -> &str {
        &self.0.profile.display_name
    }
    async fn date_of_birth(&self) -> NaiveDate {
        self.0.profile.date_of_birth
    }
    async fn organisation_id(&self) -> ID {
        id(self.0.profile.organisation_id)
    }
    /// The organisation recorded or confirmed the membership (needed for exchanges open to
    /// members only).
    async fn membership_confirmed(&self) -> bool {
        self.0.profile.membership_confirmed
    }
    /// Erasmus+ "fewer opportunities": a priority in lotteries. Never shown to other families.
    async fn fewer_opportunities(&self) -> bool {
        self.0.profile.fewer_opportunities
    }
    async fn locale(&self) -> Locale {
        Locale::from_stored(&self.0.profile.locale)
    }
    /// Whether the young person has an account of their own.
    async fn has_account(&self) -> bool {
        self.0.profile.user_id.is_some()
    }
    async fn guardians(&self) -> Vec<Guardian> {
        self.0.guardians.iter().map(Guardian::from_model).collect()
    }
    /// The young person's data is restricted: kept, but not processed (no registrations,
    /// consents, offers or mails) until a coordinator lifts the restriction.
    async fn restricted(&self) -> bool {
        self.0.profile.restricted_at.is_some()
    }
    /// When, why and by whom the data was restricted: for coordinators of the young
    /// person's municipality and global coordinators; null for others and when not
    /// restricted.
    async fn restriction(&self, ctx: &Context<'_>) -> Result<Option<PersonalDataRestriction>> {
        let profile = &self.0.profile;
        let Some(restricted_at) = profile.restricted_at else {
            return Ok(None);
        };
        if !restriction::sees_restriction(services(ctx), principal(ctx)?, profile).await? {
            return Ok(None);
        }
        Ok(Some(PersonalDataRestriction {
            restricted_at,
            reason: profile.restriction_reason.clone().unwrap_or_default(),
            restricted_by: profile.restricted_by.map(id),
        }))
    }
}

/// A guardian's standing for one registration.
#[derive(SimpleObject)]
pub struct GuardianConsent {
    pub guardian_id: ID,
    pub display_name: String,
    pub custody: CustodyGql,
    /// The guardian's last word on the permission to travel: `given`, `withdrawn` or
    /// `invalidated` (by a change to the exchange); null before any.
    pub travel: Option<String>,
    /// Whether the optional photo permission is given.
    pub photos: bool,
    /// The consent request this guardian has not answered yet; null once they have
    /// consented, or before any request.
    pub outstanding: Option<OutstandingConsent>,
}

/// A guardian's unanswered consent request: since when, until when its link works, and the
/// reminders sent (each with a fresh link that replaced the one before).
#[derive(SimpleObject)]
pub struct OutstandingConsent {
    /// When the guardian was asked.
    pub asked_at: DateTime<Utc>,
    /// Until when the newest link works.
    pub link_expires_at: DateTime<Utc>,
    /// When the latest reminder went out; null before any.
    pub last_reminded_at: Option<DateTime<Utc>>,
    pub reminders_sent: i32,
    /// The link ran out before the guardian answered.
    pub expired: bool,
}

/// Whether a registration's consent rule is met, and who has consented.
#[derive(SimpleObject)]
pub struct ConsentStatus {
    pub rule: ConsentRuleGql,
    /// False for participants of 18 or more at departure, who consent themselves.
    pub needed: bool,
    pub met: bool,
    /// The young person's own assent (or, from 18, consent) is on record.
    pub participant_agreed: bool,
    /// A coordinator's written reason for confirming without the rule met.
    pub override_reason: Option<String>,
    pub guardians: Vec<GuardianConsent>,
}

/// One young person's registration for one exchange.
pub struct Registration(RegistrationView);

#[Object]
impl Registration {
    async fn id(&self) -> ID {
        id(self.0.registration.id)
    }
    async fn exchange_id(&self) -> ID {
        id(self.0.registration.exchange_id)
    }
    async fn youth_id(&self) -> ID {
        id(self.0.youth.id)
    }
    async fn participant_name(&self) -> &str {
        &self.0.youth.display_name
    }
    async fn state(&self) -> Result<RegistrationStateGql> {
        RegistrationStateGql::stored(&self.0.registration.state)
    }
    /// 1 for the next in line; null when not waiting, or while a lottery is still to be drawn.
    async fn waiting_list_position(&self) -> Option<i64> {
        self.0.waiting_position
    }
    /// Their place in the lottery's draw.
    async fn lottery_rank(&self) -> Option<i32> {
        self.0.registration.lottery_rank
    }
    /// Why the selection placed them where it did.
    async fn outcome_reason(&self) -> Option<&str> {
        self.0.registration.outcome_reason.as_deref()
    }
    /// Until when an offered place is held.
    async fn offer_expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.registration.offer_expires_at
    }
    async fn consent(&self) -> ConsentStatus {
        let c = &self.0.consent;
        ConsentStatus {
            rule: c.rule.into(),
            needed: c.needed,
            met: c.met,
            participant_agreed: c.participant,
            override_reason: c.override_reason.clone(),
            guardians: c
                .guardians
                .iter()
                .map(|g| GuardianConsent {
                    guardian_id: id(g.guardian_id),
                    display_name: g.display_name.clone(),
                    custody: g.custody.into(),
                    travel: g.travel.clone(),
                    photos: g.photos,
                    outstanding: g.outstanding.as_ref().map(|o| OutstandingConsent {
                        asked_at: o.asked_at,
                        link_expires_at: o.expires_at,
                        last_reminded_at: o.last_reminded_at,
                        reminders_sent: o.reminders_sent,
                        expired: o.expired,
                    }),
                })
                .collect(),
        }
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.registration.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.registration.updated_at
    }
}

/// The places of an exchange and how they are given out.
#[derive(SimpleObject)]
pub struct ExchangePlaces {
    pub exchange_id: ID,
    pub capacity: i32,
    /// Held by registrations pending consent, confirmed or offered.
    pub taken: i32,
    pub free: i32,
    pub consent_rule: ConsentRuleGql,
    pub selection: SelectionGql,
    pub membership: MembershipGql,
    /// The lottery's seed, once drawn: the draw can be repeated from it.
    pub lottery_seed: Option<String>,
    pub lottery_drawn_at: Option<DateTime<Utc>>,
}

impl ExchangePlaces {
    fn from_model(p: exchange_places::Model) -> Result<Self> {
        Ok(Self {
            exchange_id: id(p.exchange_id),
            capacity: p.capacity,
            taken: p.taken,
            free: p.capacity - p.taken,
            consent_rule: ConsentRuleGql::stored(&p.consent_rule)?,
            selection: SelectionGql::stored(&p.selection)?,
            membership: MembershipGql::stored(&p.membership)?,
            lottery_seed: p.lottery_seed.map(|s| s.to_string()),
            lottery_drawn_at: p.lottery_drawn_at,
        })
    }
}

#[derive(SimpleObject)]
pub struct EmergencyContact {
    pub name: String,
    pub relation: String,
    pub phone: String,
}

/// Medical and emergency information of a registration. Every read is audited. Each
/// guardian's form adds to what the others gave: the fields here are the union of what every
/// guardian gave (each distinct text once, one per line, in the order given), and
/// `statements` shows who gave what and when.
#[derive(SimpleObject)]
pub struct MedicalInformation {
    pub registration_id: ID,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub emergency_contacts: Vec<EmergencyContact>,
    /// When a guardian last gave information.
    pub updated_at: DateTime<Utc>,
    /// What each guardian gave, oldest first.
    pub statements: Vec<MedicalStatement>,
}

/// Medical and emergency information as one guardian gave it; their later form replaces it.
#[derive(SimpleObject)]
pub struct MedicalStatement {
    /// The guardian's name; null when that guardian is no longer on record.
    pub given_by: Option<String>,
    pub given_at: DateTime<Utc>,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub emergency_contacts: Vec<EmergencyContact>,
}

fn contacts(list: Vec<sensitive::EmergencyContact>) -> Vec<EmergencyContact> {
    list.into_iter()
        .map(|c| EmergencyContact {
            name: c.name,
            relation: c.relation,
            phone: c.phone,
        })
        .collect()
}

impl From<sensitive::MedicalRecord> for MedicalInformation {
    fn from(record: sensitive::MedicalRecord) -> Self {
        let union = record.union;
        Self {
            registration_id: id(record.registration_id),
            medical_notes: union.medical_notes,
            allergies: union.allergies,
            medication: union.medication,
            dietary_needs: union.dietary_needs,
            emergency_contacts: contacts(union.emergency_contacts),
            updated_at: union.updated_at,
            statements: record
                .statements
                .into_iter()
                .map(|(m, given_by)| MedicalStatement {
                    given_by,
                    given_at: m.updated_at,
                    emergency_contacts: contacts(sensitive::contacts_of(&m)),
                    medical_notes: m.medical_notes,
                    allergies: m.allergies,
                    medication: m.medication,
                    dietary_needs: m.dietary_needs,
                })
                .collect(),
        }
    }
}

/// A guardian on record for a young person.
#[derive(InputObject)]
#[graphql(name = "GuardianInput")]
pub struct GuardianInputGql {
    pub display_name: String,
    pub email: String,
    /// The language of their e-mails and consent page.
    pub locale: Locale,
    pub custody: CustodyGql,
}

#[derive(InputObject)]
pub struct YouthProfileInput {
    pub display_name: String,
    pub date_of_birth: NaiveDate,
    pub organisation_id: ID,
    #[graphql(default)]
    pub fewer_opportunities: bool,
    /// Only when the young person or family chooses to give it.
    pub gender: Option<GenderGql>,
    /// The language of the young person's e-mails and pages.
    pub locale: Locale,
    /// The signed-in young person's own profile (from 13).
    #[graphql(default)]
    pub own_profile: bool,
    /// Everyone with custody; at least one under 18, at most 4.
    #[graphql(default)]
    pub guardians: Vec<GuardianInputGql>,
}

#[derive(InputObject)]
pub struct ExchangePlacesInput {
    /// 1 to 500, and at least the places already taken.
    pub capacity: i32,
    /// When left out, the default for the exchange's risk level: every guardian beyond a
    /// local day trip.
    pub consent_rule: Option<ConsentRuleGql>,
    pub selection: SelectionGql,
    pub membership: MembershipGql,
}

#[derive(Default)]
pub struct RegistrationsQuery;

#[Object]
impl RegistrationsQuery {
    /// The young people the signed-in user may see, oldest first: their own profile, their
    /// children, members of organisations they teach at, and those of municipalities they
    /// coordinate.
    async fn youth_profiles(
        &self,
        ctx: &Context<'_>,
        organisation_id: Option<ID>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, YouthProfile>> {
        let organisation = organisation_id
            .map(|o| parse_id("organisationId", &o))
            .transpose()?;
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let page =
            people::visible_youth(services(ctx), principal(ctx)?, organisation, first, after)
                .await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.youth
                .into_iter()
                .map(|youth| Edge::new(youth.profile.id.to_string(), YouthProfile(youth))),
        );
        Ok(connection)
    }

    async fn youth_profile(&self, ctx: &Context<'_>, id: ID) -> Result<YouthProfile> {
        let id = parse_id("id", &id)?;
        Ok(YouthProfile(
            people::youth(services(ctx), principal(ctx)?, id).await?,
        ))
    }

    /// One registration: for the young person, their guardians and teachers, and the
    /// exchange's leaders and coordinators.
    async fn registration(&self, ctx: &Context<'_>, id: ID) -> Result<Registration> {
        let id = parse_id("id", &id)?;
        Ok(Registration(
            registering::registration(services(ctx), principal(ctx)?, id).await?,
        ))
    }

    /// Every registration of an exchange, for its leaders and coordinators.
    async fn exchange_registrations(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
    ) -> Result<Vec<Registration>> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        Ok(
            registering::of_exchange(services(ctx), principal(ctx)?, exchange)
                .await?
                .into_iter()
                .map(Registration)
                .collect(),
        )
    }

    /// The signed-in user's registrations and their children's, newest first.
    async fn my_registrations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "At most 100.")] first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Registration>> {
        let first = page_size(first)?;
        let after = parse_cursor("after", after)?;
        let page = registering::mine(services(ctx), principal(ctx)?, first, after).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.registrations
                .into_iter()
                .map(|view| Edge::new(view.registration.id.to_string(), Registration(view))),
        );
        Ok(connection)
    }

    /// The places of an exchange the user may see.
    async fn exchange_places(&self, ctx: &Context<'_>, exchange_id: ID) -> Result<ExchangePlaces> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        ExchangePlaces::from_model(places::view(services(ctx), principal(ctx)?, exchange).await?)
    }

    /// Medical and emergency information of a registration: only the exchange's leaders and
    /// the municipality's coordinators; every read is an audit event.
    async fn medical_information(
        &self,
        ctx: &Context<'_>,
        registration_id: ID,
    ) -> Result<Option<MedicalInformation>> {
        let registration = parse_id("registrationId", &registration_id)?;
        Ok(
            sensitive::medical_information(services(ctx), principal(ctx)?, meta(ctx), registration)
                .await?
                .map(Into::into),
        )
    }

    /// The roster of everyone holding a place, with guardians, emergency contacts and
    /// medical notes, as CSV: for the exchange's leaders and coordinators; audited.
    async fn roster_csv(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        #[graphql(default, desc = "MACHINE (the default) or SPREADSHEET.")] format: CsvFormat,
        #[graphql(desc = "The spreadsheet's language; the caller's own when left out.")]
        language: Option<Locale>,
    ) -> Result<String> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        let form = csv_form(ctx, format, language).await?;
        Ok(
            sensitive::roster_csv(services(ctx), principal(ctx)?, meta(ctx), exchange, form)
                .await?,
        )
    }
}

#[derive(Default)]
pub struct RegistrationsMutation;

#[Object]
impl RegistrationsMutation {
    /// Records a young person and their guardians: by a teacher of the organisation, its
    /// municipality's coordinator, a guardian who lists themselves, or the young person
    /// (from 13) for their own profile.
    async fn create_youth_profile(
        &self,
        ctx: &Context<'_>,
        input: YouthProfileInput,
    ) -> Result<YouthProfile> {
        let input = YouthInput {
            display_name: input.display_name,
            date_of_birth: input.date_of_birth,
            organisation_id: parse_id("input.organisationId", &input.organisation_id)?,
            fewer_opportunities: input.fewer_opportunities,
            gender: input.gender.map(Into::into),
            locale: input.locale.code().to_owned(),
            own_profile: input.own_profile,
            guardians: input
                .guardians
                .into_iter()
                .map(|g| GuardianInput {
                    display_name: g.display_name,
                    email: g.email,
                    locale: g.locale.code().to_owned(),
                    custody: g.custody.into(),
                })
                .collect(),
        };
        Ok(YouthProfile(
            people::create_youth(services(ctx), principal(ctx)?, meta(ctx), input).await?,
        ))
    }

    /// Confirms that a young person recorded by their family or themselves belongs to the
    /// organisation (its teachers, principal or profile administrator, or its municipality's
    /// coordinator); audited.
    async fn confirm_youth_membership(
        &self,
        ctx: &Context<'_>,
        youth_id: ID,
    ) -> Result<YouthProfile> {
        let youth = parse_id("youthId", &youth_id)?;
        Ok(YouthProfile(
            people::confirm_membership(services(ctx), principal(ctx)?, meta(ctx), youth).await?,
        ))
    }

    /// Sets an exchange's places, consent rule, selection and who may register. By the
    /// exchange's teacher or coordinator; more places are offered to the waiting list at once.
    async fn set_exchange_places(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        input: ExchangePlacesInput,
    ) -> Result<ExchangePlaces> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        let input = PlacesInput {
            capacity: input.capacity,
            consent_rule: input.consent_rule.map(Into::into),
            selection: input.selection.into(),
            membership: input.membership.into(),
        };
        ExchangePlaces::from_model(
            places::set_places(services(ctx), principal(ctx)?, meta(ctx), exchange, input).await?,
        )
    }

    /// Registers a young person for an exchange open for registration: by themselves (from
    /// 13), a guardian, or their teacher (under 18). Takes a free place (pending the
    /// guardians' consent) or a place on the waiting list.
    async fn register_for_exchange(
        &self,
        ctx: &Context<'_>,
        exchange_id: ID,
        youth_id: ID,
    ) -> Result<Registration> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        let youth = parse_id("youthId", &youth_id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        let created =
            registering::register(services, principal, meta(ctx), exchange, youth).await?;
        // Whoever registered may see what they registered.
        let view = registering::views(&services.db, vec![created]).await?;
        Ok(Registration(view.into_iter().next().ok_or_else(|| {
            DomainError::Internal(anyhow::anyhow!("a registration without its view"))
        })?))
    }

    /// Withdraws a registration in one step (the young person, a guardian or their teacher),
    /// until departure; the place passes to the waiting list.
    async fn withdraw_registration(&self, ctx: &Context<'_>, id: ID) -> Result<Registration> {
        let id = parse_id("id", &id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        registering::withdraw(services, principal, meta(ctx), id).await?;
        Ok(Registration(
            registering::registration(services, principal, id).await?,
        ))
    }

    /// Cancels a registration with a reason (the exchange's leaders and coordinators).
    async fn cancel_registration(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> Result<Registration> {
        let id = parse_id("id", &id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        registering::cancel(services, principal, meta(ctx), id, &reason).await?;
        Ok(Registration(
            registering::registration(services, principal, id).await?,
        ))
    }

    /// Accepts a place offered from the waiting list (the young person or a guardian).
    async fn accept_place_offer(&self, ctx: &Context<'_>, id: ID) -> Result<Registration> {
        let id = parse_id("id", &id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        registering::accept_offer(services, principal, meta(ctx), id).await?;
        Ok(Registration(
            registering::registration(services, principal, id).await?,
        ))
    }

    /// Draws the lottery once the registration deadline has passed (the scheduler does it
    /// too); the seed is recorded so that the draw can be repeated.
    async fn draw_lottery(&self, ctx: &Context<'_>, exchange_id: ID) -> Result<ExchangePlaces> {
        let exchange = parse_id("exchangeId", &exchange_id)?;
        ExchangePlaces::from_model(
            places::draw_lottery(services(ctx), Some(principal(ctx)?), meta(ctx), exchange).await?,
        )
    }

    /// Sends a guardian a new consent link; the old one stops working.
    async fn resend_consent_link(
        &self,
        ctx: &Context<'_>,
        registration_id: ID,
        guardian_id: ID,
    ) -> Result<Registration> {
        let registration = parse_id("registrationId", &registration_id)?;
        let guardian = parse_id("guardianId", &guardian_id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        consent::resend(services, principal, meta(ctx), registration, guardian).await?;
        Ok(Registration(
            registering::registration(services, principal, registration).await?,
        ))
    }

    /// Confirms a registration pending consent without the rule met, with a written reason
    /// (coordinators only); audited.
    async fn override_consent(
        &self,
        ctx: &Context<'_>,
        registration_id: ID,
        reason: String,
    ) -> Result<Registration> {
        let registration = parse_id("registrationId", &registration_id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        consent::override_consent(services, principal, meta(ctx), registration, &reason).await?;
        Ok(Registration(
            registering::registration(services, principal, registration).await?,
        ))
    }

    /// The young person's own word: consent to travel from 18, assent beside the guardians'
    /// consent before that.
    async fn give_own_consent(
        &self,
        ctx: &Context<'_>,
        registration_id: ID,
    ) -> Result<Registration> {
        let registration = parse_id("registrationId", &registration_id)?;
        let services = services(ctx);
        let principal = principal(ctx)?;
        consent::give_own(services, principal, meta(ctx), registration).await?;
        Ok(Registration(
            registering::registration(services, principal, registration).await?,
        ))
    }
}
