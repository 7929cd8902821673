#!/usr/bin/env python3
"""Checks the held-out set as committed (pages/ + expected/), without the sources.

    python3 testdata/heldout/tools/check.py                     # this set (testdata/heldout)
    python3 testdata/heldout/tools/check.py testdata/heldout2    # another set with the same layout

For every expected/<name>.json with a pages/<name>.html beside it:
  - the page decodes strictly in its labelled charset, and the text has no U+FFFD;
  - the label has the held-out shape (fields, types, controlled values, ISO dates,
    helper/recipient provinces listed in provinces, fictional .example URL);
  - for articles, the title and every body line occur in the page's visible text
    (tags, scripts, pinyin annotations and whitespace removed);
  - lostCharacters is true exactly when the labelled text keeps "??".
And over the whole set: at least 24 pages, at least 6 in Traditional script, every
agreement type but 其他 at least once, and the encodings the set promises (UTF-8, GB18030
with a GBK-only character, Big5, a page with no charset declared, a page whose meta lies).
Prints one line per page and a closing "N passed, N failed" line; exits 1 on any failure.
"""
import datetime
import html
import json
import pathlib
import re
import sys
from urllib.parse import urlsplit

ROOT = pathlib.Path(__file__).resolve().parent.parent  # default set; main() takes another from argv
CODECS = {"UTF-8": "utf-8", "GB18030": "gb18030", "Big5": "big5"}
AGREEMENT_TYPES = {"医联体", "医共体", "专科联盟", "托管", "对口帮扶", "合作共建", "组团式帮扶", "远程医疗", "其他"}
ARTICLE_FIELDS = ["url", "contentType", "charset", "isArticle", "title", "published", "source", "author",
                  "script", "body", "lostCharacters", "provinces", "helperProvinces", "recipientProvinces",
                  "places", "hospitals", "agreements", "syndication"]
LIST_FIELDS = ["url", "contentType", "charset", "isArticle"]
PINYIN_ANNOTATION = re.compile(r"([\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def visible_text(page):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", page)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]*>", " ", t)
    t = html.unescape(t)
    return PINYIN_ANNOTATION.sub(r"\1", t)


def squeeze(s):
    return re.sub(r"[\s\u3000\u00a0]+", "", s)


def iso_date(v):
    if v is None:
        return True
    try:
        datetime.date.fromisoformat(v)
        return len(v) == 10
    except (TypeError, ValueError):
        return False


def declared_meta_charset(page_head_ascii):
    m = re.search(r"(?i)<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", page_head_ascii)
    return m.group(1).lower() if m else None


def check_page(name, d, raw):
    errors = []
    charset = d.get("charset")
    if charset not in CODECS:
        return ["charset %r is not one of %s" % (charset, sorted(CODECS))]
    try:
        text = raw.decode(CODECS[charset], errors="strict")
    except UnicodeDecodeError as e:
        return ["does not decode as %s at byte %d" % (charset, e.start)]
    if "\ufffd" in text:
        errors.append("decoded text holds U+FFFD")
    want = LIST_FIELDS if d.get("isArticle") is False else ARTICLE_FIELDS
    if list(d) != want:
        errors.append("fields %s, want %s" % (list(d), want))
        return errors
    u = urlsplit(d["url"])
    if u.scheme not in ("http", "https") or not (u.hostname or "").endswith(".example"):
        errors.append("url %r is not an absolute URL on a .example host" % d["url"])
    if not d["contentType"].startswith("text/html"):
        errors.append("contentType %r" % d["contentType"])
    if d["isArticle"] is False:
        return errors
    if d["isArticle"] is not True:
        errors.append("isArticle must be true or false")
    if d["script"] not in ("Hans", "Hant"):
        errors.append("script %r" % d["script"])
    if not iso_date(d["published"]):
        errors.append("published %r is not an ISO date" % d["published"])
    for f in ("title", "source", "author"):
        if d[f] is not None and (not isinstance(d[f], str) or not d[f].strip()):
            errors.append("%s must be null or non-empty text" % f)
    seen = squeeze(visible_text(text))
    lines = d["body"].split("\n")
    if any(not l.strip() or l != l.strip() for l in lines):
        errors.append("body has an empty or untrimmed line")
    for line in ([d["title"]] if d["title"] else []) + lines:
        if squeeze(line) not in seen:
            errors.append("not in page text: %r" % line[:40])
    lost = "??" in d["body"] or "\ufffd" in d["body"]
    if d["lostCharacters"] != lost:
        errors.append("lostCharacters %r but body %s ??" % (d["lostCharacters"], "has" if lost else "has no"))
    provs = d["provinces"]
    for f in ("helperProvinces", "recipientProvinces"):
        if not set(d[f]) <= set(provs):
            errors.append("%s not all in provinces" % f)
    for p in d["places"]:
        if set(p) != {"name", "province", "prefecture", "county", "role"}:
            errors.append("place fields %s" % sorted(p))
        elif p["province"] not in provs or p["role"] not in ("helper", "recipient", "mentioned"):
            errors.append("place %r: province not in provinces or bad role" % p["name"])
        elif d["script"] == "Hans" and p["name"] not in d["body"]:
            errors.append("place name %r is not written in the body" % p["name"])
    if len(set(d["hospitals"])) != len(d["hospitals"]):
        errors.append("hospital listed twice")
    for a in d["agreements"]:
        if set(a) != {"type", "parties", "date", "dateText"}:
            errors.append("agreement fields %s" % sorted(a))
            continue
        if a["type"] not in AGREEMENT_TYPES:
            errors.append("agreement type %r" % a["type"])
        if not iso_date(a["date"]):
            errors.append("agreement date %r" % a["date"])
        if a["dateText"] is not None and squeeze(a["dateText"]) not in seen:
            errors.append("agreement dateText %r not in page" % a["dateText"])
        for p in a["parties"]:
            if p.get("side") not in ("helper", "recipient", "unknown") or not p.get("name"):
                errors.append("agreement party %r" % p)
    if d["syndication"] is not None:
        errors.append("syndication must be null in this set")
    return errors


