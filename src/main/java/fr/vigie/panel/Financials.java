package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.PanelConfig;
import fr.vigie.config.SourceName;
import fr.vigie.source.DianeItems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Balance sheets per (siren, periode), joined to every establishment of the company (panel.md,
 * "Financial statements"). A fiscal year closed at c is usable from c + 8 to c + 20 months
 * (panel.financial-usable-*); the most recent usable year wins, and carries the two previous fiscal
 * years as {@code _past_1}, {@code _past_2} (the years before it by number, not by row). Where the
 * Banque de France ratios are missing, poids_frng, dette_fiscale and frais_financier are recomputed
 * from Diane items with the seed's formulas.
 */
public final class Financials implements PanelStep {
  /** Banque de France ratios, output names of the seed. */
  public static final List<String> BDF = List.of("poids_frng", "taux_marge", "delai_fournisseur", "dette_fiscale",
      "financier_court_terme", "frais_financier");

  /** Temporary: the start month of the sheet each source has usable at a month, {@value #NO_SHEET} if none. */
  static final String BDF_SHEET = "_sheet_bdf";
  static final String DIANE_SHEET = "_sheet_diane";
  static final int NO_SHEET = -1;

  private final PanelConfig config;

  public Financials(PanelConfig config) {
    this.config = config;
  }

  /** The Diane items of the panel: headcount and every amount or ratio of {@link DianeItems}. */
  public static List<String> dianeItems() {
    List<String> items = new ArrayList<>(List.of(DianeItems.EFFECTIF.column()));
    DianeItems.AMOUNTS.forEach(item -> items.add(item.column()));
    return items;
  }

