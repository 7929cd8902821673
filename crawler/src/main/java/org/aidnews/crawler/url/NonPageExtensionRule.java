package org.aidnews.crawler.url;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Skips files that are not news pages (images, styles, scripts, archives, media, office files). Decided by
 * the path's extension before any request; a page served without an extension is still fetched. A gzipped
 * sitemap ({@code .xml.gz}) is not skipped.
 */
record NonPageExtensionRule() implements UrlRule {

    private static final Set<String> SKIPPED = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico",
            "tif", "tiff", "css", "js", "mjs", "woff", "woff2", "ttf", "eot", "zip", "rar", "7z", "gz", "tar",
            "exe", "apk", "dmg", "iso", "mp3", "mp4", "avi", "flv", "wmv", "mov", "m4v", "swf", "doc", "docx",
            "xls", "xlsx", "ppt", "pptx", "pdf", "wps", "json");

    @Override
    public Optional<Rejection> check(String url, URI parsed) {
        String path = parsed.getRawPath();
        if (path == null) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) {
            return Optional.empty();
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.equals("gz") && path.toLowerCase(Locale.ROOT).endsWith(".xml.gz")) {
            return Optional.empty(); // a gzipped sitemap (sitemaps.org allows them), not an archive
        }
        return SKIPPED.contains(ext)
                ? Optional.of(Rejection.outOfScope("not a page (." + ext + ")"))
                : Optional.empty();
    }
}
