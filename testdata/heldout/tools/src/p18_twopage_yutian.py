from lib import esc, paras, fill, place, agreement

NAME = "18-twopage-yutian"
TEMPLATE = "prefecture news portal, page 1 of a 2-page article (分页: 上一页 [1] 2 下一页, URL _1 for page 2)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "only page 1's own text is the body; 医共体 with one named party (the lead hospital) and unnamed 乡镇卫生院; author name with a middle dot"
NAMED = "天津 → 和田地区于田县; 于田县人民医院"

URL = "http://www.htxw.example/xwzx/qxdt/202310/t20231025_112233.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "于田县紧密型医共体揭牌 15家乡镇卫生院纳入统一管理"
PUBLISHED = "2023-10-25"
SOURCE = "和田日报"
AUTHOR = "买买提江·阿布都拉 刘静"
SCRIPT = "Hans"
BODY = [
    "10月23日，于田县紧密型县域医疗卫生共同体建设推进会暨签约揭牌仪式在县人民医院举行。于田县人民医院作为牵头医院，与全县15家乡镇卫生院签订医共体建设协议，标志着于田县医共体建设进入实质运行阶段。",
    "按照“人财物统一管理、医防融合、分级诊疗”的思路，医共体将在人员调配、药品耗材采购、信息系统和医疗质量管理等方面实行统一管理。县人民医院的专科医生将定期下沉到乡镇卫生院坐诊，乡镇卫生院的心电、影像检查结果可以实时上传到县人民医院，由县级医生出具诊断报告。",
    "于田县是天津市对口支援县。天津援疆医疗队队员在医共体建设中承担了培训和质控工作，帮助制定了医共体内部双向转诊标准和慢性病管理规范。",
]
PROVINCES = ["天津市", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["天津市"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("天津市", "天津市", None, None, "helper"),
    place("于田县", "新疆维吾尔自治区", "和田地区", "于田县", "recipient"),
]
HOSPITALS = ["于田县人民医院"]
AGREEMENTS = [agreement("医共体", [("于田县人民医院", "helper")], "2023-10-23", "10月23日")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>@@TITLE@@ - 和田新闻网</title>
<meta name="ArticleTitle" content="@@TITLE@@">
<link rel="stylesheet" href="/css/news.css">
</head>
<body>
<div class="hd"><a href="/"><img src="/images/logo.png" alt="和田新闻网"></a><div class="nav"><a href="/">首页</a><a href="/xwzx/htyw/">和田要闻</a><a href="/xwzx/qxdt/">县市动态</a><a href="/xwzx/yjgz/">援疆工作</a><a href="/xwzx/shms/">社会民生</a></div></div>
<div class="bd">
 <div class="loc">您的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/qxdt/">县市动态</a></div>
 <div class="art">
  <h1>@@TITLE@@</h1>
  <div class="src">2023-10-25 10:47:12　来源：和田日报　作者：记者 买买提江·阿布都拉 通讯员 刘静</div>
  <div class="TRS_Editor" id="artibody">
@@BODY@@
  </div>
  <div class="page" id="pagenav">共2页：<span class="disabled">上一页</span> <span class="current">1</span> <a href="t20231025_112233_1.html">2</a> <a href="t20231025_112233_1.html">下一页</a></div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
 </div>
</div>
<div class="ft">和田新闻网版权所有　新ICP备13001234号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
