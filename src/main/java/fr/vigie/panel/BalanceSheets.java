package fr.vigie.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fr.vigie.config.PanelConfig;
import fr.vigie.config.SourceName;
import fr.vigie.source.Bdf;
import fr.vigie.source.Diane;
import fr.vigie.source.DianeItems;
import fr.vigie.source.SourceColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Balance sheets (panel.md, "Financial statements"). A company's sheet changes once a year, so its ~240
 * items are not repeated on every (siret, month): {@code bilans/} holds them once per (siren, source,
 * fiscal year), each with its two previous fiscal years ({@code _past_1}, {@code _past_2}, by year
 * number); the panels carry the closing day of the sheet in force ({@code exercice_bdf},
 * {@code exercice_diane}) and the six Banque de France ratios inline. {@link #wide} joins them back.
 *
 * <p>Rules: one sheet per (siren, fiscal year), the latest closing (then line) winning; a fiscal year
 * closed at c is usable from c + 8 to c + 20 months (panel.financial-usable-*); where Banque de France
 * ratios are missing, poids_frng, dette_fiscale and frais_financier are recomputed from the Diane items
 * of the same fiscal year with the seed's formulas (a year Diane has and the Banque de France has not
 * counts as all ratios missing).
 */
public final class BalanceSheets {
  /** Banque de France ratios, output names of the seed. */
  public static final List<String> BDF = List.of("poids_frng", "taux_marge", "delai_fournisseur", "dette_fiscale",
      "financier_court_terme", "frais_financier");
  public static final String EXERCICE_BDF = "exercice_bdf";
  public static final String EXERCICE_DIANE = "exercice_diane";
  public static final String SOURCE = "source";
  public static final String ANNEE = "annee";
  public static final String ARRETE_BILAN = "arrete_bilan";

  /** The Banque de France column each ratio comes from (same names today, two contracts). */
  private static final Map<String, SourceColumn> BDF_SOURCE = ratioSources();

  private static Map<String, SourceColumn> ratioSources() {
    Map<String, SourceColumn> sources = new LinkedHashMap<>();
    List<SourceColumn> columns = List.of(Bdf.Out.POIDS_FRNG, Bdf.Out.TAUX_MARGE, Bdf.Out.DELAI_FOURNISSEUR,
        Bdf.Out.DETTE_FISCALE, Bdf.Out.FINANCIER_COURT_TERME, Bdf.Out.FRAIS_FINANCIER);
    for (int i = 0; i < BDF.size(); i++) sources.put(BDF.get(i), columns.get(i));
    return sources;
  }

  /** The Diane items the fallback ratios are computed from. */
  private static final List<DianeItems.Item> FALLBACK_ITEMS = List.of(DianeItems.COUVERTURE_CA_FDR,
      DianeItems.DETTE_FISCALE_ET_SOCIALE, DianeItems.VALEUR_AJOUTEE, DianeItems.EXCEDENT_BRUT_D_EXPLOITATION,
      DianeItems.PRODUITS_FINANCIERS, DianeItems.PRODUIT_EXCEPTIONNEL, DianeItems.CHARGE_EXCEPTIONNELLE,
      DianeItems.CHARGES_FINANCIERES, DianeItems.INTERETS);

  /** The source columns read here: Banque de France sheets, and Diane's (their items and the fallback's). */
  static List<SourceReads> reads() {
    List<SourceColumn> bdf = new ArrayList<>(List.of(Bdf.Out.SIREN, Bdf.Out.ANNEE_BDF, Bdf.Out.ARRETE_BILAN_BDF,
        Bdf.Out.FILE, Bdf.Out.LINE));
    bdf.addAll(BDF_SOURCE.values());
    List<SourceColumn> diane = new ArrayList<>(List.of(Diane.Out.SIREN, Diane.Out.ANNEE, DianeItems.DATE_CLOTURE,
        Diane.Out.FILE, Diane.Out.LINE, DianeItems.EFFECTIF));
    diane.addAll(DianeItems.AMOUNTS);
    diane.addAll(FALLBACK_ITEMS);
    return List.of(new SourceReads("Banque de France sheets", bdf),
        new SourceReads("Diane sheets", diane.stream().distinct().toList()));
  }

  private BalanceSheets() {}

  /** The Diane items of the panel: headcount and every amount or ratio of {@link DianeItems}. */
  public static List<String> dianeItems() {
    List<String> items = new ArrayList<>(List.of(DianeItems.EFFECTIF.column()));
    DianeItems.AMOUNTS.forEach(item -> items.add(item.column()));
    return items;
  }

