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

  /**
   * Makes {@code gen} the served generation (atomic), then deletes every other generation except the
   * one served until now (a reader may still be on it) and any still being written.
   */
  public void publish(Path gen) throws IOException {
    Path previous = current().orElse(null);
    Path tmp = root.resolve(CURRENT + ".tmp");
    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap((gen.getFileName().toString() + "\n").getBytes(StandardCharsets.UTF_8)));
      ch.force(true); // on disk before the rename, so a power cut cannot leave an empty CURRENT
    }
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    prune(gen, previous);
  }

  /** Generations younger than this are left alone: another build may still be writing one. */
  private static final java.time.Duration IN_PROGRESS = java.time.Duration.ofMinutes(30);

  private void prune(Path keep, Path previous) throws IOException {
    java.time.Instant cutoff = Instant.now().minus(IN_PROGRESS);
    try (Stream<Path> gens = Files.list(root)) {
      for (Path g : gens.filter(p -> p.getFileName().toString().startsWith("gen-")).filter(Files::isDirectory).toList()) {
        if (g.equals(keep) || g.equals(previous)) {
          continue;
        }
        if (Files.getLastModifiedTime(g).toInstant().isAfter(cutoff) && g.getFileName().toString()
            .compareTo(keep.getFileName().toString()) > 0) {
          continue; // started after ours and recently touched: another build in progress
        }
        deleteTree(g);
      }
    }
  }

  /** Deletes a generation that was never published (a failed rebuild). */
  public void discard(Path gen) throws IOException {
    deleteTree(gen);
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
