//! Issue 15 item 10: backups on the web. The download asks the passphrase again and gives the
//! same file as `solace export --format backup`; an import makes a new account (hosted: a new
//! name; local: only into an empty diary); bad files each get their own words and change
//! nothing.

use crate::support::diary_client::{Client, PASS, Res};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use solace_store::backup::Backup;
use solace_store::{DiaryConfig, KdfParams};
use solace_web::Config;

const BOUNDARY: &str = "----solace-backup-boundary-4410";

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
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"backup\"; filename=\"solace-backup.json\"\r\nContent-Type: application/json\r\n\r\n"
        )
        .bytes(),
    );
    b.extend_from_slice(file);
    b.extend(format!("\r\n--{BOUNDARY}--\r\n").bytes());
    b
}

async fn import(c: &mut Client, fields: &[(&str, &str)], file: &[u8]) -> Res {
    let csrf = c.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    let req = Request::post("/diary/import")
        .header(header::HOST, c.host.as_str())
        .header(header::COOKIE, c.cookie_header())
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(multipart(&all, file)))
        .unwrap();
    c.send(req).await
}

/// Backups refuse the test key derivation: these diaries use the shipped parameters' floor.
fn real_kdf() -> DiaryConfig {
    DiaryConfig {
        kdf: KdfParams::FLOOR,
        ..DiaryConfig::default()
    }
}

