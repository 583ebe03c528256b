package fr.vigie.report;

import fr.vigie.panel.Columns;
import java.util.List;

/**
 * A feature family of the panel and the one column that stands for it in the coverage table: the
 * family is "known" for a row when that column is not null.
 *
 * @param event true for event sources (activité partielle, délais, CCSF), whose column is null for
 *              every establishment without such an event: their coverage is the share of
 *              establishments concerned, not missing data
 */
record CoverageFamily(String family, String column, boolean event) {

  static final List<CoverageFamily> ALL = List.of(
      new CoverageFamily("cotisations", Columns.COTISATION, false),
      new CoverageFamily("débits", Columns.DEBT_WORKER, false),
      new CoverageFamily("effectif", Columns.EFFECTIF, false),
      new CoverageFamily("activité partielle", Columns.APART_AUTORISEES, true),
      new CoverageFamily("délais", Columns.DELAI_MONTANT, true),
      new CoverageFamily("CCSF", Columns.CCSF_MOIS_DEPUIS, true),
      new CoverageFamily("Sirene", Columns.CODE_APE, false),
      new CoverageFamily("bilans Banque de France", "poids_frng", false),
      new CoverageFamily("Diane", fr.vigie.panel.BalanceSheets.EXERCICE_DIANE, false), // a sheet in force
      new CoverageFamily("procédures régionales", Columns.REGION_PROCOL_PREFIX + "liquidation", false),
      new CoverageFamily("auto-entrepreneurs", Columns.AE_IMMATRICULATIONS, false));
}
