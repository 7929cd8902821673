/**
 * The portal: Spring Boot application serving the search pages, the JSON API and (later) feeds over
 * the indexer's {@link org.aidnews.indexer.search.SearchService}. It never parses HTML or writes the index.
 */
package org.aidnews.web;
