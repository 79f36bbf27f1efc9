//! The test harness: a real service on a loopback port with its own database (a temporary
//! SQLite file, or a fresh PostgreSQL database when `TEST_DATABASE_URL` names a server).
use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, Statement,
};
use serde_json::{Value, json};
use tokio::sync::watch;
use utbyte_api::{app::AppState, config::Settings, http};
use utbyte_domain::{
    Principal, RequestMeta, Services, accounts,
    entities::{audit_events, outbox_emails, role_assignments},
};

pub use serde_json;
pub use utbyte_domain::types::Scope;

pub mod browser;
pub mod smtp;
pub mod web;
pub mod world;

pub struct TestApp {
    pub address: SocketAddr,
    pub state: AppState,
    pub http: reqwest::Client,
    pub mail_dir: std::path::PathBuf,
    _dir: tempfile::TempDir,
    _shutdown: watch::Sender<bool>,
}

/// A database of its own for one test (PostgreSQL if `TEST_DATABASE_URL` is set); returns its URL.
pub async fn fresh_database(dir: &std::path::Path) -> String {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(server) if !server.is_empty() => {
            let admin = Database::connect(&server)
                .await
                .expect("TEST_DATABASE_URL is reachable");
            let name = format!("test_{}", uuid::Uuid::new_v4().simple());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            admin.close().await.ok();
            let base = server
                .rsplit_once('/')
                .map_or(server.as_str(), |(base, _)| base);
            format!("{base}/{name}")
        }
        _ => format!("sqlite://{}/test.db?mode=rwc", dir.display()),
    }
}

async fn loopback_listener() -> tokio::net::TcpListener {
    tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind")
}

/// The defaults every test starts from, on a database of its own under `dir`.
async fn test_settings(dir: &std::path::Path) -> Settings {
    let mut settings = Settings {
        bind: "127.0.0.1:0".into(),
        database_url: fresh_database(dir).await.into(),
        database_max_connections: 8,
        public_url: Some("https://utbyte.test".into()),
        ..Settings::default()
    };
    settings.mail.dir = dir.join("mail").display().to_string();
    settings.mail.poll_interval_ms = 200;
    settings
}

/// The SQL statements a [`TestApp::spawn_counting`] app has run, in order.
#[derive(Clone, Default)]
pub struct StatementLog(Arc<Mutex<Vec<Statement>>>);

impl StatementLog {
    /// Forgets what ran so far.
    pub fn clear(&self) {
        self.0.lock().expect("statement log").clear();
    }

    /// What ran since the last `clear`, as SQL text with the values written in.
    pub fn statements(&self) -> Vec<String> {
        self.captured().iter().map(ToString::to_string).collect()
    }

    /// What ran since the last `clear`, as sea-orm sent it: the SQL and its values apart.
    pub fn captured(&self) -> Vec<Statement> {
        self.0.lock().expect("statement log").clone()
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Spawns with settings changed by `configure` (after the test defaults).
    pub async fn spawn_with(configure: impl FnOnce(&mut Settings)) -> Self {
        Self::spawn_configured(configure, true).await
    }

    /// Spawns without the background tasks (mail worker, scheduler): for tests that run
    /// a worker of their own and need the outbox left to it.
    pub async fn spawn_without_background() -> Self {
        Self::spawn_configured(|_| {}, false).await
    }

    async fn spawn_configured(configure: impl FnOnce(&mut Settings), background: bool) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = test_settings(dir.path()).await;
        configure(&mut settings);
        let state = AppState::build(settings).await.expect("app builds");
        Self::serve(state, dir, background, loopback_listener().await).await
    }

    /// Spawns with its public URL at the address it listens on (plain http on loopback), as
    /// a browser test needs: mailed links open, and forms post, where the browser is.
    pub async fn spawn_for_browser(configure: impl FnOnce(&mut Settings)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let listener = loopback_listener().await;
        let address = listener.local_addr().expect("address");
        let mut settings = test_settings(dir.path()).await;
        settings.public_url = Some(format!("http://{address}"));
        configure(&mut settings);
        let state = AppState::build(settings).await.expect("app builds");
        Self::serve(state, dir, true, listener).await
    }

    /// Spawns on a connection that logs every SQL statement it runs, without the background
    /// tasks (the mail worker's polling would add statements of its own): for tests that
    /// show how many statements an operation needs.
    pub async fn spawn_counting() -> (Self, StatementLog) {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = test_settings(dir.path()).await;
        let mut db = utbyte_api::app::connect_and_migrate(&settings)
            .await
            .expect("database migrated");
        let log = StatementLog::default();
        let statements = log.0.clone();
        db.set_metric_callback(move |info| {
            statements
                .lock()
                .expect("statement log")
                .push(info.statement.clone());
        });
        let state = AppState::with_database(settings, db);
        (
            Self::serve(state, dir, false, loopback_listener().await).await,
            log,
        )
    }

