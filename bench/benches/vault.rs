//! Criterion benches of the vault: sealing and opening one diary entry (XChaCha20-Poly1305 with
//! padding, the record id and user as associated data), as every add and every view does.
//! The data key comes from a real vault made once outside the timed loop (Argon2id is slow on
//! purpose and is not what is measured here).
//!
//! Run: `cargo bench -p solace-bench --bench vault`.

use criterion::{Criterion, criterion_group, criterion_main};
use solace_store::vault::{self, KdfParams, Passphrase, RECORD_FORMAT_V1};
use std::hint::black_box;

fn bench_vault(c: &mut Criterion) {
    let made = vault::create_vault(
        &Passphrase::new("blue kettle quiet river".to_owned()),
        KdfParams::recommended(),
    )
    .expect("a vault");
    let key = made.key;
    let user = vault::new_user_id().expect("an id");
    let id = vault::new_record_id().expect("an id");
    let entry = serde_json::json!({
        "kind": "bleeding", "at": "2026-11-20T09:00:00Z", "pads_soaked_per_hour": 1,
        "pad_fullness": "moderate", "clots": "small",
        "note": "changed pads twice this morning, cramps easing after paracetamol"
    })
    .to_string();
    let sealed = vault::seal_record(&key, user, id, entry.as_bytes()).expect("seals");

    let mut g = c.benchmark_group("vault_entry");
    g.bench_function("seal", |b| {
        b.iter(|| {
            black_box(vault::seal_record(
                &key,
                user,
                id,
                black_box(entry.as_bytes()),
            ))
        });
    });
    g.bench_function("open", |b| {
        b.iter(|| {
            black_box(vault::open_record(
                &key,
                user,
                id,
                RECORD_FORMAT_V1,
                black_box(&sealed),
            ))
        });
    });
    g.finish();
}

criterion_group!(benches, bench_vault);
criterion_main!(benches);
