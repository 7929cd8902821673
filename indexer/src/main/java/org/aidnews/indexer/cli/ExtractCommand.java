package org.aidnews.indexer.cli;

import java.io.PrintStream;

/** PLACEHOLDER: the extraction work replaces this with the real {@code extract} command. */
public final class ExtractCommand {
  private ExtractCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    err.println("extract: not built yet");
    return 1;
  }
}
