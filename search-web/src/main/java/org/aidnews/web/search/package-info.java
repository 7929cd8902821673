/** The search page and the request parameters shared by the page, the API and the feeds. */
package org.aidnews.web.search;
