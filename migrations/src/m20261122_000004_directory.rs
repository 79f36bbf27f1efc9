use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Towns {
    Table,
    Id,
    LocalName,
    EnglishName,
    Country,
    Region,
    Latitude,
    Longitude,
    Languages,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    Id,
    TownId,
    Name,
    ForbidsNewTwinTowns,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Partnerships {
    Table,
    Id,
    MunicipalityId,
    TownId,
    Kind,
    Status,
    StartedOn,
    EndedOn,
    EndReason,
    DecidedBy,
    EndDecidedBy,
    Binding,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    SearchName,
    Kind,
    TownId,
    Address,
    Latitude,
    Longitude,
    Descriptions,
    AgeMin,
    AgeMax,
    WorkingLanguages,
    Themes,
    Sdgs,
    TypicalGroupSize,
    HostingCapacity,
    HostPlaces,
    Availability,
    AccessibilityNotes,
    Oid,
    Accreditation,
    Revision,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PartnerRequests {
    Table,
    Id,
    OrganisationId,
    Title,
    Direction,
    DateFrom,
    DateTo,
    AgeMin,
    AgeMax,
    GroupSize,
    Themes,
    Languages,
    PreferredTownIds,
    OnlyPartnerTowns,
    Description,
    Status,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CompletedExchanges {
    Table,
    Id,
    HostOrganisationId,
    VisitorOrganisationId,
    HostTownId,
    VisitorTownId,
    StartedOn,
    EndedOn,
    Participants,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MatchRounds {
    Table,
    Id,
    ScopeKind,
    ScopeId,
    RequestCount,
    HostPlaceCount,
    AssignedCount,
    TotalScore,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MatchSuggestions {
    Table,
    Id,
    RoundId,
    RequestId,
    HostOrganisationId,
    Score,
    Explanation,
    RequestResponse,
    HostResponse,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirectoryRevision {
    Table,
    Id,
    Revision,
}

/// Tables whose changes the in-memory matching index must see.
const WATCHED: [&str; 5] = [
    "towns",
    "municipalities",
    "partnerships",
    "organisations",
    "completed_exchanges",
];

fn coordinates_check(lat: &str, lon: &str) -> Expr {
    Expr::cust(format!(
        "{lat} BETWEEN -90 AND 90 AND {lon} BETWEEN -180 AND 180"
    ))
}

/// The tables holding the directory's data, dependants first.
const WITH_ROWS: [&str; 8] = [
    "match_suggestions",
    "match_rounds",
    "completed_exchanges",
    "partner_requests",
    "organisations",
    "partnerships",
    "municipalities",
    "towns",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Towns::Table)
                    .col(pk_uuid(Towns::Id))
                    .col(string_len(Towns::LocalName, 120))
                    .col(string_len_null(Towns::EnglishName, 120))
                    .col(string_len(Towns::Country, 2))
                    .col(string_len_null(Towns::Region, 120))
                    .col(double(Towns::Latitude))
                    .col(double(Towns::Longitude))
                    .col(json(Towns::Languages))
                    .col(timestamp_with_time_zone(Towns::CreatedAt))
                    .col(timestamp_with_time_zone(Towns::UpdatedAt))
                    .check(coordinates_check("latitude", "longitude"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Municipalities::Table)
                    .col(pk_uuid(Municipalities::Id))
                    .col(uuid_uniq(Municipalities::TownId))
                    .col(string_len_uniq(Municipalities::Name, 120))
                    .col(boolean(Municipalities::ForbidsNewTwinTowns))
                    .col(timestamp_with_time_zone(Municipalities::CreatedAt))
                    .col(timestamp_with_time_zone(Municipalities::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Municipalities::Table, Municipalities::TownId)
                            .to(Towns::Table, Towns::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Partnerships::Table)
                    .col(pk_uuid(Partnerships::Id))
                    .col(uuid(Partnerships::MunicipalityId))
                    .col(uuid(Partnerships::TownId))
                    .col(string_len(Partnerships::Kind, 32))
                    .col(string_len(Partnerships::Status, 16))
                    .col(date_null(Partnerships::StartedOn))
                    .col(date_null(Partnerships::EndedOn))
                    .col(text_null(Partnerships::EndReason))
                    .col(string_len_null(Partnerships::DecidedBy, 200))
                    .col(string_len_null(Partnerships::EndDecidedBy, 200))
                    .col(boolean(Partnerships::Binding))
                    .col(text(Partnerships::Notes))
                    .col(timestamp_with_time_zone(Partnerships::CreatedAt))
                    .col(timestamp_with_time_zone(Partnerships::UpdatedAt))
                    .check(Expr::cust(
                        "kind IN ('twin_town', 'sister_city', 'cooperation')",
                    ))
                    // A sister-city agreement is a letter of intent: never binding.
                    .check(Expr::cust("kind <> 'sister_city' OR binding = false"))
                    .check(Expr::cust(
                        "(status = 'active' AND ended_on IS NULL) \
                         OR (status = 'ended' AND ended_on IS NOT NULL)",
                    ))
                    .check(Expr::cust(
                        "started_on IS NULL OR ended_on IS NULL OR ended_on >= started_on",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Partnerships::Table, Partnerships::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Partnerships::Table, Partnerships::TownId)
                            .to(Towns::Table, Towns::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_partnerships_municipality")
                    .table(Partnerships::Table)
                    .col(Partnerships::MunicipalityId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(pk_uuid(Organisations::Id))
                    .col(string_len(Organisations::Name, 200))
                    .col(text(Organisations::SearchName))
                    .col(string_len(Organisations::Kind, 32))
                    .col(uuid(Organisations::TownId))
                    .col(text_null(Organisations::Address))
                    .col(double_null(Organisations::Latitude))
                    .col(double_null(Organisations::Longitude))
                    .col(json(Organisations::Descriptions))
                    .col(small_integer(Organisations::AgeMin))
                    .col(small_integer(Organisations::AgeMax))
                    .col(json(Organisations::WorkingLanguages))
                    .col(json(Organisations::Themes))
                    .col(json(Organisations::Sdgs))
                    .col(integer_null(Organisations::TypicalGroupSize))
                    .col(integer(Organisations::HostingCapacity))
                    .col(integer(Organisations::HostPlaces))
                    .col(json(Organisations::Availability))
                    .col(text_null(Organisations::AccessibilityNotes))
                    .col(string_len_null(Organisations::Oid, 9).unique_key())
                    .col(string_len_null(Organisations::Accreditation, 32))
                    // The directory revision of its last change, so the matching index can
                    // re-read only what changed.
                    .col(big_integer(Organisations::Revision).default(0))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                    .check(Expr::cust(
                        "age_min >= 0 AND age_min <= age_max AND age_max <= 120",
                    ))
                    .check(Expr::cust("hosting_capacity >= 0 AND host_places >= 0"))
                    .check(Expr::cust(
                        "(latitude IS NULL AND longitude IS NULL) \
                         OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Organisations::Table, Organisations::TownId)
                            .to(Towns::Table, Towns::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_organisations_revision")
                    .table(Organisations::Table)
                    .col(Organisations::Revision)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_organisations_town")
                    .table(Organisations::Table)
                    .col(Organisations::TownId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PartnerRequests::Table)
                    .col(pk_uuid(PartnerRequests::Id))
                    .col(uuid(PartnerRequests::OrganisationId))
                    .col(string_len(PartnerRequests::Title, 200))
                    .col(string_len(PartnerRequests::Direction, 16))
                    .col(date(PartnerRequests::DateFrom))
                    .col(date(PartnerRequests::DateTo))
                    .col(small_integer(PartnerRequests::AgeMin))
                    .col(small_integer(PartnerRequests::AgeMax))
                    .col(integer(PartnerRequests::GroupSize))
                    .col(json(PartnerRequests::Themes))
                    .col(json(PartnerRequests::Languages))
                    .col(json(PartnerRequests::PreferredTownIds))
                    .col(boolean(PartnerRequests::OnlyPartnerTowns))
                    .col(text(PartnerRequests::Description))
                    .col(string_len(PartnerRequests::Status, 16))
                    .col(uuid_null(PartnerRequests::CreatedBy))
                    .col(timestamp_with_time_zone(PartnerRequests::CreatedAt))
                    .col(timestamp_with_time_zone(PartnerRequests::UpdatedAt))
                    .check(Expr::cust("direction IN ('host', 'visit', 'either')"))
                    .check(Expr::cust("status IN ('open', 'closed')"))
                    .check(Expr::cust("date_from <= date_to"))
                    .check(Expr::cust(
                        "age_min >= 0 AND age_min <= age_max AND age_max <= 120",
                    ))
                    .check(Expr::cust("group_size > 0"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PartnerRequests::Table, PartnerRequests::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_partner_requests_organisation")
                    .table(PartnerRequests::Table)
                    .col(PartnerRequests::OrganisationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CompletedExchanges::Table)
                    .col(pk_uuid(CompletedExchanges::Id))
                    .col(uuid_null(CompletedExchanges::HostOrganisationId))
                    .col(uuid_null(CompletedExchanges::VisitorOrganisationId))
                    .col(uuid(CompletedExchanges::HostTownId))
                    .col(uuid(CompletedExchanges::VisitorTownId))
                    .col(date(CompletedExchanges::StartedOn))
                    .col(date(CompletedExchanges::EndedOn))
                    .col(integer_null(CompletedExchanges::Participants))
                    .col(uuid_null(CompletedExchanges::RecordedBy))
                    .col(timestamp_with_time_zone(CompletedExchanges::CreatedAt))
                    .check(Expr::cust("started_on <= ended_on"))
                    .check(Expr::cust(
                        "host_organisation_id IS NULL OR visitor_organisation_id IS NULL \
                         OR host_organisation_id <> visitor_organisation_id",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                CompletedExchanges::Table,
                                CompletedExchanges::HostOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                CompletedExchanges::Table,
                                CompletedExchanges::VisitorOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CompletedExchanges::Table, CompletedExchanges::HostTownId)
                            .to(Towns::Table, Towns::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CompletedExchanges::Table, CompletedExchanges::VisitorTownId)
                            .to(Towns::Table, Towns::Id),
                    )
                    .to_owned(),
            )
            .await?;

        for (name, column) in [
            (
                "ix_completed_exchanges_host",
                CompletedExchanges::HostOrganisationId,
            ),
            (
                "ix_completed_exchanges_visitor",
                CompletedExchanges::VisitorOrganisationId,
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(CompletedExchanges::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(MatchRounds::Table)
                    .col(pk_uuid(MatchRounds::Id))
                    .col(string_len(MatchRounds::ScopeKind, 16))
                    .col(uuid(MatchRounds::ScopeId))
                    .col(integer(MatchRounds::RequestCount))
                    .col(integer(MatchRounds::HostPlaceCount))
                    .col(integer(MatchRounds::AssignedCount))
                    .col(big_integer(MatchRounds::TotalScore))
                    .col(uuid_null(MatchRounds::CreatedBy))
                    .col(timestamp_with_time_zone(MatchRounds::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MatchSuggestions::Table)
                    .col(pk_uuid(MatchSuggestions::Id))
                    .col(uuid(MatchSuggestions::RoundId))
                    .col(uuid(MatchSuggestions::RequestId))
                    .col(uuid(MatchSuggestions::HostOrganisationId))
                    .col(integer(MatchSuggestions::Score))
                    .col(json(MatchSuggestions::Explanation))
                    .col(string_len(MatchSuggestions::RequestResponse, 16))
                    .col(string_len(MatchSuggestions::HostResponse, 16))
                    .col(timestamp_with_time_zone(MatchSuggestions::CreatedAt))
                    .col(timestamp_with_time_zone(MatchSuggestions::UpdatedAt))
                    .check(Expr::cust(
                        "request_response IN ('pending', 'accepted', 'declined') \
                         AND host_response IN ('pending', 'accepted', 'declined')",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchSuggestions::Table, MatchSuggestions::RoundId)
                            .to(MatchRounds::Table, MatchRounds::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchSuggestions::Table, MatchSuggestions::RequestId)
                            .to(PartnerRequests::Table, PartnerRequests::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                MatchSuggestions::Table,
                                MatchSuggestions::HostOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_match_suggestions_round_request")
                    .table(MatchSuggestions::Table)
                    .col(MatchSuggestions::RoundId)
                    .col(MatchSuggestions::RequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        for (name, column) in [
            (
                "ix_match_suggestions_host",
                MatchSuggestions::HostOrganisationId,
            ),
            ("ix_match_suggestions_request", MatchSuggestions::RequestId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(MatchSuggestions::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        // One counter that every change to the matching data moves, so an in-memory index
        // (in this process or another) knows when to rebuild.
        manager
            .create_table(
                Table::create()
                    .table(DirectoryRevision::Table)
                    .col(integer(DirectoryRevision::Id).primary_key())
                    .col(big_integer(DirectoryRevision::Revision))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared("INSERT INTO directory_revision (id, revision) VALUES (1, 0)")
            .await?;
        match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                // Statement triggers with transition tables: one bump per statement that
                // changed rows, none for a statement that changed nothing (ON CONFLICT DO
                // NOTHING, an UPDATE that matched no row).
                db.execute_unprepared(
                    "CREATE FUNCTION bump_directory_revision() RETURNS trigger \
                     LANGUAGE plpgsql AS $$ BEGIN \
                     IF EXISTS (SELECT 1 FROM changed_rows) THEN \
                     UPDATE directory_revision SET revision = revision + 1 WHERE id = 1; \
                     END IF; RETURN NULL; END $$",
                )
                .await?;
                for table in WATCHED {
                    for (op, transition) in
                        [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")]
                    {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {table}_bump_revision_{op} AFTER {op} ON {table} \
                             REFERENCING {transition} TABLE AS changed_rows \
                             FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_revision()"
                        ))
                        .await?;
                    }
                }
            }
            _ => {
                for table in WATCHED {
                    for op in ["INSERT", "UPDATE", "DELETE"] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {table}_bump_revision_{op} AFTER {op} ON {table} \
                             BEGIN UPDATE directory_revision SET revision = revision + 1 \
                             WHERE id = 1; END",
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::refuse_to_drop_rows(manager.get_connection(), "directory", &WITH_ROWS).await?;
        // The revision counter is not data: going up again starts it afresh.
        for table in WITH_ROWS.into_iter().chain(["directory_revision"]) {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS bump_directory_revision()")
                .await?;
        }
        Ok(())
    }
}
