from lib import esc, paras, fill, place, agreement

NAME = "26-feedapp-jishishan"
TEMPLATE = "news-feed app article page (头条号-style: account name and `时间·账号` line, `<article class=\"syl-article-base\">`, 原创 badge, follow button, recommendation feed)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "three-party 托管 agreement with a county government as a party; long official county name (积石山保安族东乡族撒拉族自治县) shortened to 积石山县; platform account name is neither source nor author; 来源 in brackets at the end"
NAMED = "兰州 → 临夏州积石山县; 兰州大学第一医院, 积石山保安族东乡族撒拉族自治县人民医院"

URL = "https://www.toutiao.example/article/7298812345678901234/"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "兰大一院托管积石山县人民医院，三方协议签了五年"
PUBLISHED = "2023-11-08"
SOURCE = "临夏州卫生健康委员会"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "11月6日，兰州大学第一医院、积石山保安族东乡族撒拉族自治县人民政府和积石山县人民医院在积石山县签订三方托管协议，兰州大学第一医院正式托管积石山县人民医院，托管期限为五年。",
    "根据协议，兰州大学第一医院将派出由院长、医务科长和护理部主任组成的管理团队常驻积石山县人民医院，负责医院日常运营管理；同时每年派出不少于二十名临床专家轮流驻点，重点加强急诊、重症、儿科、妇产科和康复科建设。积石山县人民政府负责保障托管经费和人员待遇，县人民医院的公益性质、隶属关系和人员编制保持不变。",
    "积石山县位于临夏州西部，是多民族聚居县。县卫生健康部门负责人介绍，托管后县人民医院的病人可通过“绿色通道”直接转诊到兰州大学第一医院，在兰州完成手术后可回到县里康复。",
    "兰州大学第一医院负责人表示，将把托管作为推动优质医疗资源下沉的重要抓手，力争三年内使积石山县人民医院的县域内就诊率明显提升，让群众“大病不出县”。",
]
PROVINCES = ["甘肃省"]
HELPER_PROVINCES = ["甘肃省"]
RECIPIENT_PROVINCES = ["甘肃省"]
PLACES = [
    place("兰州", "甘肃省", "兰州市", None, "helper"),
    place("临夏州", "甘肃省", "临夏回族自治州", None, "recipient"),
    place("积石山县", "甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县", "recipient"),
]
HOSPITALS = ["兰州大学第一医院", "积石山保安族东乡族撒拉族自治县人民医院"]
AGREEMENTS = [agreement("托管", [("兰州大学第一医院", "helper"),
                                  ("积石山保安族东乡族撒拉族自治县人民政府", "recipient"),
                                  ("积石山保安族东乡族撒拉族自治县人民医院", "recipient")],
                        "2023-11-06", "11月6日")]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>@@TITLE@@ - 今日头条</title>
<meta name="description" content="11月6日，兰州大学第一医院、积石山保安族东乡族撒拉族自治县人民政府和积石山县人民医院在积石山县签订三方托管协议。">
<link rel="stylesheet" href="//s3.toutiao.example/toutiao/article/pc/css/main.4a1c.css">
</head>
<body>
<div id="root">
 <div class="ttp-header"><a class="logo" href="/">头条</a><div class="search"><input placeholder="搜索站内资讯、视频或用户"><button>搜索</button></div><a class="login" href="/auth/page/login/">登录</a></div>
 <div class="main-content">
  <div class="article-content">
   <h1>@@TITLE@@</h1>
   <div class="article-meta"><span class="original-tag">原创</span><span>2023-11-08 17:42</span><span class="dot">·</span><span class="name"><a href="/c/user/token/MS4wLjABAAAAlinxia/" target="_blank">临夏发布</a></span></div>
   <article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
@@BODY@@
    <p>（来源：临夏州卫生健康委员会）</p>
   </article>
   <div class="report">举报/反馈</div>
  </div>
  <div class="right-sidebar">
   <div class="user-card"><a class="user-name" href="/c/user/token/MS4wLjABAAAAlinxia/">临夏发布</a><div class="user-desc">临夏回族自治州人民政府新闻办公室官方账号</div><button class="follow">关注</button></div>
   <div class="related-feed"><h3>相关推荐</h3>
    <a href="/article/7298800011122233344/">临夏州今冬明春供暖保障工作全面启动</a>
    <a href="/article/7298700011122233344/">甘肃推进紧密型城市医疗集团建设试点</a>
    <a href="/article/7298600011122233344/">这些冬季养生小常识，你知道几个？</a>
   </div>
  </div>
 </div>
</div>
<script>window._SSR_HYDRATED_DATA={"articleInfo":{"groupId":"7298812345678901234","publishTime":1699436520}};</script>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>{}</p>"))
