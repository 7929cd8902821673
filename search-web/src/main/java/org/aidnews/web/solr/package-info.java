/**
 * Switches the portal's search to SolrCloud by configuration ({@code aidnews.solr.url}). Off by
 * default: without the property nothing here is created and the embedded index serves as before.
 */
package org.aidnews.web.solr;
