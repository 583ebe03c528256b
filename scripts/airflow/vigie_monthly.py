"""vigie's monthly run as an Airflow 2 DAG: ingest -> panel -> [train, quarterly] -> score -> report.

Copy this file into the DAGs folder. Each step is one ``spark-submit`` of the job jar
(``fr.vigie.cli.Vigie <subcommand>``) through the Spark provider's ``SparkSubmitOperator``
(``apache-airflow-providers-apache-spark``); docs/operations.md, "Airflow", has the whole
set-up.
"""
from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.operators.python import ShortCircuitOperator
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

DAG_ID = "vigie_monthly"
CONN_ID = os.environ.get("VIGIE_SPARK_CONN_ID", "spark_vigie")
MAIN_CLASS = "fr.vigie.cli.Vigie"

# Airflow Variables, read when a task runs (templates), never when the scheduler parses this file.
# The defaults come from the scheduler's environment, then fixed paths.
JAR = "{{ var.value.get('vigie_jar', '%s') }}" % os.environ.get(
    "VIGIE_JAR", "hdfs:///apps/vigie/vigie-0.1.0-SNAPSHOT-job.jar")
INPUT = "{{ var.value.get('vigie_input', '%s') }}" % os.environ.get("VIGIE_INPUT", "hdfs:///data/vigie/input")
OUTPUT = "{{ var.value.get('vigie_output', '%s') }}" % os.environ.get("VIGIE_OUTPUT", "hdfs:///data/vigie/output")
TRAIN_MONTHS_VARIABLE = "vigie_train_months"
TRAIN_MONTHS_DEFAULT = "1,4,7,10"  # quarterly: the runs of January, April, July and October retrain

# The month a run processes: the month its data interval ENDS in. The schedule fires on the 25th,
# after the monthly deliveries (the débits extraction around the 20th sets the latest month the data
# allow, docs/contract.md, "Calendar"); the run covering [25 Feb, 25 Mar) starts on 25 March and processes
# March. data_interval_start would be a month late. A rerun or a backfill of that run processes March
# again, whatever month is the latest in the data by then.
PERIOD = "{{ data_interval_end.strftime('%Y-%m') }}"

# What the job needs from Spark (scripts/spark-submit.sh does the same for local runs): the panel's
# plans generate much code, and the default code cache fills and turns the JIT off. spark-submit
# itself adds the --add-opens flags Java 17 needs.
JAVA_OPTIONS = "-XX:ReservedCodeCacheSize=512m -Duser.timezone=UTC"
SPARK_CONF = {
    "spark.driver.extraJavaOptions": JAVA_OPTIONS,
    "spark.executor.extraJavaOptions": JAVA_OPTIONS,
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    "spark.sql.adaptive.enabled": "true",
}

DOC_MD = """
### vigie, monthly

One run per month, on the **25th at 06:00 (Europe/Paris)**, after the monthly deliveries have
landed under the input root. A run processes the month its data interval ends in: the run of
25 March processes `--period 2024-03` (`data_interval_end`). Rerunning or backfilling a run
processes its own month again.

| task | command | when |
|---|---|---|
| `ingest` | `vigie ingest --input IN --output OUT` | every month (reads every delivered file) |
| `panel` | `vigie panel ... --period M` | every month: writes month M's partitions only |
| `is_training_month` | ShortCircuitOperator | true when M's month number is in Variable `vigie_train_months` (default `1,4,7,10`: quarterly), or the run's conf has `{"train": true}` |
| `panel_full` | `vigie panel ...` (no period) | training months only: rebuilds every month, so that the labels of past months see the procedures opened since |
| `train` | `vigie train ...` | training months only |
| `score` | `vigie score ... --period M` | every month; trigger rule `none_failed_min_one_success`: runs after `panel` when training is skipped, after `train` otherwise |
| `report` | `vigie report ... --period M` | every month |

**Connection** `spark_vigie` (or env `VIGIE_SPARK_CONN_ID` on the scheduler), type *Spark*: host
`spark://master-host` and port `7077` for a standalone master, or host `yarn`; extra
`{"deploy-mode": "cluster"}` (the driver runs on the cluster: the jar, input and output must be on
a shared file system such as HDFS or S3) or `{"deploy-mode": "client"}` (the driver runs on the
Airflow worker, which then needs Java 17 and a Spark 4.1 `spark-submit` on its PATH or in the
connection's `spark-binary`), and `{"queue": "..."}` on YARN.

**Variables**: `vigie_jar` (the job jar, `target/vigie-<version>-job.jar`), `vigie_input`,
`vigie_output` (input and output roots, any Hadoop URI: `hdfs://`, `s3a://`, `file://`),
`vigie_train_months` (comma-separated month numbers). Exit codes: 2 = configuration error,
3 = input error (the log names the file and column): fix and clear the task; retries are for
transient failures (lost executors, a busy cluster).
"""


def is_training_month(data_interval_end=None, dag_run=None, var=None, **_):
    """True when this run retrains: its month is a training month, or the run's conf asks for it."""
    if dag_run is not None and (getattr(dag_run, "conf", None) or {}).get("train"):
        return True
    months = TRAIN_MONTHS_DEFAULT
    if var is not None:
        months = var["value"].get(TRAIN_MONTHS_VARIABLE, TRAIN_MONTHS_DEFAULT)
    return data_interval_end.month in {int(m) for m in str(months).split(",") if m.strip()}


def vigie_task(task_id, subcommand, period=True, **kwargs):
    """One spark-submit of the job jar running one vigie subcommand."""
    args = [subcommand, "--input", INPUT, "--output", OUTPUT]
    if period:
        args += ["--period", PERIOD]
    return SparkSubmitOperator(
        task_id=task_id,
        conn_id=CONN_ID,
        application=JAR,
        java_class=MAIN_CLASS,
        application_args=args,
        conf=SPARK_CONF,
        name="vigie-%s-{{ data_interval_end.strftime('%%Y-%%m') }}" % subcommand,
        driver_memory="{{ var.value.get('vigie_driver_memory', '8g') }}",
        executor_memory="{{ var.value.get('vigie_executor_memory', '8g') }}",
        **kwargs,
    )


with DAG(
    dag_id=DAG_ID,
    description="vigie: ingest, panels, quarterly training, scores and report of the month",
    doc_md=DOC_MD,
    schedule="0 6 25 * *",
    start_date=pendulum.datetime(2024, 1, 25, tz="Europe/Paris"),
    catchup=False,
    max_active_runs=1,  # every run writes the same output root
    default_args={
        "owner": "vigie",
        "retries": 2,
        "retry_delay": timedelta(minutes=15),
        "execution_timeout": timedelta(hours=6),
    },
    tags=["vigie", "spark"],
) as dag:
    ingest = vigie_task("ingest", "ingest", period=False)
    panel = vigie_task("panel", "panel")
    training = ShortCircuitOperator(
        task_id="is_training_month",
        python_callable=is_training_month,
        # skip only the training branch; score's trigger rule decides for itself
        ignore_downstream_trigger_rules=False,
    )
    panel_full = vigie_task("panel_full", "panel", period=False)
    train = vigie_task("train", "train", period=False)
    score = vigie_task("score", "score", trigger_rule="none_failed_min_one_success")
    report = vigie_task("report", "report")

    ingest >> panel >> training >> panel_full >> train >> score
    panel >> score >> report