    /// Serves `state` on a loopback port, with its background tasks when `background`.
    async fn serve(
        state: AppState,
        dir: tempfile::TempDir,
        background: bool,
        listener: tokio::net::TcpListener,
    ) -> Self {
        let mail_dir = dir.path().join("mail");
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        if background {
            state
                .spawn_background(shutdown_rx)
                .expect("background tasks");
        }
        let address = listener.local_addr().expect("address");
        let router = http::router(state.clone());
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .expect("server runs");
        });
        Self {
            address,
            state,
            // A fresh connection per request: after a refused body (413) the server closes
            // its side, and a pooled connection could be reused just as it closes.
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(0)
                .build()
                .expect("HTTP client"),
            mail_dir,
            _dir: dir,
            _shutdown: shutdown_tx,
        }
    }

    pub fn services(&self) -> &Services {
        &self.state.services
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.state.services.db
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Executes one operation in process, as the HTTP handler would, and returns the JSON
    /// response (`data` and `errors`).
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let principal = match token {
            Some(token) => self.principal(token).await,
            None => None,
        };
        self.gql_as(principal, query, variables).await
    }

    /// Who a session token signs in (None for an unknown or ended session).
    pub async fn principal(&self, token: &str) -> Option<Principal> {
        accounts::authenticate(self.services(), token)
            .await
            .expect("authenticate")
    }

    /// Executes one operation in process as `principal` (already authenticated, so that
    /// only the operation's own statements run).
    pub async fn gql_as(
        &self,
        principal: Option<Principal>,
        query: &str,
        variables: Value,
    ) -> Value {
        let mut request = async_graphql::Request::new(query)
            .variables(async_graphql::Variables::from_json(variables));
        let meta = RequestMeta {
            request_id: Some("test".into()),
            client_ip: Some("127.0.0.1".parse().unwrap()),
        };
        http::attach_request_data(&self.state, &mut request, principal, meta);
        let response = self.state.schema.execute(request).await;
        serde_json::to_value(response).expect("response serialises")
    }

    /// Posts a raw body to `/graphql` over HTTP.
    pub async fn post(
        &self,
        token: Option<&str>,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        let mut request = self
            .http
            .post(self.url("/graphql"))
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("request sent")
    }

    /// Settings that send mail to the SMTP server on loopback `port`.
    pub fn smtp_on(settings: &mut Settings, port: u16) {
        settings.smtp = Some(utbyte_api::config::SmtpSettings {
            host: "127.0.0.1".into(),
            port,
            tls: utbyte_api::config::SmtpTls::None,
            username: None,
            password: None,
            timeout_secs: 2,
        });
    }

    /// Posts one operation over HTTP; returns the status and the JSON body.
    pub async fn post_query(&self, token: Option<&str>, query: &str) -> (u16, Value) {
        let response = self
            .post(token, json!({ "query": query }).to_string())
            .await;
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn outbox(&self) -> Vec<outbox_emails::Model> {
        outbox_emails::Entity::find()
            .order_by_asc(outbox_emails::Column::CreatedAt)
            .all(self.db())
            .await
            .expect("read outbox")
    }

    /// The newest queued mail to `recipient` made from `template`. A mail whose bodies the
    /// queue blanked once it was sent (a consent's receipt) is read as it was delivered, from
    /// the `.eml` file the worker wrote.
    pub async fn last_mail(&self, recipient: &str, template: &str) -> outbox_emails::Model {
        let mut mail = self
            .outbox()
            .await
            .into_iter()
            .rev()
            .find(|m| m.recipient == recipient && m.template == template)
            .unwrap_or_else(|| panic!("no {template} mail to {recipient}"));
        if mail.sent_at.is_some() && mail.text_body.is_empty() && mail.redacted_at.is_none() {
            (mail.text_body, mail.html_body) = delivered_bodies(&self.mail_dir, mail.id);
        }
        mail
    }

    pub async fn audit(&self) -> Vec<audit_events::Model> {
        audit_events::Entity::find()
            .order_by_asc(audit_events::Column::Id)
            .all(self.db())
            .await
            .expect("read audit")
    }

    pub async fn audit_actions(&self) -> Vec<String> {
        self.audit().await.into_iter().map(|e| e.action).collect()
    }

    pub async fn count(&self, table: &str) -> i64 {
        let backend = self.db().get_database_backend();
        let row = self
            .db()
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("n")
    }

    pub async fn sql(&self, sql: &str) -> Result<u64, sea_orm::DbErr> {
        self.db()
            .execute_unprepared(sql)
            .await
            .map(|r| r.rows_affected())
    }

    /// Creates an account with `role` directly and signs it in; returns the session token.
    pub async fn user_with_role(&self, email: &str, role: &str) -> String {
        let password = "Nordic-exchange-summer-2026";
        let created = accounts::create_admin(self.services(), email, "Test Person", Some(password))
            .await
            .expect("create user");
        if role != "admin" {
            // create_admin gives the admin role: swap it for the one asked for.
            self.sql(&format!(
                "UPDATE role_assignments SET role = '{role}' WHERE user_id = \
                 (SELECT id FROM users WHERE email = '{}')",
                created.email
            ))
            .await
            .expect("set role");
        }
        self.login(email, password).await
    }

    /// Creates an account holding exactly `roles` (role code, scope) and signs it in; returns
    /// the session token.
    pub async fn user_with_roles(&self, email: &str, roles: &[(&str, Scope)]) -> String {
        let token = self.user_with_role(email, "admin").await;
        let user_id = self.user_id(email).await;
        role_assignments::Entity::delete_many()
            .filter(role_assignments::Column::UserId.eq(user_id))
            .exec(self.db())
            .await
            .expect("clear roles");
        for (role, scope) in roles {
            role_assignments::Entity::insert(role_assignments::ActiveModel {
                id: Set(uuid::Uuid::now_v7()),
                user_id: Set(user_id),
                role: Set((*role).to_owned()),
                scope_kind: Set(scope.kind().to_owned()),
                scope_id: Set(scope.id()),
                granted_by: Set(None),
                created_at: Set(chrono::Utc::now()),
            })
            .exec_without_returning(self.db())
            .await
            .expect("grant role");
        }
        token
    }

    /// Creates a town and a school in it through the API, as `token` (a coordinator or
    /// admin); returns the organisation's id.
    pub async fn organisation(&self, token: &str, name: &str) -> String {
        let town = self
            .gql(
                Some(token),
                "mutation($input: CreateTownInput!) { createTown(input: $input) { id } }",
                json!({ "input": {
                    "localName": format!("{name} town"), "country": "SE", "languages": ["sv"],
                    "coordinates": { "latitude": 56.8777, "longitude": 14.8091 },
                }}),
            )
            .await;
        let town = town["data"]["createTown"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("town not created: {town}"));
        let created = self
            .gql(
                Some(token),
                "mutation($input: OrganisationProfileInput!) { createOrganisation(input: $input) { id } }",
                json!({ "input": {
                    "name": name, "kind": "SCHOOL", "townId": town,
                    "ageRange": { "min": 13, "max": 16 }, "workingLanguages": ["sv", "en"],
                }}),
            )
            .await;
        created["data"]["createOrganisation"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("organisation not created: {created}"))
            .to_owned()
    }

    pub async fn user_id(&self, email: &str) -> uuid::Uuid {
        utbyte_domain::entities::users::Entity::find()
            .filter(utbyte_domain::entities::users::Column::Email.eq(email))
            .one(self.db())
            .await
            .expect("read user")
            .expect("user exists")
            .id
    }

    /// Sets the language `email` gets mail in ("sv" or "en").
    pub async fn set_locale(&self, email: &str, locale: &str) {
        let user = self.user_id(email).await;
        utbyte_domain::entities::users::Entity::update_many()
            .col_expr(
                utbyte_domain::entities::users::Column::Locale,
                sea_orm::sea_query::Expr::value(locale),
            )
            .filter(utbyte_domain::entities::users::Column::Id.eq(user))
            .exec(self.db())
            .await
            .expect("set locale");
    }

    pub async fn login(&self, email: &str, password: &str) -> String {
        let response = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
                json!({ "e": email, "p": password }),
            )
            .await;
        response["data"]["login"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login failed: {response}"))
            .to_owned()
    }
}

