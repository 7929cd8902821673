from lib import esc, paras, fill, place, agreement

NAME = "07-wechat-haixi"
TEMPLATE = "WeChat 公众号 article (`div#js_content`, `rich_media_meta` spans, empty `<title>`, publish time only in JS `var ct`/`createTime`)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "title only in h1.rich_media_title and og:title; publish date only in script variables; 点击蓝字关注 / ▲captions / - END - / 往期推荐 boilerplate; 来源 line at the end differs from the account name"
NAMED = "浙江 → 海西州德令哈市 (西宁 mentioned); 浙江省人民医院, 海西蒙古族藏族自治州人民医院"

URL = "https://mp.weixin.example/s/Xk3vQ9pL2mN7rT5aB8cD1e"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "专科联盟落户海西！浙江省人民医院心血管专科联盟海西分中心揭牌"
PUBLISHED = "2023-06-15"
SOURCE = "海西州人民医院"
AUTHOR = "马晓燕 韩雪 祁梅"
SCRIPT = "Hans"
BODY = [
    "6月13日，浙江省人民医院心血管专科联盟海西分中心签约揭牌仪式在海西州人民医院举行。浙江省人民医院与海西蒙古族藏族自治州人民医院正式签订专科联盟合作协议，标志着两院在心血管疾病诊疗领域的合作迈上新台阶。",
    "海西州地处青藏高原腹地，高原性心脏病、高血压等心血管疾病多发。此前，当地不少复杂心血管病患者需要辗转西宁甚至省外就医。",
    "根据协议，浙江省人民医院将通过专家定期驻点、远程会诊、进修培训和联合科研等方式，帮助海西州人民医院提升冠心病介入、心律失常射频消融、心力衰竭规范化管理等技术水平，并为联盟成员单位开通双向转诊通道。",
    "揭牌仪式后，浙江专家团队与海西州人民医院心内科医生共同完成了三例冠脉介入手术，并在德令哈市开展了心血管疾病义诊。",
    "浙江省援青指挥部相关负责同志表示，将以专科联盟为纽带，持续推进浙江优质医疗资源向海西延伸，助力海西州打造区域医疗高地。",
]
PROVINCES = ["浙江省", "青海省"]
HELPER_PROVINCES = ["浙江省"]
RECIPIENT_PROVINCES = ["青海省"]
PLACES = [
    place("浙江", "浙江省", None, None, "helper"),
    place("海西州", "青海省", "海西蒙古族藏族自治州", None, "recipient"),
    place("德令哈市", "青海省", "海西蒙古族藏族自治州", "德令哈市", "recipient"),
    place("西宁", "青海省", "西宁市", None, "mentioned"),
]
HOSPITALS = ["浙江省人民医院", "海西蒙古族藏族自治州人民医院"]
AGREEMENTS = [agreement("专科联盟", [("浙江省人民医院", "helper"), ("海西蒙古族藏族自治州人民医院", "recipient")],
                        "2023-06-13", "6月13日")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="6月13日，浙江省人民医院心血管专科联盟海西分中心签约揭牌仪式在海西州人民医院举行。">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:url" content="https://mp.weixin.example/s/Xk3vQ9pL2mN7rT5aB8cD1e">
<meta property="og:image" content="https://mmbiz.qpic.example/mmbiz_jpg/abc123/0?wx_fmt=jpeg">
<meta property="og:site_name" content="微信公众平台">
<meta property="twitter:card" content="summary">
<title></title>
<style>.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
 <div class="rich_media_inner">
  <div id="page-content" class="rich_media_area_primary">
   <div class="rich_media_area_primary_inner">
    <h1 class="rich_media_title " id="activity-name">
            @@TITLE@@
    </h1>
    <div id="meta_content" class="rich_media_meta_list">
     <span class="rich_media_meta rich_media_meta_text">马晓燕</span>
     <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">健康海西</a></span>
     <span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em><em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording"></span></em></span>
    </div>
    <div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><span style="color:#0e6eb8;font-size:14px;">点击蓝字 关注我们</span></section>
<section><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.example/mmbiz_gif/top/640?wx_fmt=gif" data-ratio="0.1" data-w="640"></section>
@@P1@@
<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.example/mmbiz_jpg/p1/640?wx_fmt=jpeg" data-ratio="0.667" data-w="1080"></section>
<section style="text-align:center;"><span style="font-size:12px;color:#888;">▲签约揭牌现场</span></section>
@@P23@@
<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.example/mmbiz_jpg/p2/640?wx_fmt=jpeg" data-ratio="0.667" data-w="1080"></section>
<section style="text-align:center;"><span style="font-size:12px;color:#888;">▲浙江专家与海西医生共同手术</span></section>
@@P45@@
<section style="text-align:center;"><span style="font-size:14px;">- END -</span></section>
<section><span style="font-size:13px;color:#666;">来源：海西州人民医院</span></section>
<section><span style="font-size:13px;color:#666;">文字：马晓燕　图片：韩雪　编辑：祁梅</span></section>
<section style="margin-top:20px;"><strong>往期推荐</strong></section>
<section><a href="https://mp.weixin.example/s/aa11" data-linktype="2">海西州启动2023年“健康敲门”行动</a></section>
<section><a href="https://mp.weixin.example/s/bb22" data-linktype="2">格尔木市开展免费白内障复明手术</a></section>
<section style="text-align:center;"><span style="font-size:12px;">分享　收藏　点赞　在看</span></section>
    </div>
   </div>
  </div>
 </div>
</div>
<script type="text/javascript" nonce="1762331">
    var nickname = htmlDecode("健康海西");
    var ct = "1686824400";
    var createTime = '2023-06-15 18:20';
    var msg_title = '@@TITLE@@'.html(false);
    var msg_desc = htmlDecode("6月13日，浙江省人民医院心血管专科联盟海西分中心签约揭牌仪式在海西州人民医院举行。");
    var user_name = "gh_8f0a1b2c3d4e";
</script>
</body>
</html>
"""


def html():
    p = '<p style="margin-bottom:16px;line-height:1.75;"><span style="font-size:15px;letter-spacing:1px;">{}</span></p>'
    return fill(PAGE, TITLE=esc(TITLE), P1=paras(BODY[:1], p), P23=paras(BODY[1:3], p), P45=paras(BODY[3:], p))
