#!/usr/bin/env python3
"""Check the sample sites against their expected facts (SITES-FORMAT.md).

- every page (.html/.htm/.shtml) decodes strictly in the charset its expected file labels as the
  true one, with no U+FFFD in the decoded text;
- every page has an expected file and every expected file a page; expected files have exactly
  the keys of the format;
- every link (href/src/action) is relative or root-relative, and every internal link to a page
  resolves to a file of the site;
- each site has robots.txt (with a Disallow line and a page under a disallowed path that a list
  page links to) and an ASCII _site.properties with a unique port in 18401..18420;
prints counts: sites, article pages, list pages, pages by encoding.

Usage: python3 testdata/tools/check_sites.py      (exit 1 on any problem)
"""

import json
import os
import re
import sys
from collections import Counter
from urllib.parse import urljoin

TESTDATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITES = os.path.join(TESTDATA, "sites")
EXPECTED = os.path.join(TESTDATA, "expected")
PAGE_EXT = (".html", ".htm", ".shtml")
CODECS = {"UTF-8": "utf-8", "GB18030": "gb18030", "Big5": "big5"}
ARTICLE_KEYS = ["path", "charset", "isArticle", "title", "published", "source", "author", "script", "body",
                "lostCharacters", "provinces", "helperProvinces", "recipientProvinces", "places", "hospitals",
                "agreements", "syndication"]
LIST_KEYS = ["path", "charset", "isArticle"]
LINK_RE = re.compile(r"""\b(?:href|src|action|data-src)\s*=\s*["']([^"']*)["']""", re.I)
SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
AGREEMENT_TYPES = {"医联体", "医共体", "专科联盟", "托管", "对口帮扶", "合作共建", "组团式帮扶", "远程医疗", "其他"}

problems = []


def problem(msg):
    problems.append(msg)


def served_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("_"))
        for f in sorted(filenames):
            if not f.startswith("_"):
                yield "/" + os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/")


def check_expected_shape(e, where):
    keys = list(e.keys())
    want = ARTICLE_KEYS if e.get("isArticle") else LIST_KEYS
    if keys != want:
        problem(f"{where}: keys {keys} differ from the format {want}")
        return
    if not e["isArticle"]:
        return
    if e["script"] not in ("Hans", "Hant"):
        problem(f"{where}: bad script {e['script']}")
    if e["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["published"]):
        problem(f"{where}: bad published {e['published']}")
    if not e["body"]:
        problem(f"{where}: empty body")
    for a in e["agreements"]:
        if a["type"] not in AGREEMENT_TYPES:
            problem(f"{where}: agreement type {a['type']}")
        for p in a["parties"]:
            if p["side"] not in ("helper", "recipient", "unknown"):
                problem(f"{where}: party side {p['side']}")
    for p in e["places"]:
        if p["role"] not in ("helper", "recipient", "mentioned"):
            problem(f"{where}: place role {p['role']}")


def check_site(site, counts):
    root = os.path.join(SITES, site)
    props_path = os.path.join(root, "_site.properties")
    props = {}
    if not os.path.isfile(props_path):
        problem(f"{site}: no _site.properties")
    else:
        raw = open(props_path, "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            problem(f"{site}: _site.properties is not ASCII")
        for line in raw.decode("ascii", "replace").splitlines():
            if line.strip() and not line.startswith("#"):
                k, _, v = line.partition("=")
                props[k.strip()] = v.strip()
    port = props.get("port")
    if not port or not port.isdigit() or not 18401 <= int(port) <= 18420:
        problem(f"{site}: bad port {port}")
    counts["ports"][port] += 1
    robots = os.path.join(root, "robots.txt")
    disallowed = []
    if not os.path.isfile(robots):
        problem(f"{site}: no robots.txt")
    else:
        disallowed = [l.split(":", 1)[1].strip() for l in open(robots, encoding="ascii").read().splitlines()
                      if l.lower().startswith("disallow:") and l.split(":", 1)[1].strip()]
        if not disallowed:
            problem(f"{site}: robots.txt disallows nothing")
    files = set(served_files(root))
    pages = sorted(f for f in files if f.endswith(PAGE_EXT))
    exp_dir = os.path.join(EXPECTED, site)
    exp_files = set(os.listdir(exp_dir)) if os.path.isdir(exp_dir) else set()
    seen_exp = set()
    disallowed_linked_from_list = False
    for path in pages:
        name = path.lstrip("/").replace("/", "__") + ".json"
        where = f"{site}{path}"
        if name not in exp_files:
            problem(f"{where}: no expected file")
            continue
        seen_exp.add(name)
        e = json.load(open(os.path.join(exp_dir, name), encoding="utf-8"))
        if e.get("path") != path:
            problem(f"{where}: expected path is {e.get('path')}")
        check_expected_shape(e, where)
        cs = e.get("charset")
        if cs not in CODECS:
            problem(f"{where}: unknown charset label {cs}")
            continue
        data = open(os.path.join(root, path.lstrip("/")), "rb").read()
        try:
            text = data.decode(CODECS[cs], errors="strict")
        except UnicodeDecodeError as ex:
            problem(f"{where}: does not decode as {cs}: {ex}")
            continue
        if "\ufffd" in text:
            problem(f"{where}: U+FFFD after decoding")
        counts["pages by encoding"][cs] += 1
        counts["article pages" if e.get("isArticle") else "list/other pages"] += 1
        if e.get("isArticle"):
            counts["articles by script"][e["script"]] += 1
        for link in LINK_RE.findall(text):
            if link.startswith("//") or (SCHEME_RE.match(link) and not link.lower().startswith(("javascript:", "mailto:"))):
                problem(f"{where}: absolute link {link}")
                continue
            if SCHEME_RE.match(link) or link.startswith("#") or not link:
                continue
            target = urljoin("http://h" + path, link.split("#")[0].split("?")[0])[len("http://h"):]
            if target.endswith("/"):
                target += "index.html"
            if target not in files:
                problem(f"{where}: broken link {link}")
            if not e.get("isArticle") and any(target.startswith(d) for d in disallowed) and \
                    not any(path.startswith(d) for d in disallowed):
                disallowed_linked_from_list = True
    for name in sorted(exp_files - seen_exp):
        problem(f"{site}: expected/{name} has no page")
    if disallowed and not disallowed_linked_from_list:
        problem(f"{site}: no list page links to a page under a disallowed path")


def main():
    counts = {"ports": Counter(), "pages by encoding": Counter(), "articles by script": Counter(),
              "article pages": 0, "list/other pages": 0}
    sites = sorted(d for d in os.listdir(SITES) if os.path.isdir(os.path.join(SITES, d)))
    for site in sites:
        if not re.fullmatch(r"[a-z0-9-]+", site):
            problem(f"bad site id {site}")
        check_site(site, counts)
    for d in sorted(os.listdir(EXPECTED)):
        if d not in sites:
            problem(f"expected/{d} has no site")
    for port, n in counts["ports"].items():
        if n > 1:
            problem(f"port {port} used by {n} sites")
    print(f"sites: {len(sites)}")
    print(f"article pages: {counts['article pages']}")
    print(f"list/other pages: {counts['list/other pages']}")
    print("pages by encoding: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["pages by encoding"].items())))
    print("articles by script: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["articles by script"].items())))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