/// The token in the first link of a mail body.
pub fn token_in(body: &str) -> String {
    let start = body.find("token=").expect("a link with a token") + "token=".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

/// The `extensions.reason` of the first error (a CONFLICT's code).
pub fn error_reason(response: &Value) -> &str {
    response["errors"][0]["extensions"]["reason"]
        .as_str()
        .unwrap_or_else(|| panic!("no reason in {response}"))
}

/// The `extensions.code` of the first error.
pub fn error_code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code in {response}"))
}

/// How many errors carry each `extensions.code` (for operations with many aliases).
pub fn error_code_counts(response: &Value) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for error in response["errors"].as_array().into_iter().flatten() {
        let code = error["extensions"]["code"]
            .as_str()
            .unwrap_or("none")
            .to_owned();
        *counts.entry(code).or_default() += 1;
    }
    counts
}

/// The fields named by a BAD_USER_INPUT error.
pub fn error_fields(response: &Value) -> Vec<String> {
    response["errors"][0]["extensions"]["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .map(|f| f["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The fields of the schema's `type {root}`, in order.
pub fn schema_root(root: &str) -> Vec<async_graphql::parser::types::FieldDefinition> {
    use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};

    let sdl = utbyte_api::graphql::sdl();
    let document = async_graphql::parser::parse_schema(&sdl).expect("the schema parses");
    document
        .definitions
        .into_iter()
        .find_map(|definition| match definition {
            TypeSystemDefinition::Type(ty) if ty.node.name.node.as_str() == root => {
                match ty.node.kind {
                    TypeKind::Object(object) => Some(object),
                    _ => None,
                }
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no `type {root}` in the schema"))
        .fields
        .into_iter()
        .map(|field| field.node)
        .collect()
}

/// The fields of `type Query` and `type Mutation` in the schema, in order.
pub fn schema_root_fields() -> Vec<String> {
    ["Query", "Mutation"]
        .into_iter()
        .flat_map(schema_root)
        .map(|field| field.name.node.to_string())
        .collect()
}

/// The date `offset` days from today, as the API writes dates.
fn in_days(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset)).to_string()
}

/// A complete proposal for a week in Lyon (`lyon`) from `school` with `partner` that passes
/// every hard item of the checklist, titled `title` in Swedish and `title (en)` in English:
/// 20 young people and 2 leaders, 5 activity days, by train.
pub fn week_in_lyon(school: &str, partner: &str, lyon: &str, title: &str) -> Value {
    json!({
        "sendingOrganisationId": school,
        "partnerOrganisationIds": [partner],
        "titles": [
            { "language": "sv", "text": title },
            { "language": "en", "text": format!("{title} (en)") },
        ],
        "descriptions": [
            { "language": "sv", "text": "En vecka med franska, historia och musik." },
            { "language": "en", "text": "A week of French, history and music." },
        ],
        "direction": "WE_VISIT",
        "destinationTownId": lyon,
        "venue": "Lycée du Parc, 1 boulevard Anatole France",
        "startDate": in_days(60),
        "endDate": in_days(64),
        "activityDays": 5,
        "participants": 20,
        "leaders": 2,
        "ageRange": { "min": 14, "max": 16 },
        "themes": ["CULTURE", "HISTORY_AND_HERITAGE"],
        "learningObjectives": "Speak French every day; compare two school systems.",
        "programme": [
            { "day": 1, "text": "Arrival, host families" },
            { "day": 2, "text": "Lessons at the lycée" },
            { "day": 3, "text": "Vieux Lyon and the Roman theatre" },
            { "day": 4, "text": "Joint concert" },
            { "day": 5, "text": "Journey home" },
        ],
        "accommodation": "HOST_FAMILIES",
        "transport": "Train via Copenhagen, Hamburg and Paris",
        "greenTravel": true,
        "costPerParticipant": { "minorUnits": 45000 },
        "registrationDeadline": in_days(30),
        "adventurousActivities": false,
        "insuranceConfirmed": true,
        "riskAssessment": "Two leaders with every group; host families vetted by the lycée.",
        "budgetCents": 1_200_000,
        "consentPlan": "Guardians sign the consent form at the parents' evening.",
    })
}

/// The text and HTML bodies of the mail the worker wrote to `dir` for outbox row `id` (its
/// Message-ID names the row), decoded as a mail program shows them.
fn delivered_bodies(dir: &std::path::Path, id: uuid::Uuid) -> (String, String) {
    let marker = format!("<{id}@");
    let eml = std::fs::read_dir(dir)
        .expect("the mail folder")
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
        .find(|eml| eml.contains(&marker))
        .unwrap_or_else(|| panic!("no delivered mail for outbox row {id}"))
        .replace("\r\n", "\n");
    let boundary = eml
        .split("boundary=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a multipart mail");
    let (mut text, mut html) = (String::new(), String::new());
    for part in eml.split(&format!("--{boundary}")).skip(1) {
        let Some((headers, body)) = part.split_once("\n\n") else {
            continue;
        };
        let headers = headers.to_ascii_lowercase();
        let body = if headers.contains("content-transfer-encoding: base64") {
            use base64::Engine;
            let joined: String = body.split_whitespace().collect();
            String::from_utf8_lossy(
                &base64::engine::general_purpose::STANDARD
                    .decode(joined)
                    .expect("base64 body"),
            )
            .into_owned()
        } else {
            smtp::quoted_printable_decoded(body)
        };
        if headers.contains("content-type: text/plain") {
            text = body;
        } else if headers.contains("content-type: text/html") {
            html = body;
        }
    }
    (text, html)
}