  @Override
  public String name() {
    return "financials";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Columns.SIREN, Columns.MONTH);
  }

  @Override
  public Set<String> adds() {
    return columns(config);
  }

  /** Every column this step adds: the items of both sources and their previous years. */
  public static Set<String> columns(PanelConfig config) {
    Set<String> columns = new LinkedHashSet<>(itemColumns(BDF, config.financialPastYears()));
    columns.addAll(itemColumns(dianeItems(), config.financialPastYears()));
    return columns;
  }

  /**
   * Joins each row to the sheets usable at its month in two moves, so that the ~240 financial
   * columns are never carried per (siren, month): a company's sheets change about once a year, its
   * months 60 times in 5 years. First, on narrow rows, the start month of the sheet each source has
   * usable at each (siren, month) (a carry-forward over the company's months); then one join of
   * the panel to the distinct (siren, Banque de France sheet, Diane sheet) combinations, each
   * holding its values. The step is last in {@link PanelPlan}, so no later step carries the wide row.
   */
  @Override
  public Dataset<Row> apply(Dataset<Row> panel, PanelInputs inputs) {
    Dataset<Row> dianeSheets = inputs.source(SourceName.DIANE).orElse(null);
    Dataset<Row> bdfSheets = withDianeFallback(inputs.source(SourceName.BDF).orElse(null), dianeSheets);
    Map<String, Dataset<Row>> delivered = new LinkedHashMap<>();
    if (bdfSheets != null) delivered.put(BDF_SHEET, sheets(bdfSheets, "annee_bdf", "arrete_bilan_bdf", BDF, inputs));
    if (dianeSheets != null) delivered.put(DIANE_SHEET, sheets(dianeSheets, "annee", "arrete_bilan", dianeItems(), inputs));
    if (delivered.isEmpty()) return withNulls(panel, columns(config));
    Dataset<Row> keys = sheetKeys(panel.select(Columns.SIREN, Columns.MONTH).distinct(), delivered);
    Dataset<Row> combinations = keys.select(Columns.SIREN, BDF_SHEET, DIANE_SHEET).distinct();
    Dataset<Row> withValues = values(values(combinations, delivered.get(BDF_SHEET), BDF_SHEET, BDF),
        delivered.get(DIANE_SHEET), DIANE_SHEET, dianeItems());
    return panel
        .join(keys, new String[] {Columns.SIREN, Columns.MONTH}, "left")
        .join(withValues, new String[] {Columns.SIREN, BDF_SHEET, DIANE_SHEET}, "left");
  }

  /**
   * (siren, _mi, _sheet_bdf, _sheet_diane): at each month, the start month of the latest sheet
   * started by then, while it is still usable (its start and end come from its closing date).
   */
  static Dataset<Row> sheetKeys(Dataset<Row> companies, Map<String, Dataset<Row>> delivered) {
    Dataset<Row> keyed = companies;
    for (Map.Entry<String, Dataset<Row>> sheets : delivered.entrySet()) {
      Dataset<Row> starts = sheets.getValue().select(col(Columns.SIREN), col("_from").as(Columns.MONTH),
          struct(col("_from"), col("_until")).as(sheets.getKey()));
      keyed = keyed.join(starts, new String[] {Columns.SIREN, Columns.MONTH}, "left");
    }
    WindowSpec upToNow = Months.byMonth(Columns.SIREN).rangeBetween(Window.unboundedPreceding(), 0);
    for (String key : delivered.keySet()) keyed = keyed.withColumn(key, last(col(key), true).over(upToNow));
    List<Column> out = new ArrayList<>(List.of(col(Columns.SIREN), col(Columns.MONTH)));
    for (String key : List.of(BDF_SHEET, DIANE_SHEET)) {
      Column usable = delivered.containsKey(key)
          ? when(col(key + "._until").geq(col(Columns.MONTH)), col(key + "._from")) : lit(null).cast("int");
      out.add(coalesce(usable, lit(NO_SHEET)).as(key));
    }
    return keyed.select(out.toArray(Column[]::new));
  }

  /** {@code combinations} with the items of the sheet in its column {@code key} (null columns without). */
  private Dataset<Row> values(Dataset<Row> combinations, Dataset<Row> sheets, String key, List<String> items) {
    List<String> columns = itemColumns(items, config.financialPastYears());
    if (sheets == null) return withNulls(combinations, columns);
    List<Column> values = new ArrayList<>(List.of(col(Columns.SIREN), col("_from").as(key)));
    for (String c : columns) values.add(col("_v." + c).as(c));
    return combinations.join(sheets.select(values.toArray(Column[]::new)), new String[] {Columns.SIREN, key}, "left");
  }

  /** {@code data} with the (new) {@code columns}, all null: one projection, not one per column. */
  private static Dataset<Row> withNulls(Dataset<Row> data, Iterable<String> columns) {
    List<Column> out = new ArrayList<>(List.of(col("*")));
    for (String c : columns) out.add(Contributions.nullDouble().as(c));
    return data.select(out.toArray(Column[]::new));
  }

  /** Each item, then its previous years: poids_frng, poids_frng_past_1, poids_frng_past_2. */
  private static List<String> itemColumns(List<String> items, int pastYears) {
    List<String> columns = new ArrayList<>();
    for (String item : items) {
      columns.add(item);
      for (int k = 1; k <= pastYears; k++) columns.add(Columns.past(item, k));
    }
    return columns;
  }

  /**
   * (siren, _from, _until, _v): each sheet that is usable within the calendar, from its first usable
   * month (not before the calendar) to its last, with its items and those of its previous years in
   * {@code _v}. Two sheets starting the same month: the most recent closing wins.
   */
  Dataset<Row> sheets(Dataset<Row> sheets, String year, String closing, List<String> items, PanelInputs inputs) {
    // one sheet per (siren, year): the latest closing (then line) wins
    List<Column> kept = new ArrayList<>(List.of(col(closing).as("_closing"), col("file"), col("line")));
    items.forEach(i -> kept.add(col(i).cast("double").as(i)));
    Dataset<Row> perYear = sheets.where(col(year).isNotNull())
        .groupBy(col(Columns.SIREN), col(year).cast("int").as("_year"))
        .agg(max(struct(kept.toArray(Column[]::new))).as("_s"));
    Dataset<Row> withPast = perYear;
    for (int k = 1; k <= config.financialPastYears(); k++) {
      Dataset<Row> past = perYear.select(col(Columns.SIREN), col("_year").plus(k).as("_year"), col("_s").as("_p" + k));
      withPast = withPast.join(past, new String[] {Columns.SIREN, "_year"}, "left");
    }
    List<Column> values = new ArrayList<>();
    values.add(col("_s._closing").as("_closing"));
    for (String item : items) {
      values.add(col("_s." + item).as(item));
      for (int k = 1; k <= config.financialPastYears(); k++) values.add(col("_p" + k + "." + item).as(Columns.past(item, k)));
    }
    Column from = Months.index(col("_s._closing")).plus(config.financialUsableFromMonths());
    Column until = Months.index(col("_s._closing")).plus(config.financialUsableUntilMonths());
    return withPast
        .where(col("_s._closing").isNotNull().and(until.geq(inputs.start())).and(from.leq(inputs.end())))
        .select(col(Columns.SIREN), greatest(from, lit(inputs.start())).as("_from"), until.as("_until"),
            struct(values.toArray(Column[]::new)).as("_v"))
        .groupBy(Columns.SIREN, "_from")
        .agg(max(struct(col("_v._closing"), col("_until"), col("_v"))).as("_start")) // most recent closing wins
        .select(col(Columns.SIREN), col("_from"), col("_start._until").as("_until"), col("_start._v").as("_v"));
  }

  /**
   * The Banque de France sheets, one per (siren, fiscal year), where poids_frng, dette_fiscale and
   * frais_financier fall back on the seed's formulas over the Diane items of the same fiscal year
   * (a year Diane has and the Banque de France has not counts as all ratios missing).
   */
  static Dataset<Row> withDianeFallback(Dataset<Row> bdf, Dataset<Row> diane) {
    if (diane == null) return bdf;
    List<Column> items = new ArrayList<>(List.of(col("arrete_bilan").as("_closing"), col("file"), col("line")));
    for (String item : List.of("couverture_ca_fdr", "dette_fiscale_et_sociale", "valeur_ajoutee",
        "excedent_brut_d_exploitation", "produits_financiers", "produit_exceptionnel", "charge_exceptionnelle",
        "charges_financieres", "interets")) {
      items.add(col(item).cast("double").as(item));
    }
    Dataset<Row> perYear = diane.where(col("annee").isNotNull())
        .groupBy(col(Columns.SIREN), col("annee").cast("int").as("_year"))
        .agg(max(struct(items.toArray(Column[]::new))).as("_d"));
    java.util.function.Function<String, Column> d = item -> col("_d." + item);
    // FRNG / CA x 100, from the coverage of turnover by working capital (in days of CA)
    Column poidsFrng = d.apply("couverture_ca_fdr").divide(360).multiply(100);
    Column detteFiscale = when(d.apply("valeur_ajoutee").notEqual(0),
        d.apply("dette_fiscale_et_sociale").divide(d.apply("valeur_ajoutee")).multiply(100));
    // frais financiers / (EBE + produits hors exploitation - charges hors exploitation) x 100
    Column denominator = d.apply("excedent_brut_d_exploitation").plus(d.apply("produits_financiers"))
        .plus(coalesce(d.apply("produit_exceptionnel"), lit(0.0)))
        .minus(coalesce(d.apply("charge_exceptionnelle"), lit(0.0))).minus(d.apply("charges_financieres"));
    Column fraisFinancier = when(denominator.notEqual(0), d.apply("interets").divide(denominator).multiply(100));
    Dataset<Row> fromDiane = perYear.select(col(Columns.SIREN), col("_year"), col("_d._closing").as("_d_closing"),
        col("_d.file").as("_d_file"), col("_d.line").as("_d_line"), poidsFrng.as("_d_poids_frng"),
        detteFiscale.as("_d_dette_fiscale"), fraisFinancier.as("_d_frais_financier"));
    Dataset<Row> banque = bdf == null ? null : bdf.withColumn("_year", col("annee_bdf").cast("int"));
    Dataset<Row> merged = banque == null ? fromDiane
        : banque.join(fromDiane, new String[] {Columns.SIREN, "_year"}, "full_outer");
    List<Column> out = new ArrayList<>(List.of(col(Columns.SIREN), col("_year").as("annee_bdf")));
    out.add(banque == null ? col("_d_closing").as("arrete_bilan_bdf")
        : coalesce(col("arrete_bilan_bdf"), col("_d_closing")).as("arrete_bilan_bdf"));
    out.add(banque == null ? col("_d_file").as("file") : coalesce(col("file"), col("_d_file")).as("file"));
    out.add(banque == null ? col("_d_line").as("line") : coalesce(col("line"), col("_d_line")).as("line"));
    for (String ratio : BDF) {
      Column fallback = List.of("poids_frng", "dette_fiscale", "frais_financier").contains(ratio)
          ? col("_d_" + ratio) : lit(null).cast("double");
      out.add(banque == null ? fallback.as(ratio) : coalesce(col(ratio).cast("double"), fallback).as(ratio));
    }
    return merged.select(out.toArray(Column[]::new));
  }
}
