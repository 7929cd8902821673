from lib import esc, paras, fill, place, agreement

NAME = "06-xinhua-noyear"
TEMPLATE = "新华网 local story (`div#detail`, dateline 新华社…电, 【责任编辑：…】, 纠错 link, no date printed)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "no year anywhere in the text: the only date is the dateline 5月20日, the year comes from the URL; signing date written 19日; abbreviation （以下简称“新医大一附院”）, used in the title too; 兵团 recipient"
NAMED = "乌鲁木齐 (新疆) → 兵团第一师阿拉尔市; 新疆医科大学第一附属医院, 新疆生产建设兵团第一师医院"

URL = "http://www.news.xinhua.example/local/2023-05/20/c_1129632145.htm"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "新医大一附院与兵团第一师医院组建医联体"
PUBLISHED = "2023-05-20"
SOURCE = "新华网"
AUTHOR = "王晶 李向阳 刘洋"
SCRIPT = "Hans"
BODY = [
    "新华社乌鲁木齐5月20日电（记者 王晶 李向阳）新疆医科大学第一附属医院（以下简称“新医大一附院”）与新疆生产建设兵团第一师医院19日在乌鲁木齐签署医联体合作协议。双方将在学科建设、人才培养、远程诊疗和双向转诊等方面开展全方位合作。",
    "兵团第一师医院地处南疆，服务第一师阿拉尔市及周边团场职工群众三十余万人，近年来心脑血管疾病和呼吸系统疾病患者转外就医比例较高。",
    "根据协议，新医大一附院将向兵团第一师医院派驻心血管内科、呼吸与危重症医学科、神经内科等专业的专家，开展常态化坐诊、带教和手术示教；兵团第一师医院每年选派二十名业务骨干到新医大一附院进修。双方还将互认检查检验结果，建立急危重症患者转诊绿色通道。",
    "新医大一附院负责人表示，医联体建设是推动优质医疗资源扩容下沉、促进兵地融合发展的具体举措，医院将把兵团第一师医院作为重点帮扶单位，帮助其提升疑难重症诊治能力。",
    "据了解，新医大一附院已与区内三十余家医疗机构建立了医联体或专科联盟合作关系。",
]
PROVINCES = ["新疆维吾尔自治区", "新疆生产建设兵团"]
HELPER_PROVINCES = ["新疆维吾尔自治区"]
RECIPIENT_PROVINCES = ["新疆生产建设兵团"]
PLACES = [
    place("乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", None, "helper"),
    place("第一师阿拉尔市", "新疆生产建设兵团", None, "阿拉尔市", "recipient"),
]
HOSPITALS = ["新疆医科大学第一附属医院", "新疆生产建设兵团第一师医院"]
AGREEMENTS = [agreement("医联体", [("新疆医科大学第一附属医院", "helper"), ("新疆生产建设兵团第一师医院", "recipient")],
                        "2023-05-19", "19日")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no" />
<meta name="keywords" content="医联体,新医大一附院,兵团" />
<meta name="description" content="新医大一附院与兵团第一师医院组建医联体---新疆医科大学第一附属医院与新疆生产建设兵团第一师医院19日在乌鲁木齐签署医联体合作协议。" />
<meta name="section" content="地方" />
<title>@@TITLE@@-新华网</title>
<link rel="stylesheet" href="http://www.news.xinhua.example/detail2020/css/style.css" />
</head>
<body>
<div class="fix-ewm domPC"><img src="http://www.news.xinhua.example/detail2020/images/ewm.png" alt="" /><p>扫码看新闻</p></div>
<div class="header domPC"><div class="header-top clearfix"><div class="logo"><a href="http://www.news.xinhua.example/"><img src="http://www.news.xinhua.example/detail2020/images/logo.png" alt="新华网" /></a></div>
 <div class="nav"><a href="http://www.news.xinhua.example/politics/">时政</a><a href="http://www.news.xinhua.example/local/">地方</a><a href="http://www.news.xinhua.example/legal/">法治</a><a href="http://www.news.xinhua.example/health/">健康</a></div></div>
 <div class="head-line clearfix">
  <h1><span class="title">@@TITLE@@</span><span class="btn-audio"></span></h1>
  <div class="header-cont clearfix"><div class="source">来源：新华网</div><div class="fontSize"><a href="javascript:;" class="btn-larger">+</a><a href="javascript:;" class="btn-smaller">-</a></div>
   <div class="share"><span>分享到：</span><a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a></div></div>
 </div>
</div>
<div class="main clearfix">
 <div class="main-left left">
  <div id="detail">
@@BODY@@
<p style="text-align: center;"><img id="{A9C1F0C2-3B55-4C1E-9E8F-12D8E1B2C7A1}" src="1129632145_16845891234561n.jpg" /></p>
<p style="text-align: center; text-indent: 0em;"><font color="navy" face="楷体">　　5月19日，双方代表在签约仪式上交换协议文本。新华社记者 王晶 摄</font></p>
  </div>
  <div id="articleEdit"><span class="tiyi1 domPC"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑：刘洋】</span></div>
 </div>
 <div class="main-right right domPC"><div class="columBox"><h3>热点推荐</h3><ul>
  <li><a href="../19/c_1129629876.htm">新疆推进紧密型县域医共体建设</a></li>
  <li><a href="../18/c_1129627301.htm">天山南北“家庭医生”上门服务</a></li>
 </ul></div></div>
</div>
<div class="foot domPC">Copyright &copy; 2000-2023 XINHUANET.example All Rights Reserved.<br />制作单位：新华网股份有限公司</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
