package org.aidnews.indexer.warc;

import java.nio.file.Path;
import org.aidnews.indexer.model.FetchedPage;

/**
 * A fetched page and where it is stored, so the portal can show the saved copy later.
 *
 * @param page   the response as fetched
 * @param file   the WARC file holding it
 * @param offset byte offset of the response record in that file
 */
public record WarcPage(FetchedPage page, Path file, long offset) {}
