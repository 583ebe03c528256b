package fr.vigie.panel;

import fr.vigie.config.PanelConfig;
import fr.vigie.panel.family.Calendar;
import fr.vigie.panel.family.CompanyAggregate;
import fr.vigie.panel.family.EstablishmentMonths;
import fr.vigie.panel.family.RegionalTables;
import fr.vigie.panel.family.Sheet;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the two panels (panel.md), each a name, a type and how to read its value at month i
 * from the feature families' results: the one place that turns {@link EstablishmentMonths} and
 * {@link CompanyAggregate} into rows. Money turns into euros here, and only here.
 */
public final class PanelRows implements Serializable {
  /** A column: its value at month index i. */
  interface Value<T> extends Serializable {
    Object at(T source, int i);
  }

  record Column<T>(String name, DataType type, Value<T> value) implements Serializable {}

  private final List<Column<EstablishmentMonths>> establishment = new ArrayList<>();
  private final List<Column<CompanyAggregate>> company = new ArrayList<>();
  private final RegionalTables regional;
  private final Calendar calendar;

  public PanelRows(PanelConfig config, Calendar calendar, RegionalTables regional, boolean hidden) {
    this.regional = regional;
    this.calendar = calendar;
    defineEstablishment(config, hidden);
    defineCompany(config);
  }

  private static Double euros(Long units, long perEuro) {
    return units == null ? null : units / (double) perEuro;
  }

  private static Date date(Integer epochDay) {
    return epochDay == null ? null : Date.valueOf(LocalDate.ofEpochDay(epochDay));
  }

  private void e(String name, DataType type, Value<EstablishmentMonths> value) {
    establishment.add(new Column<>(name, type, value));
  }

  private void c(String name, DataType type, Value<CompanyAggregate> value) {
    company.add(new Column<>(name, type, value));
  }

