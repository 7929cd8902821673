from lib import esc, paras, fill, place, agreement

NAME = "01-trs-zhejiang-aksu"
TEMPLATE = "TRS/WCM provincial health-commission CMS (meta ArticleTitle/PubDate/ContentSource, `div.TRS_Editor`, 信息来源/发布时间 bar, 【打印】【关闭】, t20250307_ URL)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "two agreements reported on one page (专科联盟 and 远程医疗, different parties); signing written as a bare 3月5日 (year from the page); site suffix in `<title>`; image caption in the editor div"
NAMED = "浙江 → 阿克苏地区、阿瓦提县; 浙江省人民医院, 阿克苏地区第一人民医院, 浙江大学医学院附属邵逸夫医院, 阿瓦提县人民医院"

URL = "http://wsjkw.zj.example/art/2025/3/7/art_1229123_5902281.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "浙阿两地医院签约共建专科联盟和远程医疗协作网"
PUBLISHED = "2025-03-07"
SOURCE = "省援疆指挥部"
AUTHOR = "钱晓峰"
SCRIPT = "Hans"
BODY = [
    "3月5日，浙江省援疆医疗卫生合作签约仪式在阿克苏地区第一人民医院举行。浙江省人民医院与阿克苏地区第一人民医院签订神经内科专科联盟协议，浙江大学医学院附属邵逸夫医院与阿瓦提县人民医院签订远程医疗协作协议，两份协议均为期三年。",
    "根据专科联盟协议，浙江省人民医院将每年选派神经内科、神经介入专家不少于6人次到阿克苏开展查房、带教和疑难病例讨论，并接收当地医生到杭州免费进修，共同推进卒中中心建设。",
    "远程医疗协作协议约定，邵逸夫医院依托已建成的远程会诊平台，每周为阿瓦提县人民医院安排两个固定会诊时段，开展心电、影像远程诊断和多学科会诊，县里的危重患者可以通过绿色通道转往杭州治疗。",
    "阿克苏地区卫生健康委员会负责人表示，两份协议一份面向地区级医院、一份直达县级医院，将进一步补齐当地神经系统疾病救治和基层诊断能力的短板。",
    "近年来，浙江省坚持“输血”与“造血”并重，累计选派医疗人才300余人次援助阿克苏地区，帮助受援医院新建临床重点专科20余个。",
]
CAPTION = "签约仪式现场。省援疆指挥部供图"

PROVINCES = ["浙江省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["浙江省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("浙江省", "浙江省", role="helper"),
    place("杭州", "浙江省", "杭州市", role="helper"),
    place("阿克苏地区", "新疆维吾尔自治区", "阿克苏地区", role="recipient"),
    place("阿瓦提县", "新疆维吾尔自治区", "阿克苏地区", "阿瓦提县", role="recipient"),
]
HOSPITALS = ["浙江省人民医院", "阿克苏地区第一人民医院", "浙江大学医学院附属邵逸夫医院", "阿瓦提县人民医院"]
AGREEMENTS = [
    agreement("专科联盟", [("浙江省人民医院", "helper"), ("阿克苏地区第一人民医院", "recipient")], "2025-03-05", "3月5日"),
    agreement("远程医疗", [("浙江大学医学院附属邵逸夫医院", "helper"), ("阿瓦提县人民医院", "recipient")], "2025-03-05", "3月5日"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>@@TITLE@@ - 浙江省卫生健康委员会</title>
<meta name="SiteName" content="浙江省卫生健康委员会">
<meta name="ColumnName" content="援疆援藏">
<meta name="ArticleTitle" content="@@TITLE@@">
<meta name="PubDate" content="2025-03-07 09:41">
<meta name="ContentSource" content="省援疆指挥部">
<meta name="Author" content="钱晓峰">
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/col/col1229001/index.html">机构概况</a> | <a href="/col/col1229123/index.html">援疆援藏</a> | <a href="/col/col1229560/index.html">政务公开</a> | <a href="/col/col1229009/index.html">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229123/index.html">援疆援藏</a></div>
<div class="main">
<h1 class="title">@@TITLE@@</h1>
<div class="info">信息来源：省援疆指挥部&nbsp;&nbsp;发布时间：2025-03-07 09:41&nbsp;&nbsp;浏览次数：<span id="hits">1384</span>&nbsp;&nbsp;字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
<div class="TRS_Editor">
<p style="text-indent:2em">@@P0@@</p>
<p style="text-align:center"><img src="./W020250307394011228391.jpg" oldsrc="W020250307394011228391.jpg"></p>
<p style="text-align:center"><span style="font-family:楷体">@@CAPTION@@</span></p>
@@REST@@
<p style="text-indent:2em">（记者 钱晓峰）</p>
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">主办：浙江省卫生健康委员会　地址：杭州市庆春路216号　<a href="/sitemap.html">网站地图</a><br>浙ICP备05000000号　政府网站标识码：3300000000</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), P0=esc(BODY[0]), CAPTION=esc(CAPTION),
                REST=paras(BODY[1:], '<p style="text-indent:2em">{}</p>'))
