//! Save Page Now (the Wayback Machine's SPN2 API): ask for a capture of a
//! live page, poll the job until it is done, and give the snapshot's
//! address. Authenticated with `LOW access:secret` when keys are given,
//! anonymous otherwise (the service allows fewer captures then). Rate
//! limits are waited out within bounds and reported, never hidden.

use std::time::Duration;

use serde_json::Value;

use super::Archive;
use super::fetch::{Api, ApiRequest, ApiResponse};

/// How a save is run.
#[derive(Debug, Clone)]
pub struct SaveOptions {
    /// The Wayback Machine (`https://web.archive.org`).
    pub base: url::Url,
    /// `access:secret` of an archive.org account, if any.
    pub key: Option<String>,
    /// Time between two status polls of a job.
    pub poll: Duration,
    /// Longest time a job is followed.
    pub max_wait: Duration,
    pub timeout: Duration,
}

/// One save's outcome.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    Done(Archive),
    /// The service refused or failed the capture (its words).
    Failed(String),
    /// The service rate-limited us beyond what we wait.
    RateLimited(String),
}

fn request(
    options: &SaveOptions,
    method: &'static str,
    path: &str,
    body: Vec<u8>,
) -> Option<ApiRequest> {
    let url = options.base.join(path).ok()?;
    let mut headers = vec![("Accept".to_string(), "application/json".to_string())];
    if let Some(key) = &options.key {
        headers.push(("Authorization".into(), format!("LOW {key}")));
    }
    if method == "POST" {
        headers.push((
            "Content-Type".into(),
            "application/x-www-form-urlencoded".into(),
        ));
    }
    Some(ApiRequest {
        method,
        url,
        headers,
        body,
        timeout: options.timeout,
    })
}

/// Seconds a 429 asks to wait (at most a minute).
fn retry_after(response: &ApiResponse) -> Duration {
    response
        .header("retry-after")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(Duration::from_secs(10), Duration::from_secs)
        .min(Duration::from_secs(60))
}

/// Captures `url` and follows the job to its end.
pub async fn save<A: Api>(api: &A, options: &SaveOptions, url: &str) -> Saved {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("url", url)
        .append_pair("skip_first_archive", "1")
        .finish()
        .into_bytes();
    let mut waited = Duration::ZERO;
    let job = loop {
        let Some(req) = request(options, "POST", "save", body.clone()) else {
            return Saved::Failed(format!("{}: not a base address", options.base));
        };
        let response = match api.send(req).await {
            Ok(r) => r,
            Err(e) => return Saved::Failed(format!("{}: {}", e.kind.reason(), e.message)),
        };
        if response.status == 429 {
            let wait = retry_after(&response);
            if waited + wait > options.max_wait {
                return Saved::RateLimited(format!(
                    "Save Page Now is rate-limiting (HTTP 429); waited {} s",
                    waited.as_secs()
                ));
            }
            waited += wait;
            tokio::time::sleep(wait).await;
            continue;
        }
        let answer: Value = serde_json::from_slice(&response.body).unwrap_or_default();
        match answer.get("job_id").and_then(Value::as_str) {
            Some(job) if (200..300).contains(&response.status) => break job.to_string(),
            _ => {
                let why = answer
                    .get("message")
                    .and_then(Value::as_str)
                    .map_or_else(|| format!("HTTP {}", response.status), str::to_string);
                return Saved::Failed(why);
            }
        }
    };
    let started = std::time::Instant::now();
    loop {
        tokio::time::sleep(options.poll).await;
        let Some(req) = request(options, "GET", &format!("save/status/{job}"), Vec::new()) else {
            return Saved::Failed("bad status address".into());
        };
        let response = match api.send(req).await {
            Ok(r) => r,
            Err(e) => return Saved::Failed(format!("{}: {}", e.kind.reason(), e.message)),
        };
        let answer: Value = serde_json::from_slice(&response.body).unwrap_or_default();
        match answer.get("status").and_then(Value::as_str) {
            Some("success") => {
                let timestamp = answer
                    .get("timestamp")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                let original = answer
                    .get("original_url")
                    .and_then(Value::as_str)
                    .unwrap_or(url);
                let base = options.base.as_str().trim_end_matches('/');
                return Saved::Done(Archive {
                    url: format!("{base}/web/{timestamp}/{original}"),
                    timestamp,
                });
            }
            Some("error") => {
                let why = answer
                    .get("message")
                    .or(answer.get("status_ext"))
                    .and_then(Value::as_str)
                    .unwrap_or("the capture failed");
                return Saved::Failed(why.to_string());
            }
            _ if response.status == 429 => {
                tokio::time::sleep(retry_after(&response)).await;
            }
            _ => {}
        }
        if started.elapsed() > options.max_wait {
            return Saved::Failed(format!(
                "job {job} still pending after {} s",
                options.max_wait.as_secs()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::links::fetch::FetchError;

    /// Answers from a script, in order; records what was asked.
    struct Scripted {
        answers: Mutex<Vec<(u16, &'static str)>>,
        asked: Mutex<Vec<String>>,
    }

    impl Api for Scripted {
        async fn send(&self, request: ApiRequest) -> Result<ApiResponse, FetchError> {
            self.asked
                .lock()
                .unwrap()
                .push(format!("{} {}", request.method, request.url.path()));
            let (status, body) = self.answers.lock().unwrap().remove(0);
            Ok(ApiResponse {
                status,
                headers: vec![("retry-after".into(), "0".into())],
                body: body.as_bytes().to_vec(),
            })
        }
    }

    fn options() -> SaveOptions {
        SaveOptions {
            base: url::Url::parse("https://web.archive.test/").unwrap(),
            key: Some("a:b".into()),
            poll: Duration::from_millis(1),
            max_wait: Duration::from_secs(5),
            timeout: Duration::from_secs(1),
        }
    }

    fn run(answers: Vec<(u16, &'static str)>) -> (Saved, Vec<String>) {
        let api = Scripted {
            answers: Mutex::new(answers),
            asked: Mutex::new(Vec::new()),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let saved = runtime.block_on(save(&api, &options(), "https://x.org/a"));
        (saved, api.asked.into_inner().unwrap())
    }

    #[test]
    fn a_job_is_followed_to_its_snapshot_or_its_error() {
        let (saved, asked) = run(vec![
            (429, ""),
            (200, r#"{"job_id":"spn2-1"}"#),
            (200, r#"{"status":"pending"}"#),
            (
                200,
                r#"{"status":"success","timestamp":"20261130120000","original_url":"https://x.org/a"}"#,
            ),
        ]);
        assert_eq!(
            saved,
            Saved::Done(Archive {
                url: "https://web.archive.test/web/20261130120000/https://x.org/a".into(),
                timestamp: "20261130120000".into()
            })
        );
        assert_eq!(
            asked,
            [
                "POST /save",
                "POST /save",
                "GET /save/status/spn2-1",
                "GET /save/status/spn2-1"
            ]
        );
        let (saved, _) = run(vec![
            (200, r#"{"job_id":"spn2-2"}"#),
            (
                200,
                r#"{"status":"error","status_ext":"error:invalid-host-resolution","message":"Couldn't resolve host"}"#,
            ),
        ]);
        assert_eq!(saved, Saved::Failed("Couldn't resolve host".into()));
        let (saved, _) = run(vec![(400, r#"{"message":"You need to be logged in"}"#)]);
        assert_eq!(saved, Saved::Failed("You need to be logged in".into()));
    }
}