  private void defineEstablishment(PanelConfig config, boolean hidden) {
    var D = DataTypes.DoubleType;
    var I = DataTypes.IntegerType;
    var L = DataTypes.LongType;
    var S = DataTypes.StringType;
    var B = DataTypes.BooleanType;
    int w = config.meanWindowMonths();
    // the order of the panel written by the SQL plan before 2026-12, which the model's feature order follows
    e(Columns.SIREN, S, (m, i) -> m.company.siren);
    e(Columns.DEPARTEMENT, S, (m, i) -> m.register.attributes().departement());
    e(Columns.REGION, S, (m, i) -> m.register.attributes().region());
    e(Columns.CODE_APE_NIVEAU2, S, (m, i) -> m.register.attributes().codeApeNiveau2());
    e(Columns.SIRET, S, (m, i) -> m.siret);
    e(Columns.PERIODE, DataTypes.DateType, (m, i) -> Date.valueOf(calendar.firstDay(i)));
    if (hidden) e(Columns.MONTH, I, (m, i) -> calendar.month(i));
    e(Columns.COTISATION, D, (m, i) -> m.contributions == null ? null
        : euros(m.contributions.twelfths()[i], fr.vigie.panel.Exact.TWELFTHS_PER_EURO));
    e(Columns.mean(Columns.COTISATION, w), D, (m, i) -> m.contributions == null ? null
        : euros(m.contributions.meanSum()[i], fr.vigie.panel.Exact.TWELFTHS_PER_EURO * w));
    e(Columns.DEBT_WORKER, D, (m, i) -> m.debts == null ? null : m.debts.po()[i] / 100.0);
    e(Columns.DEBT_EMPLOYER, D, (m, i) -> m.debts == null ? null : m.debts.pp()[i] / 100.0);
    for (int k : config.debtLags()) {
      e(Columns.past(Columns.DEBT_WORKER, k), D, (m, i) -> m.debts == null || i - k < 0 ? null
          : m.debts.po()[i - k] / 100.0);
    }
    for (int k : config.debtLags()) {
      e(Columns.past(Columns.DEBT_EMPLOYER, k), D, (m, i) -> m.debts == null || i - k < 0 ? null
          : m.debts.pp()[i - k] / 100.0);
    }
    e(Columns.EFFECTIF, I, (m, i) -> m.headcount.effectif()[i]);
    e(Columns.EFFECTIF_REPORTE, I, (m, i) -> m.headcount.reporte()[i]);
    e(Columns.EFFECTIF_ENTREPRISE, L, (m, i) -> m.company.effectifEntreprise[i]);
    for (int k : config.headcountLags()) {
      e(Columns.past(Columns.EFFECTIF, k), I, (m, i) -> Calendar.past(m.headcount.effectif(), i, k));
    }
    e(Columns.EFFECTIF_VARIATION_12M, D, (m, i) -> fr.vigie.panel.family.Headcount.variation(
        m.headcount.effectif()[i], Calendar.past(m.headcount.effectif(), i, 12)));
    e(Columns.RATIO_DETTE, D, (m, i) -> m.ratios.ratio()[i]);
    e(Columns.mean(Columns.RATIO_DETTE, w), D, (m, i) -> m.ratios.ratioMean()[i]);
    e(Columns.TAG_DEBIT, B, (m, i) -> m.ratios.tagDebit()[i]);
    e(Columns.TAG_DEFAULT, B, (m, i) -> m.ratios.tagDefault()[i]);
    e(Columns.INTERESSANTE_URSSAF, B, (m, i) -> m.ratios.interessante()[i]);
    e(Columns.DETTE_PAR_EFFECTIF, D, (m, i) -> m.ratios.perHead()[i]);
    e(Columns.diff(Columns.DETTE_PAR_EFFECTIF, config.debtPerHeadDiffMonths()), D, (m, i) -> m.ratios.perHeadDiff()[i]);
    e(Columns.APART_AUTORISEES, D, (m, i) -> m.partialActivity.autorisees()[i]);
    e(Columns.APART_MOTIF, I, (m, i) -> m.partialActivity.motif()[i]);
    e(Columns.APART_CONSOMMEES, D, (m, i) -> m.partialActivity.consommees()[i]);
    e(Columns.APART_CUMULEES, D, (m, i) -> m.partialActivity.cumulees()[i]);
    e(Columns.RATIO_APART, D, (m, i) -> m.partialActivity.ratio()[i]);
    e(Columns.DELAI_JOURS_TOTAL, I, (m, i) -> m.delays.joursTotal()[i]);
    e(Columns.DELAI_MONTANT, D, (m, i) -> m.delays.montant()[i]);
    e(Columns.DELAI_JOURS_RESTANTS, I, (m, i) -> m.delays.joursRestants()[i]);
    e(Columns.DELAI_DEVIATION, D, (m, i) -> m.delays.deviation()[i]);
    e(Columns.CCSF_MOIS_DEPUIS, I, (m, i) -> m.delays.ccsfMoisDepuis()[i]);
    e(Columns.CODE_APE, S, (m, i) -> m.register.attributes().codeApe());
    e(Columns.SIEGE, B, (m, i) -> m.register.attributes().siege());
    e(Columns.AGE, I, (m, i) -> m.register.age()[i]);
    e(Columns.CODE_NAF, S, (m, i) -> m.register.attributes().codeNaf());
    e(Columns.CATEGORIE_JURIDIQUE, S, (m, i) -> m.register.attributes().categorieJuridique());
    e(Columns.AGE_ENTREPRISE, I, (m, i) -> m.register.ageEntreprise()[i]);
    if (hidden) e(Columns.ACTIF_SIRENE, B, (m, i) -> m.register.active()[i]);
    e(Columns.REGION_PROCOL_PREFIX + "liquidation", L, (m, i) -> procedures(m, i) == null ? null
        : procedures(m, i).liquidation());
    e(Columns.REGION_PROCOL_PREFIX + "redressement", L, (m, i) -> procedures(m, i) == null ? null
        : procedures(m, i).redressement());
    e(Columns.REGION_PROCOL_PREFIX + "sauvegarde", L, (m, i) -> procedures(m, i) == null ? null
        : procedures(m, i).sauvegarde());
    e(Columns.REGION_PROCOL_VARIATION, D, (m, i) -> procedures(m, i) == null ? null : procedures(m, i).variation());
    e(Columns.AE_IMMATRICULATIONS, L, (m, i) -> ae(m, i) == null ? null : ae(m, i).immatriculations());
    e(Columns.AE_RADIATIONS, L, (m, i) -> ae(m, i) == null ? null : ae(m, i).radiations());
    e(Columns.AE_PART_ACTIFS, D, (m, i) -> ae(m, i) == null ? null : ae(m, i).partActifs());
    e(Columns.AE_CA_MOYEN, D, (m, i) -> ae(m, i) == null ? null : ae(m, i).caMoyen());
    e(Columns.AE_VARIATION, D, (m, i) -> ae(m, i) == null ? null : ae(m, i).variation());
    e(Labels.ETAT, S, (m, i) -> m.company.labels.etat()[i]);
    e(Labels.DATE_PROCEDURE, DataTypes.DateType, (m, i) -> date(m.company.labels.firstEventDay()));
    e(Labels.EN_PROCEDURE, B, (m, i) -> m.company.labels.enProcedure()[i]);
    e(Labels.OUTCOME, B, (m, i) -> m.outcome[i]);
    e(Labels.TIME_TIL_OUTCOME, I, (m, i) -> m.timeTilOutcome[i]);
    e(Columns.DANS_PERIMETRE, B, (m, i) -> m.inScope[i]);
    e(BalanceSheets.EXERCICE_BDF, DataTypes.DateType, (m, i) -> closing(m.company.bdf[i]));
    e(BalanceSheets.EXERCICE_DIANE, DataTypes.DateType, (m, i) -> closing(m.company.diane[i]));
    for (int r = 0; r < BalanceSheets.BDF.size(); r++) {
      int ratio = r;
      e(BalanceSheets.BDF.get(r), D, (m, i) -> m.company.bdf[i] == null ? null : m.company.bdf[i].ratios()[ratio]);
    }
  }

