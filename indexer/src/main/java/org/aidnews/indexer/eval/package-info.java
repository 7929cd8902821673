/** Measurement over the labelled sample sites: building their index the real way, and judging search quality. */
package org.aidnews.indexer.eval;
