//! The one seam between the link checker and the network: a [`Fetcher`]
//! sends one request (no redirect following, no cookies) and reads at most
//! a capped prefix of the body. The checker is tested with a fake; the
//! reqwest implementation (`http.rs`) against a local server.

use std::future::Future;
use std::net::IpAddr;
use std::time::Duration;

/// One request.
#[derive(Debug, Clone)]
pub struct FetchRequest {
    pub url: url::Url,
    pub user_agent: String,
    /// Body bytes to read at most; the rest is never downloaded.
    pub body_cap: usize,
    pub timeout: Duration,
    /// The `Accept` header; `None` asks for pages (HTML, then PDF).
    pub accept: Option<String>,
    /// Memento's `Accept-Datetime` header (an HTTP date), for a TimeGate.
    pub accept_datetime: Option<String>,
}

/// A response: status, the headers the checker reads, and the body prefix.
#[derive(Debug, Clone, Default)]
pub struct FetchResponse {
    pub status: u16,
    pub location: Option<String>,
    pub retry_after: Option<String>,
    pub content_type: Option<String>,
    /// Memento's `Memento-Datetime` header: the answer is an archived copy
    /// made at this time.
    pub memento_datetime: Option<String>,
    pub body: Vec<u8>,
    /// Whether the body was longer than the cap.
    pub truncated: bool,
}

/// Why a request got no HTTP response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportError {
    Timeout,
    Refused,
    Dns,
    Tls,
    /// Reset, closed early, protocol error: worth a retry.
    Other,
}

impl TransportError {
    pub fn reason(self) -> &'static str {
        match self {
            TransportError::Timeout => "timeout",
            TransportError::Refused => "connection-refused",
            TransportError::Dns => "dns",
            TransportError::Tls => "tls",
            TransportError::Other => "transport",
        }
    }
}

/// A failed request: the kind and the underlying message.
#[derive(Debug, Clone)]
pub struct FetchError {
    pub kind: TransportError,
    pub message: String,
}

pub trait Fetcher: Send + Sync + 'static {
    /// Sends a GET and reads the body up to the cap.
    fn get(
        &self,
        request: FetchRequest,
    ) -> impl Future<Output = Result<FetchResponse, FetchError>> + Send;

    /// The addresses a host name resolves to (for the private-address rule).
    fn resolve(&self, host: &str, port: u16) -> impl Future<Output = Vec<IpAddr>> + Send;
}

/// A call to a web API (Zotero's): any method, headers and a body.
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub method: &'static str,
    pub url: url::Url,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub timeout: Duration,
}

/// An API's answer: status, headers (names in lower case) and body.
#[derive(Debug, Clone, Default)]
pub struct ApiResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl ApiResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The seam between API clients and the network (faked in tests).
pub trait Api: Send + Sync + 'static {
    fn send(
        &self,
        request: ApiRequest,
    ) -> impl Future<Output = Result<ApiResponse, FetchError>> + Send;
}
