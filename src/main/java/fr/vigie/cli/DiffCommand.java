package fr.vigie.cli;

import fr.vigie.config.ConfigLoader;
import fr.vigie.spark.Sessions;
import fr.vigie.spark.TableDiff;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Hidden: compares two Parquet datasets cell by cell (two runs' panels, a panel before and after a
 * change). Exit 0 when every value is equal, 1 when anything differs; the report names every
 * differing column with examples.
 */
@Command(
    name = "diff",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Compares two Parquet datasets value for value on a key (doubles bit for bit); exit 1 when they"
        + " differ.")
final class DiffCommand implements Callable<Integer> {
  @Option(names = "--expected", required = true, description = "the reference dataset (a folder of Parquet)")
  String expected;

  @Option(names = "--actual", required = true, description = "the dataset to check")
  String actual;

  @Option(names = "--key", split = ",", defaultValue = "siret,periode", description = "key columns (${DEFAULT-VALUE})")
  List<String> key;

  @Option(names = "--examples", defaultValue = "5", description = "differing cells shown per column")
  int examples;

  @Override
  public Integer call() {
    SparkSession spark = Sessions.create(ConfigLoader.defaultsOnly().spark());
    TableDiff.Result result = TableDiff.compare(spark.read().parquet(expected), spark.read().parquet(actual), key,
        examples);
    System.out.println(result.report());
    return result.equal() ? ExitCode.OK.code : ExitCode.FAILURE.code;
  }
}
