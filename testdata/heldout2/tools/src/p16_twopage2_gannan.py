from lib import esc, paras, fill, place

NAME = "16-twopage2-gannan"
TEMPLATE = "the same portal, page 2 of the 2-page article (`_2.html`, same headline and info bar, 责任编辑 at the end, 上一页 1 [2] 下一页)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "page 2 of 2: labelled on its own text (the signing is reported on page 1, so no agreement here); hospital named by the abbreviation defined on page 1 (甘南州医院); 责任编辑 only on the last page"
NAMED = "天津 → 甘南 (mentioned: 兰州); 天津市人民医院, 甘南藏族自治州人民医院"

URL = "http://www.mrgs.example/news/2024-10/26/content_8843310_2.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "天津市人民医院与甘南州人民医院结成紧密型医联体"
PUBLISHED = "2024-10-26"
SOURCE = "每日甘肃网"
AUTHOR = "卓玛才让 何静"
SCRIPT = "Hans"
BODY = [
    "在信息化方面，两院将打通电子病历和影像系统，甘南州医院的CT、磁共振检查可以实时传到天津，由天津专家出具诊断意见。双方还约定建立双向转诊绿色通道，需要到天津治疗的甘南患者可以优先安排床位。",
    "甘南州医院院长介绍，医院地处海拔近3000米的高原，每年门诊量约40万人次，但胃肠道肿瘤、泌尿系结石等疾病的手术能力不足，不少患者要到兰州或更远的地方就医。",
    "“协议不是一签了之。”天津市人民医院负责人说，医院将制定年度任务清单，每半年和甘南州医院共同评估一次，确保帮扶见到实效。",
]

PROVINCES = ["天津市", "甘肃省"]
HELPER_PROVINCES = ["天津市"]
RECIPIENT_PROVINCES = ["甘肃省"]
PLACES = [
    place("天津", "天津市", role="helper"),
    place("甘南", "甘肃省", "甘南藏族自治州", role="recipient"),
    place("兰州", "甘肃省", "兰州市", role="mentioned"),
]
HOSPITALS = ["甘南藏族自治州人民医院", "天津市人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>【东西部协作】@@TITLE@@(2)_每日甘肃网</title>
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
<p class="editor">（责任编辑：何静）</p>
</div>
<div class="pages"><a href="content_8843310.html">上一页</a> <a href="content_8843310.html">1</a> <span class="on">2</span> <a href="content_8843310_2.html">下一页</a></div>
<div class="share">分享到：<a class="weixin">微信</a> <a class="weibo">微博</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/news/2024-09/12/content_8790122.html">天津援甘医生在临潭县完成首例腹腔镜手术</a> 2024-09-12</li><li><a href="/news/2024-08/30/content_8771504.html">甘南州医院胸痛中心挂牌</a> 2024-08-30</li></ul></div>
</div>
<div class="footer">每日甘肃网 版权所有　甘ICP备00000000号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
