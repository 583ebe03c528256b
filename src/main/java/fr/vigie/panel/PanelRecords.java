package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.vigie.config.SourceName;
import fr.vigie.source.ApConsommations;
import fr.vigie.source.ApDemandes;
import fr.vigie.source.Ccsf;
import fr.vigie.source.Cotisations;
import fr.vigie.source.Debits;
import fr.vigie.source.Delais;
import fr.vigie.source.Effectif;
import fr.vigie.source.EffectifEntreprise;
import fr.vigie.error.InputException;
import fr.vigie.source.Procols;
import fr.vigie.source.Sirene;
import fr.vigie.source.SireneUl;
import fr.vigie.source.SourceColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

  /**
   * How each kind is read from its source: the key (a siren, or a siret whose first 9 digits give the
   * siren), the columns that must be filled for a record to exist, whether repeated lines count once
   * (the {@code content} hash), and which source column fills which slot. Written as data so that the
   * columns a kind reads ({@link #reads()}) are exactly the ones it uses.
   */
  private record Projection(RecordKind kind, SourceColumn key, boolean bySiret, boolean hashed,
      List<SourceColumn> alsoFilled, List<Slot> slots) {

    SourceName source() {
      return key.source();
    }

    SourceReads reads() {
      List<SourceColumn> columns = new ArrayList<>(List.of(key));
      columns.addAll(alsoFilled);
      slots.forEach(slot -> columns.add(slot.column()));
      return new SourceReads(kind + " records", columns.stream().distinct().toList());
    }
  }

  /** A slot of {@link #SCHEMA} and the expression over one source column that fills it. */
  private record Slot(String slot, SourceColumn column, UnaryOperator<Column> as) {}

  private static Slot slot(String slot, SourceColumn column) {
    return new Slot(slot, column, UnaryOperator.identity());
  }

  private static Slot slot(String slot, SourceColumn column, UnaryOperator<Column> as) {
    return new Slot(slot, column, as);
  }

  /** Days since 1970-01-01. */
  private static Column day(Column date) {
    return unix_date(date);
  }

  /** Exact euros ({@code decimal(18,2)}) as whole centimes. */
  private static Column centimes(Column money) {
    return money.multiply(100).cast("long");
  }

  private static Projection bySiren(RecordKind kind, SourceColumn siren, boolean hashed, List<SourceColumn> alsoFilled,
      Slot... slots) {
    return new Projection(kind, siren, false, hashed, alsoFilled, List.of(slots));
  }

  private static Projection bySiret(RecordKind kind, SourceColumn siret, boolean hashed, Slot... slots) {
    return new Projection(kind, siret, true, hashed, List.of(), List.of(slots));
  }

  /** The sources' kinds, in the order their records are unioned. */
  private static final List<Projection> PROJECTIONS = List.of(
      bySiren(RecordKind.SIRENE_UL, SireneUl.Out.SIREN, false, List.of(),
          slot("file", SireneUl.Out.FILE), slot("line", SireneUl.Out.LINE),
          slot("s1", SireneUl.Out.CATEGORIE_JURIDIQUE), slot("i1", SireneUl.Out.DATE_CREATION, PanelRecords::day)),
      bySiren(RecordKind.PROCOL, Procols.Out.SIREN, true, List.of(Procols.Out.DATE_EFFET, Procols.Out.ACTION_PROCOL),
          slot("file", Procols.Out.FILE), slot("line", Procols.Out.LINE),
          slot("i1", Procols.Out.DATE_EFFET, PanelRecords::day), slot("s1", Procols.Out.ACTION_PROCOL),
          slot("s2", Procols.Out.STADE_PROCOL)),
      bySiren(RecordKind.EFFECTIF_ENTREPRISE, EffectifEntreprise.Out.SIREN, false, List.of(),
          slot("i1", EffectifEntreprise.Out.PERIODE, Months::index), slot("i2", EffectifEntreprise.Out.EFFECTIF)),
      bySiret(RecordKind.EFFECTIF, Effectif.Out.SIRET, false,
          slot("i1", Effectif.Out.PERIODE, Months::index), slot("i2", Effectif.Out.EFFECTIF)),
      bySiret(RecordKind.SIRENE, Sirene.Out.SIRET, false,
          slot("file", Sirene.Out.FILE), slot("line", Sirene.Out.LINE), slot("s1", Sirene.Out.ACTIVITE_PRINCIPALE),
          slot("s2", Sirene.Out.NOMENCLATURE_ACTIVITE), slot("s3", Sirene.Out.DEPARTEMENT),
          slot("s4", Sirene.Out.REGION), slot("i1", Sirene.Out.SIEGE, siege -> when(siege, 1).when(siege.equalTo(false), 0)),
          slot("i2", Sirene.Out.DATE_CREATION, PanelRecords::day), slot("s5", Sirene.Out.ETAT_ADMINISTRATIF),
          slot("i3", Sirene.Out.DATE_DEBUT, PanelRecords::day)),
      bySiret(RecordKind.COTISATION, Cotisations.Out.SIRET, true,
          slot("i1", Cotisations.Out.PERIODE_DEBUT, Months::index),
          slot("i2", Cotisations.Out.PERIODE_FIN, end -> Months.index(end).minus(1)), // the period's last month
          slot("i3", Cotisations.Out.NB_MOIS), slot("l1", Cotisations.Out.COTIS_DUE, PanelRecords::centimes),
          slot("l2", Cotisations.Out.ENC_DIRECT, PanelRecords::centimes)),
      bySiret(RecordKind.DEBIT, Debits.Out.SIRET, false,
          slot("file", Debits.Out.FILE), slot("line", Debits.Out.LINE), slot("s1", Debits.Out.COMPTE),
          slot("i1", Debits.Out.PERIODE_DEBUT, Months::index), slot("l1", Debits.Out.NUM_ECN),
          slot("l2", Debits.Out.NUM_HIST_ECN), slot("i2", Debits.Out.DT_TRT_ECN, PanelRecords::day),
          slot("l3", Debits.Out.MT_PO, PanelRecords::centimes), slot("l4", Debits.Out.MT_PP, PanelRecords::centimes)),
      bySiret(RecordKind.DELAI, Delais.Out.SIRET, true,
          slot("file", Delais.Out.FILE), slot("line", Delais.Out.LINE),
          slot("i1", Delais.Out.DATE_CREATION, PanelRecords::day), slot("i2", Delais.Out.DATE_ECHEANCE, PanelRecords::day),
          slot("l1", Delais.Out.DUREE_DELAI), slot("l2", Delais.Out.MONTANT_GLOBAL_ECHEANCIER, PanelRecords::centimes)),
      bySiret(RecordKind.CCSF, Ccsf.Out.SIRET, true,
          slot("file", Ccsf.Out.FILE), slot("line", Ccsf.Out.LINE), slot("i1", Ccsf.Out.DATE_TRAITEMENT, PanelRecords::day)),
      bySiret(RecordKind.AP_DEMANDE, ApDemandes.Out.SIRET, true,
          slot("file", ApDemandes.Out.FILE), slot("line", ApDemandes.Out.LINE), slot("s1", ApDemandes.Out.ID_DA),
          slot("i1", ApDemandes.Out.DATE_STATUT, PanelRecords::day),
          slot("i2", ApDemandes.Out.DATE_DEBUT, PanelRecords::day), slot("i3", ApDemandes.Out.DATE_FIN, PanelRecords::day),
          slot("d1", ApDemandes.Out.HTA), slot("i4", ApDemandes.Out.MOTIF_RECOURS_SE)),
      bySiret(RecordKind.AP_CONSOMMATION, ApConsommations.Out.SIRET, true,
          slot("file", ApConsommations.Out.FILE), slot("line", ApConsommations.Out.LINE),
          slot("s1", ApConsommations.Out.ID_DEMANDE), slot("i1", ApConsommations.Out.MOIS, Months::index),
          slot("d1", ApConsommations.Out.HEURES)));

  /** The source columns each kind of record reads, for {@link SourceReads#check}. */
  public static List<SourceReads> reads() {
    return PROJECTIONS.stream().map(Projection::reads).toList();
  }

  /**
   * The union of every delivered source's records, sheets and headcounts included. Checks first that
   * every delivered source has the columns its records read ({@link #reads()}).
   */
  public static Dataset<Row> of(PanelInputs inputs, Dataset<Row> bdfSheets, Dataset<Row> dianeSheets) {
    SourceReads.check(inputs.sources(), reads());
    Map<RecordKind, Dataset<Row>> parts = new EnumMap<>(RecordKind.class);
    for (Projection p : PROJECTIONS) inputs.source(p.source()).ifPresent(s -> parts.put(p.kind(), project(s, p)));
    if (bdfSheets != null) parts.put(RecordKind.BDF_SHEET, sheets(bdfSheets, RecordKind.BDF_SHEET, true));
    if (dianeSheets != null) parts.put(RecordKind.DIANE_SHEET, sheets(dianeSheets, RecordKind.DIANE_SHEET, false));
    Dataset<Row> all = null;
    for (RecordKind kind : UNION_ORDER) {
      Dataset<Row> part = parts.get(kind);
      if (part != null) all = all == null ? part : all.union(part);
    }
    return all;
  }

  // the order the parts were always unioned in (records are sorted after the shuffle, so it only
  // shapes the plan; kept so that the plan does not change)
  private static final List<RecordKind> UNION_ORDER = List.of(RecordKind.SIRENE_UL, RecordKind.PROCOL,
      RecordKind.EFFECTIF_ENTREPRISE, RecordKind.BDF_SHEET, RecordKind.DIANE_SHEET, RecordKind.EFFECTIF,
      RecordKind.SIRENE, RecordKind.COTISATION, RecordKind.DEBIT, RecordKind.DELAI, RecordKind.CCSF,
      RecordKind.AP_DEMANDE, RecordKind.AP_CONSOMMATION);

  private static Dataset<Row> project(Dataset<Row> source, Projection p) {
    Column key = p.key().col();
    Column where = key.isNotNull();
    for (SourceColumn filled : p.alsoFilled()) where = where.and(filled.col().isNotNull());
    Map<String, Column> slots = new LinkedHashMap<>();
    for (Slot slot : p.slots()) slots.put(slot.slot(), slot.as().apply(slot.column().col()));
    return project(source, p.kind(), p.bySiret() ? substring(key, 1, 9) : key, p.bySiret() ? key : lit(null),
        p.hashed() ? content(source) : lit(0L), where, slots);
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
      // the columns are there (SourceReads.check) but one has a type the expression cannot take
      throw new InputException("Cannot build the panel: its " + kind + " records cannot read their source ("
          + analysis.getSimpleMessage() + "). Run vigie ingest again with this version.", e);
    }
  }

  private static Map<String, Column> slots(Object... nameThenColumn) {
    Map<String, Column> slots = new LinkedHashMap<>();
    for (int i = 0; i < nameThenColumn.length; i += 2) slots.put((String) nameThenColumn[i], (Column) nameThenColumn[i + 1]);
    return slots;
  }

  /** A hash of every decoded field but file and line: equal for a line delivered twice. */
  static Column content(Dataset<Row> source) {
    Column[] fields = Arrays.stream(source.columns())
        .filter(c -> !c.equals(SourceColumn.FILE) && !c.equals(SourceColumn.LINE))
        .map(c -> col(c)).toArray(Column[]::new);
    return xxhash64(fields);
  }

  /** Sheets as {@link BalanceSheets#sheets} gives them: usable months, closing day, the six ratios (Banque de France). */
  private static Dataset<Row> sheets(Dataset<Row> s, RecordKind kind, boolean ratios) {
    Map<String, Column> slots = slots("i1", col("_from"), "i2", col("_until"), "i3", unix_date(col("_closing")));
    if (ratios) {
      for (int k = 0; k < BalanceSheets.BDF.size(); k++) slots.put("d" + (k + 1), col("_v." + BalanceSheets.BDF.get(k)));
    }
    return project(s, kind, col(Columns.SIREN), lit(null), lit(0L), lit(true), slots);
  }
}
