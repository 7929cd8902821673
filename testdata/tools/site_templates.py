"""Page templates of the sample sites: one class per site, imitating a kind of real Chinese site.

Every site renders its article pages, list pages, a search page under a robots-disallowed path,
robots.txt, _site.properties, a style sheet and a picture. All text is produced here; bytes are
made by gen_sites.py. Links are relative or root-relative only (tests serve the sites on random
ports).
"""

import calendar
import html

HEADER_KEYS = {
    "path", "title", "column", "date", "show", "source", "author", "script", "helper", "recipient",
    "mentioned", "places", "hospitals", "agreements", "syndication", "pinyin", "encoding", "meta",
    "ctype", "origin", "tests", "views", "subtitle", "listtitle", "account", "wxid", "category",
    "chrome", "retitle",
}

META_LABELS = {"UTF-8": "utf-8", "GB18030": "gbk", "Big5": "big5"}

# A 1x1 grey PNG: the pictures of the sample pages (content is irrelevant to the tests).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763686868000003040181a1b5a60000000049454e44ae426082")

PROVINCE_NAV = ("安徽|北京|上海|重庆|福建|甘肃|贵州|广东|广西|海南|河北|河南|湖北|湖南|江苏|江西|吉林|辽宁|"
                "内蒙古|宁夏|青海|山东|山西|陕西|黑龙江|四川|天津|西藏|香港|澳门|新疆|兵团|云南|浙江").split("|")
PROVINCE_NAV_T = ("安徽|北京|上海|重慶|福建|甘肅|貴州|廣東|廣西|海南|河北|河南|湖北|湖南|江蘇|江西|吉林|遼寧|"
                  "內蒙古|寧夏|青海|山東|山西|陝西|黑龍江|四川|天津|西藏|香港|澳門|新疆|兵團|雲南|浙江").split("|")


INDENT_P = '<p style="text-indent: 2em;">'


def esc(s):
    return html.escape(s, quote=False).replace("\xa0", "&nbsp;")


def attr(s):
    return html.escape(s, quote=True).replace("\xa0", " ")


