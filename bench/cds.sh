#!/usr/bin/env bash
# cds.sh: lays the packaged service out to start faster with class data sharing (CDS), the way Spring Boot
# documents it (https://docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html).
#
# What it does:
#   1. extracts the jar into DIR (java -Djarmode=tools -jar JAR extract): DIR/merchant-onboarding.jar and DIR/lib/;
#   2. one training run from DIR on a throwaway data directory. It stops as soon as the application context is
#      refreshed (-Dspring.context.exit=onRefresh: the engine is built and the schema created; nothing is deployed,
#      no port is opened) and writes the classes it loaded to DIR/app.jsa (-XX:ArchiveClassesAtExit).
#
# Then start the service from DIR with the archive. Run it from DIR: the archive holds the class path as given.
#   cd DIR && java -Xmx512m -XX:SharedArchiveFile=app.jsa -jar merchant-onboarding.jar
# Without the archive, the extracted jar (cd DIR && java -Xmx512m -jar merchant-onboarding.jar) still starts faster
# than the packed one: its classes come from plain jars, not from jars nested in a jar.
# The archive fits only the jar and the JDK it was made with: make it again after each build or JDK update. A stale
# archive is not fatal: the JVM prints a warning and starts without it, as slowly as plain java -jar.
#
# Usage (from the project root, after mvn package):  bench/cds.sh [DIR]     (DIR defaults to target/cds)
# Environment: JAR (target/merchant-onboarding-*.jar), JAVA_OPTS (-Xmx512m; give the service the same).
# Takes about 25 s on a 2-core machine; the archive is about 80 MB. Needs: java 17, bash.
set -euo pipefail

cd "$(dirname "$0")/.."
DIR=${1:-target/cds}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
JAR=${JAR:-$(ls target/merchant-onboarding-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)}
[[ -n "$JAR" && -f "$JAR" ]] || { echo "no jar in target/: run mvn -q -DskipTests package first" >&2; exit 2; }

# Only what an earlier run made goes, so a DIR given by mistake loses nothing else.
rm -rf "$DIR/lib" "$DIR/merchant-onboarding.jar" "$DIR/app.jsa" "$DIR/training.log"
java -Djarmode=tools -jar "$JAR" extract --force --destination "$DIR" --application-filename merchant-onboarding.jar

TRAINING=$(mktemp -d -t cds-training.XXXXXX)
trap 'rm -rf "$TRAINING"' EXIT
# The JVM lists the classes it cannot archive (old class file versions, generated accessors): harmless, so kept
# out of sight in DIR/training.log.
# shellcheck disable=SC2086
if ! (cd "$DIR" && java $JAVA_OPTS -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
    -jar merchant-onboarding.jar --server.port=0 --onboarding.data-dir="$TRAINING/data") >"$DIR/training.log" 2>&1; then
  tail -30 "$DIR/training.log" >&2
  echo "training run failed; log: $DIR/training.log" >&2
  exit 1
fi
[[ -f "$DIR/app.jsa" ]] || { echo "no archive written; log: $DIR/training.log" >&2; exit 1; }
echo "start with: cd $DIR && java $JAVA_OPTS -XX:SharedArchiveFile=app.jsa -jar merchant-onboarding.jar"
