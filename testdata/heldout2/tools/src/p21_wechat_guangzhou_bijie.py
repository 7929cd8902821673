from lib import esc, paras, fill, place, agreement

NAME = "21-wechat-guangzhou-bijie"
TEMPLATE = "WeChat 公众号 article of a hospital's own account (`div#js_content`, `h1.rich_media_title`, empty `<title>`, publish time only in JS `var ct`, 点击蓝字关注 / - END - / 往期回顾 / 文字·编辑·审核 credits)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "publish date only in the JS timestamp (ct, epoch seconds); hospital called 我院 (the account's own hospital); a nursing-training agreement that fits no specific type (其他); reviewers not authors; account name is not the source"
NAMED = "广州 → 毕节; 广州市第一人民医院, 毕节市第一人民医院"

URL = "https://mp.weixin.example/s/Jq3v8XbT0kRzL2uYpQe1wA"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "广州毕节签署护理人才培养协议，首批12名护士已来穗跟班学习"
PUBLISHED = "2024-04-11"
SOURCE = None
AUTHOR = "黄晓丹 梁静"
SCRIPT = "Hans"
BODY = [
    "4月9日，广州市第一人民医院与毕节市第一人民医院签署护理人才培养合作协议。今后三年，我院将为毕节市第一人民医院培养护理骨干60名，帮助其建设重症、急诊和伤口造口三个护理专科。",
    "签约后，首批12名来自毕节的护士已经到达广州，将在我院重症医学科、急诊科进行为期三个月的跟班学习。我院护理部为每名学员安排了一名带教老师，并制定了“一人一册”的培训计划。",
    "广州与毕节开展东西部协作以来，我院先后派出护理专家30余人次到毕节驻点帮扶。护理部主任表示，护理队伍是医院的“半边天”，培养一批留得住、用得上的本地护理骨干，比短期派人更管用。",
    "下一步，双方还将在毕节联合举办护理技能培训班，把培训延伸到毕节各县区的基层医院。",
]

PROVINCES = ["广东省", "贵州省"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["贵州省"]
PLACES = [
    place("广州", "广东省", "广州市", role="helper"),
    place("毕节", "贵州省", "毕节市", role="recipient"),
]
HOSPITALS = ["广州市第一人民医院", "毕节市第一人民医院"]
AGREEMENTS = [
    agreement("其他", [("广州市第一人民医院", "helper"), ("毕节市第一人民医院", "recipient")], "2024-04-09", "4月9日"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title></title>
<meta property="og:title" content="@@TITLE@@">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<link rel="stylesheet" href="/mmbizwap/zh_CN/htmledition/style/page/appmsg/page_mp_article_improve.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media">
<div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">
@@TITLE@@
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">广州市第一人民医院</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
</div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;"><span style="color:#1e6fb8;font-size:13px;">点击蓝字 关注我们</span></section>
@@BODY@@
<section style="text-align:center;"><img data-src="/mmbiz_jpg/7f0a1c/640?wx_fmt=jpeg"></section>
<section style="text-align:center;"><span style="font-size:12px;color:#888;">签约现场</span></section>
<section style="text-align:center;"><span style="color:#aaa;">- END -</span></section>
<section style="font-size:12px;color:#888;">文字：黄晓丹<br>编辑：梁静<br>审核：陈明</section>
<section><strong>往期回顾</strong></section>
<section><a href="/s/Ab7kP2">我院开展“世界肾脏日”义诊活动</a></section>
<section><a href="/s/Xe4mQ9">春季过敏高发，这份防护指南请收好</a></section>
<section style="text-align:center;font-size:12px;color:#888;">分享 · 收藏 · 点赞 · 在看</section>
</div>
</div>
</div>
<script type="text/javascript">
var nickname = "广州市第一人民医院";
var ct = "1712799000";
var publish_time = "";
var msg_title = "@@TITLE@@".html(false);
</script>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, '<section style="line-height:1.75em;margin-bottom:12px;"><span style="font-size:15px;">{}</span></section>'))
