# Shared by the scripts: the project root, the JVM flags Spark needs on Java 17, and a build when
# the job jar or its runtime classpath (target/lib) is missing.
VIGIE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VIGIE_VERSION="0.1.0-SNAPSHOT"
VIGIE_JAR="$VIGIE_HOME/target/vigie-$VIGIE_VERSION-job.jar"
VIGIE_MAIN="fr.vigie.cli.Vigie"
# The --add-opens list of Spark's launcher (org.apache.spark.launcher.JavaModuleOptions)
SPARK_JAVA_OPENS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
)

vigie_build_if_needed() {
  if [[ ! -f "$VIGIE_JAR" || ! -d "$VIGIE_HOME/target/lib" ]]; then
    echo "vigie: building the job jar (mvn package, tests skipped)..." >&2
    (cd "$VIGIE_HOME" && mvn -B -q -DskipTests package) >&2 || { echo "vigie: the build failed" >&2; exit 1; }
  fi
}
