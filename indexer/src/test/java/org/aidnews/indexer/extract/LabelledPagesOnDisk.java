package org.aidnews.indexer.extract;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the labelled pages are: the repository's {@code testdata/} (found upwards from the working directory) and our fixtures. */
final class LabelledPagesOnDisk {
  private LabelledPagesOnDisk() {}

  static List<Path> directories() {
    List<Path> dirs = new ArrayList<>();
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("testdata"))) {
        Path t = p.resolve("testdata");
        if (Files.isDirectory(t.resolve("sites")) || Files.isDirectory(t.resolve("heldout"))) {
          dirs.add(t);
        }
        break;
      }
    }
    dirs.add(fixtures());
    return dirs;
  }

  /** The repository's testdata/ directory (sample sites and held-out pages). */
  static Path testdata() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("testdata/sites"))) {
        return p.resolve("testdata");
      }
    }
    throw new IllegalStateException("no testdata/sites above " + Path.of("").toAbsolutePath());
  }

  static Path fixtures() {
    URL url = LabelledPagesOnDisk.class.getResource("/extract/expected");
    if (url == null) {
      throw new IllegalStateException("test resources /extract/expected missing from the class path");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
