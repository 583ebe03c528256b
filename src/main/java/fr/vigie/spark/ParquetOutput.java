package fr.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import fr.vigie.config.OutputConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
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
   * Replaces the dataset at {@code path} as a whole: written aside, then swapped in by rename, so a
   * failed run leaves the previous version in place.
   */
  public static void replace(Dataset<Row> data, String path, OutputConfig output) {
    Path target = new Path(path);
    Path aside = new Path(target.getParent(), "._" + target.getName() + "-" + UUID.randomUUID());
    data.write().mode(SaveMode.Overwrite).option("compression", output.compression()).parquet(aside.toString());
    swap(aside, target, data);
  }

  private static void swap(Path aside, Path target, Dataset<Row> data) {
    try {
      FileSystem fs = target.getFileSystem(data.sparkSession().sparkContext().hadoopConfiguration());
      if (fs.exists(target) && !fs.delete(target, true)) throw new IOException("cannot delete " + target);
      if (!fs.rename(aside, target)) throw new IOException("cannot rename " + aside + " to " + target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace " + target, e);
    }
  }

  /**
   * Replaces the dataset at {@code path} as a whole, Hive-partitioned by {@code column}: written
   * aside, then swapped in by rename (see {@link #replace}).
   */
  public static void replacePartitioned(Dataset<Row> data, String path, String column, OutputConfig output) {
    Path target = new Path(path);
    Path aside = new Path(target.getParent(), "._" + target.getName() + "-" + UUID.randomUUID());
    byPartition(data, column, output).write().mode(SaveMode.Overwrite).option("compression", output.compression())
        .partitionBy(column).parquet(aside.toString());
    swap(aside, target, data);
  }

  /**
   * Writes Hive-style {@code column=value} partitions, replacing only the partitions present in
   * {@code data} (dynamic partition overwrite: Spark stages the files and moves them at commit).
   */
  public static void replacePartitions(Dataset<Row> data, String path, String column, OutputConfig output) {
    byPartition(data, column, output)
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .option("compression", output.compression())
        .partitionBy(column)
        .parquet(path);
  }

  /** Each partition value goes to files-per-partition tasks: one file each, whatever the shuffle width. */
  private static Dataset<Row> byPartition(Dataset<Row> data, String column, OutputConfig output) {
    Column salt = output.filesPerPartition() == 1
        ? lit(0) : pmod(xxhash64(data.columns().length == 0 ? lit(0) : col(data.columns()[0])),
            lit(output.filesPerPartition()));
    return data.repartition(col(column), salt);
  }
}
