/**
 * Measuring tools (GitHub issue 8): {@link org.aidnews.bench.CorpusGenerator} writes a synthetic,
 * deterministic WARC corpus of Chinese health-assistance news; {@link org.aidnews.bench.Bench} runs
 * the indexing, search, HTTP and memory measurements over it and writes {@code docs/benchmarks.*}.
 */
package org.aidnews.bench;
