package fr.vigie.cli;

import fr.vigie.config.ConfigLoader;
import fr.vigie.panel.BalanceSheets;
import fr.vigie.spark.Sessions;
import fr.vigie.spark.TableDiff;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
  @Option(names = "--expected", description = "the reference dataset (a folder of Parquet)")
  String expected;

  @Option(names = "--digests", description = "print a digest per column of --actual (column, tab, hex) instead of"
      + " comparing: a record of a table's values that a test can hold a later table to")
  boolean digests;

  @Option(names = "--actual", required = true, description = "the dataset to check")
  String actual;

  @Option(names = "--key", split = ",", defaultValue = "siret,periode", description = "key columns (${DEFAULT-VALUE})")
  List<String> key;

  @Option(names = "--examples", defaultValue = "5", description = "differing cells shown per column")
  int examples;

  @Option(names = "--bilans", description = "the bilans/ of --actual: compare its wide view (panel joined to its"
      + " balance sheets) instead of the panel alone")
  String bilans;

  @Override
  public Integer call() {
    SparkSession spark = Sessions.create(ConfigLoader.defaultsOnly().spark());
    Dataset<Row> actualRows = spark.read().parquet(actual);
    if (bilans != null) {
      actualRows = BalanceSheets.wide(actualRows, spark.read().parquet(bilans), ConfigLoader.defaultsOnly().panel());
    }
    if (digests) {
      TableDiff.digests(actualRows, key).forEach((column, digest) -> System.out.println(column + "\t" + digest));
      return ExitCode.OK.code;
    }
    if (expected == null) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "--expected is required unless --digests");
    TableDiff.Result result = TableDiff.compare(spark.read().parquet(expected), actualRows, key, examples);
    System.out.println(result.report());
    return result.equal() ? ExitCode.OK.code : ExitCode.FAILURE.code;
  }
}
