//! One classification of domain errors for every edge: the GraphQL error code, the page a
//! browser gets, and the reason a WebSocket is closed with. Internal errors are logged here,
//! with their cause and an error id, and only the id is shown.
use askama::Template;
use axum::{
    http::{HeaderValue, StatusCode, header},
    response::Response,
};
use utbyte_domain::{DomainError, types::Locale};

use super::pages::{Page, render};

/// What a domain error means to a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    BadInput,
    NotFound,
    Conflict,
    Forbidden,
    Unauthenticated,
    RateLimited {
        retry_after_secs: u64,
    },
    /// The database cannot be reached (no connection within the pool's wait): try again.
    Unavailable,
    /// A failure on our side, logged under this id.
    Internal {
        error_id: String,
    },
}

impl Refusal {
    /// Classifies `error`; an internal one is logged with its cause.
    pub fn of(error: &DomainError) -> Self {
        match error {
            DomainError::Validation(_) => Self::BadInput,
            DomainError::NotFound(_) => Self::NotFound,
            DomainError::Conflict { .. } | DomainError::ChecklistFailed(_) => Self::Conflict,
            DomainError::Forbidden => Self::Forbidden,
            DomainError::Unauthenticated | DomainError::InvalidCredentials => Self::Unauthenticated,
            DomainError::RateLimited { retry_after_secs } => Self::RateLimited {
                retry_after_secs: *retry_after_secs,
            },
            DomainError::Database(sea_orm::DbErr::ConnectionAcquire(cause)) => {
                tracing::warn!(%cause, "no database connection");
                Self::Unavailable
            }
            DomainError::Database(_) | DomainError::Internal(_) => Self::Internal {
                error_id: log_internal(error),
            },
        }
    }

    /// The `extensions.code` of a GraphQL error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadInput => "BAD_USER_INPUT",
            Self::NotFound => "NOT_FOUND",
            Self::Conflict => "CONFLICT",
            Self::Forbidden => "FORBIDDEN",
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::RateLimited { .. } => "RATE_LIMITED",
            Self::Unavailable => "SERVICE_UNAVAILABLE",
            Self::Internal { .. } => "INTERNAL_SERVER_ERROR",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadInput => StatusCode::BAD_REQUEST,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Conflict => StatusCode::CONFLICT,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message shown to an API client: an internal one names only its error id.
    pub fn message(&self) -> String {
        match self {
            Self::BadInput => "invalid input".into(),
            Self::NotFound => "not found".into(),
            Self::Conflict => "conflict".into(),
            Self::Forbidden => "not allowed".into(),
            Self::Unauthenticated => "sign in required".into(),
            Self::RateLimited { .. } => "too many attempts, try again later".into(),
            Self::Unavailable => {
                "service unavailable: the database cannot be reached, try again".into()
            }
            Self::Internal { error_id } => format!("internal error (id {error_id})"),
        }
    }

    /// The reason a WebSocket connection is closed with: the code, then the message.
    pub fn close_reason(&self) -> String {
        format!("{}: {}", self.code(), self.message())
    }
}

/// Logs an internal error with its cause; returns the id the client is shown.
pub fn log_internal(cause: &dyn std::fmt::Display) -> String {
    let error_id = uuid::Uuid::now_v7().to_string();
    tracing::error!(error_id = %error_id, cause = %cause, "internal error");
    error_id
}

#[derive(Template)]
#[template(path = "web/error.html")]
struct ErrorPage {
    page: Page,
    text: String,
    error_id: Option<String>,
}

/// The page a browser gets for `error`, in `locale`: 403, 404, 409, 429 (with
/// `Retry-After`), 503 or 500 with the error id that is in the log.
pub fn page(error: &DomainError, locale: Locale) -> Response {
    let refusal = Refusal::of(error);
    let (page, text) = wording(&refusal, locale);
    let error_id = match &refusal {
        Refusal::Internal { error_id } => Some(error_id.clone()),
        _ => None,
    };
    let mut response = render(
        refusal.status(),
        &ErrorPage {
            page,
            text,
            error_id,
        },
    );
    if let Refusal::RateLimited { retry_after_secs } = refusal {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
    }
    response
}

