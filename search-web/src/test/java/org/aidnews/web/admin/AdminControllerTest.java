package org.aidnews.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.AidnewsProperties;
import org.aidnews.web.ErrorAdvice;
import org.aidnews.web.WebConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Admin actions: off without a configured token; with one, only POST with that exact token starts a rebuild. */
class AdminControllerTest {

  /** An empty WARC directory and a fresh index root: a rebuild there is quick and publishes an empty index. */
  @TestConfiguration
  static class Dirs {
    @Bean
    AidnewsProperties aidnewsProperties() throws IOException {
      Path root = Files.createTempDirectory("aidnews-admin-test");
      Files.createDirectories(root.resolve("warc"));
      return new AidnewsProperties(root.resolve("index"), root.resolve("warc"), root.resolve("none.tsv"));
    }
  }

  @Nested
  @WebMvcTest(controllers = AdminController.class)
  @Import({ErrorAdvice.class, WebConfig.class, Dirs.class})
  class Off {
    @Autowired MockMvc mvc;
    @MockitoBean ArticleSearch search;

    @Test
    void withoutAConfiguredTokenEveryCallIs404() throws Exception {
      mvc.perform(post("/admin/reindex")).andExpect(status().isNotFound());
      mvc.perform(post("/admin/reindex").header("X-Admin-Token", "")).andExpect(status().isNotFound());
      mvc.perform(post("/admin/reindex").header("X-Admin-Token", "admin")).andExpect(status().isNotFound());
    }
  }

  @Nested
  @WebMvcTest(controllers = AdminController.class)
  @Import({ErrorAdvice.class, WebConfig.class, Dirs.class})
  @TestPropertySource(properties = "aidnews.admin-token=s3cret-token")
  class On {
    @Autowired MockMvc mvc;
    @Autowired AidnewsProperties props;
    @MockitoBean ArticleSearch search;

    @Test
    void wrongOrMissingTokenIs401AndStartsNothing() throws Exception {
      mvc.perform(post("/admin/reindex")).andExpect(status().isUnauthorized());
      mvc.perform(post("/admin/reindex").header("X-Admin-Token", "s3cret-toke")).andExpect(status().isUnauthorized());
      mvc.perform(post("/admin/reindex").header("X-Admin-Token", "s3cret-token2")).andExpect(status().isUnauthorized());
      mvc.perform(post("/admin/reindex").header("X-Admin-Token", "S3CRET-TOKEN")).andExpect(status().isUnauthorized());
      assertThat(new IndexLocation(props.index()).current()).isEmpty();
    }

    @Test
    void getIsNotAnAction() throws Exception {
      int status = mvc.perform(get("/admin/reindex").header("X-Admin-Token", "s3cret-token"))
          .andReturn().getResponse().getStatus();
      assertThat(status).isIn(404, 405);
    }

    @Test
    void theRightTokenStartsARebuildThatPublishesAndRefreshes() throws Exception {
      mvc.perform(post("/admin/reindex").header("X-Admin-Token", "s3cret-token"))
          .andExpect(status().isAccepted())
          .andExpect(jsonPath("$.started").isNotEmpty());
      // The rebuild runs in the background; when done it tells the search to switch to the new index.
      verify(search, timeout(30_000)).refresh();
      assertThat(new IndexLocation(props.index()).current()).isPresent();
    }
  }
}
