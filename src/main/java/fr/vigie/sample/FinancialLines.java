package fr.vigie.sample;

import fr.vigie.source.DianeItems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Balance sheets of one company: Banque de France ratios and the wide Diane export, both derived from
 * the same fiscal years, which worsen with the company's state at the closing month. Coverage: the
 * Banque de France file covers about half the companies of 10 employees or more, Diane three
 * quarters of them and a third of the smaller ones.
 */
final class FinancialLines {
  private FinancialLines() {}

  // read by EmissionLikelihoods too (the observable ceiling)
  /** The balance sheet's health score z, per state/phase 0–5: Normal(Z_MEAN[state], Z_SD²). Items are functions of z. */
  static final double[] Z_MEAN = {1.0, 0.0, -1.5, -2.0, -0.5, -0.5};
  static final double Z_SD = 0.5;

  /** One fiscal year's items (k€, days, %), by Diane seed name, and the score z they derive from. */
  private record Balance(LocalDate closing, Map<String, Double> items, double z) {}

  static void write(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    int size = 0;
    for (Establishment e : c.establishments) size += Math.max(0, e.headcount[Math.max(0, Math.min(months - 1,
        Math.max(0, e.createdMonth)))]);
    boolean large = size >= 10;
    boolean bdf = large && rng.nextDouble() < 0.55;
    boolean diane = rng.nextDouble() < (large ? 0.75 : 0.3);
    if (!bdf && !diane) return;
    int closingMonth = rng.nextDouble() < 0.85 ? 12 : rng.nextDouble() < 0.67 ? 6 : 9;
    int[] years = Headers.dianeYears(start, months);
    Balance[] balances = new Balance[years.length];
    int[] closings = new int[years.length];
    boolean any = false;
    for (int i = 0; i < years.length; i++) {
      YearMonth closing = YearMonth.of(years[i], closingMonth);
      int u = (int) start.until(closing, java.time.temporal.ChronoUnit.MONTHS);
      if (u >= months || u < -12 || closing.minusMonths(12).atDay(1).isBefore(c.created)) continue;
      int v = Math.max(0, u); // a year closed before the window reflects the window's first month
      if (c.state[v] < 0 || v >= c.endMonth) continue;
      balances[i] = balance(c, v, closing.atEndOfMonth(), rng);
      closings[i] = u;
      any = true;
    }
    if (!any) return;
    if (bdf) {
      for (Balance b : balances) if (b != null) bdf(c, b, out, rng);
    }
    double[] shownInDiane = diane ? diane(c, balances, out, rng) : null;
    Emissions emissions = out.emissions();
    if (emissions == null) return;
    for (int i = 0; i < balances.length; i++) {
      if (balances[i] == null) continue;
      // z as the files show it: bdf's POIDS_FRNG = 15 + 12 z (2 decimals), else a Diane item (see diane)
      double z = bdf ? (printed(balances[i].items().get("PoidsFrng"), 2) - 15) / 12 : shownInDiane[i];
      if (!Double.isNaN(z)) emissions.balanceSheet(closings[i], Math.max(0, closings[i]), z);
    }
  }

  /** The value a cell shows once written with {@code digits} decimals. */
  static double printed(double value, int digits) {
    return Double.parseDouble(Encodings.decimal(value, digits, '.'));
  }

  private static Balance balance(Company c, int u, LocalDate closing, SplittableRandom rng) {
    double z = Z_MEAN[c.state[u]] + Z_SD * Population.gaussian(rng);
    int h = Math.max(0, c.headcount(u));
    double ca = Math.max(1, h) * 120 * c.activity.wage() / 2500 * Math.exp(0.3 * Population.gaussian(rng));
    double va = ca * 0.38;
    double ebe = va * (0.10 + 0.08 * z);
    double taxes = va * 0.03;
    double personnel = va - ebe - taxes;
    double dotations = ca * 0.03;
    double re = ebe - dotations;
    double cf = ca * Math.max(0.002, 0.008 - 0.006 * z);
    double rcai = re - cf;
    double is = Math.max(0, 0.25 * rcai);
    double result = rcai - is;
    Map<String, Double> items = new HashMap<>();
    items.put("NombreMois", 12.0);
    items.put("EffectifConsolide", (double) h);
    items.put("CA", ca);
    items.put("ValeurAjoutee", va);
    items.put("ChargePersonnel", personnel);
    items.put("ImpotsTaxes", taxes);
    items.put("ExcedentBrutDExploitation", ebe);
    items.put("DotationAmortissement", dotations);
    items.put("ResultatExpl", re);
    items.put("ChargesFinancieres", cf);
    items.put("Interets", cf * 0.8);
    items.put("ResultatAvantImpot", rcai);
    items.put("ImpotBenefice", is);
    items.put("BeneficeOuPerte", result);
    items.put("DetteFiscaleEtSociale", personnel * Math.max(0.05, 0.22 - 0.08 * z));
    items.put("ConcoursBancaireCourant", ca * Math.max(0, 0.03 - 0.03 * z));
    items.put("LiquiditeGenerale", Math.max(0.1, 1.5 + 0.4 * z));
    items.put("LiquiditeReduite", Math.max(0.05, 1.15 + 0.4 * z));
    items.put("Endettement", Math.max(0, 70 - 30 * z));
    items.put("RentabiliteNette", 100 * result / ca);
    items.put("CapaciteAutofinancement", 100 * (result + dotations) / ca);
    items.put("CreditClient", Math.max(5, 55 - 6 * z));
    items.put("CreditFournisseur", Math.max(5, 60 - 12 * z));
    items.put("PoidsFrng", 15 + 12 * z);
    return new Balance(closing, items, z);
  }

