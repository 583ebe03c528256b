package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.vigie.config.SourceName;
import fr.vigie.source.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every source as narrow records of one shape, keyed by company, so that one shuffle brings together
 * all a company's records (the reference map-reduce's "one document per siret", per siren here) and
 * each feature family is plain Java over them ({@link fr.vigie.panel.family}).
 *
 * <p>The shape has a few typed slots per kind ({@link RecordKind}; {@link RecordReader} reads them
 * back into typed records): dates travel as days since 1970-01-01, months as month indexes, money as
 * whole centimes. {@code content} is a 64-bit hash of every decoded field but file and line, for the
 * sources whose repeated lines count once: sorted by it, a line delivered twice arrives right after
 * its first delivery, and the reader keeps the first.
 */
public final class PanelRecords {
  public static final StructType SCHEMA = new StructType()
      .add("siren", DataTypes.StringType, false)
      .add("phase", DataTypes.IntegerType, false)
      .add("siret", DataTypes.StringType, true)
      .add("kind", DataTypes.IntegerType, false)
      .add("content", DataTypes.LongType, false)
      .add("file", DataTypes.StringType, true)
      .add("line", DataTypes.LongType, true)
      .add("i1", DataTypes.IntegerType, true)
      .add("i2", DataTypes.IntegerType, true)
      .add("i3", DataTypes.IntegerType, true)
      .add("i4", DataTypes.IntegerType, true)
      .add("l1", DataTypes.LongType, true)
      .add("l2", DataTypes.LongType, true)
      .add("l3", DataTypes.LongType, true)
      .add("l4", DataTypes.LongType, true)
      .add("d1", DataTypes.DoubleType, true)
      .add("d2", DataTypes.DoubleType, true)
      .add("d3", DataTypes.DoubleType, true)
      .add("d4", DataTypes.DoubleType, true)
      .add("d5", DataTypes.DoubleType, true)
      .add("d6", DataTypes.DoubleType, true)
      .add("s1", DataTypes.StringType, true)
      .add("s2", DataTypes.StringType, true)
      .add("s3", DataTypes.StringType, true)
      .add("s4", DataTypes.StringType, true)
      .add("s5", DataTypes.StringType, true);

  // the positions of the fields in SCHEMA, for the reader (checked against it when the class loads)
  static final int SIREN = 0, PHASE = 1, SIRET = 2, KIND = 3, CONTENT = 4, FILE = 5, LINE = 6;
  static final int I1 = 7, I2 = 8, I3 = 9, I4 = 10, L1 = 11, L2 = 12, L3 = 13, L4 = 14;
  static final int D1 = 15, D2 = 16, D3 = 17, D4 = 18, D5 = 19, D6 = 20, S1 = 21, S2 = 22, S3 = 23, S4 = 24, S5 = 25;

  static {
    String[] names = {"siren", "phase", "siret", "kind", "content", "file", "line", "i1", "i2", "i3", "i4", "l1", "l2",
        "l3", "l4", "d1", "d2", "d3", "d4", "d5", "d6", "s1", "s2", "s3", "s4", "s5"};
    for (int i = 0; i < names.length; i++) {
      if (SCHEMA.fieldIndex(names[i]) != i) throw new IllegalStateException("PanelRecords: " + names[i] + " moved");
    }
  }

  /** The order records are read in: by company, phase, establishment, kind, content, then place. */
  public static final String[] ORDER = {"siren", "phase", "siret", "kind", "content", "file", "line"};

  private PanelRecords() {}

