/** Per-site crawl policy ({@code config/sites.yml}): typed, validated at start-up, errors name file, line and key. */
package org.aidnews.crawler.config;