  /** Each item, then its previous years: poids_frng, poids_frng_past_1, poids_frng_past_2. */
  public static List<String> itemColumns(List<String> items, int pastYears) {
    List<String> columns = new ArrayList<>();
    for (String item : items) {
      columns.add(item);
      for (int k = 1; k <= pastYears; k++) columns.add(Columns.past(item, k));
    }
    return columns;
  }

  /** Every column of the wide view that comes from bilans/: all items but the six inline ratios. */
  public static Set<String> joinedColumns(PanelConfig config) {
    Set<String> columns = new LinkedHashSet<>(itemColumns(BDF, config.financialPastYears()));
    columns.removeAll(BDF);
    columns.addAll(itemColumns(dianeItems(), config.financialPastYears()));
    return columns;
  }

  /** The Banque de France sheets with the Diane fallback, null when neither source was delivered. */
  static Dataset<Row> bdfWithFallback(PanelInputs inputs) {
    return withDianeFallback(inputs.source(SourceName.BDF).orElse(null), inputs.source(SourceName.DIANE).orElse(null));
  }

  /**
   * One row per (siren, fiscal year) with a closing day: {@code _year}, {@code _closing} and a struct
   * {@code _v} of the items and their previous years' values. {@code siren}, {@code year} and
   * {@code closing} are the sheets' own columns (their source's constants); the siren comes out under
   * the panel's name.
   */
  static Dataset<Row> perYear(Dataset<Row> sheets, SourceColumn siren, SourceColumn year, SourceColumn closing,
      List<String> items, int pastYears) {
    List<Column> kept = new ArrayList<>(List.of(closing.col().as("_closing"), col(SourceColumn.FILE),
        col(SourceColumn.LINE)));
    items.forEach(i -> kept.add(col(i).cast("double").as(i)));
    Dataset<Row> byYear = sheets.where(year.col().isNotNull())
        .groupBy(siren.col().as(Columns.SIREN), year.col().cast("int").as("_year"))
        .agg(max(struct(kept.toArray(Column[]::new))).as("_s"));
    Dataset<Row> withPast = byYear;
    for (int k = 1; k <= pastYears; k++) {
      Dataset<Row> past = byYear.select(col(Columns.SIREN), col("_year").plus(k).as("_year"), col("_s").as("_p" + k));
      withPast = withPast.join(past, new String[] {Columns.SIREN, "_year"}, "left");
    }
    List<Column> values = new ArrayList<>();
    values.add(col("_s._closing").as("_closing"));
    for (String item : items) {
      values.add(col("_s." + item).as(item));
      for (int k = 1; k <= pastYears; k++) values.add(col("_p" + k + "." + item).as(Columns.past(item, k)));
    }
    return withPast.where(col("_s._closing").isNotNull())
        .select(col(Columns.SIREN), col("_year"), col("_s._closing").as("_closing"),
            struct(values.toArray(Column[]::new)).as("_v"));
  }

  /**
   * (siren, _from, _until, _closing, _v): each sheet usable within the calendar, from its first usable
   * month (not before the calendar) to its last; two sheets starting the same month: the most recent
   * closing wins.
   */
  static Dataset<Row> usable(Dataset<Row> perYear, PanelConfig config, int start, int end) {
    Column from = Months.index(col("_closing")).plus(config.financialUsableFromMonths());
    Column until = Months.index(col("_closing")).plus(config.financialUsableUntilMonths());
    return perYear
        .where(until.geq(start).and(from.leq(end)))
        .select(col(Columns.SIREN), greatest(from, lit(start)).as("_from"), until.as("_until"), col("_v"))
        .groupBy(Columns.SIREN, "_from")
        .agg(max(struct(col("_v._closing"), col("_until"), col("_v"))).as("_start"))
        .select(col(Columns.SIREN), col("_from"), col("_start._until").as("_until"),
            col("_start._v._closing").as("_closing"), col("_start._v").as("_v"));
  }

