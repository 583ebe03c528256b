#!/usr/bin/env bash
# Submits the vigie job jar with its main class; everything else passes through.
#
#   scripts/spark-submit.sh [spark-submit options] <vigie subcommand> [vigie options]
#   scripts/spark-submit.sh --master yarn --deploy-mode cluster --conf spark.executor.memory=8g \
#       run --input hdfs:///data/vigie/input --output hdfs:///data/vigie/output
#
# With SPARK_HOME set, it runs $SPARK_HOME/bin/spark-submit (a cluster's own Spark). Without it, it
# runs the very same submission class, org.apache.spark.deploy.SparkSubmit, from the jars Maven
# resolved into target/lib, in local mode unless --master says otherwise: a laptop and CI go
# through spark-submit for real. Options before the subcommand go to spark-submit; the local
# driver's heap comes from --driver-memory (default 8g, or $VIGIE_DRIVER_MEMORY).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# spark-submit options that take a value; the others (--verbose, --supervise) are flags
takes_value=" --master --deploy-mode --class --name --jars --packages --exclude-packages --repositories
  --py-files --files --archives --conf --properties-file --driver-memory --driver-java-options
  --driver-library-path --driver-class-path --driver-cores --executor-memory --executor-cores
  --num-executors --total-executor-cores --queue --principal --keytab --proxy-user "
spark_args=()
master=""
driver_memory="${VIGIE_DRIVER_MEMORY:-8g}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help)
      if [[ ${#spark_args[@]} -eq 0 ]]; then usage; echo; echo "vigie's own usage:"; set -- --help; break; fi ;;
    --verbose|--supervise) spark_args+=("$1"); shift; continue ;;
    --*=*) opt="${1%%=*}"; val="${1#*=}"
      if [[ "$takes_value" == *" $opt "* ]]; then
        [[ "$opt" == --master ]] && master="$val"
        [[ "$opt" == --driver-memory ]] && driver_memory="$val"
        spark_args+=("$opt" "$val"); shift; continue
      fi ;;
    --*)
      if [[ "$takes_value" == *" $1 "* ]]; then
        [[ $# -ge 2 ]] || { echo "spark-submit.sh: $1 needs a value" >&2; exit 2; }
        [[ "$1" == --master ]] && master="$2"
        [[ "$1" == --driver-memory ]] && driver_memory="$2"
        spark_args+=("$1" "$2"); shift 2; continue
      fi ;;
  esac
  break # the first argument that is not a spark-submit option starts vigie's arguments
done

vigie_build_if_needed
# log4j starts before the job jar is on the classpath: name the configuration explicitly, unless
# the caller (or the cluster) chose one
log_conf=()
[[ -n "${VIGIE_LOG4J:-$VIGIE_HOME/conf/log4j2.properties}" && "${spark_args[*]}" != *log4j* ]] \
  && log_conf=(--conf "spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=${VIGIE_LOG4J:-$VIGIE_HOME/conf/log4j2.properties}")
if [[ -n "${SPARK_HOME:-}" ]]; then
  exec "$SPARK_HOME/bin/spark-submit" "${log_conf[@]}" "${spark_args[@]}" --class "$VIGIE_MAIN" "$VIGIE_JAR" "$@"
fi
[[ -n "$master" ]] || spark_args=(--master "local[*]" "${spark_args[@]}")
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
export SPARK_SCALA_VERSION=2.13
# the panel's plans generate much code: the default code cache fills and disables the JIT
exec java "${SPARK_JAVA_OPENS[@]}" -XX:ReservedCodeCacheSize=512m -Xmx"$driver_memory" \
  -Dlog4j2.configurationFile="${VIGIE_LOG4J:-$VIGIE_HOME/conf/log4j2.properties}" -cp "$VIGIE_HOME/target/lib/*" \
  org.apache.spark.deploy.SparkSubmit "${spark_args[@]}" --class "$VIGIE_MAIN" "$VIGIE_JAR" "$@"
