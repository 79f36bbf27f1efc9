//! What a resolver can take from the request context.
use std::collections::{HashMap, HashSet};

use async_graphql::{
    Context, ID,
    dataloader::{DataLoader, HashMapCache, Loader},
};
use utbyte_domain::{DomainError, Principal, RequestMeta, Services, funding::call_deadlines};
use uuid::Uuid;

use super::{
    accounts::RolesLoader,
    directory::{OrganisationLoader, TownLoader},
    exchanges::{ApprovalStepsLoader, ExchangePartnersLoader, ExchangeReportLoader},
    funding::CallDeadlineLoader,
};

/// Per-request data loaders: never shared between requests. Each caches what it loaded, so a
/// list resolver can load a page's nested rows in one batch and the fields read them back;
/// the caches are emptied after every top-level mutation field (`Mutation`), so a read never
/// sees a row from before a write in the same request.
pub struct Loaders {
    pub roles: DataLoader<RolesLoader, HashMapCache>,
    pub towns: DataLoader<TownLoader, HashMapCache>,
    pub organisations: DataLoader<OrganisationLoader, HashMapCache>,
    pub exchange_partners: DataLoader<ExchangePartnersLoader, HashMapCache>,
    pub approval_steps: DataLoader<ApprovalStepsLoader, HashMapCache>,
    pub exchange_reports: DataLoader<ExchangeReportLoader, HashMapCache>,
    pub call_deadlines: DataLoader<CallDeadlineLoader, HashMapCache>,
}

impl Loaders {
    pub fn new(services: &Services) -> Self {
        fn cached<K, T>(loader: T) -> DataLoader<T, HashMapCache>
        where
            K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
            T: Loader<K>,
        {
            DataLoader::with_cache(loader, tokio::spawn, HashMapCache::default())
        }
        Self {
            roles: cached(RolesLoader(services.clone())),
            towns: cached(TownLoader(services.clone())),
            organisations: cached(OrganisationLoader(services.clone())),
            exchange_partners: cached(ExchangePartnersLoader(services.clone())),
            approval_steps: cached(ApprovalStepsLoader(services.clone())),
            exchange_reports: cached(ExchangeReportLoader(services.clone())),
            call_deadlines: cached(CallDeadlineLoader(services.clone())),
        }
    }

    /// Forgets every cached row.
    pub fn clear(&self) {
        self.roles.clear::<Uuid>();
        self.towns.clear::<Uuid>();
        self.organisations.clear::<Uuid>();
        self.exchange_partners.clear::<Uuid>();
        self.approval_steps.clear::<Uuid>();
        self.exchange_reports.clear::<Uuid>();
        self.call_deadlines.clear::<call_deadlines::Round>();
    }
}

/// Loads `keys` at once, in one batch and without the loader's batching delay, and keeps
/// what was found in its cache, so the fields that ask for them later read it from there.
/// For a list resolver that knows its page's keys before any field runs.
pub async fn prime<K, T>(
    loader: &DataLoader<T, HashMapCache>,
    keys: impl IntoIterator<Item = K>,
) -> Result<HashMap<K, T::Value>, T::Error>
where
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    T: Loader<K>,
{
    let mut seen = HashSet::new();
    let keys: Vec<K> = keys
        .into_iter()
        .filter(|key| seen.insert(key.clone()))
        .collect();
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let found = loader.loader().load(&keys).await?;
    loader
        .feed_many(
            found
                .iter()
                .map(|(key, value)| (key.clone(), value.clone())),
        )
        .await;
    Ok(found)
}

pub fn loaders<'a>(ctx: &Context<'a>) -> &'a Loaders {
    ctx.data_unchecked::<Loaders>()
}

/// An id as the API shows it.
pub fn id(uuid: Uuid) -> ID {
    ID(uuid.to_string())
}

/// An id from the client, naming `field` when it is not one of ours.
pub fn parse_id(field: &str, id: &ID) -> Result<Uuid, DomainError> {
    Uuid::parse_str(id).map_err(|_| DomainError::field(field, "invalid_id", "is not a valid id"))
}

pub fn services<'a>(ctx: &Context<'a>) -> &'a Services {
    ctx.data_unchecked::<Services>()
}

pub fn meta<'a>(ctx: &Context<'a>) -> &'a RequestMeta {
    ctx.data_unchecked::<RequestMeta>()
}

/// The signed-in principal, or UNAUTHENTICATED.
pub fn principal<'a>(ctx: &Context<'a>) -> Result<&'a Principal, DomainError> {
    ctx.data_opt::<Principal>()
        .ok_or(DomainError::Unauthenticated)
}

/// A cursor from an id-ordered list, naming `field` when it is not one.
pub fn parse_cursor(field: &str, after: Option<String>) -> Result<Option<Uuid>, DomainError> {
    after
        .map(|cursor| {
            Uuid::parse_str(&cursor).map_err(|_| {
                DomainError::field(field, "invalid_cursor", "is not a cursor from this list")
            })
        })
        .transpose()
}

/// The largest page any connection returns.
pub const MAX_PAGE_SIZE: i32 = 100;
pub const DEFAULT_PAGE_SIZE: i32 = 20;

/// Checks `first` against the page size cap.
pub fn page_size(first: Option<i32>) -> Result<u64, DomainError> {
    match first.unwrap_or(DEFAULT_PAGE_SIZE) {
        n if (1..=MAX_PAGE_SIZE).contains(&n) => Ok(n as u64),
        _ => Err(DomainError::field(
            "first",
            "out_of_range",
            "must be between 1 and 100",
        )),
    }
}

/// The two forms of a CSV file the API returns.
#[derive(async_graphql::Enum, Copy, Clone, Eq, PartialEq, Debug, Default)]
pub enum CsvFormat {
    /// For programs: `,` between cells, stable English codes as headers and values,
    /// decimals with a point, no byte-order mark.
    #[default]
    Machine,
    /// For people opening it in a spreadsheet: a UTF-8 byte-order mark, headers, states and
    /// words in the chosen language (the caller's own by default), decimals with its
    /// separator, and `;` between cells where the language writes decimals with a comma.
    Spreadsheet,
}

/// The domain's form of a CSV file: a spreadsheet in `language`, else the caller's language.
pub async fn csv_form(
    ctx: &Context<'_>,
    format: CsvFormat,
    language: Option<super::accounts::Locale>,
) -> Result<utbyte_domain::csv_files::CsvForm, DomainError> {
    use utbyte_domain::{accounts, csv_files::CsvForm};
    Ok(match (format, language) {
        (CsvFormat::Machine, _) => CsvForm::Machine,
        (CsvFormat::Spreadsheet, Some(language)) => CsvForm::Spreadsheet(language.into()),
        (CsvFormat::Spreadsheet, None) => {
            let me = accounts::summary(services(ctx), principal(ctx)?).await?;
            CsvForm::Spreadsheet(me.locale)
        }
    })
}
