package fr.vigie.sample;

import fr.vigie.config.SourceName;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The files the sample writes, one per source and partition, named like production deliveries
 * (inputs.md, "The files"). Headers that depend on the window (effectif, Diane) come from
 * {@link Headers}.
 */
public enum SampleFile {
  COMPTES(SourceName.COMPTES, "Sigfaible_etablissement_utf8", ".csv", ';', StandardCharsets.UTF_8, false,
      "Urssaf_gestion;Dep;Compte;Etat_compte;Siren;Siret;Date_crea_siret;Date_disp_siret"),
  COTISATIONS(SourceName.COTISATIONS, "sigfaible_cotisdues", ".csv", ';', StandardCharsets.UTF_8, false,
      "Urssaf_gestion;Dep;Compte;periode;mer;enc_direct;cotis_due"),
  DEBITS(SourceName.DEBITS, "sigfaible_debits", ".csv", ';', StandardCharsets.UTF_8, false,
      "Urssaf_gestion;Dep;num_cpte;Siren;Dt_immat;Etat_cpte;Cd_pro_col;Periode;Num_Ecn;Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;"
          + "Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours"),
  EFFECTIF(SourceName.EFFECTIF, "sigfaible_effectif_siret", ".csv", ';', StandardCharsets.UTF_8, false, null),
  EFFECTIF_ENTREPRISE(SourceName.EFFECTIF_ENTREPRISE, "sigfaible_effectif_siren", ".csv", ';',
      StandardCharsets.UTF_8, false, null),
  DELAIS(SourceName.DELAIS, "sigfaible_delais", ".csv", ';', StandardCharsets.UTF_8, false,
      "Urssaf_gestion;Dep;Numero_compte_externe;Numero_structure;Date_creation;Date_echeance;Duree_delai;"
          + "Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;Code_externe_stade;"
          + "Code_externe_action"),
  CCSF(SourceName.CCSF, "sigfaible_ccsf", ".csv", ';', StandardCharsets.UTF_8, false,
      "Urssaf_gestion;Dep;Compte;Date_de_traitement;Code_externe_stade;Code_externe_action"),
  PROCOLS(SourceName.PROCOLS, "sigfaible_pcoll", ".csv", ';', StandardCharsets.UTF_8, false,
      "Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx"),
  AP_DEMANDES(SourceName.AP_DEMANDES, "demande_ap", ".csv", ',', StandardCharsets.UTF_8, false,
      "ID_DA,ETAB_SIRET,EFF_ENT,EFF_ETAB,DATE_STATUT,DATE_DEB,DATE_FIN,HTA,MTA,EFF_AUTO,MOTIF_RECOURS_SE,"
          + "PERIMETRE_AP,S_HEURE_CONSOM_TOT,S_EFF_CONSOM_TOT,S_MONTANT_CONSOM_TOT,RECOURS_ANTERIEUR"),
  AP_CONSOMMATIONS(SourceName.AP_CONSOMMATIONS, "consommation_ap", ".csv", ',', StandardCharsets.UTF_8, false,
      "ID_DA,ETAB_SIRET,HEURES,MONTANTS,EFFECTIFS,MOIS"),
  SIRENE(SourceName.SIRENE, "StockEtablissement_utf8_geo", ".csv", ',', StandardCharsets.UTF_8, false,
      "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,etablissementSiege,"
          + "codeCommuneEtablissement,codePostalEtablissement,etatAdministratifEtablissement,"
          + "activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,"
          + "denominationUsuelleEtablissement,enseigne1Etablissement,dateDebut,longitude,latitude,geo_score"),
  SIRENE_UL(SourceName.SIRENE_UL, "StockUniteLegale_utf8", ".csv", ',', StandardCharsets.UTF_8, false,
      "siren,statutDiffusionUniteLegale,dateCreationUniteLegale,categorieJuridiqueUniteLegale,"
          + "activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,etatAdministratifUniteLegale,"
          + "denominationUniteLegale,dateDebut"),
  BDF(SourceName.BDF, "bdf_ratios", ".csv", ';', StandardCharsets.UTF_8, false,
      "D1;ANNEE;ARRETE_BILAN;DENOM;CP;REGION;SECTEUR;POIDS_FRNG;TX_MARGE;DELAI_FRS;POIDS_DFISC_SOC;POIDS_FIN_CT;"
          + "POIDS_FRAIS_FIN"),
  DIANE(SourceName.DIANE, "Diane_export", ".txt", ';', StandardCharsets.UTF_16LE, true, null);

  final SourceName source;
  final String base;
  final String extension;
  final char separator;
  final Charset charset;
  final boolean bom;
  final String header;

  SampleFile(SourceName source, String base, String extension, char separator, Charset charset, boolean bom,
      String header) {
    this.source = source;
    this.base = base;
    this.extension = extension;
    this.separator = separator;
    this.charset = charset;
    this.bom = bom;
    this.header = header;
  }

  public SourceName source() {
    return source;
  }

  /** {@code <folder>/<base>-<part>.<ext>}, relative to the sample root. */
  public String relativePath(int part) {
    return source.folder() + "/" + base + "-" + Geography.pad(part, 5) + extension;
  }

  /** The sources whose lines may be corrupted on purpose: the URSSAF files that carry only a compte. */
  public boolean corruptible() {
    return this == COTISATIONS || this == DEBITS || this == DELAIS || this == CCSF;
  }
}
