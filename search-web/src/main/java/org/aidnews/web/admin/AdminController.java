package org.aidnews.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.AidnewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/reindex} rebuilds the index from the WARC directory in the background and
 * publishes it (the portal then switches to it by itself). Off unless {@code aidnews.admin-token}
 * is set; the token goes in the {@code X-Admin-Token} header. Only one rebuild runs at a time.
 * No CORS mapping covers /admin, so browsers on other sites cannot call it.
 */
@RestController
class AdminController {
  private static final Logger log = LoggerFactory.getLogger(AdminController.class);

  private final AidnewsProperties props;
  private final ArticleSearch search;
  private final byte[] token;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "admin-reindex");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<String> running = new AtomicReference<>();
  private volatile Map<String, Object> last = Map.of();

  AdminController(AidnewsProperties props, ArticleSearch search, @Value("${aidnews.admin-token:}") String token) {
    this.props = props;
    this.search = search;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @PostMapping("/admin/reindex")
  ResponseEntity<Map<String, Object>> reindex(@RequestHeader(name = "X-Admin-Token", required = false) String given) {
    if (token.length == 0) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "admin actions are off"));
    }
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("detail", "missing or wrong X-Admin-Token"));
    }
    String started = Instant.now().toString();
    if (!running.compareAndSet(null, started)) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(Map.of("detail", "a rebuild is already running", "since", running.get()));
    }
    log.info("admin: reindex of {} requested", props.warc().toAbsolutePath());
    worker.submit(() -> {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("started", started);
      try {
        IndexBuilder.Stats s = new IndexBuilder(Pipeline.standard(), Runtime.getRuntime().availableProcessors())
            .rebuild(props.warc(), new IndexLocation(props.index()), w -> log.warn("reindex: {}", w), x -> { });
        search.refresh();
        result.put("indexed", s.indexed.get());
        result.put("rejected", s.rejectedTotal());
        result.put("agreements", s.agreements.get());
      } catch (Exception e) {
        log.error("admin: reindex failed; the previous index is still served", e);
        result.put("error", e.getMessage());
      } finally {
        result.put("finished", Instant.now().toString());
        last = result;
        running.set(null);
      }
    });
    return ResponseEntity.accepted().body(Map.of("started", started, "previous", last));
  }
}
