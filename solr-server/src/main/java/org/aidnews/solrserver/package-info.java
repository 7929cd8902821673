/**
 * A local SolrCloud (embedded ZooKeeper and N Solr nodes on loopback, in one JVM) for tests and
 * demos, with its own class path: Solr 9 brings Lucene 9, which must never meet the Lucene 10 of the
 * indexer and the web app. Other processes reach it over HTTP and drive it through stdin.
 */
package org.aidnews.solrserver;
