/**
 * The SolrCloud back end against the embedded engine, on a real cluster started in its own JVM
 * (module solr-server): same totals and facet counts for a table of searches, and searches that
 * still answer with a node down.
 */
package org.aidnews.solrit;
