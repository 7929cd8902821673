from lib import esc, paras, fill

NAME = "20-offtopic-parking"
TEMPLATE = "hospital site on PHPCMS (`div.content`, api.php?op=count hits, 上一篇/下一篇)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "off-topic notice (parking works) from a hospital site: an article, but no provinces, places, hospitals or agreements; hospital name only in site chrome; numbered list and signature lines in the body"
NAMED = "(none in the text; site is a prefecture hospital)"

URL = "http://www.ksdyrmyy.example/index.php?m=content&c=index&a=show&catid=12&id=3381"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "关于门诊楼东侧停车场临时封闭施工的通知"
PUBLISHED = "2024-04-02"
SOURCE = "总务科"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "各位患者及家属：",
    "为改善就医停车环境，我院将对门诊楼东侧停车场进行地面硬化和车位改造施工。现将有关事项通知如下：",
    "一、施工时间：2024年4月8日至2024年5月20日。",
    "二、施工期间，门诊楼东侧停车场全部封闭，请驾车来院的患者及家属将车辆停放至住院部地下停车场或医院北门外临时停车区。",
    "三、急诊通道、救护车通道保持畅通，请勿在急诊通道及消防通道停车。",
    "四、医院北门外临时停车区至门诊楼设有引导标识，并安排志愿者提供引导服务。行动不便的患者可在门诊大厅服务台申请轮椅。",
    "施工期间给您带来的不便，敬请谅解。",
    "特此通知。",
    "总务科",
    "2024年4月2日",
]
PROVINCES = []
HELPER_PROVINCES = []
RECIPIENT_PROVINCES = []
PLACES = []
HOSPITALS = []
AGREEMENTS = []

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@ - 通知公告 - 喀什地区第一人民医院</title>
<meta name="keywords" content="停车场,施工,通知">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="喀什地区第一人民医院" /></a></div><div class="tel">24小时急救电话：0998-2961120</div></div>
<div class="nav-bar"><ul><li><a href="/">首页</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=9">医院概况</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=10">医院新闻</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12">通知公告</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=15">援疆之窗</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=18">就医指南</a></li></ul></div>
<div class="main">
 <div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12">通知公告</a> &gt; 正文</div>
 <div id="Article">
  <h1>@@TITLE@@<br /><span>发布时间：2024-04-02 17:35:48 &nbsp; 来源：总务科 &nbsp; 评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
  <div class="content">
@@BODY@@
  </div>
  <div class="Article-Tool">分享到：<a class="bds_qzone" href="#"></a><a class="bds_tsina" href="#"></a> <a href="javascript:;" onclick="window.print();">打印</a></div>
  <p><strong>上一篇：</strong><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=12&amp;id=3377">关于2024年清明节假期门诊安排的通知</a></p>
  <p><strong>下一篇：</strong><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=12&amp;id=3390">2024年护理岗位招聘公告</a></p>
 </div>
</div>
<div class="footer"><p>地址：喀什市迎宾大道120号　新ICP备10001234号　Copyright &copy; 喀什地区第一人民医院</p></div>
<script language="JavaScript" src="/api.php?op=count&amp;id=3381&amp;modelid=1"></script>
</body>
</html>
"""


def html():
    lines = []
    for i, l in enumerate(BODY):
        if i == 0:
            lines.append("<p>%s</p>" % esc(l))
        elif l in ("总务科", "2024年4月2日"):
            lines.append('<p style="text-align: right;">%s</p>' % esc(l))
        else:
            lines.append('<p style="text-indent: 2em;">%s</p>' % esc(l))
    return fill(PAGE, TITLE=esc(TITLE), BODY="\n".join(lines))
