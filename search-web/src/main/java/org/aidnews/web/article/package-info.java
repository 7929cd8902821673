/** The article page: cleaned text in its own script, extracted facts and links to their facets. */
package org.aidnews.web.article;
