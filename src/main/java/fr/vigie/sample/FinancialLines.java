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

  /** One fiscal year's items (k€, days, %), by Diane seed name. */
  private record Balance(LocalDate closing, Map<String, Double> items) {}

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
    boolean any = false;
    for (int i = 0; i < years.length; i++) {
      YearMonth closing = YearMonth.of(years[i], closingMonth);
      int u = (int) start.until(closing, java.time.temporal.ChronoUnit.MONTHS);
      if (u >= months || u < -12 || closing.minusMonths(12).atDay(1).isBefore(c.created)) continue;
      int v = Math.max(0, u);
      if (c.state[v] < 0 || v >= c.endMonth) continue;
      balances[i] = balance(c, v, closing.atEndOfMonth(), rng);
      any = true;
    }
    if (!any) return;
    if (bdf) {
      for (Balance b : balances) if (b != null) bdf(c, b, out, rng);
    }
    if (diane) diane(c, balances, out, rng);
  }

  private static Balance balance(Company c, int u, LocalDate closing, SplittableRandom rng) {
    double z = switch (c.state[u]) {
      case 0 -> 1.0;
      case 1 -> 0.0;
      case 2 -> -1.5;
      case Company.PROCEDURE -> -2.0;
      default -> -0.5;
    } + 0.5 * Population.gaussian(rng);
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
    return new Balance(closing, items);
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

  private static void diane(Company c, Balance[] balances, PartitionOutput out, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append('"').append(c.name.replace("\"", "\"\"")).append("\";\"").append(c.siren).append('"');
    for (Balance b : balances) {
      for (DianeItems.Item item : Headers.DIANE_ITEMS) {
        sb.append(";\"");
        if (b != null) {
          if (item == DianeItems.DATE_CLOTURE) sb.append(Encodings.slash(b.closing()));
          else if (rng.nextDouble() < 0.02) sb.append("n.d.");
          else {
            double value = b.items().get(item.seedName());
            boolean whole = item == DianeItems.NOMBRE_MOIS || item == DianeItems.EFFECTIF;
            sb.append(Encodings.decimal(value, whole ? 0 : item.label().contains("kEUR") ? 1 : 2, ','));
          }
        }
        sb.append('"');
      }
    }
    out.get(SampleFile.DIANE).line(sb.toString());
  }
}
