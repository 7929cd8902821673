from lib import esc, paras, fill, place, agreement

NAME = "23-comments-shanghai-puer"
TEMPLATE = "provincial news portal (`div.news_txt`, 时间/来源/作者 line, 责任编辑 in brackets, share icons, 网友评论 thread with dated comments naming another hospital, 发表评论 form)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "reader comments below the body (later dates, a hospital name 澜沧县人民医院 only in a comment); abbreviation （以下简称“上海儿中心”）; 合作共建 signed 日前 (date unknown); 沪滇协作 上海 → 云南"
NAMED = "上海 → 云南普洱、西双版纳; 上海交通大学医学院附属上海儿童医学中心, 普洱市人民医院"

URL = "https://news.yunnanw.example/system/2024/06/03/033108271.shtml"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "上海儿中心与普洱市人民医院共建儿童医学中心"
PUBLISHED = "2024-06-03"
SOURCE = "云南日报"
AUTHOR = "杨晓婷 付丽"
SCRIPT = "Hans"
BODY = [
    "日前，上海交通大学医学院附属上海儿童医学中心（以下简称“上海儿中心”）与普洱市人民医院签署合作共建协议，双方将共建普洱市儿童医学中心，重点提升新生儿救治、小儿心血管和儿童血液肿瘤的诊疗能力。",
    "普洱下辖九个民族自治县，儿科医生长期紧缺。按照协议，上海儿中心将派出专家团队常驻普洱，每年至少开展两次新生儿复苏和儿科急救培训，并为普洱培养儿科专科医生20名。",
    "上海儿中心有关负责人介绍，在沪滇协作框架下，医院此前已在普洱、西双版纳等地为1万余名儿童筛查先天性心脏病，其中300多名患儿被接到上海免费手术。",
    "普洱市卫生健康委员会表示，共建儿童医学中心后，云南南部的危重患儿有望就近得到救治，减少长途转诊带来的风险。",
]

PROVINCES = ["上海市", "云南省"]
HELPER_PROVINCES = ["上海市"]
RECIPIENT_PROVINCES = ["云南省"]
PLACES = [
    place("上海", "上海市", role="helper"),
    place("云南", "云南省", role="recipient"),
    place("普洱", "云南省", "普洱市", role="recipient"),
    place("西双版纳", "云南省", "西双版纳傣族自治州", role="recipient"),
]
HOSPITALS = ["上海交通大学医学院附属上海儿童医学中心", "普洱市人民医院"]
AGREEMENTS = [
    agreement("合作共建", [("上海交通大学医学院附属上海儿童医学中心", "helper"), ("普洱市人民医院", "recipient")], None, "日前"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>@@TITLE@@_云南网</title>
<link rel="stylesheet" href="/css/news2019.css">
</head>
<body>
<div class="top"><a href="/">云南网</a> <a href="/ynxw/">云南新闻</a> <a href="/dzxw/">地州新闻</a> <a href="/jk/">健康</a> <a href="/hdxz/">沪滇协作</a></div>
<div class="main">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/dzxw/">地州新闻</a></div>
<h1>@@TITLE@@</h1>
<div class="xinxi"><span>2024-06-03 08:49</span><span>来源：云南日报</span><span>作者：杨晓婷</span></div>
<div class="news_txt">
@@BODY@@
<p class="zbj">（责任编辑：付丽）</p>
</div>
<div class="share">分享：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>
<div class="comment" id="comment"><h3>网友评论（2）</h3>
<div class="c-item"><span class="c-user">滇南小鱼</span><span class="c-time">2024-06-04 12:17</span><p>太好了！希望上海专家也能到澜沧县人民医院看看，我们那边儿科更缺人。</p></div>
<div class="c-item"><span class="c-user">普洱阿明</span><span class="c-time">2024-06-05 20:03</span><p>孩子前年就是在上海免费做的心脏手术，感谢！</p></div>
<form class="c-form" action="/comment/post" method="post"><textarea name="content" placeholder="文明上网，理性发言"></textarea><button type="submit">发表评论</button></form>
</div>
</div>
<div class="foot">云南网 版权所有　滇ICP备00000000号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
