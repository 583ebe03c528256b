package fr.vigie.source;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import fr.vigie.codec.Reason;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Compte → siret at a record's date, through the account table (inputs.md, "Account table"): at
 * date d the compte belongs to the siret whose closure date is the first one after d (an open
 * account never closes); a record dated before that siret's creation still belongs to it. A valid
 * siret already on the line wins. A compte absent from the table, a compte with no siret at that
 * date, or one whose siret is provisional quarantines the line with that reason.
 */
public final class Resolution {
  /** Columns of the account rows used here: compte, siret, date_disp_siret, siret_provisoire. */
  private final Dataset<Row> accounts;

  private Resolution(Dataset<Row> accounts) {
    this.accounts = accounts;
  }

  /** @param accounts the decoded account table, provisional rows included, or null if not delivered */
  public static Resolution of(Dataset<Row> accounts) {
    return new Resolution(accounts);
  }

  public boolean hasAccounts() {
    return accounts != null;
  }

  /**
   * Fills {@code siret} of lines that have a {@code compte} but no siret, at the
   * date in {@code dateColumn}, or quarantines them.
   */
  public Dataset<Row> siretAtDate(Dataset<Row> decoded, String dateColumn) {
    String file = SplitLines.FILE;
    String line = SplitLines.LINE;
    Dataset<Row> pending = decoded
        .where(col(SplitLines.REASON).isNull().and(col("siret").isNull()))
        .select(col(file), col(line), col("compte").as("_compte"), col(dateColumn).as("_date"));
    Dataset<Row> table = accounts == null
        ? pending.sparkSession().emptyDataFrame()
            .selectExpr("CAST(NULL AS STRING) AS _compte", "CAST(NULL AS STRING) AS _siret",
                "CAST(NULL AS DATE) AS _closure", "CAST(NULL AS BOOLEAN) AS _provisional")
        : accounts.select(col("compte").as("_compte"), col("siret").as("_siret"),
            col("date_disp_siret").as("_closure"), col("siret_provisoire").as("_provisional"));
    WindowSpec bestFirst = Window.partitionBy(col(file), col(line)).orderBy(
        col("_valid").desc(), col("_closure").asc_nulls_last(), col("_siret").asc());
    Dataset<Row> chosen = pending.join(table, "_compte")
        .withColumn("_valid", col("_closure").isNull().or(col("_closure").gt(col("_date"))))
        .withColumn("_rank", row_number().over(bestFirst))
        .where(col("_rank").equalTo(1))
        .select(col(file), col(line), col("_siret"), col("_valid"), col("_provisional"));
    Dataset<Row> resolved = decoded.join(chosen, new String[] {file, line}, "left");
    return resolved
        .withColumn(SplitLines.REASON, coalesce(col(SplitLines.REASON),
            when(col("siret").isNull(),
                when(col("_valid").isNull(), concat(lit(Reason.UNKNOWN_COMPTE.code() + ":"), col("compte")))
                    .when(col("_valid").equalTo(lit(false)),
                        concat(lit(Reason.NO_SIRET_AT_DATE.code() + ":"), col("compte")))
                    .when(col("_provisional"), concat(lit(Reason.PROVISIONAL_SIRET.code() + ":"), col("_siret"))))))
        .withColumn("siret", when(col("siret").isNull().and(col("_valid")).and(not(col("_provisional"))),
            col("_siret")).otherwise(col("siret")))
        .drop("_siret", "_valid", "_provisional");
  }
}