class Site:
    id = None
    port = None
    kind = None
    name = None
    charset = "UTF-8"
    meta_label = "utf-8"
    content_type = "text/html; charset=utf-8"
    script = "Hans"
    per_page = 5
    has_meta_date = False
    date_label = ""
    robots_disallow = ("/search/", "/admin/")
    search_path = "/search/result.html"
    quirks = ""
    url_pattern = ""

    def __init__(self):
        self.articles = []
        self.pinyin = {}

    # --- helpers -----------------------------------------------------------------------------
    def charset_of(self, art):
        return art.get("encoding", self.charset)

    def meta_of(self, art):
        cs = self.charset_of(art)
        default = self.meta_label if cs == self.charset else META_LABELS[cs]
        return art.get("meta", default)

    def annotate(self, s):
        return "".join(c + (f"({self.pinyin[c]})" if c in self.pinyin else "") for c in s)

    def chrome(self, art, s):
        """Boilerplate text: annotated when the page went through a pinyin converter."""
        if art is not None and art.get("pinyin") in ("add", "raw"):
            return self.annotate(s)
        return s

    def content(self, art, s):
        """Article text: annotated for converter pages; seed text already carries its annotations."""
        if s is None:
            return None
        if art.get("pinyin") == "add":
            return self.annotate(s)
        return s

    def hant(self, art):
        return art.get("chrome") == "hant" or art.get("script", self.script) == "Hant"

    def charset_meta(self, label, style="http-equiv"):
        if label == "none":
            return ""
        if style == "html5":
            return f'<meta charset="{label}">\n'
        return f'<meta http-equiv="Content-Type" content="text/html; charset={label}" />\n'

    def date_text(self, art, hant=False):
        style, dt = art.get("show"), art.dt
        if dt is None or style in ("meta", "url", "none"):
            return None
        ymd = dt.strftime("%Y-%m-%d")
        if style == "iso":
            return self.date_label + ymd
        if style == "iso-time":
            return self.date_label + dt.strftime("%Y-%m-%d %H:%M")
        if style == "iso-sec":
            return self.date_label + dt.strftime("%Y-%m-%d %H:%M:%S")
        if style == "cn":
            return self.date_label + f"{dt.year}年{dt.month:02d}月{dt.day:02d}日"
        if style == "cn-time":
            return self.date_label + f"{dt.year}年{dt.month:02d}月{dt.day:02d}日 {dt:%H:%M}"
        if style == "slash":
            return self.date_label + f"{dt.year}/{dt.month}/{dt.day} {dt:%H:%M}"
        if style == "fabu":
            return ("發布時間：" if hant else "发布时间：") + dt.strftime("%Y-%m-%d %H:%M")
        if style == "riqi":
            return "日期：" + ymd
        if style == "md":
            return f"{dt.month}月{dt.day}日"
        raise ValueError(style)

    def meta_date(self, art):
        if art.dt is None or art.get("show") in ("url", "md", "none"):
            return None
        if art.get("show") == "meta" and not self.has_meta_date:
            raise ValueError(f"{art.file}: date style 'meta' but {self.id} has no date meta tags")
        return art.dt

    def paras(self, art, items, p_open="<p>", p_close="</p>"):
        out = []
        for kind, text in items:
            if kind == "p":
                out.append(f"{p_open}{esc(self.content(art, text))}{p_close}")
            elif kind == "img":
                out.append(f'<p style="text-align:center"><img src="/images/photo.png" alt="" border="0" /></p>')
                if text:
                    out.append(f'<p class="pic-caption" style="text-align:center">{esc(self.content(art, text))}</p>')
            elif kind == "credit":
                out.append(f'<p class="credit">{esc(self.content(art, text))}</p>')
            elif kind == "raw":
                out.append(text)
        return "\n".join(out)

    def pager(self, art, i, labels=("上一页", "下一页")):
        n = len(art.pages)
        if n == 1:
            return ""
        name = lambda k: art.page_path(k).rsplit("/", 1)[1]
        parts = []
        parts.append(f'<a href="{name(i - 1)}">{labels[0]}</a>' if i > 0 else f"<span>{labels[0]}</span>")
        for k in range(n):
            parts.append(f"<span>{k + 1}</span>" if k == i else f'<a href="{name(k)}">{k + 1}</a>')
        parts.append(f'<a href="{name(i + 1)}">{labels[1]}</a>' if i < n - 1 else f"<span>{labels[1]}</span>")
        return '<div class="page-nav">' + " ".join(parts) + "</div>"

    def listed(self):
        arts = [a for a in self.articles]
        arts.sort(key=lambda a: (a.published or "0000", a.path), reverse=True)
        return arts

    def list_title(self, art):
        t = art.get("listtitle") or art.title
        if t:
            return t
        first = art.paragraphs[0].lstrip("?\u3000 ")
        return first[:24] + "…"

    def prepare(self):
        pass

    def list_path(self, i):
        raise NotImplementedError

    def render_lists(self):
        arts = self.listed()
        n = max(2, (len(arts) + self.per_page - 1) // self.per_page)
        out = [("/index.html", self.home_page(arts[:8]), self.charset)]
        for i in range(n):
            chunk = arts[i * self.per_page:(i + 1) * self.per_page]
            out.append((self.list_path(i), self.list_page(chunk, i, n), self.charset))
        out.append((self.search_path, self.search_page(arts[:3]), self.charset))
        return out

    def list_pager(self, i, n, labels=("首页", "上一页", "下一页", "尾页")):
        rel = lambda k: self.list_path(k).rsplit("/", 1)[1]
        parts = [f'<a href="{rel(0)}">{labels[0]}</a>']
        if i > 0:
            parts.append(f'<a href="{rel(i - 1)}">{labels[1]}</a>')
        for k in range(n):
            parts.append(f"<b>{k + 1}</b>" if k == i else f'<a href="{rel(k)}">{k + 1}</a>')
        if i < n - 1:
            parts.append(f'<a href="{rel(i + 1)}">{labels[2]}</a>')
        parts.append(f'<a href="{rel(n - 1)}">{labels[3]}</a>')
        return " ".join(parts)

    def search_page(self, arts):
        items = "\n".join(f'<li><a href="{a.path}">{esc(self.list_title(a))}</a></li>' for a in arts)
        return (f"<!DOCTYPE html>\n<html>\n<head>\n{self.charset_meta(self.meta_label)}"
                f"<title>站内搜索_{esc(self.name)}</title>\n</head>\n<body>\n"
                f'<form action="{self.search_path}" method="get"><input type="text" name="q" value="援疆" />'
                f'<input type="submit" value="搜索" /></form>\n<p>搜索结果：找到 {len(arts)} 条相关信息</p>\n'
                f"<ul>\n{items}\n</ul>\n</body>\n</html>\n")

    def properties(self):
        lines = [f"# {self.id}: generated by testdata/tools/gen_sites.py, do not edit",
                 f"port={self.port}", f"kind={self.kind}", f"contentType.html={self.content_type}"]
        overrides = []
        for art in self.articles:
            if art.get("ctype"):
                for i in range(len(art.pages)):
                    overrides.append(f"contentType.{art.page_path(i)}={art.get('ctype')}")
        return "\n".join(lines + sorted(overrides)) + "\n"

    def robots(self):
        return "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in self.robots_disallow)

    css = "body{font-family:SimSun,serif;font-size:14px;margin:0}a{color:#333;text-decoration:none}\n"

    def static_files(self):
        props = self.properties()
        props.encode("ascii")
        return {"robots.txt": self.robots().encode("ascii"), "_site.properties": props.encode("ascii"),
                "css/style.css": self.css.encode("ascii"), "images/photo.png": PNG}


# =============================================================================================
# 1. provincial health commission portal, TRS/WCM-style government CMS, GBK bytes

class XjWjw(Site):
    id = "xj-wjw"
    port = 18401
    kind = "provincial-health-commission"
    name = "新疆维吾尔自治区卫生健康委员会"
    charset = "GB18030"
    meta_label = "gb2312"
    content_type = "text/html"
    has_meta_date = True
    date_label = "发布时间："
    quirks = ("TRS meta tags (ArticleTitle, PubDate, ContentSource); meta says gb2312 while one page holds "
              "GBK-only 喆; header without charset; one page whose header claims UTF-8; a two-page article")
    url_pattern = "/xwzx/gzdt/YYYYMM/tYYYYMMDD_NNNNNNN.html"

    def list_path(self, i):
        return "/xwzx/gzdt/index.html" if i == 0 else f"/xwzx/gzdt/index_{i}.html"

    def head(self, title, art=None, extra=""):
        label = self.meta_of(art) if art else self.meta_label
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                f"{self.charset_meta(label)}"
                '<meta name="SiteName" content="新疆维吾尔自治区卫生健康委员会" />\n'
                '<meta name="SiteIDCode" content="6500000047" />\n'
                f"{extra}<title>{esc(title)}</title>\n"
                '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n'
                '<script type="text/javascript">function doZoom(size){document.getElementById("zoom").style.fontSize=size+"px";}</script>\n'
                '</head>\n')

    def top(self):
        return ('<body>\n<div class="topbar"><div class="w1200"><span class="fl">欢迎访问新疆维吾尔自治区卫生健康委员会网站'
                '</span><span class="fr"><a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a>'
                ' | <a href="javascript:void(0)">繁体</a> | <a href="/search/result.html">站内搜索</a></span></div></div>\n'
                '<div class="header"><div class="logo"><img src="/images/photo.png" alt="新疆维吾尔自治区卫生健康委员会" /></div></div>\n'
                '<div class="nav"><ul><li><a href="/index.html">首页</a></li><li><a href="/xwzx/gzdt/index.html">新闻中心</a></li>'
                '<li><a href="/xwzx/gzdt/index.html">工作动态</a></li><li><a href="javascript:void(0)">政务公开</a></li>'
                '<li><a href="javascript:void(0)">政务服务</a></li><li><a href="javascript:void(0)">互动交流</a></li>'
                '<li><a href="javascript:void(0)">专题专栏</a></li></ul></div>\n')

    def foot(self):
        return ('<div class="footer"><p><a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a> | '
                '<a href="javascript:void(0)">使用帮助</a></p>\n'
                '<p>主办单位：新疆维吾尔自治区卫生健康委员会　承办：新疆维吾尔自治区卫生健康委员会信息中心</p>\n'
                '<p>网站标识码：6500000047　新ICP备05000326号-1　新公网安备 65010202000417号</p>\n'
                '<p>建议使用1366×768分辨率浏览本网站</p></div>\n</body>\n</html>\n')

    def render_article(self, art, i):
        title = art.title
        dt = self.meta_date(art)
        src = art.get("source")
        extra = ('<meta name="ColumnName" content="工作动态" />\n<meta name="ColumnType" content="工作动态" />\n'
                 f'<meta name="ArticleTitle" content="{attr(title)}" />\n')
        if dt:
            extra += f'<meta name="PubDate" content="{dt:%Y-%m-%d %H:%M}" />\n'
        extra += f'<meta name="ContentSource" content="{attr(src or "")}" />\n'
        extra += '<meta name="Keywords" content="卫生健康,医疗援疆" />\n'
        info = []
        d = self.date_text(art)
        if d:
            info.append(f"<span>{esc(d)}</span>")
        if src:
            info.append(f"<span>来源：{esc(src)}</span>")
        info.append('<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                    '<a href="javascript:doZoom(14)">小</a>】</span>')
        author = art.get("author")
        credit = f'<div class="editor">（责任编辑：{esc(author)}）</div>\n' if author else ""
        return (self.head(f"{title}_新疆维吾尔自治区卫生健康委员会", art, extra) + self.top() +
                '<div class="w1200 main">\n<div class="position">您当前的位置：<a href="/index.html">首页</a> &gt; '
                '<a href="/xwzx/gzdt/index.html">新闻中心</a> &gt; <a href="/xwzx/gzdt/index.html">工作动态</a></div>\n'
                f'<div class="article">\n<h1 class="title">{esc(title)}</h1>\n<div class="info">{"　".join(info)}</div>\n'
                '<div class="content" id="zoom">\n<div class="TRS_Editor">\n'
                f"{self.paras(art, art.pages[i], INDENT_P)}\n</div>\n"
                f"{self.pager(art, i)}\n</div>\n{credit}"
                '<div class="bottom-tools"><span class="share">分享到：<a href="javascript:void(0)">微信</a> '
                '<a href="javascript:void(0)">微博</a></span><span class="tools">'
                '<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>'
                "</span></div>\n</div>\n</div>\n" + self.foot())

    def items(self, arts):
        return "\n".join(f'<li><a href="{a.path}" target="_blank" title="{attr(a.title or "")}">'
                         f'{esc(self.list_title(a))}</a><span>{a.published or ""}</span></li>' for a in arts)

    def list_page(self, arts, i, n):
        return (self.head("工作动态_新疆维吾尔自治区卫生健康委员会") + self.top() +
                '<div class="w1200 main">\n<div class="position">您当前的位置：<a href="/index.html">首页</a> &gt; '
                '<a href="/xwzx/gzdt/index.html">新闻中心</a> &gt; 工作动态</div>\n'
                f'<div class="list"><ul>\n{self.items(arts)}\n</ul>\n'
                f'<div class="page">{self.list_pager(i, n)}</div></div>\n</div>\n' + self.foot())

    def home_page(self, arts):
        return (self.head("新疆维吾尔自治区卫生健康委员会") + self.top() +
                '<div class="w1200 main">\n<div class="box"><h3><a href="/xwzx/gzdt/index.html">工作动态</a>'
                '<a class="more" href="/xwzx/gzdt/index.html">更多&gt;&gt;</a></h3>\n'
                f"<ul>\n{self.items(arts)}\n</ul></div>\n"
                '<div class="box"><h3>通知公告</h3><ul><li>关于开展年度医疗机构校验工作的通知</li>'
                '<li>自治区卫生健康委政府信息公开工作年度报告</li></ul></div>\n</div>\n' + self.foot())


# =============================================================================================
# 2. county government portal, old-fashioned, GBK bytes

class GanguGov(Site):
    id = "gangu-gov"
    port = 18402
    kind = "county-government-portal"
    name = "甘谷县人民政府"
    charset = "GB18030"
    meta_label = "gb2312"
    content_type = "text/html; charset=gb2312"
    quirks = ("header and meta say gb2312; one page with no charset anywhere (no meta, header override "
              "without charset); the seed page with no title and no year")
    url_pattern = "/zwdt/YYYY/MMDD/NNNN.html (seed 003: /zwdt/show/NNNN.html)"
    robots_disallow = ("/search/", "/plus/")

    def list_path(self, i):
        return "/zwdt/index.html" if i == 0 else f"/zwdt/index_{i + 1}.html"

    def head(self, title, label):
        return ('<html>\n<head>\n' + self.charset_meta(label) +
                f"<title>{esc(title)}</title>\n"
                '<meta name="keywords" content="甘谷县人民政府,甘谷,政务公开" />\n'
                '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n'
                '<script language="javascript">function showDate(){var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");}</script>\n'
                '</head>\n')

    def top(self):
        return ('<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
                '<div id="top"><img src="/images/photo.png" width="1000" height="160" alt="" /></div>\n'
                '<div id="date">今天是：<script language="javascript">showDate();</script>　'
                '<marquee scrollamount="3" width="600">欢迎访问甘谷县人民政府门户网站！</marquee></div>\n'
                '<div id="menu"><a href="/index.html">网站首页</a> | <a href="/zwdt/index.html">政务动态</a> | '
                '<a href="javascript:;">政务公开</a> | <a href="javascript:;">走进甘谷</a> | '
                '<a href="javascript:;">网上办事</a> | <a href="javascript:;">公众参与</a> | '
                '<a href="/search/result.html">信息检索</a></div>\n')

    def foot(self):
        return ('<div id="foot"><hr size="1" color="#CCCCCC" />\n'
                '版权所有：甘谷县人民政府办公室　技术支持：甘谷县信息中心<br />\n'
                '地址：甘肃省天水市甘谷县　陇ICP备08001234号　网站标识码：6205230003<br />\n'
                '您是本站第<font color="red">1034567</font>位访问者　建议使用IE8.0以上浏览器 1024×768分辨率</div>\n'
                '</body>\n</html>\n')

    def render_article(self, art, i):
        title = art.title
        info = []
        d = self.date_text(art)
        if d:
            info.append(f"发布日期：{esc(d)}")
        if art.get("source"):
            info.append(f"信息来源：{esc(art.get('source'))}")
        if art.get("author"):
            info.append(f"作者：{esc(art.get('author'))}")
        if info:
            info.append(f"浏览次数：{art.get('views', '386')}")
        info_html = f'<div class="art_info">{"&nbsp;&nbsp;".join(info)}</div>\n' if info else ""
        title_html = f'<div class="art_title"><b>{esc(title)}</b></div>\n' if title else ""
        return (self.head(f"{title} - 甘谷县人民政府" if title else "甘谷县人民政府", self.meta_of(art)) + self.top() +
                '<div id="main">\n<div class="weizhi">当前位置：<a href="/index.html">首页</a> &gt;&gt; '
                '<a href="/zwdt/index.html">政务动态</a></div>\n'
                f"{title_html}{info_html}"
                f'<div class="art_con">\n{self.paras(art, art.pages[i], "<p>　　", "</p>")}\n</div>\n'
                f"{self.pager(art, i)}"
                '<div class="art_foot">【<a href="javascript:window.print()">打印本页</a>】'
                '【<a href="javascript:window.close()">关闭窗口</a>】</div>\n</div>\n' + self.foot())

    def items(self, arts):
        return "\n".join(f'<tr><td>&middot;<a href="{a.path}" target="_blank">{esc(self.list_title(a))}</a></td>'
                         f'<td width="90">{a.published or ""}</td></tr>' for a in arts)

    def list_page(self, arts, i, n):
        return (self.head("政务动态 - 甘谷县人民政府", self.meta_label) + self.top() +
                '<div id="main">\n<div class="weizhi">当前位置：<a href="/index.html">首页</a> &gt;&gt; 政务动态</div>\n'
                f'<table width="100%" class="list">\n{self.items(arts)}\n</table>\n'
                f'<div class="pagelist">{self.list_pager(i, n)}</div>\n</div>\n' + self.foot())

    def home_page(self, arts):
        return (self.head("甘谷县人民政府", self.meta_label) + self.top() +
                '<div id="main">\n<div class="lm"><b>政务动态</b> <a href="/zwdt/index.html">更多...</a></div>\n'
                f'<table width="100%" class="list">\n{self.items(arts)}\n</table>\n</div>\n' + self.foot())


# =============================================================================================
# 3. hospital news column (医院新闻, "柔性援疆|" title prefixes), VSB-style CMS, UTF-8

class XixiHospital(Site):
    id = "xixi-hospital"
    port = 18403
    kind = "hospital-news-column"
    name = "浙江大学医学院附属杭州市西溪医院"
    charset = "UTF-8"
    meta_label = "utf-8"
    content_type = "text/html"
    quirks = ("column prefix in titles (柔性援疆|…); header without charset; one page whose meta says "
              "gb2312 but whose bytes are UTF-8; the seed page carries converter pinyin")
    url_pattern = "/info/1024/NNNN.htm"

    def list_path(self, i):
        return "/xwzx/yyxw.htm" if i == 0 else f"/xwzx/yyxw/{i + 1}.htm"

    L = {"Hans": dict(name="浙江大学医学院附属杭州市西溪医院", home="首页", about="医院概况", news="新闻中心",
                      depts="科室导航", experts="专家介绍", guide="就医指南", col="医院新闻", pos="当前位置",
                      time="发布时间:", author="作者:", src="来源于:", clicks="点击数量:", close="关闭窗口",
                      foot="版权所有 浙江大学医学院附属杭州市西溪医院　地址：杭州市西湖区　浙ICP备05011289号"),
         "Hant": dict(name="浙江大學醫學院附屬杭州市西溪醫院", home="首頁", about="醫院概況", news="新聞中心",
                      depts="科室導航", experts="專家介紹", guide="就醫指南", col="醫院新聞", pos="當前位置",
                      time="發布時間:", author="作者:", src="來源于:", clicks="點擊數量:", close="關閉窗口",
                      foot="版權所有 浙江大學醫學院附屬杭州市西溪醫院　地址：杭州市西湖區　浙ICP備05011289號")}

    def frame(self, title, label, body, art=None):
        L = self.L["Hant" if art is not None and self.hant(art) else "Hans"]
        c = lambda s: esc(self.chrome(art, s))
        return ('<!DOCTYPE html>\n<html>\n<head>\n' + self.charset_meta(label) +
                f'<title>{esc(title)}</title>\n<link rel="stylesheet" href="/css/style.css" />\n</head>\n<body>\n'
                f'<div class="header"><img src="/images/photo.png" alt="{attr(L["name"])}" /></div>\n'
                f'<div class="menu"><a href="/index.html">{c(L["home"])}</a><a href="javascript:;">{c(L["about"])}</a>'
                f'<a href="/xwzx/yyxw.htm">{c(L["news"])}</a><a href="javascript:;">{c(L["depts"])}</a>'
                f'<a href="javascript:;">{c(L["experts"])}</a><a href="javascript:;">{c(L["guide"])}</a>'
                f'<a href="/search/result.html">搜索</a></div>\n'
                f"{body}"
                f'<div class="footer">{c(L["foot"])}</div>\n</body>\n</html>\n')

    def render_article(self, art, i):
        hant = self.hant(art)
        L = self.L["Hant" if hant else "Hans"]
        c = lambda s: esc(self.chrome(art, s))
        if art.get("show") in ("fabu", "riqi", "md"):
            raise ValueError(f"{art.file}: the hospital info line takes a bare date style")
        raw_title = self.content(art, art.get("title"))
        col = art.get("column")
        h = f"{self.chrome(art, col)}|{raw_title}" if col else raw_title
        d = self.date_text(art) or ""
        info = (f'{c(L["time"])}{esc(d)} {c(L["author"])}{esc(self.content(art, art.get("author", "")))} '
                f'{c(L["src"])}{esc(self.content(art, art.get("source", "")))} {c(L["clicks"])}{art.get("views", "1024")}')
        body = (f'<div class="position">{c(L["pos"])}：<a href="/index.html">{c(L["home"])}</a> &gt;&gt; '
                f'<a href="/xwzx/yyxw.htm">{c(L["news"])}</a> &gt;&gt; {c(L["col"])}</div>\n'
                f'<form name="_newscontent_fromname"><div class="article">\n<h2>{esc(h)}</h2>\n'
                f'<div class="artinfo">{info}</div>\n'
                f'<div id="vsb_content"><div class="v_news_content">\n{self.paras(art, art.pages[i])}\n</div></div>\n'
                f"{self.pager(art, i)}"
                f'<div class="close"><a href="javascript:window.close()">【{c(L["close"])}】</a></div>\n</div></form>\n')
        return self.frame(f"{h}-{L['name']}", self.meta_of(art), body, art)

    def items(self, arts):
        out = []
        for a in arts:
            col = a.get("column")
            t = self.list_title(a)
            out.append(f'<li><a href="{a.path}">{esc(col + "|" + t if col else t)}</a><span>{a.published}</span></li>')
        return "\n".join(out)

    def list_page(self, arts, i, n):
        body = (f'<div class="position">当前位置：<a href="/index.html">首页</a> &gt;&gt; 医院新闻</div>\n'
                f'<div class="list"><ul>\n{self.items(arts)}\n</ul>\n<div class="pb">{self.list_pager(i, n)}</div></div>\n')
        return self.frame("医院新闻-浙江大学医学院附属杭州市西溪医院", self.meta_label, body)

    def list_pager(self, i, n, labels=("首页", "上页", "下页", "尾页")):
        # VSB lists: page 1 is /xwzx/yyxw.htm, later pages /xwzx/yyxw/N.htm: links are root-relative.
        parts = [f'<a href="{self.list_path(0)}">{labels[0]}</a>']
        if i > 0:
            parts.append(f'<a href="{self.list_path(i - 1)}">{labels[1]}</a>')
        for k in range(n):
            parts.append(f"<b>{k + 1}</b>" if k == i else f'<a href="{self.list_path(k)}">{k + 1}</a>')
        if i < n - 1:
            parts.append(f'<a href="{self.list_path(i + 1)}">{labels[2]}</a>')
        parts.append(f'<a href="{self.list_path(n - 1)}">{labels[3]}</a>')
        return " ".join(parts)

    def home_page(self, arts):
        body = (f'<div class="box"><h3>医院新闻 <a href="/xwzx/yyxw.htm">更多</a></h3><ul>\n{self.items(arts)}\n</ul></div>\n'
                '<div class="box"><h3>便民服务</h3><p>门诊时间：周一至周日 8:00-17:00</p></div>\n')
        return self.frame("浙江大学医学院附属杭州市西溪医院", self.meta_label, body)


# =============================================================================================
# 4. regional news portal with a province navigation bar on every page (and a 繁體 channel)

class HxNews(Site):
    id = "hx-news"
    port = 18404
    kind = "regional-news-portal"
    name = "华新网"
    charset = "UTF-8"
    meta_label = "utf-8"
    content_type = "text/html; charset=utf-8"
    has_meta_date = True
    quirks = ("province navigation bar naming every province on every page; 来源/编辑 lines; related-articles "
              "list; a 繁體 channel (/big5/) with converter pinyin")
    url_pattern = "/<channel>/YYYY/MM-DD/NNNNNNN.shtml and /big5/<channel>/YYYY/MM-DD/NNNNNNN.shtml"

    def list_path(self, i):
        return "/ylyj/index.html" if i == 0 else f"/ylyj/index_{i}.html"

    def top(self, art=None):
        hant = art is not None and self.hant(art)
        c = lambda s: esc(self.chrome(art, s))
        provs = PROVINCE_NAV_T if hant else PROVINCE_NAV
        home = "華新網首頁" if hant else "华新网首页"
        nav = f'<a href="/index.html">{c(home)}</a>|' + "|".join(f'<a href="#">{c(p)}</a>' for p in provs)
        wx = "我們的微信" if hant else "我们的微信"
        return (f'<div class="top"><div class="logo">{c("華新網" if hant else "华新网")}</div>'
                f'<div class="weixin"><img src="/images/photo.png" alt="" />{c(wx)}</div></div>\n'
                f'<div class="nav_navcon">{nav}</div>\n'
                '<div class="search"><a href="/search/result.html">搜索</a></div>\n')

    def foot(self, art=None):
        hant = art is not None and self.hant(art)
        t = ("關於我們 | 聯系我們 | 廣告服務 | 供稿服務 | 法律聲明<br />華新網版權所有，未經書面授權禁止使用"
             if hant else "关于我们 | 联系我们 | 广告服务 | 供稿服务 | 法律声明<br />华新网版权所有，未经书面授权禁止使用")
        return f'<div id="bottom">{self.chrome(art, t)}</div>\n</body>\n</html>\n'

    def related(self, art):
        arts = [a for a in self.listed() if a is not art]
        k = self.listed().index(art)
        picks = [arts[(k + j) % len(arts)] for j in range(min(4, len(arts)))]
        return "\n".join(f'<li><a href="{a.path}">{esc(self.list_title(a))}</a></li>' for a in picks)

    def render_article(self, art, i):
        hant = self.hant(art)
        c = lambda s: esc(self.chrome(art, s))
        title = self.content(art, art.get("title"))
        dt = self.meta_date(art)
        meta = f'<meta name="publishdate" content="{dt:%Y-%m-%d %H:%M:%S}" />\n' if dt else ""
        info = []
        d = self.date_text(art, hant)
        if d:
            info.append(esc(d))
        if art.get("source"):
            info.append(c("來源：" if hant else "来源：") + esc(self.content(art, art.get("source"))))
        size = c("字號：" if hant else "字号：") + '<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>'
        rel = c("相關新聞：" if hant else "相关新闻：")
        return ('<!DOCTYPE html>\n<html>\n<head>\n' + self.charset_meta(self.meta_of(art), "html5") + meta +
                f'<title>{esc(title)}-{c("華新網" if hant else "华新网")}</title>\n'
                '<link rel="stylesheet" href="/css/style.css" />\n</head>\n<body>\n' + self.top(art) +
                f'<div class="content">\n<h1>{esc(title)}</h1>\n'
                f'<div class="left-t">{"&nbsp;".join(info)}</div>\n<div class="zihao">{size}</div>\n'
                f'<div class="left_zw" style="position:relative">\n{self.paras(art, art.pages[i])}\n</div>\n'
                f"{self.pager(art, i)}"
                f'<div class="xgxw"><h4>{rel}</h4><ul>\n{self.related(art)}\n</ul></div>\n</div>\n' + self.foot(art))

    def items(self, arts):
        return "\n".join(f'<li><span class="dd_time">{a.published}</span><a href="{a.path}">{esc(self.list_title(a))}</a></li>'
                         for a in arts)

    def page(self, title, body):
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
                f'<title>{esc(title)}</title>\n<link rel="stylesheet" href="/css/style.css" />\n</head>\n<body>\n'
                + self.top() + body + self.foot())

    def list_page(self, arts, i, n):
        return self.page("医疗援建-华新网", '<div class="content"><div class="lm">医疗援建</div>\n'
                         f'<ul class="list">\n{self.items(arts)}\n</ul>\n<div class="pagebox">{self.list_pager(i, n)}</div></div>\n')

    def home_page(self, arts):
        return self.page("华新网", '<div class="content"><div class="lm"><a href="/ylyj/index.html">医疗援建</a></div>\n'
                         f'<ul class="list">\n{self.items(arts)}\n</ul></div>\n')