  private static Date closing(Sheet sheet) {
    return sheet == null ? null : date(sheet.closing());
  }

  private RegionalTables.Procedures procedures(EstablishmentMonths m, int i) {
    return regional.procedures(m.register.attributes().region(), calendar.month(i));
  }

  private RegionalTables.AutoEntrepreneurs ae(EstablishmentMonths m, int i) {
    return regional.autoEntrepreneurs(m.register.attributes().departement(), calendar.month(i));
  }

  private void defineCompany(PanelConfig config) {
    var D = DataTypes.DoubleType;
    var I = DataTypes.IntegerType;
    var L = DataTypes.LongType;
    var S = DataTypes.StringType;
    var B = DataTypes.BooleanType;
    int w = config.meanWindowMonths();
    long meanUnit = fr.vigie.panel.Exact.TWELFTHS_PER_EURO * w;
    c(Columns.SIREN, S, (a, i) -> a.company.siren);
    c(Columns.PERIODE, DataTypes.DateType, (a, i) -> Date.valueOf(calendar.firstDay(i)));
    c(Columns.COTISATION, D, (a, i) -> euros(a.cotisation[i], fr.vigie.panel.Exact.TWELFTHS_PER_EURO));
    c(Columns.mean(Columns.COTISATION, w), D, (a, i) -> euros(a.meanSum[i], meanUnit));
    for (int l = 0; l <= config.debtLags().size(); l++) {
      int lag = l;
      String suffix = l == 0 ? "" : "_past_" + config.debtLags().get(l - 1);
      c(Columns.DEBT_WORKER + suffix, D, (a, i) -> euros(a.po[lag][i], 100));
    }
    for (int l = 0; l <= config.debtLags().size(); l++) {
      int lag = l;
      String suffix = l == 0 ? "" : "_past_" + config.debtLags().get(l - 1);
      c(Columns.DEBT_EMPLOYER + suffix, D, (a, i) -> euros(a.pp[lag][i], 100));
    }
    for (int l = 0; l <= config.headcountLags().size(); l++) {
      int lag = l;
      String suffix = l == 0 ? "" : "_past_" + config.headcountLags().get(l - 1);
      c(Columns.EFFECTIF + suffix, L, (a, i) -> a.effectif[lag][i]);
    }
    c(Columns.APART_AUTORISEES, D, (a, i) -> CompanyAggregate.value(a.autorisees[i]));
    c(Columns.APART_CONSOMMEES, D, (a, i) -> CompanyAggregate.value(a.consommees[i]));
    c(Columns.APART_CUMULEES, D, (a, i) -> CompanyAggregate.value(a.cumulees[i]));
    c(Columns.NB_ETABLISSEMENTS, I, (a, i) -> a.establishments);
    c(Columns.DANS_PERIMETRE, B, (a, i) -> a.inScope[i]);
    c(Labels.OUTCOME, B, (a, i) -> a.outcome[i]);
    // the head office's descriptors (else the smallest siret's), and what is the company's own
    for (String name : List.of(Columns.DEPARTEMENT, Columns.REGION, Columns.CODE_APE_NIVEAU2,
        Columns.EFFECTIF_ENTREPRISE, Columns.CODE_APE, Columns.AGE, Columns.CODE_NAF, Columns.CATEGORIE_JURIDIQUE,
        Columns.AGE_ENTREPRISE, Labels.ETAT, Labels.DATE_PROCEDURE, Labels.EN_PROCEDURE, Labels.TIME_TIL_OUTCOME,
        BalanceSheets.EXERCICE_BDF, BalanceSheets.EXERCICE_DIANE)) {
      Column<EstablishmentMonths> source = establishmentColumn(name);
      c(name, source.type(), (a, i) -> source.value().at(a.representative, i));
    }
    for (String ratio : BalanceSheets.BDF) {
      Column<EstablishmentMonths> source = establishmentColumn(ratio);
      c(ratio, source.type(), (a, i) -> source.value().at(a.representative, i));
    }
    c(Columns.RATIO_DETTE, D, (a, i) -> {
      Long po = a.po[0][i];
      Long pp = a.pp[0][i];
      Long meanSum = a.meanSum[i];
      if (meanSum == null || meanSum <= 0 || po == null || pp == null) return null;
      return (double) ((po + pp) * 12 * w) / (double) meanSum;
    });
  }

  private Column<EstablishmentMonths> establishmentColumn(String name) {
    for (Column<EstablishmentMonths> c : establishment) if (c.name().equals(name)) return c;
    throw new IllegalArgumentException("no establishment column " + name);
  }

  public StructType establishmentSchema() {
    return schema(establishment);
  }

  public StructType companySchema() {
    return schema(company);
  }

  private static <T> StructType schema(List<Column<T>> columns) {
    StructType schema = new StructType();
    for (Column<T> c : columns) schema = schema.add(c.name(), c.type(), true);
    return schema;
  }

  /** The rows of an establishment's months, or of the one month {@code only} (a --period run). */
  public List<Row> establishmentRows(EstablishmentMonths m, Integer only) {
    return rows(establishment, m, only);
  }

  public List<Row> companyRows(CompanyAggregate a, Integer only) {
    return rows(company, a, only);
  }

  private <T> List<Row> rows(List<Column<T>> columns, T source, Integer only) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < calendar.size(); i++) {
      if (only != null && calendar.month(i) != only) continue;
      Object[] values = new Object[columns.size()];
      for (int c = 0; c < values.length; c++) values[c] = columns.get(c).value().at(source, i);
      out.add(RowFactory.create(values));
    }
    return out;
  }
}
