from lib import esc, paras, fill, place, agreement

NAME = "05-people-lhasa"
TEMPLATE = "人民网 local channel (`div#rwb_zw`, 原标题, 本报讯, (责编：…), province channel bar at the top)"
ENCODING_NOTE = "GB2312 bytes (header text/html; charset=GB2312, meta gb2312)"
TESTS = "reprint: source is the original paper (西藏日报), not the portal; 原标题 line is not body; province channel bar (北京|天津|…) must not become provinces; (责编：…) credit"
NAMED = "北京 → 拉萨; 首都医科大学附属北京友谊医院, 拉萨市人民医院"

URL = "http://xz.people.example/n2/2023/0814/c138901-40531234.html"
CONTENT_TYPE = "text/html; charset=GB2312"
CHARSET = "GB18030"
ENCODING = "gb2312"
IS_ARTICLE = True

TITLE = "北京友谊医院与拉萨市人民医院组建消化专科联盟"
PUBLISHED = "2023-08-14"
SOURCE = "西藏日报"
AUTHOR = "格桑 次仁 陈露"
SCRIPT = "Hans"
BODY = [
    "本报讯（记者 格桑）8月12日，首都医科大学附属北京友谊医院（以下简称“北京友谊医院”）与拉萨市人民医院消化专科联盟签约暨揭牌仪式在拉萨举行，拉萨市人民医院正式成为北京友谊医院牵头的消化专科联盟成员单位。",
    "根据协议，北京友谊医院将在消化内镜诊疗、消化道早癌筛查、肝病诊治等方面对拉萨市人民医院进行重点帮扶，每年派出专家赴拉萨开展手术示教和业务培训，并接收拉萨市人民医院医护人员到北京进修学习。",
    "拉萨市人民医院是北京市“组团式”援藏医疗的重点受援医院。近年来，在北京援藏医疗队的帮助下，医院消化内科已能够独立开展内镜黏膜下剥离术等高难度手术。",
    "北京友谊医院相关负责人表示，高原地区消化道肿瘤和肝病发病率相对较高，专科联盟将把早筛早诊关口前移，通过远程会诊和双向转诊，让高原群众在家门口就能享受到首都的优质医疗资源。",
    "仪式结束后，北京专家在拉萨市人民医院完成了两例高难度内镜手术，并为当地医务人员作了专题讲座。",
]
PROVINCES = ["北京市", "西藏自治区"]
HELPER_PROVINCES = ["北京市"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("北京", "北京市", None, None, "helper"),
    place("拉萨", "西藏自治区", "拉萨市", None, "recipient"),
]
HOSPITALS = ["首都医科大学附属北京友谊医院", "拉萨市人民医院"]
AGREEMENTS = [agreement("专科联盟", [("首都医科大学附属北京友谊医院", "helper"), ("拉萨市人民医院", "recipient")],
                        "2023-08-12", "8月12日")]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>@@TITLE@@--西藏频道--人民网 </title>
