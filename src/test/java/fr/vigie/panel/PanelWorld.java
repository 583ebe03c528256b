package fr.vigie.panel;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import fr.vigie.source.Comptes;
import fr.vigie.source.Readers;
import fr.vigie.source.Resolution;
import fr.vigie.source.SourceRead;
import fr.vigie.source.SourceReader;
import fr.vigie.spark.TestSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A hand-made input root in the real raw formats: tests add lines per source, then read them with
 * the real readers (as ingest would) into the typed sources the panel steps take.
 */
final class PanelWorld {
  static final SparkSession SPARK = TestSpark.session();

  static final String HEADER_COMPTES = "Urssaf_gestion;Dep;Compte;Etat_compte;Siren;Siret;Date_crea_siret;Date_disp_siret";
  static final String HEADER_COTISATIONS = "Urssaf_gestion;Dep;Compte;periode;mer;enc_direct;cotis_due";
  static final String HEADER_DEBITS = "Urssaf_gestion;Dep;num_cpte;Siren;Dt_immat;Etat_cpte;Cd_pro_col;Periode;Num_Ecn;"
      + "Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours";
  static final String HEADER_DELAIS = "Urssaf_gestion;Dep;Numero_compte_externe;Numero_structure;Date_creation;"
      + "Date_echeance;Duree_delai;Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;"
      + "Code_externe_stade;Code_externe_action";
  static final String HEADER_CCSF = "Urssaf_gestion;Dep;Compte;Date_de_traitement;Code_externe_stade;Code_externe_action";
  static final String HEADER_AP_DEMANDES = "ID_DA,ETAB_SIRET,EFF_ENT,EFF_ETAB,DATE_STATUT,DATE_DEB,DATE_FIN,HTA,MTA,"
      + "EFF_AUTO,MOTIF_RECOURS_SE,PERIMETRE_AP,S_HEURE_CONSOM_TOT,S_EFF_CONSOM_TOT,S_MONTANT_CONSOM_TOT,"
      + "RECOURS_ANTERIEUR";
  static final String HEADER_AP_CONSOMMATIONS = "ID_DA,ETAB_SIRET,HEURES,MONTANTS,EFFECTIFS,MOIS";
  static final String HEADER_SIRENE = "siren,nic,siret,dateCreationEtablissement,etablissementSiege,"
      + "codeCommuneEtablissement,codePostalEtablissement,etatAdministratifEtablissement,"
      + "activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement";
  static final String HEADER_SIRENE_UL = "siren,statutDiffusionUniteLegale,dateCreationUniteLegale,"
      + "categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,etatAdministratifUniteLegale";
  static final String HEADER_BDF = "D1;ANNEE;ARRETE_BILAN;DENOM;CP;REGION;SECTEUR;POIDS_FRNG;TX_MARGE;DELAI_FRS;"
      + "POIDS_DFISC_SOC;POIDS_FIN_CT;POIDS_FRAIS_FIN";
  static final String HEADER_PROCOLS_REGION = "Région;Ancienne région;Nature de procédure;Année;Trimestre;"
      + "Dernier jour du trimestre;Code région;Code ancienne région;Nombre de procédures (brut)";
  static final String HEADER_AUTO_ENTREPRENEURS = "region;departement;annee;trimestre;dernier_jour_du_trimestre;"
      + "code_region;code_departement;immatriculations;radiations;chiffres_d_affaires;economiquement_actifs;"
      + "administrativement_actifs;radiations_estimees;administrativement_actifs_estimes";

  private final Map<SourceName, List<String>> lines = new EnumMap<>(SourceName.class);
  private final Map<SourceName, String> headers = new EnumMap<>(SourceName.class);
  private final List<String> overrides = new ArrayList<>();

  PanelWorld(YearMonth start, YearMonth end) {
    overrides.add("panel.start=" + start);
    overrides.add("panel.end=" + end);
  }

  PanelWorld set(String override) {
    overrides.add(override);
    return this;
  }

  /** Adds lines to a source; the first call for a source gives its header. */
  PanelWorld add(SourceName source, String header, String... rows) {
    headers.putIfAbsent(source, header);
    lines.computeIfAbsent(source, s -> new ArrayList<>()).addAll(List.of(rows));
    return this;
  }

  VigieConfig config() {
    return ConfigLoader.load(null, overrides, Map.of()).config();
  }

  /** Writes every source under {@code root/<source>/data.csv} in the configured encoding. */
  void writeInputs(Path root) {
    VigieConfig config = config();
    for (Map.Entry<SourceName, List<String>> e : lines.entrySet()) {
      Charset charset = Charset.forName(config.source(e.getKey()).encoding());
      StringBuilder text = new StringBuilder(headers.get(e.getKey())).append('\n');
      for (String line : e.getValue()) text.append(line).append('\n');
      try {
        Path dir = root.resolve(e.getKey().folder());
        Files.createDirectories(dir);
        Files.write(dir.resolve("data.csv"), text.toString().getBytes(charset));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** The typed, accepted rows of every source written under {@code root}, read by the real readers. */
  Map<SourceName, Dataset<Row>> read(Path root) {
    writeInputs(root);
    VigieConfig config = config();
    Map<SourceName, SourceReader> readers = new HashMap<>();
    for (SourceReader reader : Readers.all()) readers.put(reader.source(), reader);
    Map<SourceName, Dataset<Row>> sources = new LinkedHashMap<>();
    Resolution resolution = Resolution.of(null);
    if (lines.containsKey(SourceName.COMPTES)) {
      SourceRead comptes = read(readers.get(SourceName.COMPTES), root, config, resolution);
      resolution = Resolution.of(Comptes.forResolution(comptes.decoded()).cache());
      sources.put(SourceName.COMPTES, comptes.rows());
    }
    for (SourceName source : lines.keySet()) {
      if (source == SourceName.COMPTES) continue;
      SourceRead read = read(readers.get(source), root, config, resolution);
      long quarantined = read.quarantined().count();
      if (quarantined > 0) {
        throw new IllegalStateException("fixture lines of " + source + " quarantined: "
            + read.quarantined().collectAsList());
      }
      sources.put(source, read.rows().cache());
    }
    return sources;
  }

  private static SourceRead read(SourceReader reader, Path root, VigieConfig config, Resolution resolution) {
    String file = root.resolve(reader.source().folder()).resolve("data.csv").toString();
    return SourceRead.read(SPARK, reader, List.of(file), config.source(reader.source()), resolution);
  }

  // ---- the raw encodings, for readable fixtures ----

  /** AAXY period of one month (yy, quarter, month in quarter): 2019-01 → 1911. */
  static String shortMonth(int year, int month) {
    return String.format("%02d%d%d", year % 100, (month - 1) / 3 + 1, (month - 1) % 3 + 1);
  }

  /** AAXY period of a quarter: 2019 Q1 → 1910. */
  static String shortQuarter(int year, int quarter) {
    return String.format("%02d%d0", year % 100, quarter);
  }

  /** AAAAXY period of one month: 2019-04 → 201921. */
  static String longMonth(int year, int month) {
    return year + shortMonth(year, month).substring(2);
  }

  /** (A)AAMMJJ date: 2019-02-20 → 1190220. */
  static String aamj(int year, int month, int day) {
    return String.format("%d%02d%02d%02d", year / 100 - 19, year % 100, month, day);
  }

  /** effAAAAXY header of a month. */
  static String effHeader(int year, int month) {
    return "eff" + longMonth(year, month);
  }
}
