//! The in-process diary client shared by the diary test files: a router on a temporary SQLite
//! store, a cookie jar, and form helpers that add the CSRF token as a browser would.
// Each test file uses a different subset of these helpers.
#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use chrono::{TimeDelta, Utc};
use flate2::Compression;
use flate2::write::GzEncoder;
use http_body_util::BodyExt;
use scraper::{Html, Selector};
use solace_app::clock::{Clock, SystemClock};
use solace_store::{Diary, DiaryConfig, ServerSecret};
use solace_store_sqlite::SqliteStore;
use solace_web::{AppState, Config, app};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;
use tower::ServiceExt;

pub const PASS: &str = "blue kettle quiet river";

pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent (a download may not be text).
    pub bytes: Vec<u8>,
}

impl Res {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }
    pub fn count(&self, sel: &str) -> usize {
        self.html().select(&Selector::parse(sel).unwrap()).count()
    }
    pub fn text(&self, sel: &str) -> String {
        self.html()
            .select(&Selector::parse(sel).unwrap())
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }
}

/// A browser: the app, its cookies, and every response header seen.
pub struct Client {
    pub app: Router,
    pub diary: Arc<Diary>,
    pub cookies: BTreeMap<String, String>,
    pub headers_seen: Vec<String>,
    /// The `Host` every request carries: the hosted server's public host, else the local app's.
    pub host: String,
    /// The TCP peer every request comes from, as `serve` gives it (`None`: none, as before
    /// the per-IP limits, which then do not apply).
    pub peer: Option<std::net::SocketAddr>,
    /// An `X-Forwarded-For` header every request carries.
    pub forwarded_for: Option<String>,
    pub _dir: tempfile::TempDir,
}

impl Client {
    pub async fn new(config: Config, diary_config: DiaryConfig) -> Client {
        Client::with_clock(config, diary_config, Arc::new(SystemClock)).await
    }

    /// A client whose server reads the time from `clock` (a test moves a [`FixedClock`] on
    /// instead of sleeping).
    ///
    /// [`FixedClock`]: solace_app::clock::FixedClock
    pub async fn with_clock(
        config: Config,
        diary_config: DiaryConfig,
        clock: Arc<dyn Clock>,
    ) -> Client {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_in(dir.path()).await.unwrap();
        Client::with_store(config, diary_config, clock, Arc::new(store), dir)
    }

    /// A client whose server keeps its diary in `store` (a test wraps the SQLite store to
    /// count its writes); `dir` is kept for as long as the client.
    pub fn with_store(
        config: Config,
        diary_config: DiaryConfig,
        clock: Arc<dyn Clock>,
        store: Arc<dyn solace_store::Store>,
        dir: tempfile::TempDir,
    ) -> Client {
        let host = match (&config.public_host, config.multi_user) {
            (Some(h), true) => h.clone(),
            _ => format!("127.0.0.1:{}", config.local_port),
        };
        // A multi-user server keys names and sessions with its secret file (hosted mode).
        let diary = Arc::new(if config.multi_user {
            Diary::hosted(
                store,
                diary_config,
                ServerSecret::from_file_bytes(b"the test server's secret, 32+ bytes").unwrap(),
            )
            .unwrap()
        } else {
            Diary::with_config(store, diary_config).unwrap()
        });
        let state = AppState::with_diary(config, diary.clone())
            .unwrap()
            .with_clock(clock);
        Client {
            app: app(state),
            diary,
            cookies: BTreeMap::new(),
            headers_seen: vec![],
            host,
            peer: None,
            forwarded_for: None,
            _dir: dir,
        }
    }

    /// A hosted (multi-user) server at `diary.example.org`.
    pub fn hosted_config() -> Config {
        Config {
            multi_user: true,
            public_host: Some("diary.example.org".to_owned()),
            ..Config::default()
        }
    }

    pub async fn local() -> Client {
        Client::new(
            Config::default(),
            DiaryConfig::insecure_fast_kdf_for_tests(),
        )
        .await
    }

    /// A client with a diary created and its recovery code saved, ready for entries.
    pub async fn ready_with(config: Config) -> Client {
        let mut c = Client::new(config, DiaryConfig::insecure_fast_kdf_for_tests()).await;
        let code = c.create().await.text("#recovery-code");
        let saved = c
            .post("/diary/saved", &[("code", code.trim()), ("saved", "yes")])
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        c
    }

    /// [`Client::ready_with`] the default configuration.
    pub async fn ready() -> Client {
        Client::ready_with(Config::default()).await
    }

    /// Adds an entry `hours` ago (London time), as the form does.
    pub async fn add_hours_ago(&mut self, fields: &[(&str, &str)], hours: i64) {
        let (date, time) = hours_ago(hours);
        let mut all = fields.to_vec();
        all.extend([
            ("date", date.as_str()),
            ("time", time.as_str()),
            ("tz", "Europe/London"),
            ("save", "1"),
        ]);
        let res = self.post("/diary/add", &all).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn send(&mut self, mut req: Request<Body>) -> Res {
        if let Some(peer) = self.peer {
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
        }
        if let Some(xff) = &self.forwarded_for {
            req.headers_mut()
                .insert("x-forwarded-for", xff.parse().unwrap());
        }
        let res = self.app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        for (k, v) in &headers {
            self.headers_seen
                .push(format!("{k}: {}", v.to_str().unwrap_or("")));
        }
        let body = res.into_body().collect().await.unwrap().to_bytes();
        let r = Res {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
            bytes: body.to_vec(),
        };
        for c in r.set_cookies() {
            let kv = c.split(';').next().unwrap();
            let (k, v) = kv.split_once('=').unwrap();
            if v.is_empty() || c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        r
    }

    pub async fn get(&mut self, path: &str) -> Res {
        let req = Request::get(path)
            .header(header::HOST, self.host.as_str())
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    /// The CSRF token, under the local or the hosted (`__Host-`) name.
    pub fn csrf(&self) -> String {
        self.cookies
            .get("solace_csrf")
            .or_else(|| self.cookies.get("__Host-solace_csrf"))
            .cloned()
            .unwrap_or_default()
    }

    /// POSTs a form with the CSRF token added.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Res {
        let token = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Res {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = Request::post(path)
            .header(header::HOST, self.host.as_str())
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// GET /diary (for the CSRF cookie), create the vault, confirm the code. Returns the code page.
    pub async fn create(&mut self) -> Res {
        self.get("/diary").await;
        let res = self
            .post("/diary/new", &[("passphrase", PASS), ("confirm", PASS)])
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        res
    }
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn gzip_len(body: &str) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(body.as_bytes()).unwrap();
    e.finish().unwrap().len()
}

pub fn hours_ago(h: i64) -> (String, String) {
    let t = (Utc::now() - TimeDelta::hours(h)).with_timezone(&chrono_tz::Europe::London);
    (
        t.format("%Y-%m-%d").to_string(),
        t.format("%H:%M").to_string(),
    )
}

pub fn days_ago(d: i64) -> (String, String) {
    let t = (Utc::now() - TimeDelta::days(d)).with_timezone(&chrono_tz::Europe::London);
    (
        t.format("%Y-%m-%d").to_string(),
        t.format("%H:%M").to_string(),
    )
}
