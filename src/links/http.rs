//! The [`Fetcher`] over reqwest: one client with connection pooling, no
//! redirect following (the checker follows redirects itself, to see every
//! hop), no cookies, and a body read chunk by chunk up to the cap.

use std::net::IpAddr;
use std::time::Duration;

use super::fetch::{FetchError, FetchRequest, FetchResponse, Fetcher, TransportError};

pub struct HttpFetcher {
    client: reqwest::Client,
}

impl HttpFetcher {
    pub fn new(connect_timeout: Duration, per_host: usize) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(connect_timeout)
            .pool_max_idle_per_host(per_host)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(HttpFetcher { client })
    }
}

impl Fetcher for HttpFetcher {
    async fn get(&self, request: FetchRequest) -> Result<FetchResponse, FetchError> {
        let send = self
            .client
            .get(request.url.as_str())
            .header(reqwest::header::USER_AGENT, &request.user_agent)
            .header(
                reqwest::header::ACCEPT,
                "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8",
            )
            .send();
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
