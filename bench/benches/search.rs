//! Criterion benches of the article search (issue 5): building the in-RAM tantivy index from the
//! embedded articles (done once at `solace serve` start), and answering everyday queries —
//! including typos that go through the one-edit correction — with snippets, as `/learn` and
//! `solace search` do.
//!
//! Run: `cargo bench -p solace-bench --bench search`.

use criterion::{Criterion, criterion_group, criterion_main};
use solace_content::search::{SearchIndex, global};
use std::hint::black_box;

/// Queries from `crates/content/tests/it/search.rs`: plain words, phrases and typos.
const QUERIES: [&str; 6] = [
    "small clots",
    "did stress cause",
    "miscarrage",
    "when can we try again",
    "hcg not doubling",
    "bleading when should I get help",
];

fn bench_search(c: &mut Criterion) {
    let index = global().expect("the search index builds");
    let mut g = c.benchmark_group("search");
    for q in QUERIES {
        g.bench_function(q, |b| {
            b.iter(|| black_box(index.search(black_box(q), 10).expect("searches")));
        });
    }
    g.sample_size(10);
    g.bench_function("build index (19 articles)", |b| {
        b.iter(|| black_box(SearchIndex::build(solace_content::articles::all()).expect("builds")));
    });
    g.finish();
}

criterion_group!(benches, bench_search);
criterion_main!(benches);
