use sea_orm::{
    ConnectionTrait, DatabaseBackend, QueryResult, Statement,
    prelude::{DateTimeUtc, Json, Uuid},
};
use sea_orm_migration::{prelude::*, schema::*};
use sha2::{Digest, Sha256};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tamper evidence: every audit event and consent event carries its place in its table's
/// chain (`chain_seq`), the hash of the row before it (`prev_hash`) and its own hash over
/// its content and that link (`row_hash`). The head of each chain is kept in
/// `audit_chain_heads`; a row retention deletes leaves its link, without content, in
/// `audit_chain_tombstones`. Rows already there are chained here, in the order they were
/// written.
#[derive(DeriveIden)]
enum AuditChainHeads {
    Table,
    Chain,
    Seq,
    Hash,
}

#[derive(DeriveIden)]
enum AuditChainTombstones {
    Table,
    Chain,
    Seq,
    PrevHash,
    RowHash,
}

#[derive(DeriveIden)]
enum Chained {
    ChainSeq,
    PrevHash,
    RowHash,
}

/// The chained tables, each the name of its chain.
const CHAINS: [&str; 2] = ["audit_events", "consent_events"];

/// The link before the first row.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in CHAINS {
            // SQLite adds one column per statement.
            for column in [
                big_integer_null(Chained::ChainSeq),
                string_len_null(Chained::PrevHash, 64),
                string_len_null(Chained::RowHash, 64),
            ] {
                manager
                    .alter_table(
                        Table::alter()
                            .table(Alias::new(table))
                            .add_column(column)
                            .to_owned(),
                    )
                    .await?;
            }
            manager
                .create_index(
                    Index::create()
                        .name(format!("ux_{table}_chain_seq"))
                        .table(Alias::new(table))
                        .col(Chained::ChainSeq)
                        .unique()
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(AuditChainHeads::Table)
                    .col(string_len(AuditChainHeads::Chain, 32).primary_key())
                    .col(big_integer(AuditChainHeads::Seq))
                    .col(string_len(AuditChainHeads::Hash, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditChainTombstones::Table)
                    .col(string_len(AuditChainTombstones::Chain, 32))
                    .col(big_integer(AuditChainTombstones::Seq))
                    .col(string_len(AuditChainTombstones::PrevHash, 64))
                    .col(string_len(AuditChainTombstones::RowHash, 64))
                    .primary_key(
                        Index::create()
                            .col(AuditChainTombstones::Chain)
                            .col(AuditChainTombstones::Seq),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        tombstones_append_only(db).await?;
        for table in CHAINS {
            chain_existing_rows(db, table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The links of deleted rows cannot be brought back; the others are chained again
        // going up.
        crate::refuse_to_drop_rows(
            manager.get_connection(),
            "audit chain",
            &["audit_chain_tombstones"],
        )
        .await?;
        for table in [
            AuditChainTombstones::Table.into_iden(),
            AuditChainHeads::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for table in CHAINS {
            manager
                .drop_index(
                    Index::drop()
                        .name(format!("ux_{table}_chain_seq"))
                        .table(Alias::new(table))
                        .to_owned(),
                )
                .await?;
            // SQLite drops one column per statement.
            for column in [Chained::RowHash, Chained::PrevHash, Chained::ChainSeq] {
                manager
                    .alter_table(
                        Table::alter()
                            .table(Alias::new(table))
                            .drop_column(column)
                            .to_owned(),
                    )
                    .await?;
            }
        }
        Ok(())
    }

    // Lifting and restoring a trigger must happen on one connection, in one transaction.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }
}

/// The content of a row of `table` as (column, value) in a fixed order, values in the
/// textual form the service hashes, absent (NULL) ones left out. A migration keeps its own
/// copy of this (it must not change when the service's code does); the upgrade test proves
/// that the service verifies what it writes.
fn content(table: &str, row: &QueryResult) -> Result<Vec<(&'static str, Option<String>)>, DbErr> {
    let uuid = |column| -> Result<Option<String>, DbErr> {
        Ok(row
            .try_get::<Option<Uuid>>("", column)?
            .map(|id| id.to_string()))
    };
    let text = |column| row.try_get::<Option<String>>("", column);
    let time = |column| -> Result<Option<String>, DbErr> {
        Ok(Some(
            row.try_get::<DateTimeUtc>("", column)?
                .format("%Y-%m-%dT%H:%M:%S%.6fZ")
                .to_string(),
        ))
    };
    Ok(if table == "audit_events" {
        vec![
            ("id", uuid("id")?),
            ("occurred_at", time("occurred_at")?),
            ("actor_id", uuid("actor_id")?),
            ("action", text("action")?),
            ("subject_type", text("subject_type")?),
            ("subject_id", uuid("subject_id")?),
            ("request_id", text("request_id")?),
            (
                "details",
                Some(row.try_get::<Json>("", "details")?.to_string()),
            ),
            ("exchange_id", uuid("exchange_id")?),
            ("youth_id", uuid("youth_id")?),
        ]
    } else {
        vec![
            ("id", uuid("id")?),
            ("registration_id", uuid("registration_id")?),
            ("guardian_id", uuid("guardian_id")?),
            ("kind", text("kind")?),
            ("event", text("event")?),
            ("given_by", text("given_by")?),
            ("consent_text_id", uuid("consent_text_id")?),
            ("method", text("method")?),
            ("typed_name", text("typed_name")?),
            ("reason", text("reason")?),
            ("client_ip", text("client_ip")?),
            ("user_agent", text("user_agent")?),
            ("actor_user_id", uuid("actor_user_id")?),
            ("occurred_at", time("occurred_at")?),
        ]
    })
}

/// SHA-256 over the chain, the position, the previous hash and each present field, every
/// part prefixed with its length (the service's `audit::chain::row_hash`).
fn row_hash(chain: &str, seq: i64, prev_hash: &str, fields: &[(&str, Option<String>)]) -> String {
    let mut hasher = Sha256::new();
    let mut put = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    };
    put(chain.as_bytes());
    put(&seq.to_be_bytes());
    put(prev_hash.as_bytes());
    for (name, value) in fields {
        if let Some(value) = value {
            put(name.as_bytes());
            put(value.as_bytes());
        }
    }
    hex::encode(hasher.finalize())
}

/// Chains the rows `table` already holds, oldest first, and records the chain's head. The
/// append-only trigger refuses these updates; it is lifted for them and put back as it was.
async fn chain_existing_rows(db: &SchemaManagerConnection<'_>, table: &str) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            format!("SELECT * FROM {table} ORDER BY occurred_at, id"),
        ))
        .await?;
    let trigger = lift_update_trigger(db, table).await?;
    let (mut seq, mut prev_hash) = (0_i64, GENESIS.to_owned());
    for row in &rows {
        seq += 1;
        let hash = row_hash(table, seq, &prev_hash, &content(table, row)?);
        let id: Uuid = row.try_get("", "id")?;
        db.execute(
            Query::update()
                .table(Alias::new(table))
                .value(Chained::ChainSeq, seq)
                .value(Chained::PrevHash, prev_hash.clone())
                .value(Chained::RowHash, hash.clone())
                .and_where(Expr::col(Alias::new("id")).eq(id)),
        )
        .await?;
        prev_hash = hash;
    }
    restore_update_trigger(db, table, trigger).await?;
    db.execute(
        Query::insert()
            .into_table(AuditChainHeads::Table)
            .columns([
                AuditChainHeads::Chain,
                AuditChainHeads::Seq,
                AuditChainHeads::Hash,
            ])
            .values_panic([table.into(), seq.into(), prev_hash.into()]),
    )
    .await?;
    Ok(())
}

/// Lifts the trigger that refuses UPDATE on `table`; returns SQLite's trigger definition to
/// create it again exactly as it was.
async fn lift_update_trigger(
    db: &SchemaManagerConnection<'_>,
    table: &str,
) -> Result<Option<String>, DbErr> {
    match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"
            ))
            .await?;
            Ok(None)
        }
        backend => {
            let name = format!("{table}_no_UPDATE");
            let sql: String = db
                .query_one_raw(Statement::from_sql_and_values(
                    backend,
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    [name.clone().into()],
                ))
                .await?
                .ok_or_else(|| DbErr::Migration(format!("no trigger {name}")))?
                .try_get("", "sql")?;
            db.execute_unprepared(&format!("DROP TRIGGER {name}"))
                .await?;
            Ok(Some(sql))
        }
    }
}

async fn restore_update_trigger(
    db: &SchemaManagerConnection<'_>,
    table: &str,
    sqlite_definition: Option<String>,
) -> Result<(), DbErr> {
    match sqlite_definition {
        Some(sql) => db.execute_unprepared(&sql).await?,
        None => {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ENABLE TRIGGER {table}_append_only"
            ))
            .await?
        }
    };
    Ok(())
}

/// A tombstone, like the rows it stands for, is never changed or removed (dropping the table
/// going down drops its triggers). On PostgreSQL the trigger function of the append-only
/// tables (`m20261203_000008_registrations`) serves.
async fn tombstones_append_only(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            for op in ["UPDATE", "DELETE"] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER audit_chain_tombstones_no_{op} BEFORE {op} \
                     ON audit_chain_tombstones \
                     BEGIN SELECT RAISE(ABORT, 'audit_chain_tombstones is append-only'); END"
                ))
                .await?;
            }
        }
        _ => {
            db.execute_unprepared(
                "CREATE TRIGGER audit_chain_tombstones_append_only \
                 BEFORE UPDATE OR DELETE ON audit_chain_tombstones \
                 FOR EACH ROW EXECUTE FUNCTION append_only_table()",
            )
            .await?;
        }
    }
    Ok(())
}
