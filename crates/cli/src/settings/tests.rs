use super::*;

fn given(values: &[(&'static str, &str, Origin)]) -> Given {
    let mut g = Given::default();
    for (name, value, origin) in values {
        g.values
            .insert(name, (vec![(*value).to_owned()], origin.clone()));
    }
    g
}

fn with_file(mut g: Given, text: &str) -> (Given, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("solace.toml");
    std::fs::write(&path, text).unwrap();
    g.config = Some((path, Origin::Flag));
    (g, dir)
}

fn refused(g: Given) -> String {
    Settings::resolve(g).expect_err("refused").0
}

#[test]
fn the_defaults_alone_make_a_local_server() {
    let s = Settings::resolve(Given::default()).unwrap();
    assert_eq!(s.addr, "127.0.0.1:7878".parse().unwrap());
    assert_eq!(s.region, Region::Uk);
    assert_eq!(s.database_url, None);
    assert_eq!(s.database_acquire_timeout, Duration::from_secs(2));
    assert_eq!(s.database_idle_timeout, Some(Duration::from_mins(10)));
    assert_eq!(s.database_max_connections, 10);
    assert!(s.migrate_on_start);
    assert_eq!(s.registration, Registration::Open);
    assert!(s.trusted_proxy.is_empty());
    assert_eq!(s.log_format, LogFormat::Text);
    assert_eq!(s.log_level, "info");
    // The defaults declared here are the libraries' own: one number each, not two that drift.
    let quota = solace_store::Quota::default();
    assert_eq!(
        (s.quota_max_entries, s.quota_max_photos, s.quota_max_bytes),
        (quota.max_entries, quota.max_photos, quota.max_bytes)
    );
    let web = solace_web::IpLimits::default();
    for (ours, theirs) in [
        (s.limit_register, web.register),
        (s.limit_unlock, web.unlock),
        (s.limit_recover, web.recover),
    ] {
        assert_eq!((ours.count, ours.window), (theirs.count, theirs.window));
    }
    assert_eq!(
        s.limit_register,
        Limit {
            count: 10,
            window: Duration::from_hours(1)
        }
    );
    assert_eq!(s.metrics_addr, None);
}

#[test]
fn a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() {
    let file = "addr = \"127.0.0.1:1001\"\nlog_level = \"debug\"\nregion = \"us\"\ndatabase_idle_timeout = \"0s\"\n";
    let (g, _dir) = with_file(Given::default(), file);
    let s = Settings::resolve(g).unwrap();
    assert_eq!(s.addr.port(), 1001, "the file beats the default");
    assert_eq!(s.log_level, "debug");
    assert_eq!(s.region, Region::Us);
    assert_eq!(s.database_idle_timeout, None, "0s: never closed");

    let (g, _dir) = with_file(given(&[("addr", "127.0.0.1:1002", Origin::Env)]), file);
    assert_eq!(
        Settings::resolve(g).unwrap().addr.port(),
        1002,
        "the environment beats the file"
    );

    // clap already put a flag before its environment variable: a flag arrives as Origin::Flag.
    let (g, _dir) = with_file(given(&[("addr", "127.0.0.1:1003", Origin::Flag)]), file);
    assert_eq!(Settings::resolve(g).unwrap().addr.port(), 1003);
}

#[test]
fn a_bad_value_is_named_with_where_it_came_from_and_what_was_expected() {
    let (g, dir) = with_file(Given::default(), "database_acquire_timeout = \"forever\"\n");
    let said = refused(g);
    let path = dir.path().join("solace.toml");
    assert_eq!(
        said,
        format!(
            "database_acquire_timeout in {}: expected a duration: a whole number with ms, s, m, h or d, like 2s, not \"forever\"",
            path.display()
        )
    );
    let said = refused(given(&[("database_max_connections", "0", Origin::Env)]));
    assert_eq!(
        said,
        "SOLACE_DATABASE_MAX_CONNECTIONS: expected a whole number from 1 to 1000, not \"0\""
    );
    let said = refused(given(&[("log_format", "xml", Origin::Flag)]));
    assert_eq!(said, "--log-format: expected text or json, not \"xml\"");
    let said = refused(given(&[("trusted_proxy", "10.0.0.300", Origin::Env)]));
    assert!(
        said.starts_with("SOLACE_TRUSTED_PROXY: expected IP addresses"),
        "{said}"
    );
    let said = refused(given(&[("exit_url", "ftp://x", Origin::Flag)]));
    assert!(
        said.starts_with("--exit-url: expected an absolute"),
        "{said}"
    );
    let said = refused(given(&[("public_host", "https://x.org/", Origin::Flag)]));
    assert!(
        said.starts_with("--public-host: expected the host name"),
        "{said}"
    );
    let said = refused(given(&[("log_level", "info,,=[", Origin::Flag)]));
    assert!(
        said.starts_with("--log-level: expected a log level"),
        "{said}"
    );
}

#[test]
fn the_file_may_hold_only_known_options_of_the_right_shape() {
    let (g, _dir) = with_file(Given::default(), "adr = \"127.0.0.1:1\"\n");
    assert!(refused(g).starts_with("adr in "), "an unknown key is named");
    let (g, _dir) = with_file(Given::default(), "trusted_proxy = \"127.0.0.1\"\n");
    assert!(refused(g).contains("expected a list of strings"));
    let (g, _dir) = with_file(Given::default(), "addr = [\"127.0.0.1:1\"]\n");
    assert!(refused(g).contains("expected a single value"));
    let (g, _dir) = with_file(Given::default(), "addr = \n");
    assert!(refused(g).contains("expected TOML"));
    let (g, _dir) = with_file(
        Given::default(),
        "trusted_proxy = [\"127.0.0.1\", \"::1\"]\nmigrate_on_start = false\nquota_max_entries = 50\n",
    );
    let s = Settings::resolve(g).unwrap();
    assert_eq!(s.trusted_proxy.len(), 2);
    assert!(!s.migrate_on_start);
    assert_eq!(s.quota_max_entries, 50, "numbers as TOML integers");
    let g = Given {
        config: Some(("/nonexistent/solace.toml".into(), Origin::Env)),
        ..Given::default()
    };
    assert!(refused(g).starts_with("--config: could not read"));
}

#[test]
fn a_database_url_with_a_password_is_refused_on_the_command_line_only() {
    let url = "postgres://app:hunter2@db.example.org/solace?sslmode=verify-full";
    let said = refused(given(&[("database_url", url, Origin::Flag)]));
    assert!(said.contains("SOLACE_DATABASE_URL"), "{said}");
    assert!(said.contains("--database-url-file"), "{said}");
    assert!(!said.contains("hunter2"), "the secret is never repeated");
    let s = Settings::resolve(given(&[("database_url", url, Origin::Env)])).unwrap();
    assert_eq!(s.database_url, Some(DatabaseUrl(url.to_owned())));
    assert!(
        !format!("{s:?}").contains("hunter2"),
        "nor printed by Debug"
    );
    // No password (peer or .pgpass authentication): a flag is fine.
    let bare = "postgres://app@db.example.org/solace";
    let s = Settings::resolve(given(&[("database_url", bare, Origin::Flag)])).unwrap();
    assert_eq!(s.database_url, Some(DatabaseUrl(bare.to_owned())));
    // From a file, and not both.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("url");
    std::fs::write(&file, format!("{url}\n")).unwrap();
    let f = file.display().to_string();
    let s = Settings::resolve(given(&[("database_url_file", &f, Origin::Flag)])).unwrap();
    assert_eq!(s.database_url, Some(DatabaseUrl(url.to_owned())));
    let said = refused(given(&[
        ("database_url_file", &f, Origin::Flag),
        ("database_url", bare, Origin::Env),
    ]));
    assert!(said.contains("both set"), "{said}");
}

#[test]
fn passwords_are_found_in_the_user_part_and_the_query() {
    assert!(url_has_password("postgres://a:b@h/d"));
    assert!(url_has_password("postgresql://a:b@h:5432"));
    assert!(url_has_password(
        "postgres://a@h/d?sslmode=require&password=x"
    ));
    assert!(!url_has_password("postgres://a@h/d?sslmode=require"));
    assert!(!url_has_password("postgres://h:5432/d"));
    assert!(!url_has_password("postgres:///d?host=/run/postgresql"));
}

#[test]
fn invite_only_registration_reads_its_codes() {
    let said = refused(given(&[("registration", "invite", Origin::Env)]));
    assert!(said.contains("needs invite_codes_file"), "{said}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("codes");
    std::fs::write(&file, "# codes\nalpha-river\n\nbeta-stone\n").unwrap();
    let f = file.display().to_string();
    let s = Settings::resolve(given(&[
        ("registration", "invite", Origin::Env),
        ("invite_codes_file", &f, Origin::Env),
    ]))
    .unwrap();
    assert_eq!(
        s.registration,
        Registration::Invite(vec!["alpha-river".into(), "beta-stone".into()])
    );
    std::fs::write(&file, "# none yet\n").unwrap();
    let said = refused(given(&[
        ("registration", "invite", Origin::Env),
        ("invite_codes_file", &f, Origin::Env),
    ]));
    assert!(said.contains("at least one invitation code"), "{said}");
    assert_eq!(
        Settings::resolve(given(&[("registration", "closed", Origin::Flag)]))
            .unwrap()
            .registration,
        Registration::Closed
    );
}

#[test]
fn durations_sizes_and_limits_read_as_written() {
    assert_eq!(duration("500ms"), Ok(Duration::from_millis(500)));
    assert_eq!(duration("2s"), Ok(Duration::from_secs(2)));
    assert_eq!(duration("10m"), Ok(Duration::from_mins(10)));
    assert_eq!(duration("1d"), Ok(Duration::from_hours(24)));
    for bad in ["", "2", "s", "2 s", "-1s", "1.5s", "2w"] {
        assert!(duration(bad).is_err(), "{bad:?}");
    }
    assert_eq!(bytes("1GiB"), Ok(1 << 30));
    assert_eq!(bytes("500MiB"), Ok(500 << 20));
    assert_eq!(bytes("1048576"), Ok(1 << 20));
    for bad in ["1KiB", "1GB", "lots", "2000GiB"] {
        assert!(bytes(bad).is_err(), "{bad:?}");
    }
    assert_eq!(
        limit("30/10m"),
        Ok(Limit {
            count: 30,
            window: Duration::from_mins(10)
        })
    );
    for bad in ["30", "0/1h", "30/0s", "30/2d", "x/1h"] {
        assert!(limit(bad).is_err(), "{bad:?}");
    }
    let said = refused(given(&[("database_acquire_timeout", "30ms", Origin::Env)]));
    assert!(said.contains("from 100ms to 60s"), "{said}");
}

#[test]
fn every_declared_option_is_read_and_every_default_is_valid() {
    let layered = Layered::build(Given::default()).unwrap();
    Settings::resolve_layered(&layered).unwrap();
    let read = layered.read.borrow();
    for o in OPTIONS {
        assert!(
            read.contains(&o.name),
            "{} is declared but never read",
            o.name
        );
    }
}

#[test]
fn names_follow_one_rule() {
    let mut seen = std::collections::BTreeSet::new();
    for o in OPTIONS {
        assert!(seen.insert(o.name), "{} declared twice", o.name);
        let expected = format!("SOLACE_{}", o.name.to_ascii_uppercase());
        // SOLACE_LOG is the log filter's variable from before the configuration file.
        if o.name != "log_level" {
            assert_eq!(o.env, expected);
        }
        assert!(!o.help.is_empty(), "{} has no help", o.name);
        assert!(
            o.default.is_some() || !o.example.is_empty(),
            "{} shows nothing",
            o.name
        );
    }
}

#[test]
fn the_serve_and_migrate_flags_are_the_declared_options() {
    let serve = add_args(Command::new("serve"), For::Serve);
    let migrate = add_args(Command::new("migrate"), For::Migrate);
    for o in OPTIONS {
        let long = o.flag();
        let long = long.trim_start_matches("--");
        let in_serve = serve.get_arguments().any(|a| a.get_long() == Some(long));
        assert_eq!(in_serve, !o.global, "{long} in serve");
        let in_migrate = migrate.get_arguments().any(|a| a.get_long() == Some(long));
        assert_eq!(in_migrate, o.migrate, "{long} in migrate");
    }
    // A list flag repeats, and its environment variable splits at commas.
    let m = serve
        .try_get_matches_from([
            "serve",
            "--trusted-proxy",
            "127.0.0.1",
            "--trusted-proxy",
            "::1,10.0.0.1",
        ])
        .unwrap();
    let g = read_given(&m, For::Serve);
    assert_eq!(
        g.values["trusted_proxy"].0,
        ["127.0.0.1", "::1", "10.0.0.1"]
    );
    assert_eq!(g.values["trusted_proxy"].1, Origin::Flag);
}

#[test]
fn the_example_file_holds_every_option_and_each_line_reads_back() {
    let example = example_file();
    let mut uncommented = String::new();
    for o in OPTIONS {
        let value = o.default.unwrap_or(o.example);
        let line = format!("#{} = {value}\n", o.name);
        assert!(example.contains(&line), "{line}");
        if o.name != "database_url_file" {
            uncommented.push_str(&line[1..]);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.toml");
    std::fs::write(&path, &uncommented).unwrap();
    assert_eq!(read_file(&path).unwrap().len(), OPTIONS.len() - 1);
}

/// `docs/solace.example.toml` and `docs/configuration.md` are the generated text (run
/// `solace config example > docs/solace.example.toml` and
/// `solace config reference > docs/configuration.md` after changing an option).
#[test]
fn the_committed_example_file_and_reference_match_the_declaration() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs");
    let example = std::fs::read_to_string(docs.join("solace.example.toml")).unwrap();
    assert!(
        example == example_file(),
        "docs/solace.example.toml is stale: run `solace config example > docs/solace.example.toml`"
    );
    let reference_md = std::fs::read_to_string(docs.join("configuration.md")).unwrap();
    assert!(
        reference_md == reference(),
        "docs/configuration.md is stale: run `solace config reference > docs/configuration.md`"
    );
}
