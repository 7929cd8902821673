# Sourced by ./aidnews and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Lucene 10 needs Java 21+. Order: $JAVA_HOME if new enough, then the JDKs installed
# under /usr/lib/jvm (newest first), then the `java` on PATH.

aidnews_java_major() { # prints the feature version of the JDK at $1, or nothing
  local bin="$1/bin/java"
  [ -x "$bin" ] || return 0
  [ -x "$1/bin/javac" ] || return 0
  "$bin" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

aidnews_find_jdk() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(aidnews_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ /usr/local/lib/jvm/*/ /opt/java/*/ 2>/dev/null | sed 's:/$::' | sort -rV); do
    major=$(aidnews_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(aidnews_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  fi
  return 1
}

if ! AIDNEWS_JDK=$(aidnews_find_jdk); then
  echo "aidnews needs a JDK 21 or newer (Lucene 10 requires it) and found none: install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, or set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$AIDNEWS_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
