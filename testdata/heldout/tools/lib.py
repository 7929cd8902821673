"""Helpers shared by the held-out page sources (tools/src/*.py).

A page source is a small Python module that defines the page's labels (TITLE, BODY, ...)
and a function html() that returns the page as text. build.py encodes that text in the
page's own charset, checks that every labelled line really is in the page, and writes
pages/<name>.html and expected/<name>.json.
"""
import html as _html
import re

AGREEMENT_TYPES = ("医联体", "医共体", "专科联盟", "托管", "对口帮扶", "合作共建", "组团式帮扶", "远程医疗", "其他")
SIDES = ("helper", "recipient", "unknown")
ROLES = ("helper", "recipient", "mentioned")


def esc(s):
    """HTML-escape text content (quotes left alone, as most CMSs do)."""
    return _html.escape(s, quote=False)


def paras(lines, tpl="<p>{}</p>", sep="\n", escape=True):
    """One element per body line; tpl has one {} for the (escaped) line."""
    return sep.join(tpl.replace("{}", esc(l) if escape else l) for l in lines)


def fill(template, **values):
    """Replace @@KEY@@ placeholders; fails when a placeholder is left or a value unused."""
    out = template
    for k, v in values.items():
        key = "@@" + k + "@@"
        if key not in out:
            raise ValueError("placeholder %s not in template" % key)
        out = out.replace(key, v)
    left = re.findall(r"@@[A-Z0-9_]+@@", out)
    if left:
        raise ValueError("unfilled placeholders: %s" % left)
    return out


def annotate(text, readings):
    """Insert pinyin readings after characters, the way a broken converter does: 發(fā)."""
    return "".join(c + "(" + readings[c] + ")" if c in readings else c for c in text)


PINYIN_ANNOTATION = re.compile(r"([\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def strip_pinyin(text):
    return PINYIN_ANNOTATION.sub(r"\1", text)


def place(name, province, prefecture=None, county=None, role="mentioned"):
    assert role in ROLES, role
    return {"name": name, "province": province, "prefecture": prefecture, "county": county, "role": role}


def agreement(type_, parties, date, date_text):
    assert type_ in AGREEMENT_TYPES, type_
    ps = []
    for name, side in parties:
        assert side in SIDES, side
        ps.append({"name": name, "side": side})
    return {"type": type_, "parties": ps, "date": date, "dateText": date_text}