# =============================================================================================
# 5. content farm: spam keyword header, view counter, - END -, unrelated trailing list

JUNK = [
    ("中国消费者协会提醒:选购儿童服装“四注意”",
     "中国消费者报北京讯记者任震宇)“六一”国际儿童节临近,不少家长打算给孩子挑选服装。然而,市场上儿童及婴幼儿服装鱼龙混杂,如何给孩子挑选安全放心的服装困扰着诸多家长。"),
    ("梦幻西游礼包怎么领取?详细领取攻略大揭秘", "梦幻西游礼包怎么领取?详细领取攻略大揭秘"),
    ("龙之谷手游进不去及闪退无法连接解决办法", "龙之谷手游进不去及闪退无法连接解决办法"),
    ("北京发放以旧换新补贴 26类商品单件最高补贴1000元",
     "中国消费者报北京讯记者孙蔚)5月30日,北京市商务局发布了关于实施鼓励绿色智能消费品以旧换新补贴的公告,面向在京消费者发放北京市以旧换新补贴。"),
    ("密室逃脱 5 逃出博物馆:马赛克作用及攻略大全?", "密室逃脱 5 逃出博物馆:马赛克作用及攻略大全?"),
    ("恋与制作人白起资料介绍:他的背景与性格特点", "恋与制作人白起资料介绍:他的背景与性格特点"),
    ("洛克王国答复文书作用介绍:包含哪些方面?", "洛克王国答复文书作用介绍:包含哪些方面?"),
    ("cf空格名字怎么打:详细教程及技巧分享", "cf 空格名字怎么打:详细教程及技巧分享在玩穿越火线CF)这款游戏时,一个独特的空格名字往往能让你在众多玩家中脱颖而出。"),
]


