from lib import esc, paras, fill, place, agreement

NAME = "18-rongmei-xiamen-wuzhong"
TEMPLATE = "city 融媒体中心 site (`div.article-content`, 来源/发布时间 bar, 编辑/审核/监制 lines under the body, 点赞/收藏 bar, 相关阅读)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "two agreements signed on consecutive days, the second dated 次日 (resolved from the first); 医联体 and 托管 with different parties; reviewers (审核/监制) are not authors; bare 县人民医院 referring to 同心县"
NAMED = "福建、厦门 → 宁夏吴忠市、同心县; 厦门大学附属第一医院, 吴忠市人民医院, 厦门大学附属中山医院, 同心县人民医院"

URL = "https://www.wzrm.example/html/2024/yw_1201/58213.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "两家厦门医院分别与我市两家医院签约"
PUBLISHED = "2024-12-01"
SOURCE = "吴忠市融媒体中心"
AUTHOR = "马丽娟 杨帆"
SCRIPT = "Hans"
BODY = [
    "本网讯（记者 马丽娟）11月28日，厦门大学附属第一医院与吴忠市人民医院签订医联体合作协议；次日，厦门大学附属中山医院与同心县人民医院签订托管协议。两家厦门医院与吴忠两家医院的合作同时落地，闽宁医疗协作在吴忠又添新成果。",
    "根据医联体协议，厦门大学附属第一医院将在吴忠市人民医院设立专家工作站，在心血管、肿瘤、妇产等学科开展联合门诊和技术帮带，并开通双向转诊通道。",
    "托管协议期限为五年。厦门大学附属中山医院派出管理团队进驻同心县人民医院，负责医院日常运营管理，县人民医院的人员编制、财政投入渠道保持不变。",
    "吴忠市卫生健康委员会负责人介绍，福建与宁夏开展对口协作以来，全市已有12家医疗机构与福建的医院建立了帮扶关系，累计接受福建专家驻点帮扶400余人次。",
]

PROVINCES = ["福建省", "宁夏回族自治区"]
HELPER_PROVINCES = ["福建省"]
RECIPIENT_PROVINCES = ["宁夏回族自治区"]
PLACES = [
    place("福建", "福建省", role="helper"),
    place("厦门", "福建省", "厦门市", role="helper"),
    place("宁夏", "宁夏回族自治区", role="recipient"),
    place("吴忠", "宁夏回族自治区", "吴忠市", role="recipient"),
    place("同心县", "宁夏回族自治区", "吴忠市", "同心县", role="recipient"),
]
HOSPITALS = ["厦门大学附属第一医院", "吴忠市人民医院", "厦门大学附属中山医院", "同心县人民医院"]
AGREEMENTS = [
    agreement("医联体", [("厦门大学附属第一医院", "helper"), ("吴忠市人民医院", "recipient")], "2024-11-28", "11月28日"),
    agreement("托管", [("厦门大学附属中山医院", "helper"), ("同心县人民医院", "recipient")], "2024-11-29", "次日"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>@@TITLE@@-吴忠融媒</title>
<meta name="description" content="11月28日，厦门大学附属第一医院与吴忠市人民医院签订医联体合作协议">
<link rel="stylesheet" href="/static/css/detail.css">
</head>
<body>
<header class="hd"><a class="logo" href="/">吴忠融媒</a><nav><a href="/html/yw/">要闻</a><a href="/html/ms/">民生</a><a href="/html/mnxz/">闽宁协作</a><a href="/html/sp/">视频</a><a href="/html/dz/">电子报</a></nav></header>
<div class="wrap">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/html/yw/">要闻</a></div>
<div class="article">
<h1 class="article-title">@@TITLE@@</h1>
<div class="article-info"><span>来源：吴忠市融媒体中心</span><span>发布时间：2024-12-01 10:26</span><span>浏览：<em id="pv">3807</em></span></div>
<div class="article-content">
@@BODY@@
</div>
<div class="article-staff"><p>编辑：杨帆</p><p>审核：李建国</p><p>监制：丁文涛</p></div>
<div class="article-op"><a class="zan" href="javascript:;">点赞 126</a><a class="fav" href="javascript:;">收藏</a><a class="share" href="javascript:;">分享</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/html/2024/mnxz_1115/57802.html">福建医疗专家赴红寺堡区开展巡回义诊</a><span>2024-11-15</span></li>
<li><a href="/html/2024/yw_1030/57114.html">吴忠市人民医院获评三级甲等综合医院</a><span>2024-10-30</span></li>
</ul></div>
</div>
</div>
<footer class="ft">吴忠市融媒体中心 版权所有　宁ICP备00000000号</footer>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
