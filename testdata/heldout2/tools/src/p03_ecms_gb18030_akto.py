from lib import esc, paras, fill, place, agreement

NAME = "03-ecms-gb18030-akto"
TEMPLATE = "prefecture news portal on 帝国CMS (EmpireCMS: `/e/public/ViewClick/` counter, `/e/extend/` share bar, `div#text`, 发布时间/来源/作者/编辑 line)"
ENCODING_NOTE = "GB18030 (header and meta gb18030); holds 𬌗 (U+2C317), a four-byte GB18030 character outside GBK"
TESTS = "a bare 县人民医院 that must be qualified by the article's county (阿克陶县); a four-byte GB18030 character in the body; 托管 signed 昨天 (day before the publish date); 克州 short form of the prefecture"
NAMED = "江西、南昌 → 克州阿克陶县; 南昌大学第一附属医院, 阿克陶县人民医院"

URL = "http://www.kzxw.example/news/yjdt/2025-06-18/3391.html"
CONTENT_TYPE = "text/html; charset=GB18030"
CHARSET = "GB18030"
ENCODING = "gb18030"
IS_ARTICLE = True

TITLE = "南昌大学第一附属医院全面托管县人民医院"
PUBLISHED = "2025-06-18"
SOURCE = "克州融媒体中心"
AUTHOR = "阿依古丽·买买提 刘振华 孙婷"
SCRIPT = "Hans"
BODY = [
    "本网讯（记者 阿依古丽·买买提 通讯员 刘振华）昨天上午，南昌大学第一附属医院与阿克陶县人民政府签订协议，全面托管县人民医院，托管期为五年。江西省援疆前方指挥部、克州卫生健康委员会有关负责人出席签约仪式。",
    "按照协议，南昌大学第一附属医院将派驻院长、医务科长和护理部主任各1名，常驻县人民医院参与日常管理，每年另派10名以上临床专家轮流驻点，重点建设急诊、妇产、儿科和口腔科。",
    "县人民医院口腔科目前只有3名医生，错𬌗畸形矫治、种植修复等项目一直无法开展。江西派来的口腔专家到岗后，计划在一年内带出一支能独立开展常见口腔手术的本地团队。",
    "阿克陶县隶属克州，是江西省对口支援的县。近年来，江西先后选派五批医疗人才组团援助阿克陶，县人民医院已于2022年通过二级甲等医院复审。",
    "阿克陶县相关负责人表示，托管不改变县人民医院的公立性质、隶属关系和财政投入渠道，目的是借助南昌大学第一附属医院的管理经验和技术力量，让群众在县里就能看好病。",
]
EDITOR = "孙婷"

PROVINCES = ["江西省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["江西省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("江西省", "江西省", role="helper"),
    place("克州", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", role="recipient"),
    place("阿克陶县", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", "阿克陶县", role="recipient"),
]
HOSPITALS = ["南昌大学第一附属医院", "阿克陶县人民医院"]
AGREEMENTS = [
    agreement("托管", [("南昌大学第一附属医院", "helper"), ("阿克陶县人民政府", "recipient")], "2025-06-17", "昨天"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>@@TITLE@@-克州新闻网</title>
<meta name="keywords" content="托管,县人民医院,江西援疆">
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="head"><div class="logo"><a href="/"><img src="/skin/default/images/logo.png" alt="克州新闻网"></a></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/news/kzyw/">克州要闻</a></li><li><a href="/news/yjdt/">援疆动态</a></li><li><a href="/news/xsxw/">县市新闻</a></li><li><a href="/news/tp/">图片</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/">新闻</a>&nbsp;&gt;&nbsp;<a href="/news/yjdt/">援疆动态</a></div>
<div class="wrap">
<div class="left">
<h1 class="news_title">@@TITLE@@</h1>
<div class="news_info">发布时间：2025-06-18 11:02:37&nbsp;&nbsp;来源：克州融媒体中心&nbsp;&nbsp;作者：阿依古丽·买买提&nbsp;刘振华&nbsp;&nbsp;点击：<script src="/e/public/ViewClick/?classid=12&id=3391&addclick=1"></script></div>
<div id="text">
@@BODY@@
<p align="right">（编辑：@@EDITOR@@）</p>
</div>
<div class="share"><script src="/e/extend/share/bdshare.js"></script>分享到：<a class="bds_weixin">微信</a> <a class="bds_tsina">微博</a> <a class="bds_qzone">QQ空间</a></div>
<div class="prenext"><p>上一篇：<a href="/news/yjdt/2025-06-16/3379.html">江西援疆教师团队开展送教下乡</a></p><p>下一篇：<a href="/news/yjdt/2025-06-19/3398.html">克州举办援疆干部人才座谈会</a></p></div>
</div>
<div class="right"><h3>热门排行</h3><ol><li><a href="/news/kzyw/2025-06-12/3350.html">克州夏季旅游季启动</a></li><li><a href="/news/xsxw/2025-06-15/3371.html">乌恰县牧区道路全线贯通</a></li></ol></div>
</div>
<div class="foot">克州新闻网 版权所有 未经授权禁止复制或建立镜像<br>新ICP备00000000号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"), EDITOR=EDITOR)