class QwbkFarm(Site):
    id = "qwbk-farm"
    port = 18405
    kind = "content-farm"
    name = "趣闻百科网"
    charset = "UTF-8"
    meta_label = "utf-8"
    content_type = "text/html; charset=utf-8"
    quirks = ("spam keyword header; date beside a wrong category; repeated title with a foreign site suffix; "
              "- END -, bare view counter, unrelated trailing list of game/shopping articles; spun text")
    url_pattern = "/xiuxian/YYYYMMDD/NNNN.html"

    def list_path(self, i):
        return "/xiuxian/index.html" if i == 0 else f"/xiuxian/list_{i + 1}.html"

    def top(self):
        keys = ["手游排行榜", "免费小说全文阅读", "减肥茶哪个牌子好", "二手车估价", "网赚项目日结", "彩票预测", "游戏礼包领取", "美容整形医院排名"]
        return ('<div class="hotkeys">' + "|".join(f'<a href="/xiuxian/index.html">{k}</a>' for k in keys) + "</div>\n"
                '<div class="head"><a href="/index.html" class="logo">趣闻百科网</a> <a href="/xiuxian/index.html">休闲</a> '
                '<a href="/xiuxian/index.html">资讯</a> <a href="/xiuxian/index.html">游戏</a> <a href="/search/result.html">搜索</a></div>\n')

    def page(self, title, body, label="utf-8"):
        return ('<!DOCTYPE html>\n<html>\n<head>\n' + self.charset_meta(label, "html5") +
                f'<title>{esc(title)}</title>\n<meta name="keywords" content="趣闻,百科,休闲,游戏攻略" />\n'
                '<link rel="stylesheet" href="/css/style.css" />\n</head>\n<body>\n' + self.top() + body +
                '<div class="foot">本站内容来源于网络，如有侵权请联系删除　Copyright 趣闻百科网</div>\n</body>\n</html>\n')

    def render_article(self, art, i):
        title = art.title
        sub = f'<div class="subtitle">{esc(art.get("subtitle"))}</div>\n' if art.get("subtitle") else ""
        d = self.date_text(art) or ""
        meta = f'<div class="meta">{esc(d)} - {esc(art.get("category", "休闲"))}</div>\n'
        retitle = f'<h2 class="retitle">{esc(art.get("retitle"))}</h2>\n' if art.get("retitle") else ""
        junk = "\n".join(f'<div class="tj-item"><h4>{esc(t)}</h4><h5>{esc(t)}</h5><p>{esc(s)}</p></div>' for t, s in JUNK)
        body = (f'<div class="article">\n<h1>{esc(title)}</h1>\n{sub}{meta}{retitle}'
                f'<div class="art-body">\n{self.paras(art, art.pages[i])}\n</div>\n'
                f'<p class="end">- END -</p>\n<div class="views">{art.get("views", "651")}</div>\n</div>\n'
                f'<div class="tuijian">\n{junk}\n</div>\n')
        return self.page(f"{title}_趣闻百科网", body, self.meta_of(art))

    def items(self, arts):
        return "\n".join(f'<li><a href="{a.path}">{esc(self.list_title(a))}</a> <em>{a.published}</em></li>' for a in arts)

    def list_page(self, arts, i, n):
        return self.page("休闲_趣闻百科网", f'<ul class="list">\n{self.items(arts)}\n</ul>\n<div class="pages">{self.list_pager(i, n)}</div>\n')

    def home_page(self, arts):
        return self.page("趣闻百科网", f'<h3><a href="/xiuxian/index.html">最新文章</a></h3>\n<ul class="list">\n{self.items(arts)}\n</ul>\n')


