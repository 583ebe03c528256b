#!/usr/bin/env python3
"""Loads vigie_monthly.py without Airflow and prints what each task would run, as JSON.

    python3 scripts/airflow/test_vigie_monthly.py [--end 2024-03-25] [--var KEY=VALUE ...] [--conf-train]

Airflow is not needed: minimal stand-ins for the modules the DAG imports (airflow, its
ShortCircuitOperator, the Spark provider's SparkSubmitOperator, pendulum) are put into sys.modules
first; they record their keyword arguments and the dependencies between tasks. The templated
fields are rendered for a run whose data interval ends at --end (with jinja2 when it is installed,
else by evaluating each {{ ... }} as the Python expression it also is), and the training branch's
callable is called with that run's context. src/test/java/fr/vigie/cli/AirflowDagTest.java reads
the output and parses every argument list with vigie's own command line.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import types
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ next to the DAG


class Task:
    """The part of BaseOperator the DAG uses: keyword arguments, dependencies, >> and <<."""

    def __init__(self, task_id, **kwargs):
        self.task_id = task_id
        self.kwargs = kwargs
        self.upstream, self.downstream = set(), set()
        default_args = Dag.current.default_args if Dag.current else {}
        self.params = {**default_args, **kwargs}
        if Dag.current is not None:
            Dag.current.add(self)

    def set_downstream(self, others):
        for other in others if isinstance(others, (list, tuple)) else [others]:
            self.downstream.add(other.task_id)
            other.upstream.add(self.task_id)

    def __rshift__(self, other):
        self.set_downstream(other)
        return other

    def __lshift__(self, other):
        for o in other if isinstance(other, (list, tuple)) else [other]:
            o.set_downstream(self)
        return other

    def __rrshift__(self, other):  # [a, b] >> task
        for o in other:
            o.set_downstream(self)
        return self


class SparkSubmitOperator(Task):
    # the provider's templated fields (SparkSubmitOperator.template_fields, without the leading "_")
    template_fields = ("application", "conf", "files", "py_files", "jars", "driver_class_path", "packages",
                       "exclude_packages", "keytab", "principal", "proxy_user", "name", "application_args",
                       "env_vars", "properties_file", "driver_memory", "executor_memory")


class ShortCircuitOperator(Task):
    template_fields = ()


class Dag:
    current = None

    def __init__(self, dag_id, **kwargs):
        self.dag_id = dag_id
        self.kwargs = kwargs
        self.default_args = kwargs.get("default_args", {})
        self.tasks = {}

    def add(self, task):
        assert task.task_id not in self.tasks, "duplicate task id " + task.task_id
        self.tasks[task.task_id] = task

    def __enter__(self):
        Dag.current = self
        return self

    def __exit__(self, *exc):
        Dag.current = None


def install_stubs():
    def module(name, **attrs):
        m = types.ModuleType(name)
        m.__dict__.update(attrs)
        sys.modules[name] = m
        return m

    module("airflow", DAG=Dag)
    module("airflow.operators")
    module("airflow.operators.python", ShortCircuitOperator=ShortCircuitOperator)
    module("airflow.providers")
    module("airflow.providers.apache")
    module("airflow.providers.apache.spark")
    module("airflow.providers.apache.spark.operators")
    module("airflow.providers.apache.spark.operators.spark_submit", SparkSubmitOperator=SparkSubmitOperator)
    if "pendulum" not in sys.modules:
        try:
            import pendulum  # noqa: F401  (the real one, when installed)
        except ImportError:
            module("pendulum", datetime=lambda *a, tz="UTC", **k: dt.datetime(*a, tzinfo=ZoneInfo(tz), **k))


class VariableAccessor:
    """context['var']['value']: .get(key, default) and attribute access, over --var values."""

    def __init__(self, values):
        self._values = values

    def get(self, key, default=None):
        return self._values.get(key, default)

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        return self._values[key]


def render(value, context):
    if isinstance(value, str):
        try:
            import jinja2
            return jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(value).render(**context)
        except ImportError:
            return re.sub(r"{{(.*?)}}", lambda m: str(eval(m.group(1).strip(), {}, dict(context))), value)
    if isinstance(value, (list, tuple)):
        return [render(v, context) for v in value]
    if isinstance(value, dict):
        return {k: render(v, context) for k, v in value.items()}
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--end", default="2024-03-25", help="the run's data_interval_end, yyyy-mm-dd")
    parser.add_argument("--var", action="append", default=[], help="an Airflow Variable, KEY=VALUE")
    parser.add_argument("--conf-train", action="store_true", help="the run's conf holds {\"train\": true}")
    parser.add_argument("--dag", default=os.path.join(HERE, "vigie_monthly.py"))
    options = parser.parse_args()

    install_stubs()
    spec = importlib.util.spec_from_file_location("vigie_monthly", options.dag)
    dag_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dag_module)
    dags = [v for v in vars(dag_module).values() if isinstance(v, Dag)]
    assert len(dags) == 1, "expected one DAG, found %d" % len(dags)
    dag = dags[0]

    tz = ZoneInfo("Europe/Paris")
    end = dt.datetime.fromisoformat(options.end).replace(hour=6, tzinfo=tz)
    start = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=end.day)  # one month earlier
    variables = dict(v.split("=", 1) for v in options.var)
    dag_run = types.SimpleNamespace(conf={"train": True} if options.conf_train else {})
    context = {"data_interval_start": start, "data_interval_end": end, "ds": start.date().isoformat(),
               "var": {"value": VariableAccessor(variables), "json": VariableAccessor(variables)},
               "dag_run": dag_run, "params": {}}

    tasks = {}
    for task_id, task in dag.tasks.items():
        entry = {"operator": type(task).__name__, "upstream": sorted(task.upstream),
                 "downstream": sorted(task.downstream)}
        for key in ("trigger_rule", "retries", "ignore_downstream_trigger_rules"):
            if key in task.params:
                entry[key] = task.params[key]
        if "retry_delay" in task.params:
            entry["retry_delay_seconds"] = task.params["retry_delay"].total_seconds()
        if isinstance(task, SparkSubmitOperator):
            for key, value in task.kwargs.items():
                if key in SparkSubmitOperator.template_fields or key in ("java_class", "conn_id"):
                    entry[key] = render(value, context)
        else:
            entry["result"] = bool(task.kwargs["python_callable"](**context))
        tasks[task_id] = entry

    json.dump({"dag_id": dag.dag_id, "schedule": dag.kwargs.get("schedule"),
               "data_interval_start": start.isoformat(), "data_interval_end": end.isoformat(),
               "has_doc_md": bool(dag.kwargs.get("doc_md")), "tasks": tasks}, sys.stdout, indent=2, default=str)
    print()


if __name__ == "__main__":
    main()