  /** The union of every delivered source's records, sheets and headcounts included. */
  public static Dataset<Row> of(PanelInputs inputs, Dataset<Row> bdfSheets, Dataset<Row> dianeSheets) {
    List<Dataset<Row>> parts = new ArrayList<>();
    inputs.source(SourceName.SIRENE_UL).ifPresent(s -> parts.add(sireneUl(s)));
    inputs.source(SourceName.PROCOLS).ifPresent(s -> parts.add(procols(s)));
    inputs.source(SourceName.EFFECTIF_ENTREPRISE).ifPresent(s -> parts.add(effectifEntreprise(s)));
    if (bdfSheets != null) parts.add(sheets(bdfSheets, RecordKind.BDF_SHEET, true));
    if (dianeSheets != null) parts.add(sheets(dianeSheets, RecordKind.DIANE_SHEET, false));
    inputs.source(SourceName.EFFECTIF).ifPresent(s -> parts.add(effectif(s)));
    inputs.source(SourceName.SIRENE).ifPresent(s -> parts.add(sirene(s)));
    inputs.source(SourceName.COTISATIONS).ifPresent(s -> parts.add(cotisations(s)));
    inputs.source(SourceName.DEBITS).ifPresent(s -> parts.add(debits(s)));
    inputs.source(SourceName.DELAIS).ifPresent(s -> parts.add(delais(s)));
    inputs.source(SourceName.CCSF).ifPresent(s -> parts.add(ccsf(s)));
    inputs.source(SourceName.AP_DEMANDES).ifPresent(s -> parts.add(apDemandes(s)));
    inputs.source(SourceName.AP_CONSOMMATIONS).ifPresent(s -> parts.add(apConsommations(s)));
    Dataset<Row> all = parts.get(0);
    for (Dataset<Row> part : parts.subList(1, parts.size())) all = all.union(part);
    return all;
  }

  /** One kind's records: the given slots filled, every other one null, in {@link #SCHEMA}'s order. */
  private static Dataset<Row> project(Dataset<Row> source, RecordKind kind, Column siren, Column siret,
      Column content, Column where, Map<String, Column> slots) {
    List<Column> out = new ArrayList<>();
    for (var field : SCHEMA.fields()) {
      String name = field.name();
      Column c = switch (name) {
        case "siren" -> siren;
        case "phase" -> lit(kind.phase);
        case "siret" -> siret;
        case "kind" -> lit(kind.ordinal());
        case "content" -> content;
        default -> slots.getOrDefault(name, lit(null));
      };
      out.add(c.cast(field.dataType()).as(name));
    }
    try {
      // Spark resolves the columns here, when the plan is built, before any job runs
      return source.where(where).select(out.toArray(Column[]::new));
    } catch (Exception e) {
      if (!(e instanceof AnalysisException analysis)) throw e;
      // a source written by another version of vigie (or by hand) without a column this kind reads:
      // say which records need which column, not Spark's plan
      String column = analysis.getMessageParameters().getOrDefault("objectName", "?");
      throw new InputException("Cannot build the panel: its " + kind + " records read the column " + column
          + ", which the source does not have (its columns: " + String.join(", ", source.columns())
          + "). Run vigie ingest again with this version.", e);
    }
  }

  private static Map<String, Column> slots(Object... nameThenColumn) {
    Map<String, Column> slots = new LinkedHashMap<>();
    for (int i = 0; i < nameThenColumn.length; i += 2) slots.put((String) nameThenColumn[i], (Column) nameThenColumn[i + 1]);
    return slots;
  }

  /** A hash of every decoded field but file and line: equal for a line delivered twice. */
  static Column content(Dataset<Row> source) {
    Column[] fields = Arrays.stream(source.columns()).filter(c -> !c.equals("file") && !c.equals("line"))
        .map(c -> col(c)).toArray(Column[]::new);
    return xxhash64(fields);
  }

  private static Column sirenOfSiret() {
    return substring(col("siret"), 1, 9);
  }

  private static Column day(String date) {
    return unix_date(col(date));
  }

  private static Column centimes(String money) {
    return col(money).multiply(100).cast("long");
  }

  private static Dataset<Row> sireneUl(Dataset<Row> s) {
    return project(s, RecordKind.SIRENE_UL, col("siren"), lit(null), lit(0L), col("siren").isNotNull(),
        slots("file", col("file"), "line", col("line"), "s1", col("categorie_juridique"), "i1", day("date_creation")));
  }

  private static Dataset<Row> procols(Dataset<Row> s) {
    return project(s, RecordKind.PROCOL, col("siren"), lit(null), content(s),
        col("siren").isNotNull().and(col("date_effet").isNotNull()).and(col("action_procol").isNotNull()),
        slots("file", col("file"), "line", col("line"), "i1", day("date_effet"), "s1", col("action_procol"),
            "s2", col("stade_procol")));
  }

