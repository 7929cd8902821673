from lib import esc, paras, fill, place, agreement

NAME = "17-date-below-guoluo"
TEMPLATE = "prefecture government site whose publish date and source are printed only below the body"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "the first date a reader meets is the event date in the lead (6月3日); the real publish date is under the body; 合作共建 agreement; 援青"
NAMED = "上海 → 果洛州玛沁县; 上海交通大学医学院附属仁济医院, 果洛藏族自治州人民医院"

URL = "http://www.guoluo.example/html/3219/284567.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "仁济医院与果洛州人民医院合作共建胸痛中心"
PUBLISHED = "2023-06-09"
SOURCE = "果洛州卫生健康委员会"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "6月3日，上海交通大学医学院附属仁济医院与果洛藏族自治州人民医院在玛沁县签订胸痛中心合作共建协议，双方将共同建设高原地区标准化胸痛中心。",
    "果洛州平均海拔4200米以上，急性心肌梗死等急危重症发病急、转运路途远，救治时间窗往往被延误。根据协议，仁济医院将派出心内科、急诊科专家团队，按照国家胸痛中心认证标准，帮助果洛州人民医院规范急性胸痛救治流程，建立覆盖全州的胸痛救治网络。",
    "上海市对口支援果洛以来，仁济医院持续选派医疗骨干参与“组团式”援青。此次合作共建，将把上海的胸痛救治经验与高原实际相结合，力争两年内通过国家胸痛中心基层版认证。",
    "仪式结束后，仁济医院专家为果洛州人民医院医护人员开展了急性胸痛规范化救治培训。",
]
PROVINCES = ["上海市", "青海省"]
HELPER_PROVINCES = ["上海市"]
RECIPIENT_PROVINCES = ["青海省"]
PLACES = [
    place("上海市", "上海市", None, None, "helper"),
    place("果洛州", "青海省", "果洛藏族自治州", None, "recipient"),
    place("玛沁县", "青海省", "果洛藏族自治州", "玛沁县", "recipient"),
]
HOSPITALS = ["上海交通大学医学院附属仁济医院", "果洛藏族自治州人民医院"]
AGREEMENTS = [agreement("合作共建", [("上海交通大学医学院附属仁济医院", "helper"), ("果洛藏族自治州人民医院", "recipient")],
                        "2023-06-03", "6月3日")]

PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>果洛藏族自治州人民政府 - @@TITLE@@</title>
<link rel="stylesheet" href="/statics/css/main.css">
</head>
<body>
<div class="gov-top"><div class="w"><span>果洛藏族自治州人民政府</span><a href="/">首页</a><a href="/html/3201/">走进果洛</a><a href="/html/3210/">政务公开</a><a href="/html/3219/">部门动态</a><a href="/html/3230/">政务服务</a><a href="/html/3240/">互动交流</a></div></div>
<div class="w detail">
 <div class="bread">首页 &gt; 政务公开 &gt; 部门动态</div>
 <h2 class="detail-title">@@TITLE@@</h2>
 <div class="detail-text">
@@BODY@@
 </div>
 <div class="detail-foot">
  <p>发布时间：2023-06-09 16:40　　来源：果洛州卫生健康委员会　　浏览量：<span id="views">317</span></p>
  <p class="tool"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></p>
 </div>
</div>
<div class="gov-foot"><div class="w">主办：果洛藏族自治州人民政府办公室　地址：青海省果洛州玛沁县大武镇　网站标识码：6326000001</div></div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, '<p style="text-indent:2em;">{}</p>'))
