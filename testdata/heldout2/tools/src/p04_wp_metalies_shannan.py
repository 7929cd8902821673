from lib import esc, paras, fill, place, agreement

NAME = "04-wp-metalies-shannan"
TEMPLATE = "WordPress-style blog of a provincial aid team (`article.post`, `h1.entry-title`, `time.entry-date`, `div.entry-content`, jp-sharing buttons, 相关文章, `#comments` with replies)"
ENCODING_NOTE = "UTF-8 bytes; `<meta charset>` says gb2312; header text/html without charset"
TESTS = "lying meta charset; signing dated 近日 (date unknown); reader comments with their own dates and hospital names below the body; category and tag links; published only in `time` and the posted-on line"
NAMED = "湖南、长沙 → 山南市、错那市 (mentioned: 拉萨); 中南大学湘雅二医院, 山南市人民医院"

URL = "https://xiangshan-aid.example/2023/10/shannan-xinxueguan-lianmeng/"
CONTENT_TYPE = "text/html"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "湘雅二医院牵头成立山南心血管专科联盟"
PUBLISHED = "2023-10-16"
SOURCE = None
AUTHOR = "彭亚兰"
SCRIPT = "Hans"
BODY = [
    "近日，中南大学湘雅二医院与山南市人民医院签署协议，共同成立山南地区心血管疾病专科联盟，湘雅二医院为牵头单位，山南市人民医院为联盟秘书处所在地，山南各县（市、区）人民医院陆续加入。",
    "高原地区高血压、先天性心脏病患病率较高，过去患者做介入手术大多要去拉萨或者长沙。2021年湖南援藏医疗队帮助山南市人民医院建起导管室后，当地已能开展冠脉造影和支架植入，但技术力量仍然单薄。",
    "联盟成立后，湘雅二医院心血管内科将派专家每季度到山南坐诊带教，通过远程平台每月开展一次病例讨论，联盟成员单位的医生可以分批到长沙进修。首批6名来自错那市等地的医生将于11月出发。",
    "湖南省第十批援藏医疗队队长说，专科联盟要解决的是“专家走了怎么办”的问题，把帮扶从一个医院扩展到全市的县级医院。",
]

PROVINCES = ["湖南省", "西藏自治区"]
HELPER_PROVINCES = ["湖南省"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("湖南", "湖南省", role="helper"),
    place("长沙", "湖南省", "长沙市", role="helper"),
    place("山南", "西藏自治区", "山南市", role="recipient"),
    place("错那市", "西藏自治区", "山南市", "错那市", role="recipient"),
    place("拉萨", "西藏自治区", "拉萨市", role="mentioned"),
]
HOSPITALS = ["中南大学湘雅二医院", "山南市人民医院"]
AGREEMENTS = [
    agreement("专科联盟", [("中南大学湘雅二医院", "helper"), ("山南市人民医院", "recipient")], None, "近日"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gb2312">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@ &#8211; 湘山情 · 湖南援藏医疗队</title>
<link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/twentytwenty/style.css?ver=2.2" media="all">
<link rel="alternate" type="application/rss+xml" title="湘山情 &raquo; Feed" href="/feed/">
</head>
<body class="post-template-default single single-post postid-812 single-format-standard">
<header id="site-header"><div class="header-titles"><div class="site-title"><a href="/">湘山情 · 湖南援藏医疗队</a></div><div class="site-description">一群湖南医生在雪域高原的日常</div></div>
<nav class="primary-menu-wrapper"><ul class="primary-menu"><li><a href="/category/news/">队伍动态</a></li><li><a href="/category/diary/">援藏日记</a></li><li><a href="/about/">关于我们</a></li></ul></nav></header>
<main id="site-content">
<article class="post-812 post type-post status-publish format-standard hentry category-news tag-zhuankelianmeng" id="post-812">
<header class="entry-header"><div class="entry-categories"><a href="/category/news/" rel="category tag">队伍动态</a></div>
<h1 class="entry-title">@@TITLE@@</h1>
<div class="post-meta-wrapper"><ul class="post-meta"><li class="post-author">作者 <a href="/author/pengyalan/">彭亚兰</a></li><li class="post-date"><a href="/2023/10/shannan-xinxueguan-lianmeng/"><time class="entry-date published" datetime="2023-10-16T21:07:55+08:00">2023年10月16日</time><time class="updated" datetime="2023-10-18T08:30:12+08:00">2023年10月18日</time></a></li><li class="post-comment-link"><a href="#comments">3条评论</a></li></ul></div></header>
<div class="post-inner"><div class="entry-content">
@@BODY@@
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">分享此文章：</h3><ul><li><a class="share-wechat" href="#">微信</a></li><li><a class="share-weibo" href="#">微博</a></li><li><a class="share-print" href="#print">打印</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">相关</h3>
<p><a href="/2023/08/daoguanshi-yizhounian/">山南市人民医院导管室运行一周年</a> 2023年8月2日</p>
<p><a href="/2023/05/cuona-yizhen/">医疗队赴错那开展义诊</a> 2023年5月19日</p></div>
</div></div>
<div class="post-meta-wrapper post-meta-single-bottom"><ul class="post-meta"><li class="post-tags">标签：<a href="/tag/zhuankelianmeng/" rel="tag">专科联盟</a> <a href="/tag/xinxueguan/" rel="tag">心血管</a></li></ul></div>
</article>
<div class="comments-wrapper" id="comments">
<h2 class="comment-reply-title">3条评论</h2>
<div class="comments">
<div class="comment" id="comment-41"><div class="comment-meta"><b class="fn">格桑</b> <time datetime="2023-10-17T09:12:00+08:00">2023年10月17日 09:12</time></div><div class="comment-content"><p>我父亲去年在山南市人民医院放的支架，手术很成功，感谢湖南医生！</p></div></div>
<div class="comment" id="comment-42"><div class="comment-meta"><b class="fn">长沙小周</b> <time datetime="2023-10-17T20:45:00+08:00">2023年10月17日 20:45</time></div><div class="comment-content"><p>希望以后也能和湘雅医院、湖南省人民医院多合作，把儿科也带起来。</p></div></div>
<div class="comment" id="comment-43"><div class="comment-meta"><b class="fn">湘山情</b> <time datetime="2023-10-18T08:30:00+08:00">2023年10月18日 08:30</time></div><div class="comment-content"><p>@长沙小周 谢谢建议，儿科帮扶明年会有新安排。</p></div></div>
</div>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复</h2><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">评论</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="发表评论"></p></form></div>
</div>
</main>
<footer id="site-footer"><p class="footer-copyright">&copy; 2023 <a href="/">湘山情 · 湖南援藏医疗队</a></p><p class="powered-by-wordpress">由WordPress强力驱动</p></footer>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
