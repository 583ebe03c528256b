package fr.vigie.source;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Compte → siret at a record's date, through the account table (inputs.md, "Account table"; the
 * rule is {@link AccountTable}'s). A valid siret already on the line wins. A compte absent from the
 * table, a compte with no siret at that date, or one whose siret is provisional quarantines the line
 * with that reason.
 *
 * <p>The table (one row per account, a few hundred thousand at national scale) is collected once
 * and broadcast: each line is resolved where it is read, so the big URSSAF files are never shuffled
 * to meet their accounts (a join, then a window per line, then a join back, cost three shuffles of
 * every line).
 */
public final class Resolution {
  private static final StructType RESOLVED = new StructType()
      .add("siret", DataTypes.StringType)
      .add("reason", DataTypes.StringType);

  /** The account rows, as {@link Comptes#forResolution} gives them. */
  private final Dataset<Row> accounts;
  private Broadcast<AccountTable> table;

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
   * Fills {@code siret} of lines that have a {@code compte} but no siret, at the date in
   * {@code date}, or quarantines them.
   */
  public Dataset<Row> siretAtDate(Dataset<Row> decoded, SourceColumn compte, SourceColumn siret, SourceColumn date) {
    Broadcast<AccountTable> broadcast = table(decoded.sparkSession());
    UserDefinedFunction resolve = udf((UDF2<String, java.sql.Date, Row>) (account, day) -> {
      AccountTable.Resolved r = broadcast.value().resolve(account, day == null ? null : day.toLocalDate());
      return RowFactory.create(r.siret(), r.reason());
    }, RESOLVED).asNondeterministic(); // evaluated once per line, never duplicated by the optimizer
    return decoded
        .withColumn("_resolved", when(col(SplitLines.REASON).isNull().and(siret.col().isNull()),
            resolve.apply(compte.col(), date.col())))
        .withColumn(SplitLines.REASON, coalesce(col(SplitLines.REASON), col("_resolved.reason")))
        .withColumn(siret.column(), coalesce(siret.col(), col("_resolved.siret")))
        .drop("_resolved");
  }

  private synchronized Broadcast<AccountTable> table(SparkSession spark) {
    if (table == null) {
      List<AccountTable.Account> rows = new ArrayList<>();
      if (accounts != null) {
        for (Row r : accounts.select(Comptes.Out.COMPTE.col(), Comptes.Out.SIRET.col(), Comptes.Out.DATE_DISP_SIRET.col(),
            col(Comptes.PROVISOIRE)).collectAsList()) {
          rows.add(new AccountTable.Account(r.getString(0), r.getString(1),
              r.isNullAt(2) ? null : r.getDate(2).toLocalDate(), !r.isNullAt(3) && r.getBoolean(3)));
        }
      }
      table = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new AccountTable(rows));
    }
    return table;
  }
}
