package fr.vigie.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import fr.vigie.codec.Reason;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the two URSSAF open-data readers share. Their headers are the field names or the French
 * labels, whose canonical forms coincide ("Code région" → code_region), so one field list reads
 * both. The {@code _calage_} region (code 99) carries reconciliation counts, never a region: its
 * lines are set apart in quarantine as {@code calage_region}.
 */
final class OpenData {
  private OpenData() {}

  static Column calageReason() {
    return when(lower(col("region")).equalTo("_calage_").or(col("code_region").equalTo("99")),
        concat(lit(Reason.CALAGE_REGION.code() + ":"), col("code_region")));
  }

  /** Quarter numbers may be written "1" or "T1". */
  static Dataset<Row> quarterDigits(Dataset<Row> split) {
    return split.withColumn("trimestre", regexp_replace(col("trimestre"), "[^0-9]", ""));
  }
}