  /**
   * bilans/: one row per (siren, source, fiscal year), every item of its source and their previous
   * years (the other source's columns null), keyed for the wide view by (siren, source, arrete_bilan).
   */
  static Dataset<Row> bilans(Dataset<Row> bdfPerYear, Dataset<Row> dianePerYear, PanelConfig config) {
    List<String> bdfColumns = itemColumns(BDF, config.financialPastYears());
    List<String> dianeColumns = itemColumns(dianeItems(), config.financialPastYears());
    Dataset<Row> out = null;
    for (boolean bdf : new boolean[] {true, false}) {
      Dataset<Row> perYear = bdf ? bdfPerYear : dianePerYear;
      if (perYear == null) continue;
      // a closing day names one sheet: two fiscal years closed the same day keep the one the panel uses
      Dataset<Row> oneByClosing = perYear.groupBy(col(Columns.SIREN), col("_closing"))
          .agg(max(struct(col("_v"), col("_year"))).as("_b"));
      List<Column> select = new ArrayList<>(List.of(col(Columns.SIREN), lit(bdf ? "bdf" : "diane").as(SOURCE),
          col("_b._year").as(ANNEE), col("_closing").as(ARRETE_BILAN)));
      for (String c : bdfColumns) select.add((bdf ? col("_b._v." + c) : lit(null)).cast("double").as(c));
      for (String c : dianeColumns) select.add((bdf ? lit(null) : col("_b._v." + c)).cast("double").as(c));
      Dataset<Row> part = oneByClosing.select(select.toArray(Column[]::new));
      out = out == null ? part : out.unionByName(part);
    }
    return out;
  }

  /**
   * The wide view: a panel (establishments or companies) with every balance-sheet item of the sheets
   * in force, as one SQL join for any reader:
   *
   * <pre>
   * SELECT p.*, b.&lt;Banque de France items but the six ratios&gt;, d.&lt;Diane items&gt;
   * FROM panel p
   * LEFT JOIN bilans b ON b.siren = p.siren AND b.source = 'bdf' AND b.arrete_bilan = p.exercice_bdf
   * LEFT JOIN bilans d ON d.siren = p.siren AND d.source = 'diane' AND d.arrete_bilan = p.exercice_diane
   * </pre>
   *
   * Without bilans/ (no balance sheet delivered, so vigie panel wrote none) the panel is returned as it is.
   */
  public static Dataset<Row> wide(Dataset<Row> given, Dataset<Row> bilans, PanelConfig config) {
    if (bilans == null) return given; // no balance sheet was delivered: there is no item to join
    Dataset<Row> panel = withFinancialKeys(given);
    List<String> bdfPast = new ArrayList<>(itemColumns(BDF, config.financialPastYears()));
    bdfPast.removeAll(BDF);
    List<String> diane = itemColumns(dianeItems(), config.financialPastYears());
    Dataset<Row> b = bilans.where(col(SOURCE).equalTo("bdf")).select(columns(EXERCICE_BDF, bdfPast));
    Dataset<Row> d = bilans.where(col(SOURCE).equalTo("diane")).select(columns(EXERCICE_DIANE, diane));
    return panel.join(b, new String[] {Columns.SIREN, EXERCICE_BDF}, "left")
        .join(d, new String[] {Columns.SIREN, EXERCICE_DIANE}, "left")
        .select(wideOrder(panel, config.financialPastYears(), diane));
  }

  /** A panel written by hand (tests) may lack the sheet keys or the ratios: they are then null. */
  private static Dataset<Row> withFinancialKeys(Dataset<Row> panel) {
    Set<String> present = Set.of(panel.columns());
    List<Column> out = new ArrayList<>(List.of(col("*")));
    for (String key : List.of(EXERCICE_BDF, EXERCICE_DIANE)) {
      if (!present.contains(key)) out.add(lit(null).cast("date").as(key));
    }
    for (String ratio : BDF) if (!present.contains(ratio)) out.add(lit(null).cast("double").as(ratio));
    return out.size() == 1 ? panel : panel.select(out.toArray(Column[]::new));
  }

  private static Column[] columns(String closingAs, List<String> items) {
    List<Column> out = new ArrayList<>(List.of(col(Columns.SIREN), col(ARRETE_BILAN).as(closingAs)));
    items.forEach(i -> out.add(col(i)));
    return out.toArray(Column[]::new);
  }

  /**
   * The panel's columns, then each Banque de France ratio followed by its previous years, then the Diane
   * items: the order of the panel before bilans/ existed, which the model's feature order follows.
   */
  private static Column[] wideOrder(Dataset<Row> panel, int pastYears, List<String> diane) {
    List<Column> out = new ArrayList<>();
    for (String c : panel.columns()) if (!BDF.contains(c)) out.add(col(c));
    itemColumns(BDF, pastYears).forEach(c -> out.add(col(c)));
    diane.forEach(c -> out.add(col(c)));
    return out.toArray(Column[]::new);
  }

