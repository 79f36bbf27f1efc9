use std::net::IpAddr;

use uuid::Uuid;

use crate::types::{Role, Scope};

/// The signed-in user a request acts for, resolved from its session token.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: Uuid,
    pub session_id: Uuid,
    pub roles: Vec<(Role, Scope)>,
}

impl Principal {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|(held, _)| *held == role)
    }

    pub fn is_admin(&self) -> bool {
        self.roles.contains(&(Role::Admin, Scope::Global))
    }
}

/// Facts about the request that the audit trail and rate limits need.
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub request_id: Option<String>,
    pub client_ip: Option<IpAddr>,
}
