from lib import esc, paras, fill, place, agreement

NAME = "02-dedecms-gbk-shenzhen-kashgar"
TEMPLATE = "city news portal on DedeCMS (`/a/<column>/2024/0703/<id>.html`, 时间/来源/作者/点击 line with `/plus/count.php`, `div.content`, 上一篇/下一篇, 相关文章 list)"
ENCODING_NOTE = "GBK bytes (header and meta gbk); GBK-only character 堃 in the author credit"
TESTS = "helper side is a city (深圳市), not a province; party names are the two health commissions; signing dated 上月28日 (month from the publish date); related-article list with dates after the body"
NAMED = "深圳 (广东) → 喀什地区、喀什市、塔什库尔干塔吉克自治县; 深圳市人民医院, 喀什地区第一人民医院, 塔什库尔干塔吉克自治县人民医院"

URL = "http://www.sznews-health.example/a/yuanjiang/2024/0703/1287.html"
CONTENT_TYPE = "text/html; charset=gbk"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "深圳喀什两地卫健委签署新一轮医疗卫生对口支援协议"
PUBLISHED = "2024-07-03"
SOURCE = "深圳特区报"
AUTHOR = "林堃 周晓雯"
SCRIPT = "Hans"
BODY = [
    "上月28日，深圳市卫生健康委员会与喀什地区卫生健康委员会在喀什市签署《2024—2026年医疗卫生对口支援合作协议》，深圳对喀什的医疗援助进入新一轮三年周期。",
    "协议明确，深圳市将继续以“组团式”方式支援喀什地区第一人民医院和塔什库尔干塔吉克自治县人民医院，每批选派管理和技术骨干不少于40人；同时由深圳市人民医院牵头，在喀什地区第一人民医院建设心血管、肿瘤两个区域医疗中心分中心。",
    "双方还约定，深圳每年为喀什培训基层医务人员500人次，并把远程会诊延伸到喀什市所有社区卫生服务中心和乡镇卫生院。",
    "喀什地区卫生健康委员会主任在签约时说，上一轮协议期间，深圳援疆医生帮助喀什新开展新技术新项目180余项，“不少过去要到乌鲁木齐做的手术，现在在家门口就能做”。",
    "深圳市卫生健康委员会相关负责人表示，新协议把重点从“派专家”转向“带团队”，力争让每个援建科室都留下一支带不走的医疗队。",
]

PROVINCES = ["广东省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("深圳市", "广东省", "深圳市", role="helper"),
    place("喀什地区", "新疆维吾尔自治区", "喀什地区", role="recipient"),
    place("喀什市", "新疆维吾尔自治区", "喀什地区", "喀什市", role="recipient"),
    place("塔什库尔干塔吉克自治县", "新疆维吾尔自治区", "喀什地区", "塔什库尔干塔吉克自治县", role="recipient"),
    place("乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", role="mentioned"),
]
HOSPITALS = ["喀什地区第一人民医院", "塔什库尔干塔吉克自治县人民医院", "深圳市人民医院"]
AGREEMENTS = [
    agreement("对口帮扶", [("深圳市卫生健康委员会", "helper"), ("喀什地区卫生健康委员会", "recipient")], "2024-06-28", "上月28日"),
]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@_援疆在线_深圳健康网</title>
<meta name="keywords" content="深圳,喀什,对口支援,援疆" />
<meta name="description" content="上月28日，深圳市卫生健康委员会与喀什地区卫生健康委员会在喀什市签署协议" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><span id="time" class="time">您好，欢迎光临深圳健康网</span></div>
<div class="nav w960 center"><ul><li><a href="/">主页</a></li><li><a href="/a/yaowen/">要闻</a></li><li><a href="/a/yuanjiang/">援疆在线</a></li><li><a href="/a/yiliao/">医疗</a></li><li><a href="/a/kepu/">科普</a></li></ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/yuanjiang/">援疆在线</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>@@TITLE@@</h2></div>
<div class="info"><small>时间:</small>2024-07-03 10:18<small>来源:</small>深圳特区报 <small>作者:</small>林堃 周晓雯 <small>点击:</small><script src="/plus/count.php?view=yes&aid=1287&mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content"><table width="100%"><tr><td>
@@BODY@@
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/yuanjiang/2024/0701/1279.html">援疆医生为牧民开展白内障复明手术</a></li><li>下一篇：<a href="/a/yuanjiang/2024/0705/1293.html">喀什地区第一人民医院胸痛中心通过国家认证</a></li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1287">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=1287">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=1287">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div>
<div class="xiangguan"><dl><dt><strong>相关文章</strong></dt><dd><ul>
<li><a href="/a/yuanjiang/2024/0611/1201.html">深圳援疆医疗队完成轮换交接</a> 2024-06-11</li>
<li><a href="/a/yuanjiang/2024/0520/1144.html">塔县人民医院新住院楼投入使用</a> 2024-05-20</li>
<li><a href="/a/yuanjiang/2023/1209/0986.html">喀什地区与深圳签订远程医疗合作协议</a> 2023-12-09</li>
</ul></dd></dl></div>
</div>
<div class="pright"><div class="commend"><dl><dt><strong>推荐内容</strong></dt><dd><ul><li><a href="/a/kepu/2024/0702/1285.html">夏季高温，谨防热射病</a></li><li><a href="/a/yiliao/2024/0630/1276.html">市儿童医院开设夜间门诊</a></li></ul></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; 2012-2024 深圳健康网 版权所有</p><p>粤ICP备00000000号</p></div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
