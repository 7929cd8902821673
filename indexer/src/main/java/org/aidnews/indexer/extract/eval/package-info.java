/**
 * Measurement of extraction against labelled pages (sample sites, held-out pages, test fixtures):
 * loading them ({@link org.aidnews.indexer.extract.eval.LabelledPages}), scoring bodies
 * ({@link org.aidnews.indexer.extract.eval.BodyF1}) and comparing every labelled field
 * ({@link org.aidnews.indexer.extract.eval.ExtractionEval}).
 */
package org.aidnews.indexer.extract.eval;
