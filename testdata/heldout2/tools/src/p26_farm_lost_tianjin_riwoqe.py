from lib import esc, paras, fill, place, agreement

NAME = "26-farm-lost-tianjin-riwoqe"
TEMPLATE = "content-farm copy (`/a/20250414/…html`, 原标题 line, 【来源】 credit, 声明 disclaimer, view counter, trailing list of unrelated game/shopping articles)"
ENCODING_NOTE = "GB2312 bytes (header and meta gb2312); characters outside GB2312 were lost as ?? before publishing"
TESTS = "lost characters (??) in two names kept in the body and flagged; 原标题 line is not the title or body; 医联体 signed 上周五 (resolved against the Monday publish date); reprint source from 【来源】; unrelated trailing list"
NAMED = "天津 → 昌都类乌齐县; 天津市第三中心医院, 类乌齐县人民医院"

URL = "http://www.ysbk-health.example/a/20250414/187342.html"
CONTENT_TYPE = "text/html; charset=gb2312"
CHARSET = "GB18030"
ENCODING = "gb2312"
IS_ARTICLE = True

TITLE = "天津市第三中心医院与类乌齐县人民医院结成医联体"
PUBLISHED = "2025-04-14"
SOURCE = "天津日报"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "上周五，天津市第三中心医院与昌都市类乌齐县人民医院签订医联体合作协议，两家医院在人员培训、专科建设、远程会诊和双向转诊等方面开展全方位合作。",
    "签约当天，天津市第三中心医院心内科主任医师张??、消化内科副主任医师刘??在类乌齐县人民医院坐诊，接诊高原性心脏病、慢性胃炎等患者40余人。",
    "类乌齐县平均海拔3800米，县人民医院开放床位不足百张，内镜、介入等技术长期空白。根据协议，天津市第三中心医院将帮助县医院建立消化内镜室，并安排专科医生定期驻点。",
    "天津对口支援昌都以来，两地医院间的结对帮扶不断深入。县卫健委负责人表示，医联体建成后，群众看病将更多地留在县内。",
]

PROVINCES = ["天津市", "西藏自治区"]
HELPER_PROVINCES = ["天津市"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("天津", "天津市", role="helper"),
    place("昌都", "西藏自治区", "昌都市", role="recipient"),
    place("类乌齐县", "西藏自治区", "昌都市", "类乌齐县", role="recipient"),
]
HOSPITALS = ["天津市第三中心医院", "类乌齐县人民医院"]
AGREEMENTS = [
    agreement("医联体", [("天津市第三中心医院", "helper"), ("类乌齐县人民医院", "recipient")], "2025-04-11", "上周五"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@_健康资讯_养生百科网</title>
<meta name="keywords" content="医联体,天津,类乌齐,养生,健康">
<link href="/style/style.css" rel="stylesheet">
</head>
<body>
<div class="head"><a href="/">养生百科网</a> <a href="/yangsheng/">养生</a> <a href="/jiankang/">健康资讯</a> <a href="/meishi/">美食</a> <a href="/youxi/">游戏</a></div>
<div class="main">
<div class="art">
<h1>@@TITLE@@</h1>
<div class="info">2025-04-14 09:03 &nbsp; 阅读：<span>4711</span></div>
<div class="artbody">
<p>原标题：津昌携手 医联体让高原群众就近看好病</p>
@@BODY@@
<p>【来源】天津日报</p>
<p class="sm">声明：本文来源于网络，版权归原作者所有，如有侵权请联系删除。</p>
</div>
</div>
<div class="tj"><h3>猜你喜欢</h3><ul>
<li><a href="/youxi/20250413/187301.html">这款放置类手游上线首周下载破百万</a></li>
<li><a href="/meishi/20250413/187290.html">春季时令菜 香椿怎么吃最鲜</a></li>
<li><a href="/jiankang/20250412/187255.html">网购空气净化器 这三个参数要看清</a></li>
</ul></div>
</div>
<div class="foot">养生百科网 本站内容仅供参考</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