  /**
   * The Banque de France sheets, one per (siren, fiscal year), in the columns of {@link Bdf.Out}
   * (siren, annee_bdf, arrete_bilan_bdf, file, line, the six ratios), where poids_frng, dette_fiscale and
   * frais_financier fall back on the seed's formulas over the Diane items of the same fiscal year
   * (a year Diane has and the Banque de France has not counts as all ratios missing).
   */
  static Dataset<Row> withDianeFallback(Dataset<Row> bdf, Dataset<Row> diane) {
    if (diane == null) return bdf;
    List<Column> items = new ArrayList<>(List.of(DianeItems.DATE_CLOTURE.col().as("_closing"), Diane.Out.FILE.col(),
        Diane.Out.LINE.col()));
    for (DianeItems.Item item : FALLBACK_ITEMS) items.add(item.col().cast("double").as(item.column()));
    Dataset<Row> perYear = diane.where(Diane.Out.ANNEE.col().isNotNull())
        .groupBy(Diane.Out.SIREN.col().as("_siren"), Diane.Out.ANNEE.col().cast("int").as("_year"))
        .agg(max(struct(items.toArray(Column[]::new))).as("_d"));
    java.util.function.Function<DianeItems.Item, Column> d = item -> col("_d." + item.column());
    // FRNG / CA x 100, from the coverage of turnover by working capital (in days of CA)
    Column poidsFrng = d.apply(DianeItems.COUVERTURE_CA_FDR).divide(360).multiply(100);
    Column detteFiscale = when(d.apply(DianeItems.VALEUR_AJOUTEE).notEqual(0),
        d.apply(DianeItems.DETTE_FISCALE_ET_SOCIALE).divide(d.apply(DianeItems.VALEUR_AJOUTEE)).multiply(100));
    // frais financiers / (EBE + produits hors exploitation - charges hors exploitation) x 100
    Column denominator = d.apply(DianeItems.EXCEDENT_BRUT_D_EXPLOITATION).plus(d.apply(DianeItems.PRODUITS_FINANCIERS))
        .plus(coalesce(d.apply(DianeItems.PRODUIT_EXCEPTIONNEL), lit(0.0)))
        .minus(coalesce(d.apply(DianeItems.CHARGE_EXCEPTIONNELLE), lit(0.0)))
        .minus(d.apply(DianeItems.CHARGES_FINANCIERES));
    Column fraisFinancier = when(denominator.notEqual(0),
        d.apply(DianeItems.INTERETS).divide(denominator).multiply(100));
    Dataset<Row> fromDiane = perYear.select(col("_siren"), col("_year"), col("_d._closing").as("_d_closing"),
        col("_d.file").as("_d_file"), col("_d.line").as("_d_line"), poidsFrng.as("_d_poids_frng"),
        detteFiscale.as("_d_dette_fiscale"), fraisFinancier.as("_d_frais_financier"));
    // joined on (siren, fiscal year) each read from its own source's column
    Dataset<Row> banque = bdf == null ? null : bdf.withColumn("_siren", Bdf.Out.SIREN.col())
        .withColumn("_year", Bdf.Out.ANNEE_BDF.col().cast("int"));
    Dataset<Row> merged = banque == null ? fromDiane
        : banque.drop(Bdf.Out.SIREN.column()).join(fromDiane, new String[] {"_siren", "_year"}, "full_outer");
    String year = Bdf.Out.ANNEE_BDF.column();
    String closing = Bdf.Out.ARRETE_BILAN_BDF.column();
    List<Column> out = new ArrayList<>(List.of(col("_siren").as(Bdf.Out.SIREN.column()), col("_year").as(year)));
    out.add(banque == null ? col("_d_closing").as(closing) : coalesce(col(closing), col("_d_closing")).as(closing));
    out.add(banque == null ? col("_d_file").as(SourceColumn.FILE)
        : coalesce(Bdf.Out.FILE.col(), col("_d_file")).as(SourceColumn.FILE));
    out.add(banque == null ? col("_d_line").as(SourceColumn.LINE)
        : coalesce(Bdf.Out.LINE.col(), col("_d_line")).as(SourceColumn.LINE));
    for (String ratio : BDF) {
      Column fallback = List.of("poids_frng", "dette_fiscale", "frais_financier").contains(ratio)
          ? col("_d_" + ratio) : lit(null).cast("double");
      out.add(banque == null ? fallback.as(ratio)
          : coalesce(BDF_SOURCE.get(ratio).col().cast("double"), fallback).as(ratio));
    }
    return merged.select(out.toArray(Column[]::new));
  }
}
