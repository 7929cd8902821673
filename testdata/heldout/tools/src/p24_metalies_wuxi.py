from lib import esc, paras, fill, place

NAME = "24-metalies-wuxi"
TEMPLATE = "county government site (Chongqing district/county portal, `div.zw-con`) whose `<meta>` says gb2312 but whose bytes are UTF-8"
ENCODING_NOTE = "UTF-8 bytes, meta declares gb2312, header text/html without charset"
TESTS = "lying meta charset (decoding as GBK gives mojibake); 东西部协作 山东 → 重庆 (鲁渝协作) with no signing; municipality county without a prefecture"
NAMED = "山东、青岛 → 重庆巫溪县; 青岛大学附属医院, 巫溪县人民医院"

URL = "http://www.cqwx.example/bm/wjw/zwxx/202303/t20230324_11789012.html"
CONTENT_TYPE = "text/html"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "青大附院专家到巫溪县人民医院坐诊带教"
PUBLISHED = "2023-03-24"
SOURCE = "巫溪县卫生健康委员会"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "3月20日起，青岛大学附属医院第五批鲁渝协作医疗专家一行6人来到巫溪县人民医院，开展为期三个月的坐诊带教工作。专家团队涵盖神经内科、消化内科、泌尿外科和麻醉科等专业。",
    "到岗第一周，专家们就在门诊接诊患者两百余人次，完成手术十余台，并结合科室实际制定了带教计划，每周开展一次业务讲座和一次疑难病例讨论。",
    "鲁渝协作开展以来，青岛大学附属医院与巫溪县人民医院建立了长期帮扶关系，帮助巫溪县人民医院开展新技术、新项目五十余项，培养骨干医生三十余名，不少过去需要到主城或外省就医的患者，如今在县内就能得到治疗。",
    "巫溪县卫生健康委员会相关负责人表示，将为山东专家做好生活服务保障，让专家们安心工作，把更多实用技术留在巫溪。",
]
PROVINCES = ["山东省", "重庆市"]
HELPER_PROVINCES = ["山东省"]
RECIPIENT_PROVINCES = ["重庆市"]
PLACES = [
    place("山东", "山东省", None, None, "helper"),
    place("巫溪县", "重庆市", None, "巫溪县", "recipient"),
]
HOSPITALS = ["青岛大学附属医院", "巫溪县人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="SiteName" content="巫溪县人民政府" />
<meta name="ColumnName" content="部门动态" />
<meta name="ArticleTitle" content="@@TITLE@@" />
<meta name="PubDate" content="2023-03-24 15:02" />
<meta name="ContentSource" content="@@SOURCE@@" />
<title>@@TITLE@@_巫溪县人民政府</title>
<link rel="stylesheet" href="/images/zw.css" />
</head>
<body>
<div class="zw-top"><div class="zw-logo"><img src="/images/logo.png" alt="巫溪县人民政府" /></div>
 <div class="zw-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bm/">部门动态</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjwx/">走进巫溪</a></div></div>
<div class="zw-main">
 <div class="zw-pos">当前位置：<a href="/">首页</a> &gt; <a href="/bm/">部门动态</a> &gt; <a href="/bm/wjw/">县卫生健康委</a></div>
 <div class="zw-title">@@TITLE@@</div>
 <div class="zw-info">发布日期：2023-03-24　来源：@@SOURCE@@　<span>字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</span></div>
 <div class="zw-con">
@@BODY@@
 </div>
 <div class="zw-share">分享到：<a href="#">微信</a> <a href="#">QQ空间</a> <a href="#">新浪微博</a></div>
</div>
<div class="zw-foot">主办：重庆市巫溪县人民政府办公室　渝ICP备05001234号　网站标识码：5002380001</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), SOURCE=esc(SOURCE), BODY=paras(BODY, "<p>　　{}</p>"))
