package fr.vigie.source;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import fr.vigie.codec.Reason;
import fr.vigie.config.SourceName;
import java.sql.Date;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which dates are refused: a URSSAF record dated after the extraction month of the delivery
 * ({@link ExtractionMonth}) cannot be true, and one such record would move the panel's calendar and
 * its labels, so it is quarantined as {@code after_extraction}. The date of each source:
 *
 * <table>
 *   <tr><th>source</th><th>date</th></tr>
 *   <tr><td>débits</td><td>{@code Dt_trt_ecn}, the processing date</td></tr>
 *   <tr><td>cotisations</td><td>the first month of {@code periode}</td></tr>
 *   <tr><td>délais</td><td>{@code Date_creation}</td></tr>
 *   <tr><td>CCSF</td><td>{@code Date_de_traitement}</td></tr>
 *   <tr><td>procédures collectives</td><td>{@code Dt_effet}</td></tr>
 *   <tr><td>effectif, effectif_entreprise</td><td>each month column: a value for a later month is dropped and
 *       the line kept with the warning {@code after_extraction_warning}</td></tr>
 * </table>
 *
 * Other sources come from other producers, on their own calendars (activité partielle authorisations
 * run into the future, balance sheets have fiscal years), and are not checked.
 */
public final class AfterExtraction {
  /** The decoded date column of each checked line source. */
  static final Map<SourceName, SourceColumn> RECORD_DATE = new EnumMap<>(Map.of(
      SourceName.DEBITS, Debits.Out.DT_TRT_ECN,
      SourceName.COTISATIONS, Cotisations.Out.PERIODE_DEBUT,
      SourceName.DELAIS, Delais.Out.DATE_CREATION,
      SourceName.CCSF, Ccsf.Out.DATE_TRAITEMENT,
      SourceName.PROCOLS, Procols.Out.DATE_EFFET));

  private AfterExtraction() {}

  /** The decoded lines with every record after {@code month} quarantined (or, for headcounts, its cells dropped). */
  static Dataset<Row> apply(SourceName source, Dataset<Row> decoded, YearMonth month) {
    Column after = lit(Date.valueOf(month.plusMonths(1).atDay(1))); // first day no record may reach
    SourceColumn dateColumn = RECORD_DATE.get(source);
    if (dateColumn != null) {
      String date = dateColumn.column();
      return decoded.withColumn(SplitLines.REASON, coalesce(col(SplitLines.REASON),
          when(col(date).geq(after), concat(lit(Reason.AFTER_EXTRACTION.code() + ":"),
              date_format(col(date), "yyyy-MM-dd")))));
    }
    if (source == SourceName.EFFECTIF || source == SourceName.EFFECTIF_ENTREPRISE) {
      Column months = col(WideHeadcount.MONTHS);
      return decoded
          .withColumn(Decoder.WARNING, coalesce(col(Decoder.WARNING),
              when(exists(months, m -> m.getField("periode").geq(after)),
                  lit(Reason.AFTER_EXTRACTION_WARNING.code() + ":after " + month))))
          .withColumn(WideHeadcount.MONTHS, filter(months, m -> m.getField("periode").lt(after)));
    }
    return decoded;
  }
}