  private static void bdf(Company c, Balance b, PartitionOutput out, SplittableRandom rng) {
    Map<String, Double> i = b.items();
    String d1 = rng.nextDouble() < 0.3
        ? c.siren.substring(0, 3) + " " + c.siren.substring(3, 6) + " " + c.siren.substring(6) : c.siren;
    String date = rng.nextDouble() < 0.8 ? Encodings.textMonth(b.closing()) : Encodings.textMonthFrench(b.closing());
    double va = i.get("ValeurAjoutee");
    double ca = i.get("CA");
    double ebe = i.get("ExcedentBrutDExploitation");
    StringBuilder sb = new StringBuilder(160).append(d1).append(';').append(b.closing().getYear()).append(';')
        .append(date).append(';').append(Encodings.quote(c.name, ';', false)).append(';')
        .append(c.headOffice().postalCode).append(';').append(Geography.regionName(c.region())).append(';')
        .append(c.activity.bdfSector()).append(';')
        .append(Encodings.decimal(i.get("PoidsFrng"), 2, ',')).append(';')
        .append(Encodings.decimal(100 * ebe / va, 2, ',')).append(';')
        .append(Encodings.decimal(i.get("CreditFournisseur"), 1, ',')).append(';')
        .append(Encodings.decimal(100 * i.get("DetteFiscaleEtSociale") / va, 2, ',')).append(';')
        .append(Encodings.decimal(100 * i.get("ConcoursBancaireCourant") / ca, 2, ',')).append(';');
    if (ebe > 0) sb.append(Encodings.decimal(Math.min(500, 100 * i.get("ChargesFinancieres") / ebe), 2, ','));
    out.get(SampleFile.BDF).line(sb.toString());
  }

  /**
   * Writes the Diane line; returns, per balance, z as its cells show it (NaN when they do not): from
   * Endettement = 70 − 30 z, else LiquiditeGenerale = 1.5 + 0.4 z, else CreditFournisseur = 60 − 12 z,
   * the first of them neither n.d. nor at its floor.
   */
  private static double[] diane(Company c, Balance[] balances, PartitionOutput out, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append('"').append(c.name.replace("\"", "\"\"")).append("\";\"").append(c.siren).append('"');
    double[] z = new double[balances.length];
    for (int i = 0; i < balances.length; i++) {
      Balance b = balances[i];
      Map<String, Double> shown = new HashMap<>();
      for (DianeItems.Item item : Headers.DIANE_ITEMS) {
        sb.append(";\"");
        if (b != null) {
          if (item == DianeItems.DATE_CLOTURE) sb.append(Encodings.slash(b.closing()));
          else if (rng.nextDouble() < 0.02) sb.append("n.d.");
          else {
            double value = b.items().get(item.seedName());
            boolean whole = item == DianeItems.NOMBRE_MOIS || item == DianeItems.EFFECTIF;
            int digits = whole ? 0 : item.label().contains("kEUR") ? 1 : 2;
            sb.append(Encodings.decimal(value, digits, ','));
            shown.put(item.seedName(), printed(value, digits));
          }
        }
        sb.append('"');
      }
      z[i] = shownZ(shown);
    }
    out.get(SampleFile.DIANE).line(sb.toString());
    return z;
  }

  private static double shownZ(Map<String, Double> shown) {
    Double endettement = shown.get("Endettement");
    if (endettement != null && endettement > 0) return (70 - endettement) / 30;
    Double liquidite = shown.get("LiquiditeGenerale");
    if (liquidite != null && liquidite > 0.1) return (liquidite - 1.5) / 0.4;
    Double fournisseur = shown.get("CreditFournisseur");
    if (fournisseur != null && fournisseur > 5) return (60 - fournisseur) / 12;
    return Double.NaN;
  }
}
