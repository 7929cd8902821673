/** Topics: controlled labels from cue words with per-topic thresholds. */
package org.aidnews.indexer.enrich.topic;
