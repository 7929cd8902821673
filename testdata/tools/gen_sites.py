#!/usr/bin/env python3
"""Generate the bundled sample sites and their expected facts.

Reads   testdata/tools/sources/<site-id>/*.txt   (article sources, UTF-8, format below)
        testdata/tools/data/*.tsv                (gazetteer, hospital registry, pinyin readings)
        testdata/tools/README.template.md
Writes  testdata/sites/<site-id>/**              (pages as raw bytes in each page's own charset,
                                                  robots.txt, _site.properties, css, images)
        testdata/expected/<site-id>/*.json       (one per page, SITES-FORMAT.md)
        testdata/README.md                       (template + generated tables)

The output directories are deleted and rewritten on every run; the output depends only on the
sources (no clock, no randomness, sorted iteration), so reruns give identical bytes.
The run fails (exit 1) when a page cannot be encoded losslessly in its charset, or when a
hand label does not check out (unknown place or hospital, a hospital never named in the text,
a place whose province is missing from the province roles, an agreement type off the list...).

Article source format: a header of "key: value" lines, a line "---", then the body, one
paragraph per line. Body lines starting with "!" are directives:
  !img <caption>     a picture (with an optional caption); not body text
  !credit <text>     a credit line inside the article area (原标题, 编辑, 通讯员...); not body text
  !raw <html>        raw HTML inside the article area (already in the page's script); not body text
  !page              page break: the article continues on <path>_2.html
Header keys: see README.template.md ("Source format").

Usage: python3 testdata/tools/gen_sites.py [--check-only]
"""

import html
import json
import os
import re
import shutil
import sys
from datetime import datetime

TOOLS = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(TOOLS)
sys.path.insert(0, TOOLS)

import site_templates  # noqa: E402