# =============================================================================================
# 6. "converter" site: Traditional text; Big5 pages, and UTF-8 pages with pinyin after characters

class HwyxConverter(Site):
    id = "hwyx-big5"
    port = 18406
    kind = "traditional-converter-site"
    name = "華文醫訊網"
    charset = "Big5"
    meta_label = "big5"
    content_type = "text/html"
    script = "Hant"
    has_meta_date = False
    quirks = ("all text Traditional; Big5 pages (/big5/) and UTF-8 pages with reading annotations after some "
              "characters (/tw/, 發(fā)布時(shí)間); header without charset")
    url_pattern = "/big5/news/YYYYMMDD/NNNN.html (Big5) and /tw/news/YYYYMMDD/NNNN.html (UTF-8 + pinyin)"

    def list_path(self, i):
        return "/news/index.html" if i == 0 else f"/news/index_{i + 1}.html"

    def page(self, title, label, body, art=None):
        c = lambda s: esc(self.chrome(art, s))
        return ('<!DOCTYPE html>\n<html>\n<head>\n' + self.charset_meta(label) +
                f'<title>{esc(title)}</title>\n<link rel="stylesheet" href="/css/style.css" />\n</head>\n<body>\n'
                f'<div class="top"><span class="logo">{c("華文醫訊網")}</span> <span>{c("繁體中文")}</span> | '
                f'<a href="javascript:;">{c("簡體中文")}</a></div>\n'
                f'<div class="nav"><a href="/index.html">{c("首頁")}</a> <a href="/news/index.html">{c("醫療援建")}</a> '
                f'<a href="javascript:;">{c("健康資訊")}</a> <a href="javascript:;">{c("地方新聞")}</a> '
                f'<a href="/search/result.html">{c("搜尋")}</a></div>\n' + body +
                f'<div class="foot">{c("本站內容由網友整理轉載，經繁簡轉換後發布，版權歸原作者所有。")}</div>\n</body>\n</html>\n')

    def render_article(self, art, i):
        c = lambda s: esc(self.chrome(art, s))
        title = self.content(art, art.title)
        info = []
        d = self.date_text(art, True)
        if d:
            info.append(c("發布時間：") + esc(d) if art.get("show") not in ("fabu", "riqi") else c(d))
        if art.get("source"):
            info.append(c("來源：") + esc(self.content(art, art.get("source"))))
        if art.get("author"):
            info.append(c("作者：") + esc(self.content(art, art.get("author"))))
        body = (f'<div class="art">\n<h1>{esc(title)}</h1>\n<div class="info">{"　".join(info)}</div>\n'
                f'<div class="text">\n{self.paras(art, art.pages[i])}\n</div>\n{self.pager(art, i, ("上一頁", "下一頁"))}'
                f'<div class="share">{c("分享到：")}<a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a></div>\n</div>\n')
        return self.page(f"{title} - {self.chrome(art, '華文醫訊網')}", self.meta_of(art), body, art)

    def items(self, arts):
        return "\n".join(f'<li><a href="{a.path}">{esc(self.list_title(a))}</a>（{a.published}）</li>' for a in arts)

    def list_page(self, arts, i, n):
        return self.page("醫療援建 - 華文醫訊網", self.meta_label,
                         f'<ul class="list">\n{self.items(arts)}\n</ul>\n<div class="pages">{self.list_pager(i, n, ("首頁", "上一頁", "下一頁", "末頁"))}</div>\n')

    def home_page(self, arts):
        return self.page("華文醫訊網", self.meta_label,
                         f'<h3><a href="/news/index.html">醫療援建</a></h3>\n<ul class="list">\n{self.items(arts)}\n</ul>\n')

    def search_page(self, arts):
        items = "\n".join(f'<li><a href="{a.path}">{esc(self.list_title(a))}</a></li>' for a in arts)
        return self.page("站內搜尋 - 華文醫訊網", self.meta_label, f"<p>搜尋結果</p>\n<ul>\n{items}\n</ul>\n")


