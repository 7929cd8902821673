#!/usr/bin/env python3
"""Builds the held-out pages and their labels from the UTF-8 sources in tools/src/.

    python3 testdata/heldout/tools/build.py                     # this set (testdata/heldout)
    python3 testdata/heldout/tools/build.py testdata/heldout2    # another set with the same layout

A set directory holds tools/src/p*.py (the sources), and gets pages/, expected/ and the
table in its README.md. The sources import lib.py from this directory, whichever set they
belong to.

Each source module defines the labels and an html() function. The build
  - encodes the page in its own charset with errors="strict" (a character the charset
    cannot hold fails the build instead of silently becoming "?"),
  - checks that the title and every body line are present in the page's visible text
    (after removing tags, pinyin annotations and whitespace), so labels are exactly the
    text that was placed in the page,
  - writes the expected JSON (UTF-8) in the SITES-FORMAT.md "held-out" shape,
  - regenerates the provenance table in README.md between the TABLE markers.
"""
import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent  # the set being built; main() replaces it when a set directory is given
sys.path.insert(0, str(HERE))
import lib  # noqa: E402
from check import visible_text, squeeze, CODECS  # noqa: E402

FIELDS = ["url", "contentType", "charset", "isArticle", "title", "published", "source", "author",
          "script", "body", "lostCharacters", "provinces", "helperProvinces", "recipientProvinces",
          "places", "hospitals", "agreements", "syndication"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def label(mod):
    if not mod.IS_ARTICLE:
        return {"url": mod.URL, "contentType": mod.CONTENT_TYPE, "charset": mod.CHARSET, "isArticle": False}
    body = "\n".join(mod.BODY)
    lost = "??" in body or "\ufffd" in body or "??" in (mod.TITLE or "")
    d = {
        "url": mod.URL, "contentType": mod.CONTENT_TYPE, "charset": mod.CHARSET, "isArticle": True,
        "title": mod.TITLE, "published": mod.PUBLISHED, "source": mod.SOURCE, "author": mod.AUTHOR,
        "script": mod.SCRIPT, "body": body, "lostCharacters": lost,
        "provinces": mod.PROVINCES, "helperProvinces": mod.HELPER_PROVINCES,
        "recipientProvinces": mod.RECIPIENT_PROVINCES, "places": mod.PLACES,
        "hospitals": mod.HOSPITALS, "agreements": mod.AGREEMENTS, "syndication": None,
    }
    assert list(d) == FIELDS
    return d


def build_one(mod):
    name = mod.NAME
    text = mod.html()
    codec = CODECS[mod.CHARSET] if mod.ENCODING is None else mod.ENCODING
    try:
        raw = text.encode(codec, errors="strict")
    except UnicodeEncodeError as e:
        ch = e.object[e.start:e.end]
        ctx = e.object[max(0, e.start - 15):e.end + 15]
        raise SystemExit("%s: %r (U+%04X) cannot be encoded in %s, near %r" % (name, ch, ord(ch[0]), codec, ctx))
    if raw.decode(CODECS[mod.CHARSET], errors="strict") != text:
        raise SystemExit("%s: bytes do not round-trip through %s" % (name, mod.CHARSET))
    d = label(mod)
    if d["isArticle"]:
        seen = squeeze(visible_text(text))
        for line in ([d["title"]] if d["title"] else []) + mod.BODY:
            if squeeze(line) not in seen:
                raise SystemExit("%s: labelled line not found in page text: %r" % (name, line))
        n = len(squeeze(d["body"]))
        if not 200 <= n <= 1200:
            raise SystemExit("%s: body has %d characters, want 200..1200" % (name, n))
    (ROOT / "pages" / (name + ".html")).write_bytes(raw)
    (ROOT / "expected" / (name + ".json")).write_text(
        json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return d


def readme_table(mods):
    rows = ["| file | template imitated | encoding (declared) | what it tests | places / hospitals named |",
            "|---|---|---|---|---|"]
    for m in mods:
        cells = [c.replace("|", "\\|") for c in (m.TEMPLATE, m.ENCODING_NOTE, m.TESTS, m.NAMED)]
        rows.append("| `%s.html` | %s | %s | %s | %s |" % (m.NAME, *cells))
    return "\n".join(rows)


def main(argv):
    global ROOT
    if len(argv) > 1:
        ROOT = pathlib.Path(argv[1]).resolve()
    src = ROOT / "tools" / "src"
    if not src.is_dir():
        raise SystemExit("%s: no tools/src directory with page sources" % ROOT)
    mods = [load(p) for p in sorted(src.glob("p*.py"))]
    if not mods:
        raise SystemExit("%s: no page sources (p*.py)" % src)
    for d in ("pages", "expected"):
        (ROOT / d).mkdir(exist_ok=True)
    names = [m.NAME for m in mods]
    assert len(set(names)) == len(names), "duplicate page names"
    for m in mods:
        assert m.__name__ == "p" + m.NAME.replace("-", "_"), (m.__name__, m.NAME)
        build_one(m)
    readme = ROOT / "README.md"
    if readme.exists():
        t = readme.read_text(encoding="utf-8")
        new = re.sub(r"(<!-- TABLE START -->\n).*?(<!-- TABLE END -->)",
                     lambda mo: mo.group(1) + readme_table(mods) + "\n" + mo.group(2), t, flags=re.S)
        if new == t and readme_table(mods) not in t:
            raise SystemExit("README.md has no TABLE START/END markers")
        readme.write_text(new, encoding="utf-8")
    print("built %d pages in %s" % (len(mods), ROOT))


if __name__ == "__main__":
    main(sys.argv)