<meta name="keywords" content="专科联盟,援藏,拉萨" />
<meta name="description" content="8月12日，首都医科大学附属北京友谊医院与拉萨市人民医院消化专科联盟签约暨揭牌仪式在拉萨举行。" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="138901" />
<meta name="contentid" content="40531234" />
<meta name="publishdate" content="2023-08-14" />
<meta name="author" content="104522" />
<meta name="source" content="来源：西藏日报" />
<link href="/img/2020xz/css/page.css" type="text/css" rel="stylesheet" media="all" />
</head>
<body>
<div class="w1000 top_nav">
 <a href="http://www.people.example/" target="_blank">人民网首页</a><span>|</span>
 <a href="http://bj.people.example/" target="_blank">北京</a>|<a href="http://tj.people.example/" target="_blank">天津</a>|<a href="http://he.people.example/" target="_blank">河北</a>|<a href="http://sx.people.example/" target="_blank">山西</a>|<a href="http://nm.people.example/" target="_blank">内蒙古</a>|<a href="http://ln.people.example/" target="_blank">辽宁</a>|<a href="http://jl.people.example/" target="_blank">吉林</a>|<a href="http://hlj.people.example/" target="_blank">黑龙江</a>|<a href="http://sh.people.example/" target="_blank">上海</a>|<a href="http://js.people.example/" target="_blank">江苏</a>|<a href="http://zj.people.example/" target="_blank">浙江</a>|<a href="http://ah.people.example/" target="_blank">安徽</a>|<a href="http://fj.people.example/" target="_blank">福建</a>|<a href="http://jx.people.example/" target="_blank">江西</a>|<a href="http://sd.people.example/" target="_blank">山东</a>|<a href="http://henan.people.example/" target="_blank">河南</a>|<a href="http://hb.people.example/" target="_blank">湖北</a>|<a href="http://hn.people.example/" target="_blank">湖南</a>|<a href="http://gd.people.example/" target="_blank">广东</a>|<a href="http://gx.people.example/" target="_blank">广西</a>|<a href="http://hi.people.example/" target="_blank">海南</a>|<a href="http://cq.people.example/" target="_blank">重庆</a>|<a href="http://sc.people.example/" target="_blank">四川</a>|<a href="http://gz.people.example/" target="_blank">贵州</a>|<a href="http://yn.people.example/" target="_blank">云南</a>|<a href="http://xz.people.example/" target="_blank">西藏</a>|<a href="http://sn.people.example/" target="_blank">陕西</a>|<a href="http://gs.people.example/" target="_blank">甘肃</a>|<a href="http://qh.people.example/" target="_blank">青海</a>|<a href="http://nx.people.example/" target="_blank">宁夏</a>|<a href="http://xj.people.example/" target="_blank">新疆</a>
</div>
<div class="w1000 logo_line"><a href="/"><img src="/img/2020xz/images/logo.png" alt="人民网西藏频道" /></a></div>
<div class="w1000 route"><a href="http://www.people.example/" class="clink">人民网</a>&gt;&gt;<a href="/" class="clink">西藏频道</a>&gt;&gt;<a href="/GB/138901/index.html" class="clink">原创稿件</a></div>
<div class="clearfix w1000_320 text_title">
 <h1>@@TITLE@@</h1>
 <div class="box01"><div class="fl">2023年08月14日09:12&nbsp;&nbsp;|&nbsp;&nbsp;来源：<a href="http://www.xzdaily.example/" target="_blank">西藏日报</a></div>
  <div class="fr"><div class="fx">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a></div><a href="#" class="pl">小字号</a></div></div>
</div>
<div class="clearfix w1000_320 text_con">
 <div class="fl text_con_left">
  <div class="box_con" id="rwb_zw">
<p style="text-indent: 2em;">原标题：京藏携手共建消化专科联盟 高原群众就近享受优质诊疗</p>
@@BODY@@
<div class="zdfy clearfix"></div>
<center><table border="0" align="center" width="40%"><tr><td width="50%" align="center"><a href="/n2/2023/0814/c138901-40531234.html" style="color:#000; font-weight:bold; font-size:14px;">分享让更多人看到</a></td></tr></table></center>
  </div>
  <div class="edit clearfix">(责编：次仁、陈露)</div>
  <div class="box_news"><h2><a href="/GB/138901/index.html">相关新闻</a></h2><ul class="list_16">
   <li><a href="/n2/2023/0810/c138901-40527711.html">拉萨市开展“健康拉萨”主题宣传活动</a></li>
   <li><a href="/n2/2023/0807/c138901-40524460.html">西藏今年将新建一批县级胸痛中心</a></li>
  </ul></div>
 </div>
</div>
<div class="w1000 copyright">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站地图 | 留言板 | 联系我们<br />人民网版权所有，未经书面授权禁止使用<br />Copyright &copy; 1997-2023 by www.people.example. all rights reserved</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, '<p style="text-indent: 2em;">{}</p>'))
