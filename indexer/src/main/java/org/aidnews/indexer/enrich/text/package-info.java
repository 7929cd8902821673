/** Text matching shared by the enrichment steps: a multi-pattern automaton, spans, sentence splitting. */
package org.aidnews.indexer.enrich.text;
