#!/usr/bin/env bash
# Makes docs/export-sample.png: a made-up diary in a temporary folder, exported as a PDF and drawn
# with pdftoppm (poppler-utils). Run from the repository root after `cargo build --release`.
set -euo pipefail
BIN="${BIN:-target/release/solace}"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
NOW="2026-11-25T12:00:00Z"
printf 'sample diary passphrase\n' >"$DIR/pass"
chmod 600 "$DIR/pass"
run() { "$BIN" "$@" --data-dir "$DIR/data" --passphrase-file "$DIR/pass" --now "$NOW"; }
run diary init >/dev/null
while read -r line; do
  echo "$line" | run diary add --json >/dev/null 2>&1
done <<'ENTRIES'
{"kind":"bleeding","at":"2026-11-01T08:00:00Z","amount":"light","colour":"red"}
{"kind":"pain","at":"2026-11-01T08:05:00Z","score":3,"where":"lower_middle"}
{"kind":"hcg","at":"2026-11-02T09:00:00Z","iu_per_l":1850}
{"kind":"bleeding","at":"2026-11-02T19:00:00Z","pad_fullness":"moderate","clots":"small"}
{"kind":"pain","at":"2026-11-02T19:05:00Z","score":4}
{"kind":"scan","at":"2026-11-03T11:00:00Z","showed":"not_seen","note":"Transvaginal scan at the early pregnancy unit"}
{"kind":"hcg","at":"2026-11-04T09:30:00Z","iu_per_l":820}
{"kind":"bleeding","at":"2026-11-04T20:00:00Z","pads_soaked_per_hour":1,"pad_fullness":"full","clots":"large"}
{"kind":"pain","at":"2026-11-04T20:05:00Z","score":6}
{"kind":"event","at":"2026-11-05T10:00:00Z","event":"loss_confirmed"}
{"kind":"event","at":"2026-11-05T10:30:00Z","event":"management_chosen","management":"expectant"}
{"kind":"medication","at":"2026-11-05T12:00:00Z","name":"Paracetamol","dose":"1 g"}
{"kind":"bleeding","at":"2026-11-05T20:00:00Z","pad_fullness":"full","clots":"small"}
{"kind":"pain","at":"2026-11-05T20:05:00Z","score":5}
{"kind":"temperature","at":"2026-11-06T18:00:00Z","celsius":37.4}
{"kind":"bleeding","at":"2026-11-06T18:10:00Z","pad_fullness":"moderate"}
{"kind":"pain","at":"2026-11-06T18:15:00Z","score":3}
{"kind":"medication","at":"2026-11-06T19:00:00Z","name":"Ibuprofen","dose":"400 mg"}
{"kind":"temperature","at":"2026-11-07T08:00:00Z","celsius":38.1}
{"kind":"bleeding","at":"2026-11-07T08:10:00Z","pad_fullness":"moderate"}
{"kind":"hcg","at":"2026-11-09T09:00:00Z","iu_per_l":210}
{"kind":"bleeding","at":"2026-11-09T09:10:00Z","amount":"spotting","pad_fullness":"light"}
{"kind":"pain","at":"2026-11-09T09:15:00Z","score":1}
{"kind":"temperature","at":"2026-11-09T09:20:00Z","celsius":36.9}
{"kind":"bleeding","at":"2026-11-12T09:00:00Z","amount":"spotting","pad_fullness":"light"}
{"kind":"hcg","at":"2026-11-16T09:00:00Z","iu_per_l":24}
{"kind":"bleeding","at":"2026-11-16T09:10:00Z","amount":"none"}
{"kind":"pregnancy_test","at":"2026-11-24T07:00:00Z","result":"negative"}
{"kind":"question","at":"2026-11-24T08:00:00Z","text":"Is it normal that the bleeding stopped and started again?"}
{"kind":"question","at":"2026-11-24T08:01:00Z","text":"Do I need another blood test?"}
{"kind":"question","at":"2026-11-24T08:02:00Z","text":"When can we try again?"}
ENTRIES
run export --format pdf --out "$DIR/sample.pdf" >/dev/null
pdfinfo "$DIR/sample.pdf" | grep -E '^Pages'
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$DIR/sample.pdf" docs/export-sample
echo "wrote docs/export-sample.png"