# =============================================================================================
# 7. old table-layout regional portal (nested <table>, <font>), GBK, hacked spam header

SPAM = ("中文亚洲无线码av|亚洲欧美高清麻豆综合|国产精品区一区二区免费|国产亚洲一区二区三区无码|久久久久国色av免费观看|"
        "亚洲欧洲一区二区综合精品|人妻中文字幕一区二区免费线|国产精品国产三级国产AV中文").split("|")


class Chuannan(Site):
    id = "cnzx-portal"
    port = 18407
    kind = "old-table-layout-portal"
    name = "川南在线"
    charset = "GB18030"
    meta_label = "gbk"
    content_type = "text/html; charset=gbk"
    quirks = ("nested table layout with <font>; injected spam keyword line at the top of every page; WeChat "
              "follow prompt; the seed page is Traditional with pinyin in GBK bytes")
    url_pattern = "/html/news/YYYY-MM/DD/content_NNNNN.htm"

    def list_path(self, i):
        return "/html/news/index.html" if i == 0 else f"/html/news/index_{i + 1}.html"

    def frame(self, title, label, inner, art=None):
        hant = art is not None and self.hant(art)
        c = lambda s: esc(self.chrome(art, s))
        spam = "|".join(f'<a href="/html/news/index.html">{s}</a>' for s in SPAM)
        slogan = "川南地區綜合性網絡門戶" if hant else "川南地区综合性网络门户"
        menu = (["首頁", "新聞", "瀘州", "宜賓", "自貢", "內江", "健康"] if hant
                else ["首页", "新闻", "泸州", "宜宾", "自贡", "内江", "健康"])
        wx = ("關注川南在線網微信公眾號<br />長按或掃描二維碼 ,獲取更多最新資訊 其他" if hant
              else "关注川南在线网微信公众号<br />长按或扫描二维码 ,获取更多最新资讯 其他")
        cp = "川南在線 版權所有　蜀ICP備09012345號" if hant else "川南在线 版权所有　蜀ICP备09012345号"
        return ('<html>\n<head>\n' + self.charset_meta(label) + f"<title>{esc(title)}</title>\n"
                '<link href="/css/style.css" rel="stylesheet" type="text/css">\n</head>\n'
                '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
                f'<div style="display:block;font-size:12px">{spam}</div>\n'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n'
                f'<tr><td height="80"><img src="/images/photo.png" width="300" height="80"></td>'
                f'<td><font color="#990000" size="4"><b>{c(slogan)}</b></font></td></tr>\n'
                '<tr><td colspan="2" bgcolor="#B40000"><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>'
                + "".join(f'<td align="center"><a href="/html/news/index.html"><font color="#FFFFFF">{c(m)}</font></a></td>' for m in menu) +
                '<td align="center"><a href="/search/result.html"><font color="#FFFFFF">搜索</font></a></td>'
                '</tr></table></td></tr>\n</table>\n'
                '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr>\n'
                f'<td width="700" valign="top">\n{inner}\n</td>\n'
                '<td width="10"></td>\n<td width="270" valign="top">\n'
                '<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#DDDDDD">'
                f'<tr><td bgcolor="#F0F0F0"><font size="2"><b>{c("熱門圖片" if hant else "热门图片")}</b></font></td></tr>'
                '<tr><td><img src="/images/photo.png" width="250" height="160"></td></tr></table>\n'
                '</td>\n</tr>\n</table>\n'
                '<table width="980" border="0" align="center" cellpadding="6" cellspacing="0">\n'
                f'<tr><td align="center"><font size="2">{self.chrome(art, wx)}</font></td></tr>\n'
                f'<tr><td align="center" bgcolor="#EEEEEE"><font size="2" color="#666666">{c(cp)}</font></td></tr>\n'
                '</table>\n</body>\n</html>\n')

    def render_article(self, art, i):
        hant = self.hant(art)
        c = lambda s: esc(self.chrome(art, s))
        title = self.content(art, art.get("title"))
        d = self.date_text(art, hant)
        label = c("發布時間:" if hant else "发布时间:")
        cat = c("頭條川南在線" if hant else "头条川南在线")
        info = f"{cat}&nbsp; {label}{esc(d)}" if d else cat
        if art.get("source") and not any(k == "credit" for k, _ in art.items):
            info += "&nbsp;&nbsp;" + c("來源:" if hant else "来源:") + esc(self.content(art, art.get("source")))
        paras = []
        for kind, text in art.pages[i]:
            if kind == "p":
                paras.append(f'<tr><td><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;{esc(self.content(art, text))}</font></td></tr>')
            elif kind == "img":
                paras.append('<tr><td align="center"><img src="/images/photo.png" border="0"></td></tr>')
                if text:
                    paras.append(f'<tr><td align="center"><font size="2">{esc(self.content(art, text))}</font></td></tr>')
            elif kind == "credit":
                paras.append(f'<tr><td align="right"><font size="2">{esc(self.content(art, text))}</font></td></tr>')
            elif kind == "raw":
                paras.append(f"<tr><td>{text}</td></tr>")
        inner = ('<table width="100%" border="0" cellspacing="0" cellpadding="5">\n'
                 f'<tr><td align="center"><font size="5" color="#003366"><b>{esc(title)}</b></font></td></tr>\n'
                 f'<tr><td align="center"><font size="2" color="#888888">{info}</font></td></tr>\n'
                 '<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
                 + "\n".join(paras) + "\n</table></td></tr>\n"
                 f"<tr><td>{self.pager(art, i)}</td></tr>\n</table>")
        return self.frame(f"{title}_{self.chrome(art, '川南在線' if hant else '川南在线')}", self.meta_of(art), inner, art)

    def items(self, arts):
        return "\n".join(f'<tr><td><font size="2">&middot;<a href="{a.path}">{esc(self.list_title(a))}</a></font></td>'
                         f'<td width="90"><font size="2" color="#999999">{a.published}</font></td></tr>' for a in arts)

    def list_page(self, arts, i, n):
        inner = (f'<table width="100%" border="0" cellpadding="4">\n{self.items(arts)}\n'
                 f'<tr><td colspan="2" align="center"><font size="2">{self.list_pager(i, n)}</font></td></tr>\n</table>')
        return self.frame("新闻_川南在线", self.meta_label, inner)

    def home_page(self, arts):
        inner = (f'<table width="100%" border="0" cellpadding="4">\n<tr><td colspan="2"><b>'
                 f'<a href="/html/news/index.html">新闻</a></b></td></tr>\n{self.items(arts)}\n</table>')
        return self.frame("川南在线", self.meta_label, inner)