/// The page frame (with its title) and the text for a refusal.
fn wording(refusal: &Refusal, locale: Locale) -> (Page, String) {
    let messages = messages(refusal);
    let page = Page::signed_out(locale, &format!("{messages}-title"));
    let text = match refusal {
        Refusal::RateLimited { retry_after_secs } => page.t1(
            "error-rate-limited-text",
            "minutes",
            retry_after_secs.div_ceil(60).max(1),
        ),
        _ => page.t(&format!("{messages}-text")),
    };
    (page, text)
}

/// The prefix of a refusal's messages: `<prefix>-title` and `<prefix>-text`.
fn messages(refusal: &Refusal) -> &'static str {
    match refusal {
        Refusal::RateLimited { .. } => "error-rate-limited",
        Refusal::Forbidden | Refusal::Unauthenticated => "error-forbidden",
        Refusal::NotFound => "error-not-found",
        Refusal::Conflict => "error-conflict",
        Refusal::BadInput => "error-bad-input",
        Refusal::Unavailable => "error-unavailable",
        Refusal::Internal { .. } => "error-internal",
    }
}

/// The page for a form sent without its session's token, or from another site.
pub fn csrf_page(locale: Locale) -> Response {
    let page = Page::signed_out(locale, "error-csrf-title");
    let text = page.t("error-csrf-text");
    render(
        StatusCode::FORBIDDEN,
        &ErrorPage {
            page,
            text,
            error_id: None,
        },
    )
}

/// For addresses no page answers.
pub async fn not_found(client: super::edge::Client) -> Response {
    page(&DomainError::NotFound("page"), client.language)
}

/// The messages of every kind of refusal (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    let every = [
        Refusal::BadInput,
        Refusal::NotFound,
        Refusal::Conflict,
        Refusal::Forbidden,
        Refusal::Unauthenticated,
        Refusal::RateLimited {
            retry_after_secs: 60,
        },
        Refusal::Unavailable,
        Refusal::Internal {
            error_id: String::new(),
        },
    ];
    every
        .iter()
        .flat_map(|refusal| {
            let messages = messages(refusal);
            [format!("{messages}-title"), format!("{messages}-text")]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        let cases = [
            (
                DomainError::field("x", "bad", "is bad"),
                "BAD_USER_INPUT",
                400,
            ),
            (DomainError::NotFound("exchange"), "NOT_FOUND", 404),
            (
                DomainError::Conflict {
                    code: "late",
                    message: "too late",
                },
                "CONFLICT",
                409,
            ),
            (DomainError::ChecklistFailed(vec!["x"]), "CONFLICT", 409),
            (DomainError::Forbidden, "FORBIDDEN", 403),
            (DomainError::InvalidCredentials, "UNAUTHENTICATED", 401),
            (
                DomainError::RateLimited {
                    retry_after_secs: 90,
                },
                "RATE_LIMITED",
                429,
            ),
            (
                DomainError::Database(sea_orm::DbErr::ConnectionAcquire(
                    sea_orm::error::ConnAcquireErr::Timeout,
                )),
                "SERVICE_UNAVAILABLE",
                503,
            ),
            (
                DomainError::Internal(anyhow::anyhow!("secret cause")),
                "INTERNAL_SERVER_ERROR",
                500,
            ),
        ];
        for (error, code, status) in cases {
            let refusal = Refusal::of(&error);
            assert_eq!(refusal.code(), code, "{error:?}");
            assert_eq!(refusal.status().as_u16(), status, "{error:?}");
            assert!(!refusal.close_reason().contains("secret"));
        }
    }

    #[test]
    fn a_limit_names_the_wait_in_whole_minutes() {
        let limited = Refusal::RateLimited {
            retry_after_secs: 90,
        };
        assert_eq!(
            wording(&limited, Locale::En).1,
            "Please wait 2 minutes, then try again."
        );
        assert_eq!(
            wording(&limited, Locale::Sv).1,
            "Vänta 2 minuter och försök sedan igen."
        );
    }
}
