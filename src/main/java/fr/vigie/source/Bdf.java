package fr.vigie.source;

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
        .value("siren", "siren", "d1", true)
        .value("annee_bdf", "whole_number", "annee", true)
        .value("arrete_bilan_bdf", "text_month_date", "arrete_bilan", true)
        .text("raison_sociale", "denom", false)
        .text("secteur")
        .text("code_postal", "cp", false)
        .text("region_bdf", "region", false)
        .value("poids_frng", "decimal_number", "poids_frng", false)
        .value("taux_marge", "decimal_number", "tx_marge", false)
        .value("delai_fournisseur", "decimal_number", "delai_frs", false)
        .value("dette_fiscale", "decimal_number", "poids_dfisc_soc", false)
        .value("financier_court_terme", "decimal_number", "poids_fin_ct", false)
        .value("frais_financier", "decimal_number", "poids_frais_fin", false)
        .build();
  }

  @Override
  public List<String> columns() {
    return List.of("siren", "annee_bdf", "arrete_bilan_bdf", "raison_sociale", "secteur", "code_postal",
        "region_bdf", "poids_frng", "taux_marge", "delai_fournisseur", "dette_fiscale", "financier_court_terme",
        "frais_financier", "file", "line");
  }
}
