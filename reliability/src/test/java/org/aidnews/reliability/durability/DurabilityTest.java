package org.aidnews.reliability.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.aidnews.reliability.Seeds;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the real indexer, simulated OS crashes, disk full and I/O errors (fast settings). */
class DurabilityTest {
  @TempDir Path dir;

  @Test
  void killNineAtRandomPointsNeverServesAPartialOrBrokenIndex() throws Exception {
    Path warc = dir.resolve("warc");
    WarcCorpus.writeSplit(warc, "corpus", AidArticles.articles(Seeds.seed(), 250), 2);
    KillNineTrials trials = new KillNineTrials(warc, dir.resolve("index"), dir.resolve("logs"));

    KillNineTrials.Result r = trials.run(20, Seeds.seed(), 300, 250, 5);

    assertThat(r.failures()).isEmpty();
    assertThat(r.kills()).isGreaterThanOrEqualTo(20);
    assertThat(r.killsSurvived()).isEqualTo(r.kills());
    assertThat(r.committedLost()).isZero();
    assertThat(r.expectedArticles()).as("5 new articles before each trial").isGreaterThanOrEqualTo(250 + 5 * 20);
  }

  @Test
  void killNineOfAnIncrementalUpdateLeavesThePreviousCommitOrTheWholeUpdate() throws Exception {
    IncrementalKillTrials trials = new IncrementalKillTrials(dir.resolve("warc-inc"), dir.resolve("index-inc"),
        dir.resolve("logs-inc"));

    IncrementalKillTrials.Result r = trials.run(10, Seeds.seed(), 300, 150, 10);

    assertThat(r.failures()).isEmpty();
    assertThat(r.kills()).isGreaterThanOrEqualTo(10);
    assertThat(r.killsSurvived()).isEqualTo(r.kills());
    assertThat(r.committedLost()).isZero();
    assertThat(r.finalArticles()).isGreaterThanOrEqualTo(150 + 10 * 11);
  }

  @Test
  void aWarcFileCutMidRecordIsIndexedUpToItsLastWholeRecordWithAWarning() throws Exception {
    TruncatedWarcTrial.Result r = TruncatedWarcTrial.run(dir.resolve("cut"), Seeds.seed(), 20, 30, 0.6);

    assertThat(r.exitCode()).isZero();
    assertThat(r.wholeRecords()).isBetween(1, 29);
    assertThat(r.served()).isEqualTo(r.expected()).hasSize(20 + r.wholeRecords());
    assertThat(r.warnings()).first().asString().contains("cut.warc.gz");
  }

  @Test
  void theJudgeRefusesAnIndexHoldingOnlySomeOfAnUpdate() {
    ServedIndex clean = new ServedIndex("gen-1", "segments_2", "t", 3, 3, true, null);
    Set<String> before = Set.of("a", "b");
    Set<String> all = Set.of("a", "b", "c", "d");

    assertThat(IncrementalKillTrials.judge(before, clean, Set.of("a", "b", "c"), all, false, false, 0))
        .contains("neither the previous commit");
    assertThat(IncrementalKillTrials.judge(before, new ServedIndex("gen-1", "s", "t", 2, 2, true, null), before, all,
        true, false, 0)).contains("printed 'Updated'");
    assertThat(IncrementalKillTrials.judge(before, new ServedIndex("gen-1", "s", "t", 4, 4, true, null), all, all,
        true, true, 0)).isNull();
  }

  @Test
  void aSimulatedOsCrashLosesNothingCommittedAndShowsNothingUncommitted() throws Exception {
    CrashSimulation.Result r = new CrashSimulation(120).crashes(20, Seeds.seed());

    assertThat(r.failures()).isEmpty();
    assertThat(r.trials()).isEqualTo(20);
    assertThat(r.committedDocs()).isPositive();
    assertThat(r.committedLost()).isZero();
    assertThat(r.uncommittedVisible()).isZero();
  }

  @Test
  void diskFullAndIoErrorsAreReportedAndLeaveTheLastCommitIntact() throws Exception {
    CrashSimulation.Result r = new CrashSimulation(120).faults(10, Seeds.seed());

    assertThat(r.failures()).isEmpty();
    assertThat(r.faultsReported()).isEqualTo(r.faultsInjected()).isEqualTo(10);
    assertThat(r.committedLost()).isZero();
  }

  @Test
  void theRealIndexerOnAFullDiskFailsWithAMessageAndKeepsServingThePreviousIndex() throws Exception {
    Path warc = dir.resolve("warc");
    WarcCorpus.writeSplit(warc, "corpus", AidArticles.articles(Seeds.seed(), 150), 1);
    Path index = dir.resolve("index");
    DiskFullTrial.Result ok = DiskFullTrial.run(warc, index, 1_000_000, dir.resolve("first.log"));
    assertThat(ok.exitCode()).as("unlimited build").isZero();

    DiskFullTrial.Result r = DiskFullTrial.run(warc, index, 64, dir.resolve("full.log"));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.message()).contains("cannot write the index").contains("previously published index is unchanged");
    assertThat(r.servedUnchanged()).isTrue();
    assertThat(r.servedClean()).isTrue();
    assertThat(r.generationsLeft()).as("the half-written generation is removed").isEqualTo(1);
  }
}
