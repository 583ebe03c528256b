package fr.vigie.source;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import fr.vigie.codec.HeaderName;
import fr.vigie.codec.Reason;
import fr.vigie.config.SourceName;
import fr.vigie.error.InputException;
import fr.vigie.spark.ValueCodec;
import fr.vigie.source.DianeItems.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Diane balance sheets (UTF-16LE, every value quoted, decimal comma, dates dd/MM/yyyy): one row per
 * (siren, fiscal year). The usual export is wide by year (one column per item and year, the French
 * label followed by the year); a flat export with an {@code Annee} column is read too. Diane's
 * "n.d." / "n.s." (not available / not significant) are empty cells.
 *
 * <p>Labels: full or abbreviated, as {@link DianeItems} lists them. Company columns written without a
 * year ({@code "Nombre d’ES"}, {@code "Nombre de filiales"}, {@code "Statut juridique"}...) apply to
 * every fiscal year of the line (a column of the same item with the year wins for that year). A
 * column followed by a year that matches no item is reported, per file, as the manifest warning
 * {@code unknown_column:<label>}: a renamed item is never dropped in silence.
 */
public final class Diane implements SourceReader {
  /**
   * The columns of sources/diane/ that are not balance-sheet items; the items are {@link DianeItems}'
   * constants. {@link #columns()} gives the order written.
   */
  public enum Out implements SourceColumn {
    SIREN, ANNEE, NOM_ENTREPRISE, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.DIANE;
    }
  }

  static final Field SIREN = Field.required("siren", "Numéro Siren", "NumeroSiren", "siren");
  static final Field NOM = Field.optional("nom_entreprise", "Nom de l'entreprise", "NomEntreprise");
  static final Field ANNEE = Field.optional("annee", "Annee");
  static final Field STATUT = textField(DianeItems.STATUT_JURIDIQUE);
  static final Field PROCEDURE = textField(DianeItems.PROCEDURE_COLLECTIVE);
  private static final Pattern WITH_YEAR = Pattern.compile("(.+)_((?:19|20)\\d\\d)");
  private static final Pattern LABEL_WITH_YEAR = Pattern.compile("(.*\\S)\\s+((?:19|20)\\d\\d)\\s*");
  private static final Set<String> NOT_AVAILABLE = Set.of("n.d.", "nd", "n.d", "n.s.", "ns", "n.s", "-");

  @Override
  public SourceName source() {
    return SourceName.DIANE;
  }

  private static Field textField(Item item) {
    return new Field(item.column(), item.headers(), false);
  }

  static List<Item> perYearItems() {
    return Stream.concat(Stream.of(DianeItems.DATE_CLOTURE, DianeItems.NOMBRE_MOIS, DianeItems.EFFECTIF),
        DianeItems.AMOUNTS.stream()).toList();
  }

  /** The canonical labels (without the year) of every item, and of the columns deliberately not read. */
  private static Set<String> knownLabels() {
    Set<String> known = new TreeSet<>();
    perYearItems().forEach(item -> known.addAll(item.headers()));
    DianeItems.NOT_READ.forEach(label -> known.add(HeaderName.canonical(label)));
    return known;
  }

  /** The fiscal years of a wide header: every year that follows a known item label. */
  static Set<String> years(Header header) {
    Set<String> known = new TreeSet<>();
    perYearItems().forEach(item -> known.addAll(item.headers()));
    Set<String> years = new TreeSet<>();
    for (String name : header.canonical()) {
      Matcher m = WITH_YEAR.matcher(name);
      if (m.matches() && known.contains(m.group(1))) years.add(m.group(2));
    }
    return years;
  }

  static boolean isFlat(Header header) {
    return header.indexOf(ANNEE) >= 0;
  }

  /** {@code unknown_column:<label>} for every label followed by a year that names no item (each once). */
  @Override
  public List<String> columnWarnings(Header header) {
    if (isFlat(header)) return List.of();
    Set<String> known = knownLabels();
    Set<String> unknown = new LinkedHashSet<>();
    for (int i = 0; i < header.size(); i++) {
      Matcher m = WITH_YEAR.matcher(header.canonical().get(i));
      if (!m.matches() || known.contains(m.group(1))) continue;
      String cell = header.cells().get(i).replace("\uFEFF", "").strip();
      Matcher label = LABEL_WITH_YEAR.matcher(cell);
      unknown.add(Reason.UNKNOWN_COLUMN.code() + ":" + (label.matches() ? label.group(1) : cell)
          .replaceAll("\\s+", " "));
    }
    return List.copyOf(unknown);
  }

  @Override
  public List<Field> fields(Header header) {
    List<Field> fields = new ArrayList<>(List.of(SIREN, NOM, STATUT, PROCEDURE));
    if (isFlat(header)) {
      fields.add(ANNEE);
      for (Item item : perYearItems()) fields.add(new Field(item.column(), item.headers(), false));
      return fields;
    }
    Set<String> years = years(header);
    if (years.isEmpty()) {
      throw new InputException("Cannot read diane: file " + header.file() + " has neither an 'Annee' column nor"
          + " per-year columns such as 'Chiffre d'affaires net (H.T.) kEUR 2017' (found: " + header.cells() + ")");
    }
    for (String year : years) {
      for (Item item : perYearItems()) {
        List<String> names = new ArrayList<>(item.headers().stream().map(h -> h + "_" + year).toList());
        // a company column without a year stands for every year that has no column of its own: the
        // split copies its cell into each year (resolving it there keeps the plan simple: a coalesce
        // per year and item sent Spark's optimizer into minutes of rewriting)
        if (DianeItems.YEARLESS.contains(item)) names.addAll(item.headers());
        fields.add(new Field(item.column() + "_" + year, names, false));
      }
    }
    return fields;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    Dataset<Row> cleaned = split.select(Stream.of(split.columns()).map(Diane::notAvailableAsEmpty)
        .toArray(Column[]::new));
    Decoder decoder = Decoder.of(cleaned).value(Out.SIREN, ValueCodec.SIREN, SIREN.name(), Presence.REQUIRED)
        .text(Out.NOM_ENTREPRISE, NOM.name())
        .text(DianeItems.STATUT_JURIDIQUE, STATUT.name())
        .column(DianeItems.PROCEDURE_COLLECTIVE, procedureCollective(col(PROCEDURE.name())))
        .warning(when(col(PROCEDURE.name()).isNotNull().and(procedureCollective(col(PROCEDURE.name())).isNull()),
            concat(lit(Reason.INVALID_FIELD_WARNING.code() + ":procedure_collective "), col(PROCEDURE.name()))));
    List<Column> years = new ArrayList<>();
    if (isFlat(header)) {
      String annee = decoder.call(ValueCodec.WHOLE_NUMBER, ANNEE.name(), Presence.REQUIRED);
      years.add(rawYear(col(annee + ".value").cast("int"), ""));
    } else {
      for (String year : years(header)) years.add(rawYear(lit(Integer.parseInt(year)), "_" + year));
    }
    // each codec is written once and applied to every fiscal year of the line: a wide export of
    // 10 years no longer puts ~800 codec calls in one projection (a 42 MB task binary at scale 1)
    String decoded = decoder.intermediate("annees", transform(array(years.toArray(Column[]::new)), Diane::decodeYear));
    // the line's reason: the first codec reason, fiscal years in ascending order, items in
    // declaration order
    Column reasons = filter(transform(col(decoded), Diane::yearReason), reason -> reason.isNotNull());
    return decoder.reason(get(reasons, lit(0)))
        .column("_annees", filter(transform(col(decoded), Diane::yearValues), Diane::hasData))
        .build();
  }

  /** One fiscal year's raw cells; {@code suffix} is "_yyyy" for wide exports, "" for flat ones. */
  private static Column rawYear(Column annee, String suffix) {
    List<Column> cells = new ArrayList<>();
    cells.add(annee.as(Out.ANNEE.column()));
    for (Item item : perYearItems()) cells.add(col(item.column() + suffix).as(item.column()));
    return struct(cells.toArray(Column[]::new));
  }

  /** "Oui" → true, "Non" → false (Diane's spelling, any case), anything else null. */
  private static Column procedureCollective(Column raw) {
    Column text = lower(trim(raw));
    return when(text.equalTo("oui"), lit(true)).when(text.equalTo("non"), lit(false));
  }

  /** The codec of each item; the date, the month count and the headcount first, then the amounts. */
  private static ValueCodec codec(Item item) {
    if (item == DianeItems.DATE_CLOTURE) return ValueCodec.SLASH_DATE;
    if (item == DianeItems.NOMBRE_MOIS) return ValueCodec.WHOLE_NUMBER;
    return ValueCodec.DECIMAL_NUMBER;
  }

  /** A raw year → struct(annee, one (value, reason) struct per item). */
  private static Column decodeYear(Column raw) {
    List<Column> fields = new ArrayList<>();
    fields.add(raw.getField(Out.ANNEE.column()).as(Out.ANNEE.column()));
    for (Item item : perYearItems()) {
      fields.add(codec(item).on(raw.getField(item.column())).as(item.column()));
    }
    return struct(fields.toArray(Column[]::new));
  }

  private static Column yearReason(Column year) {
    return coalesce(perYearItems().stream().map(item -> year.getField(item.column()).getField("reason"))
        .toArray(Column[]::new));
  }

  /** A decoded year → struct(annee, the value of every item). */
  private static Column yearValues(Column year) {
    List<Column> fields = new ArrayList<>();
    fields.add(year.getField(Out.ANNEE.column()).as(Out.ANNEE.column()));
    for (Item item : perYearItems()) {
      Column value = year.getField(item.column()).getField("value");
      fields.add((item == DianeItems.NOMBRE_MOIS ? value.cast("int") : value).as(item.column()));
    }
    return struct(fields.toArray(Column[]::new));
  }

  private static Column hasData(Column year) {
    List<Column> values = new ArrayList<>();
    values.add(year.getField(DianeItems.DATE_CLOTURE.column()).cast("string"));
    // a year-less company value alone (number of subsidiaries) is no balance sheet for that year
    for (Item item : DianeItems.AMOUNTS) {
      if (!DianeItems.YEARLESS.contains(item)) values.add(year.getField(item.column()).cast("string"));
    }
    return coalesce(values.toArray(Column[]::new)).isNotNull();
  }

  private static Column notAvailableAsEmpty(String name) {
    if (name.startsWith("_") || List.of("file", "line", "raw", "reason").contains(name)) return col(name);
    return when(lower(trim(col(name))).isin(NOT_AVAILABLE.toArray()), lit(null).cast("string"))
        .otherwise(col(name)).as(name);
  }

  @Override
  public List<SourceColumn> columns() {
    List<SourceColumn> columns = new ArrayList<>(List.of(Out.SIREN, Out.ANNEE, DianeItems.DATE_CLOTURE,
        DianeItems.NOMBRE_MOIS, DianeItems.EFFECTIF));
    columns.addAll(DianeItems.AMOUNTS);
    columns.addAll(List.of(Out.NOM_ENTREPRISE, DianeItems.STATUT_JURIDIQUE, DianeItems.PROCEDURE_COLLECTIVE, Out.FILE,
        Out.LINE));
    return columns;
  }

  @Override
  public Dataset<Row> output(Dataset<Row> accepted) {
    List<SourceColumn> perLine = List.of(Out.SIREN, Out.NOM_ENTREPRISE, DianeItems.STATUT_JURIDIQUE,
        DianeItems.PROCEDURE_COLLECTIVE, Out.FILE, Out.LINE);
    List<Column> kept = new ArrayList<>(perLine.stream().map(SourceColumn::col).toList());
    kept.add(explode(col("_annees")).as("_a"));
    Dataset<Row> years = accepted.select(kept.toArray(Column[]::new));
    return years.select(columns().stream()
        .map(c -> perLine.contains(c) ? c.col() : col("_a." + c.column()).as(c.column()))
        .toArray(Column[]::new));
  }
}
