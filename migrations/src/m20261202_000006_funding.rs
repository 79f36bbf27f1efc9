use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// One unit cost (or travel-day cap) of a programme's call year; a NULL value means
/// "needs a value": the calculator names it instead of guessing.
#[derive(DeriveIden)]
enum FundingRates {
    Table,
    Id,
    Action,
    CallYear,
    Kind,
    RateKey,
    Value,
    Note,
    UpdatedBy,
    UpdatedAt,
}

/// Eligibility and country group of a country in one call year.
#[derive(DeriveIden)]
enum FundingCountries {
    Table,
    CallYear,
    Country,
    Erasmus,
    CountryGroup,
    Nordplus,
    Note,
}

#[derive(DeriveIden)]
enum FundingRecords {
    Table,
    Id,
    MunicipalityId,
    Title,
    Programme,
    Action,
    CallYear,
    Round,
    Deadline,
    ApplicantOrganisationId,
    Oid,
    NationalAgency,
    ReferenceNumber,
    Status,
    RequestedCents,
    GrantedCents,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

/// The exchanges a funding record covers: one, or several in one project.
#[derive(DeriveIden)]
enum FundingRecordExchanges {
    Table,
    FundingRecordId,
    ExchangeId,
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
enum Exchanges {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FundingRates::Table)
                    .col(pk_uuid(FundingRates::Id))
                    .col(string_len(FundingRates::Action, 16))
                    .col(integer(FundingRates::CallYear))
                    .col(string_len(FundingRates::Kind, 32))
                    .col(string_len(FundingRates::RateKey, 16))
                    .col(big_integer_null(FundingRates::Value))
                    .col(text(FundingRates::Note))
                    .col(uuid_null(FundingRates::UpdatedBy))
                    .col(timestamp_with_time_zone(FundingRates::UpdatedAt))
                    .check(Expr::cust("value IS NULL OR value >= 0"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_funding_rates_row")
                    .table(FundingRates::Table)
                    .col(FundingRates::Action)
                    .col(FundingRates::CallYear)
                    .col(FundingRates::Kind)
                    .col(FundingRates::RateKey)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FundingCountries::Table)
                    .col(integer(FundingCountries::CallYear))
                    .col(string_len(FundingCountries::Country, 2))
                    .col(string_len(FundingCountries::Erasmus, 16))
                    .col(small_integer_null(FundingCountries::CountryGroup))
                    .col(string_len_null(FundingCountries::Nordplus, 16))
                    .col(text(FundingCountries::Note))
                    .primary_key(
                        Index::create()
                            .col(FundingCountries::CallYear)
                            .col(FundingCountries::Country),
                    )
                    .check(Expr::cust(
                        "erasmus IN ('programme', 'neighbouring', 'not_eligible')",
                    ))
                    .check(Expr::cust(
                        "country_group IS NULL OR country_group BETWEEN 1 AND 3",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FundingRecords::Table)
                    .col(pk_uuid(FundingRecords::Id))
                    .col(uuid(FundingRecords::MunicipalityId))
                    .col(text(FundingRecords::Title))
                    .col(string_len(FundingRecords::Programme, 16))
                    .col(string_len_null(FundingRecords::Action, 16))
                    .col(integer(FundingRecords::CallYear))
                    .col(integer_null(FundingRecords::Round))
                    .col(timestamp_with_time_zone_null(FundingRecords::Deadline))
                    .col(uuid(FundingRecords::ApplicantOrganisationId))
                    .col(string_len_null(FundingRecords::Oid, 9))
                    .col(text(FundingRecords::NationalAgency))
                    .col(text(FundingRecords::ReferenceNumber))
                    .col(string_len(FundingRecords::Status, 16))
                    .col(big_integer_null(FundingRecords::RequestedCents))
                    .col(big_integer_null(FundingRecords::GrantedCents))
                    .col(uuid_null(FundingRecords::CreatedBy))
                    .col(timestamp_with_time_zone(FundingRecords::CreatedAt))
                    .col(timestamp_with_time_zone(FundingRecords::UpdatedAt))
                    .check(Expr::cust(
                        "status IN ('idea', 'drafting', 'submitted', 'granted', 'rejected', \
                         'reported')",
                    ))
                    .check(Expr::cust(
                        "programme IN ('erasmus_plus', 'nordplus_junior', 'municipal_fund', \
                         'other')",
                    ))
                    .check(Expr::cust(
                        "(requested_cents IS NULL OR requested_cents >= 0) \
                         AND (granted_cents IS NULL OR granted_cents >= 0)",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(FundingRecords::Table, FundingRecords::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                FundingRecords::Table,
                                FundingRecords::ApplicantOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            (
                "ix_funding_records_municipality",
                FundingRecords::MunicipalityId,
            ),
            ("ix_funding_records_deadline", FundingRecords::Deadline),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(FundingRecords::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(FundingRecordExchanges::Table)
                    .col(uuid(FundingRecordExchanges::FundingRecordId))
                    .col(uuid(FundingRecordExchanges::ExchangeId))
                    .primary_key(
                        Index::create()
                            .col(FundingRecordExchanges::FundingRecordId)
                            .col(FundingRecordExchanges::ExchangeId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                FundingRecordExchanges::Table,
                                FundingRecordExchanges::FundingRecordId,
                            )
                            .to(FundingRecords::Table, FundingRecords::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                FundingRecordExchanges::Table,
                                FundingRecordExchanges::ExchangeId,
                            )
                            .to(Exchanges::Table, Exchanges::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_funding_record_exchanges_exchange")
                    .table(FundingRecordExchanges::Table)
                    .col(FundingRecordExchanges::ExchangeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_drop_rows(
            manager.get_connection(),
            "funding",
            &["funding_record_exchanges", "funding_records"],
        )
        .await?;
        for table in [
            "funding_record_exchanges",
            "funding_records",
            "funding_countries",
            "funding_rates",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
