/** The public JSON API: the same data as the pages, for other sites and scripts. */
package org.aidnews.web.api;