def main(argv=()):
    global ROOT
    if len(argv) > 1:
        ROOT = pathlib.Path(argv[1]).resolve()
    if not (ROOT / "expected").is_dir() or not (ROOT / "pages").is_dir():
        print("%s: no pages/ and expected/ directories" % ROOT)
        return 1
    exp = sorted((ROOT / "expected").glob("*.json"))
    pages = sorted((ROOT / "pages").glob("*.html"))
    passed = failed = 0
    if {p.stem for p in pages} != {e.stem for e in exp}:
        print("pages/ and expected/ do not pair up:", sorted({p.stem for p in pages} ^ {e.stem for e in exp}))
        failed += 1
    stats = {"Hant": 0, "types": set(), "gbk_only": [], "no_charset": [], "meta_lies": [], "big5": 0}
    for e in exp:
        page = ROOT / "pages" / (e.stem + ".html")
        if not page.exists():
            continue
        d = json.loads(e.read_text(encoding="utf-8"))
        raw = page.read_bytes()
        errors = check_page(e.stem, d, raw)
        if not errors:
            text = raw.decode(CODECS[d["charset"]])
            head = raw[:4096].decode("ascii", errors="replace")
            meta = declared_meta_charset(head)
            header = re.search(r"(?i)charset=([A-Za-z0-9_-]+)", d["contentType"])
            if meta is None and header is None:
                stats["no_charset"].append(e.stem)
            if meta and d["charset"] == "UTF-8" and meta.replace("-", "") != "utf8":
                stats["meta_lies"].append(e.stem)
            if d["charset"] == "GB18030":
                extra = sorted({c for c in text if ord(c) > 127 and not _in_gb2312(c)})
                if extra:
                    stats["gbk_only"].append((e.stem, "".join(extra[:5])))
            stats["big5"] += d["charset"] == "Big5"
            if d["isArticle"]:
                stats["Hant"] += d["script"] == "Hant"
                stats["types"] |= {a["type"] for a in d["agreements"]}
        print("%-34s %s" % (e.stem, "ok" if not errors else "FAIL"))
        for m in errors:
            print("    " + m)
        if errors:
            failed += 1
        else:
            passed += 1
    set_errors = []
    if len(exp) < 24:
        set_errors.append("only %d pages, want at least 24" % len(exp))
    if stats["Hant"] < 6:
        set_errors.append("only %d Traditional pages, want at least 6" % stats["Hant"])
    missing = AGREEMENT_TYPES - {"其他"} - stats["types"]
    if missing:
        set_errors.append("agreement types never used: %s" % sorted(missing))
    if not stats["gbk_only"]:
        set_errors.append("no GB18030 page uses a character outside GB2312")
    if not stats["no_charset"]:
        set_errors.append("no page without any charset declaration")
    if not stats["meta_lies"]:
        set_errors.append("no UTF-8 page whose meta declares another charset")
    if not stats["big5"]:
        set_errors.append("no Big5 page")
    print("set: %d Traditional, Big5 %d, GBK-only characters in %s, no charset declared: %s, meta lies: %s"
          % (stats["Hant"], stats["big5"], stats["gbk_only"], stats["no_charset"], stats["meta_lies"]))
    for m in set_errors:
        print("set: FAIL " + m)
    failed += len(set_errors)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def _in_gb2312(c):
    # GB2312 has the middle dot and the dash, but Python's gb2312 codec maps those byte
    # pairs to other code points (U+30FB, U+2015) than its gbk codec does (U+00B7, U+2014).
    if c in "\u00b7\u2014":
        return True
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


if __name__ == "__main__":
    sys.exit(main(sys.argv))
