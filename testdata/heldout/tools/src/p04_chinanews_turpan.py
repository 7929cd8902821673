from lib import esc, paras, fill, place, agreement

NAME = "04-chinanews-turpan"
TEMPLATE = "中新网 article (`div.left_zw`, dateline, 【编辑:…】, 【纠错】, bdshare widget, (完))"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "dateline (记者) inside the lead; signing date written only as 18日 (month and year from the dateline/page); (完) end mark; 【编辑:…】 credit; 【纠错】 and share widgets"
NAMED = "湖南、长沙 → 吐鲁番市高昌区; 湖南省人民医院, 吐鲁番市人民医院"

URL = "http://www.chinanews.example/sh/2024/05-20/10219876.shtml"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "湖南“组团式”帮扶吐鲁番市人民医院签约"
PUBLISHED = "2024-05-20"
SOURCE = "中新网新疆"
AUTHOR = "孙瑞 李岩"
SCRIPT = "Hans"
BODY = [
    "中新网吐鲁番5月20日电 (记者 孙瑞)湖南省人民医院与吐鲁番市人民医院“组团式”帮扶协议18日在吐鲁番签署。根据协议，湖南省人民医院将在未来三年内分批选派管理和技术骨干，重点帮扶吐鲁番市人民医院的急诊医学科、心血管内科、神经外科、儿科和麻醉科五个学科。",
    "湖南省对口支援吐鲁番市以来，已累计派出医疗人才数百人次。此次签约后，湖南省人民医院首批12名专家将于6月上旬到岗，其中一人将担任吐鲁番市人民医院副院长，协助医院推进现代医院管理制度建设。",
    "吐鲁番市人民医院院长介绍，医院将与湖南专家共同制订学科发展规划，采用“师带徒”模式培养本地骨干，并借助远程会诊平台，让疑难病例第一时间获得长沙专家的会诊意见。",
    "当天，湖南专家还在吐鲁番市高昌区开展义诊，为当地群众提供心脑血管疾病筛查和用药指导。",
]
PROVINCES = ["湖南省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["湖南省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("湖南省", "湖南省", None, None, "helper"),
    place("长沙", "湖南省", "长沙市", None, "helper"),
    place("吐鲁番市", "新疆维吾尔自治区", "吐鲁番市", None, "recipient"),
    place("高昌区", "新疆维吾尔自治区", "吐鲁番市", "高昌区", "recipient"),
]
HOSPITALS = ["湖南省人民医院", "吐鲁番市人民医院"]
AGREEMENTS = [agreement("组团式帮扶", [("湖南省人民医院", "helper"), ("吐鲁番市人民医院", "recipient")],
                        "2024-05-18", "18日")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="keywords" content="湖南,吐鲁番,组团式帮扶">
<meta name="description" content="湖南省人民医院与吐鲁番市人民医院“组团式”帮扶协议18日在吐鲁番签署。">
<title>@@TITLE@@-中新网</title>
<link href="//www.chinanews.example/common/css/common.css" rel="stylesheet">
<script src="//www.chinanews.example/common/js/jquery.js"></script>
</head>
<body>
<div class="top_nav"><div class="w1000"><a href="/">首页</a> <a href="/china/">时政</a> <a href="/society/">社会</a> <a href="/cj/">财经</a> <a href="/gj/">国际</a> <a href="/health/">健康</a> <a href="/sh/">生活</a> <a href="/difang/">地方</a></div></div>
<div class="con_left" id="cont_1_1_2">
 <div class="content_maincontent_more">
  <div id="nav"><a href="/">首页</a> &gt; <a href="/sh/">社会新闻</a></div>
  <h1 class="content_left_title">@@TITLE@@</h1>
  <div class="content_left_time">2024年05月20日 16:32　来源：中新网新疆<span class="sharebox"> 参与互动 </span></div>
  <div class="content_maincontent_content">
   <div class="left_zw" style="position:relative">
@@BODY@@
   </div>
   <div class="adEditor">
    <div class="left_name"><div class="left_name">【编辑:李岩】</div></div>
   </div>
   <div id="function_code_page"><a href="/common/jiucuo.shtml" target="_blank">【纠错】</a> <a href="javascript:window.print()">【打印】</a></div>
   <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
  </div>
  <div class="hot_pic"><h3>社会新闻精选：</h3><ul>
   <li><a href="/sh/2024/05-20/10219801.shtml">多地迎来降雨降温 注意防范强对流天气</a></li>
   <li><a href="/sh/2024/05-19/10219655.shtml">“520”前夕多地婚姻登记预约火爆</a></li>
  </ul></div>
 </div>
</div>
<div id="footer">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":""},"share":{}};</script>
</body>
</html>
"""


def html():
    lines = [esc(l) for l in BODY]
    lines[-1] += "(完)"
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(lines, "<p>　　{}</p>", escape=False))
