package org.aidnews.reliability.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aidnews.indexer.index.IndexLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication after a killed rebuild. {@code IndexLocation.publish} promises to keep the previously
 * served generation ("the web app may still be reading the previous one") and a killed rebuild
 * leaves its never-published generation behind. Pruning by name order keeps the wrong one: it
 * deletes the generation the portal was serving and keeps the killed rebuild's partial one.
 */
class GenerationPruningTest {
  @Test
  void afterAKilledRebuildThePreviouslyServedGenerationIsKeptAndThePartialOneRemoved(@TempDir Path root)
      throws Exception {
    IndexLocation location = new IndexLocation(root);
    Path served = location.newGeneration();
    location.publish(served);
    Thread.sleep(5); // generation names carry milliseconds
    Path killed = location.newGeneration(); // a rebuild killed with -9: neither published nor discarded
    Thread.sleep(5);
    Path fresh = location.newGeneration();

    location.publish(fresh);

    assertThat(location.current()).contains(fresh);
    assertThat(served).as("the generation served until now (the portal may still read it)").exists();
    assertThat(killed).as("the killed rebuild's partial generation").doesNotExist();
  }
}
