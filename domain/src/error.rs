use std::fmt;

/// One field that failed validation. `message` is fixed text: it never echoes the submitted value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: &'static str,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &'static str, message: &'static str) -> Self {
        Self {
            field: field.into(),
            code,
            message,
        }
    }
}

/// Errors by meaning. The API maps each variant to an `extensions.code`.
#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{message}")]
    Conflict {
        code: &'static str,
        message: &'static str,
    },
    #[error("not allowed")]
    Forbidden,
    /// An approval refused while hard checklist items fail; names each one.
    #[error("the checklist has failing items")]
    ChecklistFailed(Vec<&'static str>),
    #[error("sign in required")]
    Unauthenticated,
    /// Login failure: one message whether the e-mail is unknown or the password is wrong.
    #[error("invalid e-mail or password")]
    InvalidCredentials,
    #[error("too many attempts, try again later")]
    RateLimited { retry_after_secs: u64 },
    #[error(transparent)]
    Database(#[from] sea_orm::DbErr),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type DomainResult<T> = Result<T, DomainError>;

impl DomainError {
    pub fn field(field: impl Into<String>, code: &'static str, message: &'static str) -> Self {
        Self::Validation(vec![FieldError::new(field, code, message)])
    }

    /// True for errors whose text must never reach a client.
    pub fn is_internal(&self) -> bool {
        matches!(self, Self::Database(_) | Self::Internal(_))
    }
}

/// Collects field errors so that one request reports every bad field at once.
#[derive(Default, Debug)]
pub struct Checks(Vec<FieldError>);

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs a parse; keeps its value, or records its error under `field`.
    pub fn parse<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    pub fn finish(self) -> DomainResult<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(DomainError::Validation(self.0))
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}
