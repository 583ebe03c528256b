package fr.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import fr.vigie.config.OutputConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Parquet writes that readers never see half done. */
public final class ParquetOutput {
  private ParquetOutput() {}

  /**
   * Replaces the dataset at {@code path} as a whole: written aside, then swapped in by rename
   * ({@link AtomicDirectory}), so a failed or killed run leaves the previous version in place.
   */
  public static void replace(Dataset<Row> data, String path, OutputConfig output) {
    AtomicDirectory.replace(path, hadoop(data), aside ->
        data.write().mode(SaveMode.Overwrite).option("compression", output.compression()).parquet(aside.toString()));
  }

  /**
   * Writes the dataset at {@code path}, which nothing reads yet (a staging folder: the caller swaps it
   * in once complete).
   */
  public static void write(Dataset<Row> data, String path, OutputConfig output) {
    data.write().mode(SaveMode.Overwrite).option("compression", output.compression()).parquet(path);
  }

  /**
   * Replaces the dataset at {@code path} as a whole, Hive-partitioned by {@code column}: written
   * aside, then swapped in by rename (see {@link #replace}).
   */
  public static void replacePartitioned(Dataset<Row> data, String path, String column, OutputConfig output) {
    AtomicDirectory.replace(path, hadoop(data), aside ->
        byPartition(data, column, output).write().mode(SaveMode.Overwrite).option("compression", output.compression())
            .partitionBy(column).parquet(aside.toString()));
  }

  private static org.apache.hadoop.conf.Configuration hadoop(Dataset<Row> data) {
    return data.sparkSession().sparkContext().hadoopConfiguration();
  }

  /**
   * Writes Hive-style {@code column=value} partitions, replacing only the partitions present in
   * {@code data} (dynamic partition overwrite: Spark stages the files and moves them at commit).
   */
  public static void replacePartitions(Dataset<Row> data, String path, String column, OutputConfig output) {
    removeStaging(new Path(path), data);
    byPartition(data, column, output)
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .option("compression", output.compression())
        .partitionBy(column)
        .parquet(path);
  }

  /**
   * A run killed during a dynamic overwrite leaves Spark's {@code .spark-staging-<job>} folder in
   * the dataset (never read as data: its name starts with a dot); the next writer removes it.
   */
  private static void removeStaging(Path dataset, Dataset<Row> data) {
    try {
      FileSystem fs = dataset.getFileSystem(hadoop(data));
      if (!fs.exists(dataset)) return;
      for (var staging : fs.listStatus(dataset, p -> p.getName().startsWith(".spark-staging-"))) {
        fs.delete(staging.getPath(), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean " + dataset, e);
    }
  }

  /** Each partition value goes to files-per-partition tasks: one file each, whatever the shuffle width. */
  private static Dataset<Row> byPartition(Dataset<Row> data, String column, OutputConfig output) {
    Column salt = output.filesPerPartition() == 1
        ? lit(0) : pmod(xxhash64(data.columns().length == 0 ? lit(0) : col(data.columns()[0])),
            lit(output.filesPerPartition()));
    return data.repartition(col(column), salt);
  }
}
