from lib import esc, paras, fill, place, agreement

NAME = "15-twopage1-gannan"
TEMPLATE = "provincial news portal, page 1 of a 2-page article (`<title>`【column】headline_site, info bar 来源/作者/时间, 分页 上一页 1 [2] 下一页 with page 2 at `_2.html`)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "page 1 of 2: the body is page 1's own text only; column prefix in brackets and site suffix in `<title>`; abbreviation （以下简称“甘南州医院”）; 医联体 signed 10月24日 (year from the page); 东西部协作 天津 → 甘肃"
NAMED = "天津 → 甘肃甘南州合作市; 天津市人民医院, 甘南藏族自治州人民医院"

URL = "http://www.mrgs.example/news/2024-10/26/content_8843310.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "天津市人民医院与甘南州人民医院结成紧密型医联体"
PUBLISHED = "2024-10-26"
SOURCE = "每日甘肃网"
AUTHOR = "卓玛才让"
SCRIPT = "Hans"
BODY = [
    "每日甘肃网讯（记者 卓玛才让）10月24日，天津市人民医院与甘南藏族自治州人民医院（以下简称“甘南州医院”）在合作市签订紧密型医联体协议，天津市人民医院成为甘南州医院的牵头帮扶医院。",
    "天津与甘肃开展东西部协作以来，天津市人民医院已连续六年向甘南州派驻医疗专家。这次签订的协议，把此前以短期派驻为主的帮扶方式，变为两院在管理、技术、人才和信息化方面的全面合作。",
    "按照协议，天津市人民医院将向甘南州医院派驻一名执行院长和不少于8名学科带头人，帮助建设普外科、消化内科、泌尿外科三个州级重点专科；甘南州医院的医生可以到天津进行为期半年的免费进修。",
]

PROVINCES = ["天津市", "甘肃省"]
HELPER_PROVINCES = ["天津市"]
RECIPIENT_PROVINCES = ["甘肃省"]
PLACES = [
    place("天津", "天津市", role="helper"),
    place("甘肃", "甘肃省", role="recipient"),
    place("甘南州", "甘肃省", "甘南藏族自治州", role="recipient"),
    place("合作市", "甘肃省", "甘南藏族自治州", "合作市", role="recipient"),
]
HOSPITALS = ["天津市人民医院", "甘南藏族自治州人民医院"]
AGREEMENTS = [
    agreement("医联体", [("天津市人民医院", "helper"), ("甘南藏族自治州人民医院", "recipient")], "2024-10-24", "10月24日"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>【东西部协作】@@TITLE@@_每日甘肃网</title>
<meta name="keywords" content="医联体,天津,甘南">
<link rel="stylesheet" href="/css/content.css">
</head>
<body>
<div class="topnav"><a href="/">每日甘肃网</a> <a href="/news/">新闻</a> <a href="/news/szxw/">市州新闻</a> <a href="/news/dxbxz/">东西部协作</a> <a href="/health/">健康</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; <a href="/news/dxbxz/">东西部协作</a></div>
<div class="con_main">
<h1>@@TITLE@@</h1>
<div class="con_info"><span>来源：每日甘肃网</span><span>作者：卓玛才让</span><span>2024-10-26 09:15:08</span></div>
<div class="con_text" id="content">
@@BODY@@
</div>
<div class="pages"><a href="content_8843310.html">上一页</a> <span class="on">1</span> <a href="content_8843310_2.html">2</a> <a href="content_8843310_2.html">下一页</a></div>
<div class="share">分享到：<a class="weixin">微信</a> <a class="weibo">微博</a></div>
</div>
<div class="footer">每日甘肃网 版权所有　甘ICP备00000000号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
