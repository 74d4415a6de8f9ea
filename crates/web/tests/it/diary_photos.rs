//! Diary photos in-process, on a temporary SQLite store: upload (metadata stripped before
//! sealing), the image served only to a session, sealed on disk, the size limit, not an image,
//! CSRF, no session, hidden on the timeline, blurred until chosen, delete both records.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use scraper::{Html, Selector};
use solace_store::{Diary, DiaryConfig};
use solace_store_sqlite::{DB_FILE_NAME, SqliteStore};
use solace_web::{AppState, Config, app};
use std::collections::BTreeMap;
use std::sync::Arc;
use tower::ServiceExt;

const PASS: &str = "blue kettle quiet river";
const GPS: &[u8] = b"GPSLatitude=51.5007N;GPSLongitude=0.1246W";
const PIXELS: &[u8] = b"PIXELDATA-Q7-zebra";
const BOUNDARY: &str = "----solace-test-boundary-7731";

struct Res {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Res {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn html(&self) -> Html {
        Html::parse_document(&self.text())
    }
    fn count(&self, sel: &str) -> usize {
        self.html().select(&Selector::parse(sel).unwrap()).count()
    }
    fn attr(&self, sel: &str, name: &str) -> Option<String> {
        self.html()
            .select(&Selector::parse(sel).unwrap())
            .next()
            .and_then(|e| e.value().attr(name).map(str::to_owned))
    }
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

struct Client {
    app: Router,
    cookies: BTreeMap<String, String>,
    dir: tempfile::TempDir,
}

impl Client {
    async fn new() -> Client {
        Client::with_config(DiaryConfig::insecure_fast_kdf_for_tests()).await
    }

