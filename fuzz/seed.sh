#!/bin/sh
# Seeds the fuzz corpora from examples/ (and tests/fixtures/hostile): one corpus file per plan
# file, its first byte naming the file kind as the load_bytes target reads it.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/load_bytes corpus/pipeline
i=0
for f in $(find ../examples ../tests/fixtures/hostile -name '*.toml' | sort); do
    case $f in
        */jurisdiction.toml) k='\000' ;;
        */plan.toml) k='\001' ;;
        */commitments/*) k='\002' ;;
        */meetings.toml) k='\003' ;;
        *) k='\004' ;;
    esac
    { printf "$k"; cat "$f"; } > "corpus/load_bytes/seed-$i"
    # The pipeline reads the same bytes as a structure; a plan file also seeds its raw-file case.
    cp "corpus/load_bytes/seed-$i" "corpus/pipeline/seed-$i"
    i=$((i + 1))
done
echo "seeded $i files"