  private static Dataset<Row> effectifEntreprise(Dataset<Row> s) {
    return project(s, RecordKind.EFFECTIF_ENTREPRISE, col("siren"), lit(null), lit(0L), col("siren").isNotNull(),
        slots("i1", Months.index(col("periode")), "i2", col("effectif")));
  }

  /** Sheets as {@link BalanceSheets#sheets} gives them: usable months, closing day, the six ratios (Banque de France). */
  private static Dataset<Row> sheets(Dataset<Row> s, RecordKind kind, boolean ratios) {
    Map<String, Column> slots = slots("i1", col("_from"), "i2", col("_until"), "i3", day("_closing"));
    if (ratios) {
      for (int k = 0; k < BalanceSheets.BDF.size(); k++) slots.put("d" + (k + 1), col("_v." + BalanceSheets.BDF.get(k)));
    }
    return project(s, kind, col("siren"), lit(null), lit(0L), lit(true), slots);
  }

  private static Dataset<Row> effectif(Dataset<Row> s) {
    return project(s, RecordKind.EFFECTIF, sirenOfSiret(), col("siret"), lit(0L), col("siret").isNotNull(),
        slots("i1", Months.index(col("periode")), "i2", col("effectif")));
  }

  private static Dataset<Row> sirene(Dataset<Row> s) {
    return project(s, RecordKind.SIRENE, sirenOfSiret(), col("siret"), lit(0L), col("siret").isNotNull(),
        slots("file", col("file"), "line", col("line"), "s1", col("activite_principale"),
            "s2", col("nomenclature_activite"), "s3", col("departement"), "s4", col("region"),
            "i1", when(col("siege"), 1).when(col("siege").equalTo(false), 0), "i2", day("date_creation"),
            "s5", col("etat_administratif"), "i3", day("date_debut")));
  }

  private static Dataset<Row> cotisations(Dataset<Row> s) {
    return project(s, RecordKind.COTISATION, sirenOfSiret(), col("siret"), content(s), col("siret").isNotNull(),
        slots("i1", Months.index(col("periode_debut")), "i2", Months.index(col("periode_fin")).minus(1),
            "i3", col("nb_mois"), "l1", centimes("cotis_due"), "l2", centimes("enc_direct")));
  }

  private static Dataset<Row> debits(Dataset<Row> s) {
    return project(s, RecordKind.DEBIT, sirenOfSiret(), col("siret"), lit(0L), col("siret").isNotNull(),
        slots("file", col("file"), "line", col("line"), "s1", col("compte"), "i1", Months.index(col("periode_debut")),
            "l1", col("num_ecn"), "l2", col("num_hist_ecn"), "i2", day("dt_trt_ecn"), "l3", centimes("mt_po"),
            "l4", centimes("mt_pp")));
  }

  private static Dataset<Row> delais(Dataset<Row> s) {
    return project(s, RecordKind.DELAI, sirenOfSiret(), col("siret"), content(s), col("siret").isNotNull(),
        slots("file", col("file"), "line", col("line"), "i1", day("date_creation"), "i2", day("date_echeance"),
            "l1", col("duree_delai"), "l2", centimes("montant_global_echeancier")));
  }

  private static Dataset<Row> ccsf(Dataset<Row> s) {
    return project(s, RecordKind.CCSF, sirenOfSiret(), col("siret"), content(s), col("siret").isNotNull(),
        slots("file", col("file"), "line", col("line"), "i1", day("date_traitement")));
  }

  private static Dataset<Row> apDemandes(Dataset<Row> s) {
    return project(s, RecordKind.AP_DEMANDE, sirenOfSiret(), col("siret"), content(s), col("siret").isNotNull(),
        slots("file", col("file"), "line", col("line"), "s1", col("id_da"), "i1", day("date_statut"),
            "i2", day("date_debut"), "i3", day("date_fin"), "d1", col("hta"), "i4", col("motif_recours_se")));
  }

  private static Dataset<Row> apConsommations(Dataset<Row> s) {
    return project(s, RecordKind.AP_CONSOMMATION, sirenOfSiret(), col("siret"), content(s), col("siret").isNotNull(),
        slots("file", col("file"), "line", col("line"), "s1", col("id_demande"), "i1", Months.index(col("mois")),
            "d1", col("heures")));
  }
}