    async fn with_config(config: DiaryConfig) -> Client {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_in(dir.path()).await.unwrap();
        let diary = Arc::new(Diary::with_config(Arc::new(store), config).unwrap());
        let state = AppState::with_diary(Config::default(), diary).unwrap();
        Client {
            app: app(state),
            cookies: BTreeMap::new(),
            dir,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn csrf(&self) -> String {
        self.cookies.get("solace_csrf").cloned().unwrap_or_default()
    }

    async fn send(&mut self, req: Request<Body>) -> Res {
        let res = self.app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        for c in headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            let (k, v) = c.split(';').next().unwrap().split_once('=').unwrap();
            if v.is_empty() || c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        Res {
            status,
            headers,
            body,
        }
    }

    async fn get(&mut self, path: &str) -> Res {
        let req = Request::get(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Res {
        let mut all = vec![("csrf".to_owned(), self.csrf())];
        all.extend(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        let body = all
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = Request::post(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// POSTs `/diary/photo` as a browser would: multipart, the CSRF field first.
    async fn upload(&mut self, file: &[u8], note: &str, csrf: Option<String>) -> Res {
        let csrf = csrf.unwrap_or_else(|| self.csrf());
        self.upload_fields(file, &[("csrf", &csrf), ("note", note)])
            .await
    }

    /// [`Client::upload`] with any form fields before the photo.
    async fn upload_fields(&mut self, file: &[u8], fields: &[(&str, &str)]) -> Res {
        let body = multipart(fields, file);
        let req = Request::post("/diary/photo")
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// As [`Client::upload`], with the body sent in 16 KiB pieces as it arrives over a network
    /// (so the fields before the photo are read before the upload passes the limit).
    async fn upload_in_pieces(&mut self, file: &[u8], note: &str) -> Res {
        let body = multipart(&[("csrf", &self.csrf()), ("note", note)], file);
        let pieces: Vec<Result<Vec<u8>, std::io::Error>> =
            body.chunks(16 * 1024).map(|c| Ok(c.to_vec())).collect();
        let req = Request::post("/diary/photo")
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            // Each piece after a pause, as from a socket: the reader sees the first pieces
            // (the form token and the note) before the rest has arrived.
            .body(Body::from_stream(futures_util::StreamExt::then(
                futures_util::stream::iter(pieces),
                |piece| async move {
                    tokio::task::yield_now().await;
                    piece
                },
            )))
            .unwrap();
        self.send(req).await
    }

    async fn create(&mut self) {
        self.get("/diary").await;
        let res = self
            .post("/diary/new", &[("passphrase", PASS), ("confirm", PASS)])
            .await;
        assert_eq!(res.status, StatusCode::OK);
    }

    /// The SQLite file and its WAL, as a thief would copy them.
    fn raw_files(&self) -> Vec<u8> {
        let mut all = vec![];
        for name in [DB_FILE_NAME.to_owned(), format!("{DB_FILE_NAME}-wal")] {
            if let Ok(b) = std::fs::read(self.dir.path().join(name)) {
                all.extend(b);
            }
        }
        all
    }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn multipart(fields: &[(&str, &str)], file: &[u8]) -> Vec<u8> {
    let mut b = vec![];
    for (k, v) in fields {
        b.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .bytes(),
        );
    }
    b.extend(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"IMG_0001.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
        )
        .bytes(),
    );
    b.extend_from_slice(file);
    b.extend(format!("\r\n--{BOUNDARY}--\r\n").bytes());
    b
}

fn segment(code: u8, payload: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, code];
    s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    s.extend_from_slice(payload);
    s
}

/// A small JPEG's structure with an EXIF block holding GPS, and `extra` bytes of scan data.
fn jpeg(extra: usize) -> Vec<u8> {
    let mut j = vec![0xFF, 0xD8];
    j.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    let mut exif = b"Exif\0\0MM\0*\0\0\0\x08".to_vec();
    exif.extend_from_slice(GPS);
    j.extend(segment(0xE1, &exif));
    let mut dqt = vec![0u8];
    dqt.extend([1u8; 64]);
    j.extend(segment(0xDB, &dqt));
    j.extend(segment(0xC0, &[8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
    let mut dht = vec![0x00, 0, 1];
    dht.extend([0u8; 14]);
    dht.push(0);
    j.extend(segment(0xC4, &dht));
    j.extend(segment(0xDA, &[1, 1, 0, 0, 63, 0]));
    j.extend_from_slice(PIXELS);
    j.extend(std::iter::repeat_n(0x55, extra));
    j.extend_from_slice(&[0xFF, 0xD9]);
    j
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The first photo entry's view link on the timeline.
fn view_link(timeline: &Res) -> String {
    timeline
        .attr("li.photo-entry a.photo-show", "href")
        .expect("a Show photo link")
}

#[tokio::test]
async fn upload_strips_gps_seals_and_shows_only_when_chosen() {
    let mut c = Client::new().await;
    c.create().await;

    // The form: multipart, JPEG and PNG only, the content warning, the CSRF field.
    let form = c.get("/diary/photo").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.header("cache-control"), "no-store");
    assert_eq!(
        form.attr("form#photo-form", "enctype").as_deref(),
        Some("multipart/form-data")
    );
    assert_eq!(
        form.attr("input[type=file][name=photo]", "accept")
            .as_deref(),
        Some("image/jpeg,image/png")
    );
    assert_eq!(form.count("form#photo-form input[name=csrf]"), 1);
    assert!(
        form.text()
            .contains("Photos of bleeding or tissue can be upsetting to look at later")
    );
    assert!(!form.text().contains("style=\""), "no inline styles");

    // Upload.
    let original = jpeg(0);
    assert!(contains(&original, GPS));
    let up = c.upload(&original, "after the scan", None).await;
    assert_eq!(up.status, StatusCode::SEE_OTHER, "{}", up.text());
    assert_eq!(up.header("location"), "/diary");

    // The timeline: a hidden placeholder, never the image.
    let tl = c.get("/diary").await;
    assert_eq!(tl.status, StatusCode::OK);
    assert_eq!(tl.count("li.photo-entry"), 1, "{}", tl.text());
    assert!(tl.text().contains("Photo (hidden)"));
    assert_eq!(tl.count("img"), 0);
    assert!(!tl.text().contains(".img"));
    assert_eq!(tl.count(".warn"), 0, "no record counted unreadable");
    assert!(tl.text().contains("after the scan"));

    // The view page: blurred, with a warning and "Show clearly".
    let link = view_link(&tl);
    let view = c.get(&link).await;
    assert_eq!(view.status, StatusCode::OK);
    assert_eq!(view.header("cache-control"), "no-store");
    assert_eq!(view.count("img#photo.photo-blur"), 1);
    assert_eq!(view.count("#photo-warning"), 1);
    assert_eq!(view.count("button#photo-clear"), 1);
    let src = view.attr("img#photo", "src").unwrap();
    assert!(src.starts_with("/diary/photo/") && src.strip_suffix(".img").is_some());
    let clear = c.post(&link, &[("clear", "1")]).await;
    assert_eq!(clear.status, StatusCode::OK);
    assert_eq!(clear.count("img#photo"), 1);
    assert_eq!(clear.count("img.photo-blur"), 0);
    assert_eq!(clear.count("button#photo-blur"), 1);

    // The bytes: the image without its EXIF and GPS, never cached.
    let img = c.get(&src).await;
    assert_eq!(img.status, StatusCode::OK);
    assert_eq!(img.header("content-type"), "image/jpeg");
    assert_eq!(img.header("cache-control"), "no-store");
    assert_eq!(img.header("content-disposition"), "inline");
    assert!(contains(&img.body, PIXELS));
    assert!(!contains(&img.body, GPS));
    assert!(!contains(&img.body, b"Exif"));
    assert!(img.body.starts_with(&[0xFF, 0xD8]) && img.body.ends_with(&[0xFF, 0xD9]));
    assert!(
        solace_app::photo_meta::strip(&img.body).is_ok(),
        "still a JPEG"
    );

    // Sealed: the database file and its WAL hold neither the pixels nor the GPS.
    let raw = c.raw_files();
    assert!(!raw.is_empty());
    assert!(!contains(&raw, PIXELS));
    assert!(!contains(&raw, GPS));
    assert!(!contains(&raw, b"after the scan"));

    // Locked: the image and the pages ask to unlock.
    let mut stranger = Client {
        app: c.app.clone(),
        cookies: BTreeMap::new(),
        dir: tempfile::tempdir().unwrap(),
    };
    let no = stranger.get(&src).await;
    assert_eq!(no.count("form#unlock-form"), 1);
    assert!(!contains(&no.body, PIXELS));
    assert_eq!(stranger.get(&link).await.count("form#unlock-form"), 1);

    // Delete: both records go.
    let del = c.post(&link.replace("/view", "/delete"), &[]).await;
    assert_eq!(del.status, StatusCode::SEE_OTHER);
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("li.photo-entry"), 0);
    assert_eq!(tl.count("#empty"), 1);
    assert_eq!(c.get(&src).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn too_large_is_413_with_a_kind_message_and_nothing_stored() {
    let mut c = Client::new().await;
    c.create().await;
    let big = jpeg(6 * 1024 * 1024 + 10);
    let res = c.upload(&big, "", None).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.header("cache-control"), "no-store");
    assert!(
        res.text().contains("Photos can be up to 6 MB"),
        "{}",
        res.text()
    );
    assert_eq!(c.get("/diary").await.count("li.photo-entry"), 0);

    // Just under the limit is fine; the rest of the app keeps its 64 KiB.
    let ok = c.upload(&jpeg(5 * 1024 * 1024), "", None).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let long_note = "x".repeat(70 * 1024);
    let other = c
        .post("/diary/add", &[("kind", "note"), ("text", &long_note)])
        .await;
    // (That handler answers any unreadable form with 400; the point is that it is refused.)
    assert!(
        matches!(
            other.status,
            StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE
        ),
        "{}",
        other.status
    );
}

#[tokio::test]
async fn not_an_image_is_422_with_the_note_kept() {
    let mut c = Client::new().await;
    c.create().await;
    for file in [
        b"%PDF-1.7 not a photo".as_slice(),
        b"GIF89a\x01\0\x01\0\0\0\0",
        &jpeg(0)[..60],
    ] {
        let res = c.upload(file, "kept words", None).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.count("#error-summary"), 1);
        assert_eq!(res.count("#error-photo"), 1);
        assert!(res.text().contains("kept words"));
    }
    // No file chosen.
    let none = c.upload(b"", "", None).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(c.get("/diary").await.count("li.photo-entry"), 0);
}

#[tokio::test]
async fn without_a_session_or_csrf_nothing_is_stored() {
    let mut c = Client::new().await;
    c.create().await;
    let bad = c.upload(&jpeg(0), "", Some("0".repeat(64))).await;
    assert_eq!(bad.status, StatusCode::FORBIDDEN);

    let session = c.cookies.remove("solace_session").unwrap();
    let form = c.get("/diary/photo").await;
    assert_eq!(form.count("form#unlock-form"), 1);
    let up = c.upload(&jpeg(0), "", None).await;
    assert_eq!(up.count("form#unlock-form"), 1);
    assert_ne!(up.status, StatusCode::SEE_OTHER);

    c.cookies.insert("solace_session".to_owned(), session);
    assert_eq!(c.get("/diary").await.count("li.photo-entry"), 0);
}

/// Issue 11, item 9: a note typed with a photo that is refused for its size comes back in the
/// form. The note is sent before the photo (it comes first in the form), so it is read before
/// the upload is cut off at the limit.
#[tokio::test]
async fn a_note_typed_with_a_too_large_photo_is_kept() {
    let mut c = Client::new().await;
    c.create().await;
    let form = c.get("/diary/photo").await;
    let html = form.html();
    let fields: Vec<&str> = html
        .select(
            &scraper::Selector::parse("#photo-form textarea, #photo-form input[type=file]")
                .unwrap(),
        )
        .filter_map(|e| e.value().attr("name"))
        .collect();
    assert_eq!(fields, ["note", "photo"], "the note is sent first");

    let big = jpeg(6 * 1024 * 1024 + 10);
    let res = c.upload_in_pieces(&big, "HERON-3307 after the scan").await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.header("cache-control"), "no-store");
    assert_eq!(res.count("#error-photo"), 1, "{}", res.text());
    assert_eq!(res.count("#photo-form"), 1, "the form comes back");
    let note = res
        .html()
        .select(&scraper::Selector::parse("#field-note").unwrap())
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default();
    assert_eq!(note, "HERON-3307 after the scan");
    assert_eq!(c.get("/diary").await.count("li.photo-entry"), 0);
    // With a bad form token, the note is not shown back.
    let forged = c.upload(&big, "FORGED-1", Some("0".repeat(64))).await;
    assert!(!forged.text().contains("FORGED-1"));
}

/// Issue 15 item 6: a photo past the diary's quota is refused (422) with the limit named on the
/// photo field, the note kept, and nothing stored; the photos already kept are untouched.
#[tokio::test]
async fn a_photo_over_the_quota_is_422_with_the_limit_named_and_the_note_kept() {
    let mut c = Client::with_config(DiaryConfig {
        quota: solace_store::Quota {
            max_photos: 2,
            ..solace_store::Quota::default()
        },
        ..DiaryConfig::insecure_fast_kdf_for_tests()
    })
    .await;
    c.create().await;
    for _ in 0..2 {
        let ok = c.upload(&jpeg(0), "", None).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
    }
    let res = c.upload(&jpeg(0), "OSPREY-5521 third one", None).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.header("cache-control"), "no-store");
    assert_eq!(res.count("#error-summary"), 1);
    assert_eq!(res.count("#error-photo"), 1, "{}", res.text());
    assert!(
        res.text().contains("Your diary can keep 2 photos"),
        "{}",
        res.text()
    );
    let note = res
        .html()
        .select(&Selector::parse("#field-note").unwrap())
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default();
    assert_eq!(note, "OSPREY-5521 third one");
    assert_eq!(c.get("/diary").await.count("li.photo-entry"), 2);

    // Over the bytes: the limit in MB.
    let mut c = Client::with_config(DiaryConfig {
        quota: solace_store::Quota {
            max_bytes: 1024 * 1024,
            ..solace_store::Quota::default()
        },
        ..DiaryConfig::insecure_fast_kdf_for_tests()
    })
    .await;
    c.create().await;
    let res = c.upload(&jpeg(1024 * 1024), "kept", None).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text().contains("It can keep 1 MB in all"),
        "{}",
        res.text()
    );
    assert_eq!(res.count("#error-photo"), 1);
    assert_eq!(c.get("/diary").await.count("li.photo-entry"), 0);
}

/// Issue 15 item 10: the upload form carries a one-time value; the same upload sent again (a
/// retry after a lost response) stores one photo and answers as the first did.
#[tokio::test]
async fn a_retried_upload_with_the_same_form_value_stores_one_photo() {
    let mut c = Client::new().await;
    c.create().await;
    let form = c.get("/diary/photo").await;
    let once = form
        .attr("#photo-form input[name=form_id]", "value")
        .expect("a one-time value");
    assert_eq!(once.len(), 32);
    let again = c.get("/diary/photo").await;
    assert_ne!(
        again.attr("#photo-form input[name=form_id]", "value"),
        Some(once.clone()),
        "each form gets its own"
    );
    let csrf = c.csrf();
    let fields = [
        ("csrf", csrf.as_str()),
        ("form_id", once.as_str()),
        ("note", "sent twice"),
    ];
    for _ in 0..2 {
        let res = c.upload_fields(&jpeg(0), &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.header("location"), "/diary");
    }
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("li.photo-entry"), 1, "{}", tl.text());
    // A refused upload keeps its value, so the corrected one is still the same upload.
    let bad = c
        .upload_fields(b"%PDF-1.7", &[("csrf", &csrf), ("form_id", &once)])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.attr("#photo-form input[name=form_id]", "value"),
        Some(once)
    );
}