# =============================================================================================
# 8. WeChat-style article pages (mirror of 公众号 articles)

class WxMirror(Site):
    id = "wx-mirror"
    port = 18408
    kind = "wechat-article-pages"
    name = "公众号文章"
    charset = "UTF-8"
    meta_label = "utf-8"
    content_type = "text/html; charset=utf-8"
    has_meta_date = True
    quirks = ("rich_media_title / js_content markup; account card with 微信号 and 长按识别二维码; 阅读原文, "
              "点赞/在看; date in meta only on one page; source = the account")
    url_pattern = "/s/<20 letters>.html"

    def list_path(self, i):
        return "/index.html" if i == 0 else f"/index_{i}.html"

    def render_lists(self):
        # The archive list doubles as the home page here.
        arts = self.listed()
        n = max(2, (len(arts) + self.per_page - 1) // self.per_page)
        out = []
        for i in range(n):
            chunk = arts[i * self.per_page:(i + 1) * self.per_page]
            out.append((self.list_path(i), self.list_page(chunk, i, n), self.charset))
        out.append((self.search_path, self.search_page(arts[:3]), self.charset))
        return out

    def render_article(self, art, i):
        title = art.title
        account = art.get("account")
        dt = self.meta_date(art)
        meta = f'<meta property="article:published_time" content="{dt:%Y-%m-%dT%H:%M:%S}+08:00" />\n' if dt else ""
        d = self.date_text(art) or ""
        author = f'<span class="rich_media_meta rich_media_meta_text">{esc(art.get("author"))}</span>\n' if art.get("author") else ""
        paras = []
        for kind, text in art.pages[i]:
            if kind == "p":
                paras.append(f'<section><p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{esc(text)}</span></p></section>')
            elif kind == "img":
                paras.append('<section style="text-align:center"><img class="rich_pages wxw-img" data-src="/images/photo.png" src="/images/photo.png" /></section>')
                if text:
                    paras.append(f'<section style="text-align:center"><span style="font-size:12px;color:#888888;">{esc(text)}</span></section>')
            elif kind == "credit":
                paras.append(f'<section><p style="text-align:right"><span style="font-size:12px;color:#888888;">{esc(text)}</span></p></section>')
            elif kind == "raw":
                paras.append(text)
        # epoch seconds of the Beijing wall-clock time, computed without the machine's time zone
        ct = calendar.timegm(art.dt.timetuple()) - 8 * 3600 if art.dt else 0
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
                f'<meta property="og:title" content="{attr(title)}" />\n<meta property="og:type" content="article" />\n{meta}'
                f'<title>{esc(title)}</title>\n<link rel="stylesheet" href="/css/style.css" />\n</head>\n'
                '<body id="activity-detail" class="zh_CN">\n<div class="rich_media_area_primary">\n'
                '<div id="js_article" class="rich_media">\n<div class="rich_media_inner">\n'
                f'<h1 class="rich_media_title" id="activity-name">\n{esc(title)}\n</h1>\n'
                f'<div id="meta_content" class="rich_media_meta_list">\n{author}'
                f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{esc(account)}</a></span>\n'
                f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{esc(d)}</em>\n</div>\n'
                f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">\n'
                + "\n".join(paras) + "\n</div>\n"
                '<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="javascript:void(0);">阅读原文</a>'
                f'<span class="media_tool_meta">阅读 {art.get("views", "3426")}</span>'
                '<a href="javascript:void(0);" class="like_btn">点赞</a> <a href="javascript:void(0);" class="wx_like">在看</a></div>\n'
                f'<div class="profile_card"><strong class="profile_nickname">{esc(account)}</strong>\n'
                f'<p class="profile_meta"><label>微信号</label> <span>{esc(art.get("wxid", "yiliaoyuanjian"))}</span></p>\n'
                '<p class="profile_meta"><label>功能介绍</label> <span>发布医院动态、健康科普与便民服务信息。</span></p>\n'
                '<img src="/images/photo.png" alt="" /><p>长按识别二维码关注</p></div>\n'
                '<div class="qr_code_pc"><p>微信扫一扫<br />关注该公众号</p></div>\n'
                '</div>\n</div>\n</div>\n'
                f'<script type="text/javascript">var ct = "{ct}"; var msg_title = "{attr(title)}";</script>\n'
                '</body>\n</html>\n')

    def list_page(self, arts, i, n):
        items = "\n".join(f'<li><a href="{a.path}">{esc(self.list_title(a))}</a> <span>{esc(a.get("account"))}</span> '
                          f'<em>{a.published or ""}</em></li>' for a in arts)
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>公众号文章精选</title>\n'
                '<link rel="stylesheet" href="/css/style.css" />\n</head>\n<body>\n'
                '<div class="head">公众号文章精选 <a href="/search/result.html">搜索</a></div>\n'
                f'<ul class="list">\n{items}\n</ul>\n<div class="pages">{self.list_pager(i, n)}</div>\n</body>\n</html>\n')


