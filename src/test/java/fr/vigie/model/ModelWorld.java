package fr.vigie.model;

import fr.vigie.spark.TestSpark;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A small establishment panel with a known story, in the panel's column names and types: 300
 * companies over 2016-01 .. 2020-12, a quarter of which open a procedure at a drawn month; their
 * debt ratio rises in the 8 months before. Horizon 6: outcome is known up to 2020-06.
 */
final class ModelWorld {
  static final SparkSession SPARK = TestSpark.session();
  static final YearMonth FIRST = YearMonth.of(2016, 1);
  static final YearMonth LAST = YearMonth.of(2020, 12);
  static final int HORIZON = 6;
  static final YearMonth LABELS_END = LAST.minusMonths(HORIZON);

  static final StructType SCHEMA = new StructType()
      .add("siret", DataTypes.StringType)
      .add("siren", DataTypes.StringType)
      .add("periode", DataTypes.DateType)
      .add("ratio_dette", DataTypes.DoubleType)
      .add("effectif", DataTypes.IntegerType)
      .add("tag_debit", DataTypes.BooleanType)
      .add("poids_frng", DataTypes.DoubleType)
      .add("code_naf", DataTypes.StringType)
      .add("region", DataTypes.StringType)
      .add("departement", DataTypes.StringType)
      .add("dans_perimetre", DataTypes.BooleanType)
      .add("en_procedure", DataTypes.BooleanType, false)
      .add("outcome", DataTypes.BooleanType)
      .add("time_til_outcome", DataTypes.IntegerType);

  /** One establishment-month, as the test computes it independently of Spark. */
  record Cell(String siret, String siren, YearMonth month, double ratioDette, int effectif, String naf,
      String region, boolean inScope, boolean inProcedure, Boolean outcome, Integer timeTilOutcome) {}

  final List<Cell> cells = new ArrayList<>();

  ModelWorld() {
    Random random = new Random(11);
    String[] nafs = {"C", "F", "G", "I"};
    String[] regions = {"84", "11", "76", null};
    for (int c = 0; c < 300; c++) {
      String siren = String.format("%09d", 100_000_000 + c);
      YearMonth opening = random.nextDouble() < 0.25 ? FIRST.plusMonths(5 + random.nextInt(55)) : null;
      int establishments = c % 5 == 0 ? 2 : 1;
      boolean inScope = c % 17 != 0;
      String naf = nafs[random.nextInt(nafs.length)];
      String region = regions[random.nextInt(regions.length)];
      for (int e = 0; e < establishments; e++) {
        String siret = siren + String.format("%05d", 10 + e);
        int effectif = 10 + random.nextInt(190);
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
          long toOpening = opening == null ? Long.MAX_VALUE : m.until(opening, java.time.temporal.ChronoUnit.MONTHS);
          double ratio = random.nextDouble() * 0.8 + (toOpening > 0 && toOpening <= 8 ? 1.5 : 0);
          boolean inProcedure = opening != null && !m.isBefore(opening);
          Boolean outcome = m.isAfter(LABELS_END) ? null : toOpening > 0 && toOpening <= HORIZON;
          Integer til = opening != null && toOpening > 0 ? (int) toOpening : null;
          cells.add(new Cell(siret, siren, m, ratio, effectif, naf, region, inScope, inProcedure, outcome, til));
        }
      }
    }
  }

  Dataset<Row> panel() {
    List<Row> rows = new ArrayList<>();
    for (Cell c : cells) {
      rows.add(RowFactory.create(c.siret(), c.siren(), Date.valueOf(c.month().atDay(1)), c.ratioDette(), c.effectif(),
          c.ratioDette() > 1, null, c.naf(), c.region(), c.region() == null ? null : "d" + c.region(), c.inScope(),
          c.inProcedure(), c.outcome(), c.timeTilOutcome()));
    }
    return SPARK.createDataFrame(rows, SCHEMA);
  }

  /** Rows a model may use: in scope, not in a procedure, label known. */
  List<Cell> labelled() {
    return cells.stream().filter(c -> c.inScope() && !c.inProcedure() && c.outcome() != null).toList();
  }
}
