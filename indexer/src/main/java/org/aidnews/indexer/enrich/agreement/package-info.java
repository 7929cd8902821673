/** Agreements: signings reported in an article, their controlled type, parties with sides, and signing date. */
package org.aidnews.indexer.enrich.agreement;
