package fr.vigie.source;

import static fr.vigie.source.Presence.REQUIRED;
import static fr.vigie.source.Presence.OPTIONAL;

import fr.vigie.spark.ValueCodec;
import fr.vigie.config.SourceName;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Banque de France ratios ({@code bdf*.csv}): one row per (siren, fiscal year). {@code D1} is the
 * siren, possibly with spaces; the closing date is ddMMMyyyy (English or French abbreviations).
 * Output names are the seed's ({@code poids_frng}, {@code taux_marge}...).
 */
public final class Bdf implements SourceReader {
  /** The columns of sources/bdf/, in the order written. */
  public enum Out implements SourceColumn {
    SIREN, ANNEE_BDF, ARRETE_BILAN_BDF, RAISON_SOCIALE, SECTEUR, CODE_POSTAL, REGION_BDF, POIDS_FRNG,
    TAUX_MARGE, DELAI_FOURNISSEUR, DETTE_FISCALE, FINANCIER_COURT_TERME, FRAIS_FINANCIER, FILE, LINE;

    @Override
    public SourceName source() {
      return SourceName.BDF;
    }
  }

  static final List<Field> FIELDS = List.of(
      Field.required("d1", "d1", "siren"),
      Field.required("annee"),
      Field.required("arrete_bilan"),
      Field.optional("denom"),
      Field.optional("cp"),
      Field.optional("region"),
      Field.optional("secteur"),
      Field.optional("poids_frng"),
      Field.optional("tx_marge"),
      Field.optional("delai_frs"),
      Field.optional("poids_dfisc_soc"),
      Field.optional("poids_fin_ct"),
      Field.optional("poids_frais_fin"));

  @Override
  public SourceName source() {
    return SourceName.BDF;
  }

  @Override
  public List<Field> fields(Header header) {
    return FIELDS;
  }

  @Override
  public Dataset<Row> decode(Dataset<Row> split, Header header) {
    return Decoder.of(split)
        .value(Out.SIREN, ValueCodec.SIREN, "d1", REQUIRED)
        .value(Out.ANNEE_BDF, ValueCodec.WHOLE_NUMBER, "annee", REQUIRED)
        .value(Out.ARRETE_BILAN_BDF, ValueCodec.TEXT_MONTH_DATE, "arrete_bilan", REQUIRED)
        .text(Out.RAISON_SOCIALE, "denom")
        .text(Out.SECTEUR, "secteur")
        .text(Out.CODE_POSTAL, "cp")
        .text(Out.REGION_BDF, "region")
        .value(Out.POIDS_FRNG, ValueCodec.DECIMAL_NUMBER, "poids_frng", OPTIONAL)
        .value(Out.TAUX_MARGE, ValueCodec.DECIMAL_NUMBER, "tx_marge", OPTIONAL)
        .value(Out.DELAI_FOURNISSEUR, ValueCodec.DECIMAL_NUMBER, "delai_frs", OPTIONAL)
        .value(Out.DETTE_FISCALE, ValueCodec.DECIMAL_NUMBER, "poids_dfisc_soc", OPTIONAL)
        .value(Out.FINANCIER_COURT_TERME, ValueCodec.DECIMAL_NUMBER, "poids_fin_ct", OPTIONAL)
        .value(Out.FRAIS_FINANCIER, ValueCodec.DECIMAL_NUMBER, "poids_frais_fin", OPTIONAL)
        .build();
  }

  @Override
  public List<Out> columns() {
    return List.of(Out.values());
  }
}