SITES = {c.id: c for c in (XjWjw, GanguGov, XixiHospital, HxNews, QwbkFarm, HwyxConverter, Chuannan, WxMirror)}


# =============================================================================================
# README tables

def md(s):
    """Text for a Markdown table cell."""
    return s.replace("|", "\\|").replace("<", "&lt;")


def readme(sites, gaz, hospitals, expected_of):
    rows = ["| id | port | kind | encoding(s) | header / markup quirks | article URL pattern | article pages |",
            "|---|---|---|---|---|---|---|"]
    prov = ["| page | origin | real places and hospitals named (labels) | what it tests |", "|---|---|---|---|"]
    for site in sites:
        encs = sorted({site.charset_of(a) for a in site.articles} | {site.charset})
        rows.append(f"| `{site.id}` | {site.port} | {site.kind} | {', '.join(encs)} | {md(site.quirks)} | "
                    f"`{site.url_pattern}` | {len(site.articles)} |")
        for art in sorted(site.articles, key=lambda a: a.path):
            e = expected_of(art, site)
            names = [p["name"] for p in e["places"]] or e["provinces"]
            labels = "、".join(names) + ("; " + "、".join(e["hospitals"]) if e["hospitals"] else "")
            origin = art.get("origin")
            origin = "written by us" if origin == "written" else f"seed `{origin}`"
            pages = f" (+ `{art.page_path(1)}`)" if len(art.pages) > 1 else ""
            prov.append(f"| `{site.id}{art.path}`{pages} | {origin} | {md(labels)} | {md(art.get('tests'))} |")
    return {"SITES": "\n".join(rows), "PROVENANCE": "\n".join(prov)}
