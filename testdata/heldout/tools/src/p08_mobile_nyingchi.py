from lib import esc, paras, fill, place

NAME = "08-mobile-nyingchi"
TEMPLATE = "mobile news page (`meta viewport`, `<article>`, `<time datetime>` showing only 11-03 10:05, 打开APP / 相关推荐)"
ENCODING_NOTE = "UTF-8 (header only; meta charset utf-8)"
TESTS = "visible date lacks the year, full date only in time@datetime; quoted speech paragraph; 进修培训 story that mentions 组团式帮扶 but reports no signing"
NAMED = "广东、广州 → 林芝市; 广东省人民医院, 林芝市人民医院"

URL = "https://m.nyingchi.example/news/86231.html"
CONTENT_TYPE = "text/html;charset=UTF-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "林芝市20名医务人员赴广东省人民医院进修"
PUBLISHED = "2022-11-03"
SOURCE = "林芝市卫生健康委员会"
AUTHOR = "达娃 央金"
SCRIPT = "Hans"
BODY = [
    "11月1日，林芝市第三批赴粤进修医务人员一行20人抵达广州，在广东省人民医院开始为期六个月的进修学习。这批学员来自林芝市人民医院和各县区医疗机构，涵盖急诊、重症、麻醉、检验和护理等专业。",
    "广东省人民医院为每名学员配备了一对一带教导师，根据学员所在岗位需求量身制定培训计划。进修期间，学员将全程参与临床诊疗、病例讨论和技能培训，结业时需通过理论和操作考核。",
    "“以前遇到危重病人心里没底，这次来就是想把重症救治的本领学扎实。”来自林芝市人民医院重症医学科的护士卓玛说。",
    "据介绍，广东对口支援林芝以来，持续实施“请进来、走出去”人才培养计划，已累计组织林芝医务人员到广东进修三百余人次。这些学员返岗后普遍成为科室骨干，带动林芝市人民医院新开展技术项目八十余项。",
    "林芝市卫生健康委员会相关负责人表示，下一步将继续深化与广东的医疗合作，推动进修培训与“组团式”帮扶有机结合，为林芝打造一支留得住、用得上的本地医疗人才队伍。",
]
PROVINCES = ["广东省", "西藏自治区"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("广东", "广东省", None, None, "helper"),
    place("广州", "广东省", "广州市", None, "helper"),
    place("林芝市", "西藏自治区", "林芝市", None, "recipient"),
]
HOSPITALS = ["广东省人民医院", "林芝市人民医院"]
AGREEMENTS = []

PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>@@TITLE@@</title>
<link rel="stylesheet" href="/static/m/css/article.css?v=20221020">
</head>
<body>
<header class="m-top"><a class="back" href="javascript:history.back()">&lt;</a><a class="logo" href="/">林芝发布</a><a class="menu" href="/channel/">频道</a></header>
<div class="open-app"><a href="/download/">打开APP，阅读体验更佳</a></div>
<article class="article" id="article-86231">
 <header>
  <h1 class="article-title">@@TITLE@@</h1>
  <div class="article-meta"><span class="src">来源：林芝市卫生健康委员会</span> <time datetime="2022-11-03T10:05:00+08:00">11-03 10:05</time> <span class="views">阅读 1.2万</span></div>
 </header>
 <section class="article-content">
@@P1@@
  <figure><img src="/uploads/2022/11/03/p1.jpg" alt=""><figcaption>进修学员在广东省人民医院参加入科培训。</figcaption></figure>
@@REST@@
  <p class="credit">记者：达娃 央金</p>
 </section>
 <footer class="article-footer"><a class="like" href="javascript:;">点赞 36</a><a class="share" href="javascript:;">分享</a></footer>
</article>
<section class="related"><h2>相关推荐</h2><ul>
 <li><a href="/news/86210.html">林芝多地迎来今冬首场降雪</a><span>11-02</span></li>
 <li><a href="/news/86188.html">林芝市开展冬春季传染病防控培训</a><span>10-31</span></li>
 <li><a href="/news/86150.html">巴宜区举办农牧民健康知识讲座</a><span>10-28</span></li>
</ul></section>
<footer class="m-foot">林芝发布 &copy; 版权所有 藏ICP备10000123号</footer>
<script src="/static/m/js/zepto.min.js"></script>
</body>
</html>
"""


def html():
    p = "  <p>{}</p>"
    return fill(PAGE, TITLE=esc(TITLE), P1=paras(BODY[:1], p), REST=paras(BODY[1:], p))