/// A hosted diary `name` with two notes, its session open.
async fn hosted_with_notes(name: &str) -> Client {
    let mut c = Client::new(Client::hosted_config(), real_kdf()).await;
    c.get("/diary/new").await;
    let made = c
        .post(
            "/diary/new",
            &[("account", name), ("passphrase", PASS), ("confirm", PASS)],
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let code = made.text("#recovery-code");
    c.post("/diary/saved", &[("code", code.trim()), ("saved", "yes")])
        .await;
    for text in ["LINNET-1 first", "LINNET-2 second"] {
        let res = c
            .post(
                "/diary/add",
                &[("kind", "note"), ("text", text), ("save", "1")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    c
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_downloads_after_the_passphrase_and_imports_as_a_new_account() {
    let mut c = hosted_with_notes("alder").await;
    let settings = c.get("/diary/settings").await;
    assert_eq!(settings.count("form#backup-form input[name=passphrase]"), 1);
    assert_eq!(settings.count("a#backup-import-link"), 1);

    let wrong = c
        .post(
            "/diary/backup",
            &[("passphrase", "not my passphrase at all")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.count("#error-passphrase"), 1, "{}", wrong.body);
    assert!(!wrong.header("content-disposition").contains("attachment"));

    let file = c.post("/diary/backup", &[("passphrase", PASS)]).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("cache-control"), "no-store");
    assert_eq!(
        file.header("content-disposition"),
        "attachment; filename=\"solace-backup.json\""
    );
    let parsed = Backup::from_bytes(&file.bytes).expect("the backup format");
    assert_eq!(parsed.records.len(), 2);
    assert!(!file.body.contains("LINNET"), "the file is opaque");

    // Import as a new account on the same server (the old id is in use here).
    c.post("/diary/lock", &[]).await;
    let form = c.get("/diary/import").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.count("form#import-form input[name=account]"), 1);
    let taken = import(
        &mut c,
        &[("account", "alder"), ("passphrase", PASS)],
        &file.bytes,
    )
    .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(taken.count("#error-account"), 1, "{}", taken.body);
    let done = import(
        &mut c,
        &[("account", "birch"), ("passphrase", PASS)],
        &file.bytes,
    )
    .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.text("#imported").contains("We brought in 2 entries"));

    let open = c
        .post(
            "/diary/unlock",
            &[("account", "birch"), ("passphrase", PASS)],
        )
        .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER, "{}", open.body);
    let tl = c.get("/diary").await;
    assert!(tl.body.contains("LINNET-1 first") && tl.body.contains("LINNET-2 second"));
    assert_eq!(tl.count("li.entry"), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_refuses_bad_files_each_with_its_own_words() {
    let mut c = hosted_with_notes("cedar").await;
    let file = c.post("/diary/backup", &[("passphrase", PASS)]).await.bytes;
    let fields = [("account", "new-name"), ("passphrase", PASS)];

    let cut = import(&mut c, &fields, &file[..file.len() / 2]).await;
    assert_eq!(cut.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        cut.text("#error-backup").contains("damaged or cut short"),
        "{}",
        cut.body
    );

    let other = import(&mut c, &fields, br#"{"hello": "world"}"#).await;
    assert!(other.text("#error-backup").contains("not a Solace backup"));

    let newer = import(
        &mut c,
        &fields,
        br#"{"magic": "solace-backup", "format": 9}"#,
    )
    .await;
    assert!(newer.text("#error-backup").contains("newer Solace"));

    let wrong = import(
        &mut c,
        &[
            ("account", "new-name"),
            ("passphrase", "a wrong passphrase here"),
        ],
        &file,
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text("#error-passphrase")
            .contains("does not open the backup")
    );
    assert_eq!(
        wrong
            .html()
            .select(&scraper::Selector::parse("#field-account").unwrap())
            .next()
            .and_then(|e| e.value().attr("value")),
        Some("new-name"),
        "the name is kept"
    );

    let mut changed = Backup::from_bytes(&file).unwrap();
    changed.records[0].ciphertext[3] ^= 1;
    let tampered = import(&mut c, &fields, &changed.to_bytes()).await;
    assert!(
        tampered
            .text("#error-backup")
            .contains("changed or damaged")
    );

    let none = import(&mut c, &fields, b"").await;
    assert!(
        none.text("#error-backup")
            .contains("choose the backup file")
    );

    // Over the limit: refused from its declared length, before it is read.
    let csrf = c.csrf();
    let req = Request::post("/diary/import")
        .header(header::HOST, c.host.as_str())
        .header(header::COOKIE, c.cookie_header())
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(
            header::CONTENT_LENGTH,
            (solace_web::pages::diary::IMPORT_BODY_LIMIT + 1).to_string(),
        )
        .body(Body::from(multipart(&[("csrf", &csrf)], b"{}")))
        .unwrap();
    let big = c.send(req).await;
    assert_eq!(big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        big.text("#error-backup").contains("larger than 256 MB"),
        "{}",
        big.body
    );

    // Nothing was made by any of them.
    let login = c
        .post(
            "/diary/unlock",
            &[("account", "new-name"), ("passphrase", PASS)],
        )
        .await;
    assert_ne!(login.status, StatusCode::SEE_OTHER);
}

/// Local mode: a backup goes only into an empty diary; with one there, a clear message.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_local_import_needs_an_empty_diary() {
    let mut c = Client::new(Config::default(), real_kdf()).await;
    c.create().await;
    c.post(
        "/diary/add",
        &[("kind", "note"), ("text", "PIPIT-3 kept"), ("save", "1")],
    )
    .await;
    let file = c.post("/diary/backup", &[("passphrase", PASS)]).await.bytes;
    assert!(Backup::from_bytes(&file).is_ok());
    let form = c.get("/diary/import").await;
    assert_eq!(form.count("form#import-form input[name=account]"), 0);
    let res = import(&mut c, &[("passphrase", PASS)], &file).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text("#error-summary")
            .contains("There is a diary here already"),
        "{}",
        res.body
    );

    // Another computer's empty Solace takes it.
    let mut other = Client::new(Config::default(), real_kdf()).await;
    other.get("/diary").await;
    let done = import(&mut other, &[("passphrase", PASS)], &file).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let open = other.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(open.status, StatusCode::SEE_OTHER, "{}", open.body);
    assert!(other.get("/diary").await.body.contains("PIPIT-3 kept"));
}
