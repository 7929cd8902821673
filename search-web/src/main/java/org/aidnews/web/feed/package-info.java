/** RSS 2.0, Atom and JSON Feed 1.1 for any query and filters, with conditional GET; OpenSearch description. */
package org.aidnews.web.feed;
