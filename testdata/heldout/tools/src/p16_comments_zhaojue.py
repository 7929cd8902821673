from lib import esc, paras, fill, place, agreement

NAME = "16-comments-zhaojue"
TEMPLATE = "prefecture news portal article followed by a dated reader-comment thread (网友评论, 发表评论 form)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "reader comments with later dates and their own text below the body; 对口帮扶 signing dated 日前; abbreviation （以下简称“浙大二院”）"
NAMED = "浙江、杭州 → 凉山州昭觉县; 浙江大学医学院附属第二医院, 昭觉县人民医院"

URL = "http://www.lsxw.example/2022/0914/105331.shtml"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "浙大二院与昭觉县人民医院签订对口帮扶协议"
PUBLISHED = "2022-09-14"
SOURCE = "凉山日报"
AUTHOR = "吉克阿依 王丽"
SCRIPT = "Hans"
BODY = [
    "日前，浙江大学医学院附属第二医院（以下简称“浙大二院”）与凉山州昭觉县人民医院签订对口帮扶协议。根据协议，浙大二院将在五年内帮助昭觉县人民医院提升急诊急救、妇幼健康和慢病管理水平，推动医院达到二级甲等综合医院标准。",
    "浙江与凉山开展东西部协作以来，浙大二院已累计派出三十余名医生到昭觉县驻点帮扶。此次签约，标志着帮扶从“派人”向“带队伍、建机制”延伸。协议明确，浙大二院将派出一名管理干部担任昭觉县人民医院副院长，并每年接收十名以上当地医护人员到杭州进修。",
    "签约当天，浙大二院专家团队在昭觉县人民医院开展了义诊，并为一名外伤后颅内出血的彝族群众实施了急诊手术。",
    "昭觉县卫生健康局负责人表示，将用好浙江优质医疗资源，让群众在县内就能看好病。",
]
PROVINCES = ["浙江省", "四川省"]
HELPER_PROVINCES = ["浙江省"]
RECIPIENT_PROVINCES = ["四川省"]
PLACES = [
    place("浙江", "浙江省", None, None, "helper"),
    place("杭州", "浙江省", "杭州市", None, "helper"),
    place("凉山州", "四川省", "凉山彝族自治州", None, "recipient"),
    place("昭觉县", "四川省", "凉山彝族自治州", "昭觉县", "recipient"),
]
HOSPITALS = ["浙江大学医学院附属第二医院", "昭觉县人民医院"]
AGREEMENTS = [agreement("对口帮扶", [("浙江大学医学院附属第二医院", "helper"), ("昭觉县人民医院", "recipient")], None, "日前")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>@@TITLE@@--凉山新闻网</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="top"><a href="/">凉山新闻网</a> | <a href="/ls/">凉山新闻</a> | <a href="/xs/">县市新闻</a> | <a href="/dxbz/">东西部协作</a> | <a href="/pl/">评论</a></div>
<div class="container">
 <div class="title-box">
  <h1>@@TITLE@@</h1>
  <p class="info">时间：2022-09-14 10:03　来源：凉山日报　记者：吉克阿依</p>
 </div>
 <div class="article-body">
@@BODY@@
  <p class="zb">（编辑：王丽）</p>
 </div>
 <div class="comments" id="comments">
  <h3>网友评论（3）</h3>
  <div class="comment"><div class="c-head"><span class="user">凉山网友</span><span class="time">2022-09-15 08:12</span></div><div class="c-body">为浙江医生点赞！昭觉老百姓在家门口就能看专家了。</div></div>
  <div class="comment"><div class="c-head"><span class="user">西昌市网友</span><span class="time">2022-09-16 21:40</span></div><div class="c-body">希望帮扶能长期坚持下去，多给县医院培养自己的医生。</div></div>
  <div class="comment"><div class="c-head"><span class="user">游客7731</span><span class="time">2022-10-02 13:05</span></div><div class="c-body">去年我父亲就是在县医院由浙江来的医生做的手术，恢复得很好，感谢！</div></div>
  <form class="post" action="/comment/post.php" method="post"><textarea name="content" placeholder="文明上网，理性发言"></textarea><button type="submit">发表评论</button></form>
 </div>
</div>
<div class="footer">凉山新闻网版权所有 未经授权禁止转载</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "  <p>{}</p>"))
