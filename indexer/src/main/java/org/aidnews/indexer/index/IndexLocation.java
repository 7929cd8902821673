package org.aidnews.indexer.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An index root directory holding generations ({@code gen-<time>/}) and a {@code CURRENT} file
 * naming the one being served. A full rebuild writes a new generation and then replaces
 * {@code CURRENT} with an atomic rename, so readers see the old index or the new one, never a
 * half-built one; the web app notices the change and swaps its searcher.
 */
public final class IndexLocation {
  private static final String CURRENT = "CURRENT";
  private static final DateTimeFormatter GEN_NAME =
      DateTimeFormatter.ofPattern("'gen-'yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The generation being served, if any. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IOException(pointer + " names no valid generation: '" + name + "'");
    }
    Path gen = root.resolve(name);
    return Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
  }

  /** A fresh, empty generation directory (not yet served). */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    Path gen = root.resolve(GEN_NAME.format(Instant.now()));
    Files.createDirectory(gen);
    return gen;
  }

  /** Makes {@code gen} the served generation (atomic), then deletes generations older than the previous one. */
  public void publish(Path gen) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, gen.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    pruneExcept(gen);
  }

  /** Deletes a generation that was never published (a failed rebuild). */
  public void discard(Path gen) throws IOException {
    deleteTree(gen);
  }

  private void pruneExcept(Path keep) throws IOException {
    // Keep the newest two generations: the web app may still be reading the previous one.
    try (Stream<Path> gens = Files.list(root)) {
      var old = gens.filter(p -> p.getFileName().toString().startsWith("gen-"))
          .filter(Files::isDirectory)
          .sorted()
          .toList();
      int idx = old.indexOf(keep);
      for (int i = 0; i < Math.max(0, idx - 1); i++) {
        deleteTree(old.get(i));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
