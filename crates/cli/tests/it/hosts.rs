//! Issue 14 item 6 from outside: the real `solace serve` answers a forged `Host` (DNS rebinding)
//! with 421 and no body, on the port it actually bound; hosted mode will not start without
//! `--public-host`.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::crash::Server;

/// One GET with the given `Host`: the whole response as text.
fn get(addr: SocketAddr, host: &str) -> String {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "GET /diary HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("a response");
    String::from_utf8_lossy(&response).into_owned()
}

#[test]
fn the_real_server_refuses_a_forged_host_with_421_and_no_body() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"));
    let port = server.addr.port();
    for forged in [
        format!("evil.example:{port}"),
        format!("127.0.0.1:{}", port.wrapping_add(1).max(1)),
        "127.0.0.1".to_owned(),
    ] {
        let res = get(server.addr, &forged);
        assert!(res.starts_with("HTTP/1.1 421 "), "{forged}: {res}");
        let (head, body) = res.split_once("\r\n\r\n").unwrap();
        assert!(body.is_empty(), "{forged}: no body, got {body:?}");
        assert!(
            !head.to_ascii_lowercase().contains("set-cookie"),
            "{forged}: {head}"
        );
    }
    for ours in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let res = get(server.addr, &ours);
        assert!(res.starts_with("HTTP/1.1 200 "), "{ours}: {res}");
    }
}

fn serve_refused(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_solace"))
        .arg("serve")
        .args(args)
        .arg("--data-dir")
        .arg(dir.path())
        .env_remove("SOLACE_DATABASE_URL")
        .env_remove("SOLACE_PUBLIC_HOST")
        .stdin(Stdio::null())
        .output()
        .expect("run solace serve");
    assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
    assert!(out.stdout.is_empty(), "{args:?}: it never started");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn hosted_mode_will_not_start_without_a_public_host_nor_local_mode_with_one() {
    let err = serve_refused(&["--database-url", "postgres://nobody@127.0.0.1:1/none"]);
    assert!(err.contains("needs --public-host"), "{err}");
    let err = serve_refused(&["--public-host", "diary.example.org"]);
    assert!(err.contains("--public-host is for hosted mode"), "{err}");
    let err = serve_refused(&[
        "--database-url",
        "postgres://nobody@127.0.0.1:1/none",
        "--public-host",
        "https://diary.example.org/",
    ]);
    assert!(err.contains("--public-host"), "{err}");
}
