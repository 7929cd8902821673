package org.aidnews.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Minimal {@code --name value} option parsing for the two command-line tools; mistakes name the option. */
final class Cli {
  private Cli() {}

  /** Parses {@code args}; {@code known} maps each option to whether it takes a value. {@code --help} is always known. */
  static Map<String, String> parse(String[] args, Map<String, Boolean> known) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.put("--help", "");
        continue;
      }
      Boolean takesValue = known.get(a);
      if (takesValue == null) {
        throw new IllegalArgumentException("unknown option '" + a + "'");
      }
      if (takesValue) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + a + " needs a value");
        }
        out.put(a, args[++i]);
      } else {
        out.put(a, "true");
      }
    }
    return out;
  }

  static long longValue(Map<String, String> opts, String name, long dflt) {
    String v = opts.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Long.parseLong(v.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + " needs a whole number, not '" + v + "'");
    }
  }

  static long positiveLong(Map<String, String> opts, String name, long dflt) {
    long v = longValue(opts, name, dflt);
    if (v <= 0) {
      throw new IllegalArgumentException("option " + name + " must be positive, not " + v);
    }
    return v;
  }
}