AGREEMENT_TYPES = ["医联体", "医共体", "专科联盟", "托管", "对口帮扶", "合作共建", "组团式帮扶", "远程医疗", "其他"]
CHARSETS = {"UTF-8": "utf-8", "GB18030": "gbk", "Big5": "big5"}  # label -> codec used to write bytes
DECODERS = {"UTF-8": "utf-8", "GB18030": "gb18030", "Big5": "big5"}
# Big5 tables differ between implementations for a few symbols (dashes, middle dots, tildes):
# a Big5 page may hold only ASCII, CJK ideographs and these full-width marks, so that every
# decoder (Python, Java, ICU) reads the same text.
BIG5_SAFE_PUNCT = set("，。、；：？！「」『』（）《》〈〉…“”‘’　【】")
DATE_STYLES = {"iso", "iso-time", "iso-sec", "cn", "cn-time", "slash", "fabu", "riqi", "meta", "url", "md", "none"}
TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_RE = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\(([a-zü" + TONE + r"]+)\)")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LOST_RE = re.compile(r"\?\?|\ufffd|[\ue000-\uf8ff]|(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")


class SourceError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# reference data

def read_tsv(name):
    rows = []
    with open(os.path.join(TOOLS, "data", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def load_reference():
    gaz = {}
    for row in read_tsv("gazetteer.tsv"):
        name, prov, pref, county = row
        gaz[name] = (prov, None if pref == "-" else pref, None if county == "-" else county)
    hospitals = {}
    for row in read_tsv("hospitals.tsv"):
        canon, prov = row[0], row[1]
        aliases = [a for a in (row[2].split(";") if len(row) > 2 else []) if a]
        if prov not in gaz or gaz[prov][1] is not None:
            raise SourceError(f"hospitals.tsv: {canon}: unknown province {prov}")
        hospitals[canon] = (prov, [canon] + aliases)
    pinyin = {row[0]: row[1] for row in read_tsv("pinyin.tsv")}
    for ch, py in pinyin.items():
        if not re.fullmatch("[a-zü" + TONE + "]+", py) or not re.search("[" + TONE + "]", py):
            raise SourceError(f"pinyin.tsv: reading of {ch} must be lower-case with a tone mark: {py}")
    return gaz, hospitals, pinyin


# ---------------------------------------------------------------------------------------------
# article sources

class Article:
    """One article as written in its source file, plus what the generator derives from it."""

    def __init__(self, site_id, file):
        self.site_id = site_id
        self.file = file
        self.h = {}
        self.items = []  # (kind, text)

    def get(self, key, default=None):
        v = self.h.get(key)
        if v is None or v == "-" or v == "":
            return default
        return v

    def lst(self, key):
        v = self.get(key)
        if v is None:
            return []
        return [x.strip() for x in re.split(r"[;；]", v) if x.strip()]

    @property
    def path(self):
        return self.h["path"]

    @property
    def pages(self):
        """Body items split at !page directives."""
        pages = [[]]
        for kind, text in self.items:
            if kind == "page":
                pages.append([])
            else:
                pages[-1].append((kind, text))
        return pages

    def page_path(self, i):
        if i == 0:
            return self.path
        stem, ext = os.path.splitext(self.path)
        return f"{stem}_{i + 1}{ext}"

    def clean(self, s):
        """Text as a reader sees it: converter annotations removed when the source text has them."""
        if s is None:
            return None
        if self.get("pinyin") == "raw":
            s = PINYIN_RE.sub("", s)
        return s

    @property
    def paragraphs(self):
        return [self.clean(t).strip() for k, t in self.items if k == "p"]

    @property
    def title(self):
        return self.clean(self.get("title"))

    @property
    def published(self):
        d = self.get("date")
        return None if d is None else d[:10]

    @property
    def dt(self):
        d = self.get("date")
        if d is None:
            return None
        for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
            try:
                return datetime.strptime(d, fmt)
            except ValueError:
                pass
        raise SourceError(f"{self.file}: bad date {d}")


def parse_source(site_id, file):
    art = Article(site_id, file)
    with open(file, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        raise SourceError(f"{file}: CR characters")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise SourceError(f"{file}: no '---' line between header and body")
    for line in head.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise SourceError(f"{file}: header line without ':': {line}")
        key = key.strip()
        if key == "agreement":
            art.h.setdefault("agreements", []).append(value.strip())
        else:
            if key in art.h:
                raise SourceError(f"{file}: duplicate key {key}")
            art.h[key] = value.strip()
    for line in body.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("!"):
            cmd, _, rest = s[1:].partition(" ")
            if cmd not in ("img", "credit", "raw", "page"):
                raise SourceError(f"{file}: unknown directive !{cmd}")
            art.items.append((cmd, rest.strip()))
        else:
            art.items.append(("p", line.strip("\u3000 \t")))
    return art


def load_sites():
    src = os.path.join(TOOLS, "sources")
    sites = []
    for site_id in sorted(os.listdir(src)):
        d = os.path.join(src, site_id)
        if not os.path.isdir(d):
            continue
        if site_id not in site_templates.SITES:
            raise SourceError(f"sources/{site_id}: no template class in site_templates.py")
        site = site_templates.SITES[site_id]()
        site.articles = [parse_source(site_id, os.path.join(d, f))
                         for f in sorted(os.listdir(d)) if f.endswith(".txt")]
        sites.append(site)
    return sites


# ---------------------------------------------------------------------------------------------
# labels: derived and checked

def parse_agreement(art, spec, hospitals):
    # 专科联盟 @2021-05-11 "5月11日" | 甲医院 helper; 乙医院 recipient
    m = re.fullmatch(r'(\S+)\s+@(\S+)\s+"([^"]*)"\s*\|\s*(.+)', spec)
    if not m:
        raise SourceError(f"{art.file}: bad agreement: {spec}")
    typ, date, date_text, parties = m.groups()
    if typ not in AGREEMENT_TYPES:
        raise SourceError(f"{art.file}: agreement type {typ} is not on the controlled list")
    if date != "-" and not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        raise SourceError(f"{art.file}: bad agreement date {date}")
    out = []
    for p in parties.split(";"):
        p = p.strip()
        name, _, side = p.rpartition(" ")
        if side not in ("helper", "recipient", "unknown") or not name:
            raise SourceError(f"{art.file}: bad agreement party {p}")
        if name.endswith("医院") and name not in hospitals:
            raise SourceError(f"{art.file}: agreement party {name} is not a known hospital")
        out.append({"name": name, "side": side})
    return {"type": typ, "parties": out, "date": None if date == "-" else date,
            "dateText": date_text or None}


def body_text(art):
    return "\n".join([art.title or ""] + art.paragraphs)


def labels(art, gaz, hospitals):
    helpers, recipients, mentioned = art.lst("helper"), art.lst("recipient"), art.lst("mentioned")
    for p in helpers + recipients + mentioned:
        if p not in gaz or gaz[p][1] is not None:
            raise SourceError(f"{art.file}: {p} is not a canonical province-level name")
    provinces = []
    for p in helpers + recipients + mentioned:
        if p not in provinces:
            provinces.append(p)
    places = []
    for spec in art.lst("places"):
        name, _, role = spec.rpartition(" ")
        if role not in ("helper", "recipient", "mentioned"):
            raise SourceError(f"{art.file}: bad place role in {spec}")
        if name not in gaz:
            raise SourceError(f"{art.file}: place {name} is not in gazetteer.tsv")
        prov, pref, county = gaz[name]
        if pref is None:
            raise SourceError(f"{art.file}: {name} is province-level; name it in helper/recipient/mentioned")
        want = {"helper": helpers, "recipient": recipients, "mentioned": provinces}[role]
        if prov not in want:
            raise SourceError(f"{art.file}: place {name} ({role}) but {prov} is not among the {role} provinces")
        places.append({"name": name, "province": prov, "prefecture": pref, "county": county, "role": role})
    text = body_text(art)
    hosp = art.lst("hospitals")
    for hname in hosp:
        if hname not in hospitals:
            raise SourceError(f"{art.file}: hospital {hname} is not in hospitals.tsv")
        if not any(a in text for a in hospitals[hname][1]):
            raise SourceError(f"{art.file}: hospital {hname} is not named in the title or body")
    agreements = [parse_agreement(art, a, hospitals) for a in art.h.get("agreements", [])]
    for a in agreements:
        for p in a["parties"]:
            if p["name"] in hospitals and p["name"] not in hosp:
                raise SourceError(f"{art.file}: agreement party {p['name']} missing from hospitals")
    return provinces, helpers, recipients, places, hosp, agreements


def expected_article(site, art, gaz, hospitals):
    provinces, helpers, recipients, places, hosp, agreements = labels(art, gaz, hospitals)
    body = "\n".join(art.paragraphs)
    title = art.title
    own = (title or "") + body
    return {
        "path": art.path,
        "charset": site.charset_of(art),
        "isArticle": True,
        "title": title,
        "published": art.published,
        "source": art.clean(art.get("source")),
        "author": art.clean(art.get("author")),
        "script": art.get("script", site.script),
        "body": body,
        "lostCharacters": bool(LOST_RE.search(own)),
        "provinces": provinces,
        "helperProvinces": helpers,
        "recipientProvinces": recipients,
        "places": places,
        "hospitals": hosp,
        "agreements": agreements,
        "syndication": art.get("syndication"),
    }


# ---------------------------------------------------------------------------------------------
# encoding

def encode_page(text, charset, where):
    codec = CHARSETS[charset]
    if charset == "Big5":
        for i, ch in enumerate(text):
            if ord(ch) >= 0x80 and not CJK_RE.match(ch) and ch not in BIG5_SAFE_PUNCT:
                raise SourceError(f"{where}: character {ch!r} (U+{ord(ch):04X}) is not safe in a Big5 page")
    try:
        data = text.encode(codec, errors="strict")
    except UnicodeEncodeError as e:
        bad = text[e.start:e.end]
        ctx = text[max(0, e.start - 12):e.end + 12].replace("\n", " ")
        raise SourceError(f"{where}: {bad!r} cannot be encoded in {charset}: ...{ctx}...")
    if data.decode(DECODERS[charset], errors="strict") != text:
        raise SourceError(f"{where}: {charset} round trip changed the text")
    return data


def expected_name(path):
    return path.lstrip("/").replace("/", "__") + ".json"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def dump_json(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# main

def cjk_count(s):
    return len(CJK_RE.findall(s))


def generate(check_only=False):
    gaz, hospitals, pinyin = load_reference()
    sites = load_sites()
    ports, paths_seen, synd = {}, set(), {}
    out_pages = []  # (site, path, bytes, expected dict)
    warnings = []
    for site in sites:
        if site.port in ports:
            raise SourceError(f"port {site.port} used by {ports[site.port]} and {site.id}")
        ports[site.port] = site.id
        site.pinyin = pinyin
        site.prepare()
        for art in site.articles:
            for key in art.h:
                if key not in site_templates.HEADER_KEYS:
                    raise SourceError(f"{art.file}: unknown header key {key}")
            for key in ("path", "title", "date", "show", "origin", "tests"):
                if key not in art.h:
                    raise SourceError(f"{art.file}: missing header key {key}")
            if art.get("show") not in DATE_STYLES:
                raise SourceError(f"{art.file}: unknown date style {art.get('show')}")
            if art.get("pinyin") == "raw" and art.get("origin", "").startswith("written"):
                raise SourceError(f"{art.file}: pinyin: raw is only for seed texts")
            art.dt  # validates
            exp = expected_article(site, art, gaz, hospitals)
            if art.get("origin") == "written":
                n = cjk_count(exp["body"])
                if not 150 <= n <= 1000:
                    warnings.append(f"{art.file}: body has {n} Chinese characters")
            if exp["syndication"]:
                synd.setdefault(exp["syndication"], []).append(f"{site.id}{art.path}")
            for i, page_items in enumerate(art.pages):
                path = art.page_path(i)
                key = (site.id, path)
                if key in paths_seen:
                    raise SourceError(f"{art.file}: duplicate path {path}")
                paths_seen.add(key)
                text = site.render_article(art, i)
                data = encode_page(text, site.charset_of(art), f"{site.id}{path}")
                e = exp if i == 0 else {"path": path, "charset": site.charset_of(art), "isArticle": False}
                out_pages.append((site, path, data, e))
        for path, text, charset in site.render_lists():
            key = (site.id, path)
            if key in paths_seen:
                raise SourceError(f"{site.id}: duplicate path {path}")
            paths_seen.add(key)
            data = encode_page(text, charset, f"{site.id}{path}")
            out_pages.append((site, path, data, {"path": path, "charset": charset, "isArticle": False}))
    for sid, copies in sorted(synd.items()):
        if len(copies) < 2:
            raise SourceError(f"syndication id {sid} has only one page: {copies}")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if check_only:
        print(f"sources check out: {len(out_pages)} pages")
        return
    for d in ("sites", "expected"):
        shutil.rmtree(os.path.join(TESTDATA, d), ignore_errors=True)
    for site, path, data, e in out_pages:
        write(os.path.join(TESTDATA, "sites", site.id, path.lstrip("/")), data)
        write(os.path.join(TESTDATA, "expected", site.id, expected_name(path)), dump_json(e))
    for site in sites:
        root = os.path.join(TESTDATA, "sites", site.id)
        for rel, data in site.static_files().items():
            write(os.path.join(root, rel), data)
    readme = site_templates.readme(sites, gaz, hospitals, lambda a, s: expected_article(s, a, gaz, hospitals))
    with open(os.path.join(TOOLS, "README.template.md"), encoding="utf-8") as f:
        template = f.read()
    for marker, table in readme.items():
        template = template.replace(f"<!-- {marker} -->", table)
    write(os.path.join(TESTDATA, "README.md"), template.encode("utf-8"))
    n_art = sum(1 for p in out_pages if p[3]["isArticle"])
    print(f"wrote {len(sites)} sites, {len(out_pages)} pages ({n_art} articles)")


if __name__ == "__main__":
    try:
        generate(check_only="--check-only" in sys.argv[1:])
    except SourceError as e:
        print("error:", e, file=sys.stderr)
        sys.exit(1)
