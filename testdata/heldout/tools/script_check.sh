#!/bin/sh
# Authoring aid: lists characters of the other script in each labelled title+body (needs icu4j
# in the local Maven repository, which the project's lucene-analysis-icu dependency brings).
# Usage: script_check.sh [set-dir]   (default: the set this tools/ directory belongs to)
set -e
here=$(cd "$(dirname "$0")" && pwd)
set_dir=${1:-$here/..}
jar=$(find "${HOME}/.m2/repository/com/ibm/icu/icu4j" -name 'icu4j-*.jar' 2>/dev/null | sort | tail -1)
[ -n "$jar" ] || { echo "icu4j jar not found under ~/.m2; run a Maven build of indexer first" >&2; exit 2; }
python3 - "$set_dir/expected" <<'PY' | java -Dfile.encoding=UTF-8 -cp "$jar" "$here/ScriptCheck.java"
import json, pathlib, sys
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    d = json.loads(p.read_text(encoding="utf-8"))
    if d.get("isArticle"):
        text = ((d["title"] or "") + (d["source"] or "") + (d["author"] or "") + d["body"]).replace("\t", " ").replace("\n", " ")
        print("%s\t%s\t%s" % (p.stem, d["script"], text))
PY
