from lib import esc, paras, fill, place

NAME = "25-discuz-hebei-ngari"
TEMPLATE = "Discuz! X portal article on a community site of an aid team (`portal.php?mod=view&aid=`, `td#article_content`, 发布者/查看/评论/原作者/来自 line, 相关阅读, 最新评论 box empty, forum chrome)"
ENCODING_NOTE = "GBK bytes (header and meta gbk)"
TESTS = "visit and 义诊 story where an agreement is only planned (拟于年内签署): no agreement; 发布者 is a site account (not an author), 原作者 and 来自 give author and source; date without zero padding"
NAMED = "河北省 → 阿里地区; 河北医科大学第二医院, 阿里地区人民医院"

URL = "http://www.hbyz-home.example/portal.php?mod=view&aid=2217"
CONTENT_TYPE = "text/html; charset=gbk"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "河北医科大学第二医院专家团队赴阿里地区人民医院调研义诊"
PUBLISHED = "2024-08-23"
SOURCE = "河北日报"
AUTHOR = "刘振宇"
SCRIPT = "Hans"
BODY = [
    "8月19日至21日，河北医科大学第二医院副院长带领心内科、神经外科、儿科等专业的8名专家，到阿里地区人民医院开展调研和义诊。",
    "调研期间，专家团队走访了医院急诊科、重症医学科和手术室，详细了解设备配置、人员结构和常见病种，并在门诊为200余名群众义诊，完成疑难病例会诊12例。",
    "双方就进一步深化合作进行了座谈，初步商定在心血管和神经外科领域组建专科联盟，相关协议拟于年内签署。",
    "阿里地区平均海拔4500米以上，是河北省对口支援的地区之一。近年来，河北先后选派医疗人才150余人次援藏，帮助阿里地区人民医院填补技术空白60余项。",
]

PROVINCES = ["河北省", "西藏自治区"]
HELPER_PROVINCES = ["河北省"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("河北省", "河北省", role="helper"),
    place("阿里地区", "西藏自治区", "阿里地区", role="recipient"),
]
HOSPITALS = ["河北医科大学第二医院", "阿里地区人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@ - 援藏动态 - 冀阿之家 -  Powered by Discuz!</title>
<meta name="keywords" content="@@TITLE@@" />
<meta name="generator" content="Discuz! X3.4" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Q7m" />
</head>
<body id="nv_portal" class="pg_view">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">冀阿之家</a></div><div class="y"><a href="member.php?mod=register">注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="nv"><ul><li><a href="portal.php">门户</a></li><li><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li></ul></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">冀阿之家</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="portal.php?mod=list&amp;catid=3">援藏动态</a> <em>&rsaquo;</em> 查看内容</div></div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">@@TITLE@@ </h1>
<p class="xg1">2024-8-23 10:12<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&amp;uid=2">hbyz_admin</a><span class="pipe">|</span> 查看: 1823<span class="pipe">|</span> 评论: 0<span class="pipe">|</span>原作者: 刘振宇<span class="pipe">|</span>来自: 河北日报</p>
</div>
<div class="s"><div><strong>摘要</strong>: 8月19日至21日，河北医科大学第二医院副院长带领8名专家到阿里地区人民医院开展调研和义诊。</div></div>
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
@@BODY@@
</td></tr></table>
<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=2217" class="oshr ofav">收藏</a> <a href="misc.php?mod=invite&amp;action=article&amp;id=2217" class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：<a href="portal.php?mod=view&amp;aid=2209">援藏医生的高原生日</a></em><em>下一篇：<a href="portal.php?mod=view&amp;aid=2224">噶尔县新建村卫生室交付使用</a></em></div>
</div>
</div>
<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">
<li>&bull; <a href="portal.php?mod=view&amp;aid=2150">阿里地区人民医院与河北省人民医院签署远程医疗协议</a></li>
<li>&bull; <a href="portal.php?mod=view&amp;aid=2098">河北第十批援藏医疗队抵达狮泉河</a></li>
</ul></div></div>
<div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div><div class="bm_c"><p class="emp">暂无评论</p></div></div>
</div>
</div>
<div id="ft" class="wp cl"><p>Powered by <strong>Discuz!</strong> X3.4 &copy; 2001-2024 Tencent Cloud.</p><p>冀阿之家 ( 冀ICP备00000000号 )</p></div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
