from lib import esc, fill

NAME = "14-table-nocharset-heatstroke"
TEMPLATE = "old county-hospital site built with nested layout tables and `<font>` (健康科普 column, 文章来源/作者/更新时间 row, text in one `<td>` with `<br>` breaks, hit counter image)"
ENCODING_NOTE = "GBK bytes with NO charset anywhere (no meta, header text/html)"
TESTS = "charset must be detected; off-topic health-education article (heatstroke) from a hospital site: no provinces, places, hospitals or agreements; paragraphs separated by `<br>`; 更新时间 is the only date"
NAMED = "(none in the text)"

URL = "http://www.hjxyy.example/Article/ShowArticle.asp?ArticleID=1182"
CONTENT_TYPE = "text/html"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "高温天气谨防热射病 这些常识要记牢"
PUBLISHED = "2023-07-14"
SOURCE = "急诊科"
AUTHOR = "马晓东"
SCRIPT = "Hans"
BODY = [
    "近期持续高温，急诊科接诊的中暑患者明显增多，其中有两例已发展为热射病。热射病是最严重的一种中暑，病死率高，但只要掌握一些常识，完全可以预防。",
    "哪些人容易中暑？户外作业人员、老年人、婴幼儿、孕妇以及患有高血压、糖尿病等慢性病的人群，在高温高湿环境中尤其要注意。",
    "出现哪些症状要警惕？先兆中暑表现为头晕、口渴、多汗、乏力；如果出现体温超过40℃、皮肤干热无汗、意识模糊甚至抽搐，很可能已是热射病，必须马上拨打120。",
    "现场怎么处理？立即把患者转移到阴凉通风处，解开衣物，用冷水擦拭全身或用湿毛巾包裹，配合扇风降温；意识清醒的可以少量多次喝淡盐水，意识不清的不要强行喂水。",
    "如何预防？尽量避开中午11点至下午3点外出，户外劳动要做好防晒并适时休息，及时补充水分，不要等口渴了才喝水。",
]

PROVINCES = []
HELPER_PROVINCES = []
RECIPIENT_PROVINCES = []
PLACES = []
HOSPITALS = []
AGREEMENTS = []

PAGE = """<html>
<head>
<title>@@TITLE@@</title>
<link href="../Skin/Default/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../Skin/Default/top.jpg" width="778" height="120"></td></tr>
<tr><td bgcolor="#0066CC" height="28"><font color="#FFFFFF">&nbsp;<a href="../"><font color="#FFFFFF">首页</font></a> | <a href="../Article/List.asp?ClassID=1"><font color="#FFFFFF">医院新闻</font></a> | <a href="../Article/List.asp?ClassID=5"><font color="#FFFFFF">健康科普</font></a> | <a href="../Article/List.asp?ClassID=8"><font color="#FFFFFF">专家介绍</font></a></font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="180" valign="top" bgcolor="#EEF5FC"><table width="100%"><tr><td><b>栏目导航</b></td></tr><tr><td><a href="../Article/List.asp?ClassID=5">健康科普</a></td></tr><tr><td><a href="../Article/List.asp?ClassID=6">用药指导</a></td></tr><tr><td><a href="../Article/List.asp?ClassID=7">预防保健</a></td></tr></table></td>
<td width="598" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td align="center" height="40"><font size="4" color="#CC0000"><b>@@TITLE@@</b></font></td></tr>
<tr><td align="center" bgcolor="#F5F5F5"><font color="#666666">文章来源：急诊科&nbsp;&nbsp;作者：马晓东&nbsp;&nbsp;点击数：<img src="../Article/GetHits.asp?ArticleID=1182">&nbsp;&nbsp;更新时间：2023-7-14</font></td></tr>
<tr><td class="txt"><font style="font-size:14px;line-height:200%">@@BODY@@</font></td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印此文】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td>上一篇文章：<a href="ShowArticle.asp?ArticleID=1176">儿童夏季腹泻的家庭护理</a><br>下一篇文章：<a href="ShowArticle.asp?ArticleID=1189">空调病是怎么回事</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center"><tr><td align="center"><font size="2">版权所有 Copyright 2008-2023 All Rights Reserved</font></td></tr></table>
</body>
</html>
"""


def html():
    body = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(l) for l in BODY)
    return fill(PAGE, TITLE=esc(TITLE), BODY=body)
