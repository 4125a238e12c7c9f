//! Native benchmark: throughput of each pipeline stage in MB/s on ~2 MB of German news text.
//! `cargo run --release --bin bench [MB]`. The browser figures come from `scripts/bench.mjs`.

use std::time::Duration;

use randnotiz::bench::timing::fastest;
use randnotiz::bench::{sample_text, Bench, Stage};

fn main() {
    let mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2.0);
    let text = sample_text((mb * 1e6) as usize);
    let bench = match Bench::new(&text) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "native benchmark on {:.2} MB of German news text",
        bench.bytes() as f64 / 1e6
    );
    for stage in Stage::ALL {
        let items = bench.run(stage);
        let t = fastest(Duration::from_secs(1), || bench.run(stage));
        println!(
            "{:<10} {:>8.1} MB/s  {:>9.2} ms/run  {:>7} items  (fastest of {} runs)",
            stage.name(),
            t.mb_per_s(bench.bytes()),
            t.ms(),
            items,
            t.runs
        );
    }
}
