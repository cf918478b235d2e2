//! The [`Fetcher`] over reqwest: one client with connection pooling, no
//! redirect following (the checker follows redirects itself, to see every
//! hop), no cookies, and a body read chunk by chunk up to the cap.
//!
//! Unless private addresses are allowed, the client connects through a
//! resolver that drops them: the checker's own look-up happens before the
//! request, and a name that answers with a public address then and a
//! loopback one at connection time (DNS rebinding) must not reach it.

use std::net::IpAddr;
use std::time::Duration;

use super::fetch::{
    Api, ApiRequest, ApiResponse, FetchError, FetchRequest, FetchResponse, Fetcher, TransportError,
};

/// What a page request accepts.
const PAGES: &str = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8";

pub struct HttpFetcher {
    client: reqwest::Client,
}

impl HttpFetcher {
    /// A client; with `allow_private` false, connections to private and
    /// loopback addresses are impossible, whatever a name resolves to.
    pub fn new(
        connect_timeout: Duration,
        per_host: usize,
        allow_private: bool,
    ) -> Result<Self, String> {
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(connect_timeout)
            .pool_max_idle_per_host(per_host);
        if !allow_private {
            builder = builder.dns_resolver(PublicOnly);
        }
        let client = builder.build().map_err(|e| e.to_string())?;
        Ok(HttpFetcher { client })
    }
}

/// Resolves names with the system resolver and keeps public addresses only.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| !super::address::is_private(&a.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(format!("{host} resolves to no public address").into());
            }
            let addrs: reqwest::dns::Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}

impl Fetcher for HttpFetcher {
    async fn get(&self, request: FetchRequest) -> Result<FetchResponse, FetchError> {
        let mut builder = self
            .client
            .get(request.url.as_str())
            .header(reqwest::header::USER_AGENT, &request.user_agent)
            .header(
                reqwest::header::ACCEPT,
                request.accept.as_deref().unwrap_or(PAGES),
            );
        if let Some(when) = &request.accept_datetime {
            builder = builder.header("Accept-Datetime", when);
        }
        let send = builder.send();
        // One deadline for the headers and the capped body together.
        let work = async {
            let mut response = send.await.map_err(classify)?;
            let header = |name: reqwest::header::HeaderName| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            let mut out = FetchResponse {
                status: response.status().as_u16(),
                location: header(reqwest::header::LOCATION),
                retry_after: header(reqwest::header::RETRY_AFTER),
                content_type: header(reqwest::header::CONTENT_TYPE),
                memento_datetime: header(reqwest::header::HeaderName::from_static(
                    "memento-datetime",
                )),
                body: Vec::new(),
                truncated: false,
            };
            while out.body.len() < request.body_cap {
                match response.chunk().await {
                    Ok(Some(chunk)) => out.body.extend_from_slice(&chunk),
                    Ok(None) => break,
                    // The headers arrived: a body cut short is still an answer.
                    Err(_) => break,
                }
            }
            if out.body.len() >= request.body_cap {
                out.truncated = true;
                out.body.truncate(request.body_cap);
            }
            Ok(out)
        };
        match tokio::time::timeout(request.timeout, work).await {
            Ok(result) => result,
            Err(_) => Err(FetchError {
                kind: TransportError::Timeout,
                message: format!("no answer within {} s", request.timeout.as_secs_f32()),
            }),
        }
    }

    async fn resolve(&self, host: &str, port: u16) -> Vec<IpAddr> {
        match tokio::net::lookup_host((host, port)).await {
            Ok(addrs) => addrs.map(|a| a.ip()).collect(),
            Err(_) => Vec::new(),
        }
    }
}

/// Bodies of API answers are read up to this.
const API_CAP: usize = 16 * 1024 * 1024;

impl Api for HttpFetcher {
    async fn send(&self, request: ApiRequest) -> Result<ApiResponse, FetchError> {
        let method =
            reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|e| FetchError {
                kind: TransportError::Other,
                message: e.to_string(),
            })?;
        let mut builder = self.client.request(method, request.url.as_str());
        for (k, v) in &request.headers {
            builder = builder.header(k, v);
        }
        if !request.body.is_empty() {
            builder = builder.body(request.body.clone());
        }
        let work = async {
            let mut response = builder.send().await.map_err(classify)?;
            let headers = response
                .headers()
                .iter()
                .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
                .collect();
            let status = response.status().as_u16();
            let mut body = Vec::new();
            while body.len() < API_CAP {
                match response.chunk().await {
                    Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                    Ok(None) | Err(_) => break,
                }
            }
            Ok(ApiResponse {
                status,
                headers,
                body,
            })
        };
        match tokio::time::timeout(request.timeout, work).await {
            Ok(result) => result,
            Err(_) => Err(FetchError {
                kind: TransportError::Timeout,
                message: format!("no answer within {} s", request.timeout.as_secs_f32()),
            }),
        }
    }
}

fn classify(error: reqwest::Error) -> FetchError {
    let message = chain(&error);
    let lower = message.to_lowercase();
    let kind = if error.is_timeout() {
        TransportError::Timeout
    } else if lower.contains("connection refused") {
        TransportError::Refused
    } else if lower.contains("dns")
        || lower.contains("failed to lookup")
        || lower.contains("name or service")
    {
        TransportError::Dns
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
    {
        TransportError::Tls
    } else {
        TransportError::Other
    };
    FetchError { kind, message }
}

/// The error with its causes, which carry the useful part ("Connection refused").
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    out
}
