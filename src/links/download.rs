//! A whole document fetched by address, for `refman import URL`: the link
//! checker's rules (no private addresses unless allowed, every redirect hop
//! checked, a bounded number of hops, a timeout) with a body cap as large as
//! an article may be.

use super::Options;
use super::address::private_address;
use super::fetch::{FetchRequest, Fetcher};

/// A fetched document.
#[derive(Debug, Clone)]
pub struct Download {
    /// The address after redirects.
    pub url: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Fetches `address`, following redirects; `cap` bytes at most.
pub async fn download<F: Fetcher>(
    fetcher: &F,
    address: &str,
    options: &Options,
    cap: usize,
) -> Result<Download, String> {
    let mut url = url::Url::parse(address).map_err(|e| format!("{address} is not a URL: {e}"))?;
    let mut hops = 0;
    loop {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{url}: only http and https addresses are fetched"));
        }
        url.set_fragment(None);
        if !options.allow_private
            && let Some(ip) = private_address(fetcher, &url).await
        {
            let via = if hops > 0 { "a redirect to " } else { "" };
            return Err(format!(
                "{via}{} ({ip}) is not a public address; --allow-private fetches it",
                url.host_str().unwrap_or_default()
            ));
        }
        let response = fetcher
            .get(FetchRequest {
                url: url.clone(),
                user_agent: options.user_agent.clone(),
                body_cap: cap + 1,
                timeout: options.timeout,
                accept: None,
                accept_datetime: None,
            })
            .await
            .map_err(|e| format!("{url}: {} ({})", e.kind.reason(), e.message))?;
        if let (Some(location), 301 | 302 | 303 | 307 | 308) = (&response.location, response.status)
        {
            hops += 1;
            if hops > options.max_redirects {
                return Err(format!(
                    "{address}: more than {} redirects",
                    options.max_redirects
                ));
            }
            url = url
                .join(location)
                .map_err(|e| format!("{url}: a redirect to an invalid address ({e})"))?;
            continue;
        }
        if !(200..300).contains(&response.status) {
            return Err(format!(
                "{url}: the server answered HTTP {}",
                response.status
            ));
        }
        if response.truncated || response.body.len() > cap {
            return Err(format!("{url}: the document is larger than {cap} bytes"));
        }
        return Ok(Download {
            url: url.to_string(),
            content_type: response.content_type,
            body: response.body,
        });
    }
}

#[cfg(test)]
mod tests {
    use std::net::IpAddr;
    use std::time::Duration;

    use super::*;
    use crate::links::fetch::{FetchError, FetchResponse};

    /// `public.example` answers with a redirect to a loopback address.
    struct Redirecting;

    impl Fetcher for Redirecting {
        async fn get(&self, request: FetchRequest) -> Result<FetchResponse, FetchError> {
            assert_eq!(
                request.url.host_str(),
                Some("public.example"),
                "a private address was requested"
            );
            Ok(FetchResponse {
                status: 302,
                location: Some("http://127.0.0.1:8080/admin".into()),
                ..FetchResponse::default()
            })
        }

        async fn resolve(&self, host: &str, _: u16) -> Vec<IpAddr> {
            match host {
                "public.example" => vec![IpAddr::from([93, 184, 216, 34])],
                _ => Vec::new(),
            }
        }
    }

    #[test]
    fn a_redirect_into_a_private_address_is_refused() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let options = Options {
            timeout: Duration::from_secs(1),
            ..Options::default()
        };
        let result = runtime.block_on(download(
            &Redirecting,
            "http://public.example/brief",
            &options,
            1024,
        ));
        let error = result.expect_err("the redirect was followed");
        assert!(error.contains("a redirect to 127.0.0.1"), "{error}");
    }
}
