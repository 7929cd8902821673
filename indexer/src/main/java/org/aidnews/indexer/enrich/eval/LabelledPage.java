package org.aidnews.indexer.enrich.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aidnews.indexer.model.Agreement;

/**
 * One labelled page: the expected facts of {@code testdata/expected/…json} (or a fixture), and where
 * its bytes are when there are any.
 *
 * @param id                 a readable id (site/path, or the file name)
 * @param url                the page URL (for the pipeline run), or null
 * @param pageFile           the page bytes on disk, or null (fixtures have none)
 * @param contentType        the Content-Type the page is served with, or null
 * @param isArticle          false for list pages (not scored)
 * @param title              the labelled title (own script), or null
 * @param body               the labelled body (own script)
 * @param published          the labelled publish date, or null
 * @param provinces          expected provinces
 * @param helperProvinces    expected helper provinces
 * @param recipientProvinces expected recipient provinces
 * @param hospitals          expected canonical hospital names
 * @param agreements         expected agreements
 * @param syndication        story id shared by syndicated copies, or null
 */
public record LabelledPage(String id, String url, Path pageFile, String contentType, boolean isArticle, String title,
    String body, LocalDate published, List<String> provinces, List<String> helperProvinces, List<String> recipientProvinces,
    List<String> hospitals, List<Agreement> agreements, String syndication) {}
