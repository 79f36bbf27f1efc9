use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Exchanges {
    Table,
    Id,
    MunicipalityId,
    SendingOrganisationId,
    Titles,
    Descriptions,
    Direction,
    DestinationTownId,
    Venue,
    StartDate,
    EndDate,
    ActivityDays,
    Participants,
    Leaders,
    AgeMin,
    AgeMax,
    Themes,
    LearningObjectives,
    Programme,
    Accommodation,
    Transport,
    GreenTravel,
    CostPerParticipantCents,
    RegistrationDeadline,
    AdventurousActivities,
    RiskLevel,
    InsuranceConfirmed,
    RiskAssessment,
    BudgetCents,
    ConsentPlan,
    State,
    ClonedFrom,
    CreatedBy,
    SubmittedAt,
    ApprovedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ExchangePartners {
    Table,
    ExchangeId,
    OrganisationId,
}

#[derive(DeriveIden)]
enum ApprovalChains {
    Table,
    Id,
    MunicipalityId,
    RiskLevel,
    Steps,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApprovalSteps {
    Table,
    Id,
    ExchangeId,
    Round,
    Position,
    ApproverRole,
    ApproverScopeKind,
    ApproverScopeId,
    ApproverUserId,
    SubstituteUserId,
    DueDays,
    ActivatedAt,
    DueAt,
    Decision,
    DecidedBy,
    DecidedAt,
    Comment,
    RemindedAt,
    SubstituteRemindedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ExchangeChanges {
    Table,
    Id,
    ExchangeId,
    Field,
    Before,
    After,
    ChangedBy,
    ChangedAt,
}

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Towns {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Exchanges::Table)
                    .col(pk_uuid(Exchanges::Id))
                    .col(uuid(Exchanges::MunicipalityId))
                    .col(uuid(Exchanges::SendingOrganisationId))
                    .col(json(Exchanges::Titles))
                    .col(json(Exchanges::Descriptions))
                    .col(string_len(Exchanges::Direction, 16))
                    .col(uuid(Exchanges::DestinationTownId))
                    .col(text(Exchanges::Venue))
                    .col(date(Exchanges::StartDate))
                    .col(date(Exchanges::EndDate))
                    .col(integer(Exchanges::ActivityDays))
                    .col(integer(Exchanges::Participants))
                    .col(integer(Exchanges::Leaders))
                    .col(small_integer(Exchanges::AgeMin))
                    .col(small_integer(Exchanges::AgeMax))
                    .col(json(Exchanges::Themes))
                    .col(text(Exchanges::LearningObjectives))
                    .col(json(Exchanges::Programme))
                    .col(string_len(Exchanges::Accommodation, 16))
                    .col(text(Exchanges::Transport))
                    .col(boolean(Exchanges::GreenTravel))
                    .col(big_integer(Exchanges::CostPerParticipantCents))
                    .col(date_null(Exchanges::RegistrationDeadline))
                    .col(boolean(Exchanges::AdventurousActivities))
                    .col(string_len(Exchanges::RiskLevel, 16))
                    .col(boolean(Exchanges::InsuranceConfirmed))
                    .col(text(Exchanges::RiskAssessment))
                    .col(big_integer_null(Exchanges::BudgetCents))
                    .col(text(Exchanges::ConsentPlan))
                    .col(string_len(Exchanges::State, 32))
                    .col(uuid_null(Exchanges::ClonedFrom))
                    .col(uuid_null(Exchanges::CreatedBy))
                    .col(timestamp_with_time_zone_null(Exchanges::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Exchanges::ApprovedAt))
                    .col(timestamp_with_time_zone(Exchanges::CreatedAt))
                    .col(timestamp_with_time_zone(Exchanges::UpdatedAt))
                    .check(Expr::cust(
                        "state IN ('draft', 'submitted', 'changes_requested', 'approved', \
                         'open_for_registration', 'registration_closed', 'under_way', \
                         'completed', 'rejected', 'cancelled')",
                    ))
                    .check(Expr::cust("direction IN ('we_visit', 'we_host', 'both')"))
                    .check(Expr::cust(
                        "accommodation IN ('host_families', 'hostel', 'hotel', 'other')",
                    ))
                    .check(Expr::cust(
                        "risk_level IN ('local_day_trip', 'overnight', 'abroad', 'adventurous')",
                    ))
                    .check(Expr::cust("start_date <= end_date"))
                    .check(Expr::cust(
                        "participants > 0 AND leaders > 0 AND leaders <= participants \
                         AND activity_days > 0",
                    ))
                    .check(Expr::cust("age_min >= 0 AND age_min <= age_max AND age_max <= 120"))
                    .check(Expr::cust(
                        "cost_per_participant_cents >= 0 AND (budget_cents IS NULL OR budget_cents >= 0)",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Exchanges::Table, Exchanges::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Exchanges::Table, Exchanges::SendingOrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Exchanges::Table, Exchanges::DestinationTownId)
                            .to(Towns::Table, Towns::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("ix_exchanges_municipality", Exchanges::MunicipalityId),
            (
                "ix_exchanges_sending_organisation",
                Exchanges::SendingOrganisationId,
            ),
            ("ix_exchanges_state", Exchanges::State),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Exchanges::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ExchangePartners::Table)
                    .col(uuid(ExchangePartners::ExchangeId))
                    .col(uuid(ExchangePartners::OrganisationId))
                    .primary_key(
                        Index::create()
                            .col(ExchangePartners::ExchangeId)
                            .col(ExchangePartners::OrganisationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangePartners::Table, ExchangePartners::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangePartners::Table, ExchangePartners::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_exchange_partners_organisation")
                    .table(ExchangePartners::Table)
                    .col(ExchangePartners::OrganisationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApprovalChains::Table)
                    .col(pk_uuid(ApprovalChains::Id))
                    .col(uuid(ApprovalChains::MunicipalityId))
                    .col(string_len(ApprovalChains::RiskLevel, 16))
                    .col(json(ApprovalChains::Steps))
                    .col(timestamp_with_time_zone(ApprovalChains::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApprovalChains::Table, ApprovalChains::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_approval_chains_municipality_risk")
                    .table(ApprovalChains::Table)
                    .col(ApprovalChains::MunicipalityId)
                    .col(ApprovalChains::RiskLevel)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApprovalSteps::Table)
                    .col(pk_uuid(ApprovalSteps::Id))
                    .col(uuid(ApprovalSteps::ExchangeId))
                    .col(integer(ApprovalSteps::Round))
                    .col(integer(ApprovalSteps::Position))
                    .col(string_len_null(ApprovalSteps::ApproverRole, 32))
                    .col(string_len_null(ApprovalSteps::ApproverScopeKind, 16))
                    .col(uuid_null(ApprovalSteps::ApproverScopeId))
                    .col(uuid_null(ApprovalSteps::ApproverUserId))
                    .col(uuid_null(ApprovalSteps::SubstituteUserId))
                    .col(integer(ApprovalSteps::DueDays))
                    .col(timestamp_with_time_zone_null(ApprovalSteps::ActivatedAt))
                    .col(timestamp_with_time_zone(ApprovalSteps::DueAt))
                    .col(string_len(ApprovalSteps::Decision, 32))
                    .col(uuid_null(ApprovalSteps::DecidedBy))
                    .col(timestamp_with_time_zone_null(ApprovalSteps::DecidedAt))
                    .col(text_null(ApprovalSteps::Comment))
                    .col(timestamp_with_time_zone_null(ApprovalSteps::RemindedAt))
                    .col(timestamp_with_time_zone_null(
                        ApprovalSteps::SubstituteRemindedAt,
                    ))
                    .col(timestamp_with_time_zone(ApprovalSteps::CreatedAt))
                    .check(Expr::cust(
                        "decision IN ('waiting', 'pending', 'approved', 'rejected', \
                         'changes_requested', 'withdrawn')",
                    ))
                    .check(Expr::cust(
                        "approver_user_id IS NOT NULL OR approver_role IS NOT NULL",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApprovalSteps::Table, ApprovalSteps::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApprovalSteps::Table, ApprovalSteps::ApproverUserId)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApprovalSteps::Table, ApprovalSteps::SubstituteUserId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_approval_steps_exchange_round_position")
                    .table(ApprovalSteps::Table)
                    .col(ApprovalSteps::ExchangeId)
                    .col(ApprovalSteps::Round)
                    .col(ApprovalSteps::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_approval_steps_decision_due")
                    .table(ApprovalSteps::Table)
                    .col(ApprovalSteps::Decision)
                    .col(ApprovalSteps::DueAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ExchangeChanges::Table)
                    .col(pk_uuid(ExchangeChanges::Id))
                    .col(uuid(ExchangeChanges::ExchangeId))
                    .col(string_len(ExchangeChanges::Field, 64))
                    .col(json(ExchangeChanges::Before))
                    .col(json(ExchangeChanges::After))
                    .col(uuid_null(ExchangeChanges::ChangedBy))
                    .col(timestamp_with_time_zone(ExchangeChanges::ChangedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangeChanges::Table, ExchangeChanges::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_exchange_changes_exchange")
                    .table(ExchangeChanges::Table)
                    .col(ExchangeChanges::ExchangeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_drop_rows(
            manager.get_connection(),
            "exchanges",
            &[
                "exchange_changes",
                "approval_steps",
                "approval_chains",
                "exchange_partners",
                "exchanges",
            ],
        )
        .await?;
        for table in [
            "exchange_changes",
            "approval_steps",
            "approval_chains",
            "exchange_partners",
            "exchanges",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
