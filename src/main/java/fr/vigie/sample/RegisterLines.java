package fr.vigie.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Sirene (establishments and companies, comma-separated, a snapshot at the end of the window) and
 * the procédures collectives file of one company.
 */
final class RegisterLines {
  private RegisterLines() {}

  static void write(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    boolean closed = c.endMonth < months;
    LocalDate closure = closed ? start.plusMonths(c.endMonth).atDay(1) : null;
    for (Establishment e : c.establishments) {
      if (e.oldSiret != null) {
        LocalDate moved = start.plusMonths(e.moveMonth).atDay(1);
        sirene(c, e, e.oldSiret, e.created, false, "F", moved, out, rng);
        sirene(c, e, e.siret, moved, e.number == 0, closed ? "F" : "A", closed ? closure : moved, out, rng);
      } else {
        sirene(c, e, e.siret, e.created, e.number == 0, closed ? "F" : "A", closed ? closure : e.created, out, rng);
      }
    }
    String denomination = Encodings.quote(c.name, ',', rng.nextDouble() < 0.2);
    out.get(SampleFile.SIRENE_UL).line(c.siren + ",O," + Encodings.iso(c.created) + "," + c.legalCategory + ","
        + c.activity.code() + ",NAFRev2," + (closed ? "C" : "A") + "," + denomination + ","
        + Encodings.iso(closed ? closure : c.created));
    procols(c, out, start, months, rng);
  }

  private static void sirene(Company c, Establishment e, String siret, LocalDate created, boolean headOffice,
      String etat, LocalDate since, PartitionOutput out, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(200);
    sb.append(c.siren).append(',').append(siret, 9, 14).append(',').append(siret).append(",O,")
        .append(rng.nextDouble() < 0.01 ? "" : Encodings.iso(created)).append(',').append(headOffice).append(',')
        .append(e.commune).append(',').append(e.postalCode).append(',').append(etat).append(',')
        .append(c.activity.code()).append(",NAFRev2,,");
    if (rng.nextDouble() < 0.3) {
      sb.append(Encodings.quote(c.name + ", " + Geography.departementName(e.departement).toUpperCase(), ',', false));
    }
    sb.append(',').append(Encodings.iso(since)).append(',');
    if (rng.nextDouble() < 0.01) {
      sb.append("NOT_VALID,NOT_VALID,");
    } else {
      sb.append(Encodings.decimal(e.coordinates[1], 4, '.')).append(',')
          .append(Encodings.decimal(e.coordinates[0], 4, '.')).append(',')
          .append(Encodings.decimal(0.3 + 0.7 * rng.nextDouble(), 2, '.'));
    }
    out.get(SampleFile.SIRENE).line(sb.toString());
  }

  /** One line per event and establishment active at the opening; a few lines miss their siret or siren. */
  private static void procols(Company c, PartitionOutput out, YearMonth start, int months, SplittableRandom rng) {
    if (c.openMonth < 0) return;
    LineSink sink = out.get(SampleFile.PROCOLS);
    String sirenText = c.siren.charAt(0) == '0' && rng.nextBoolean() ? c.siren.replaceFirst("^0+", "") : c.siren;
    for (Company.Event event : c.events) {
      if (event.month() >= months) continue;
      String date = Encodings.textMonth(start.plusMonths(event.month()).atDay(event.day()));
      String label = rng.nextBoolean()
          ? Encodings.capitalised(event.nature()) + "_" + event.stage()
          : Encodings.capitalised(event.stage()) + "_" + event.nature();
      for (Establishment e : c.establishments) {
        if (!e.activeAt(c.openMonth) && e.number != 0) continue;
        double x = rng.nextDouble();
        String siret = x < 0.04 ? "" : e.siretAt(c.openMonth);
        String siren = x >= 0.04 && x < 0.08 ? "" : sirenText;
        sink.noisy(siret + ";" + siren + ";" + date + ";PCL;" + label, rng);
      }
    }
    if (rng.nextDouble() < 0.05) { // an event that names no nature: kept with a warning
      int month = Math.min(months - 1, c.openMonth + 1);
      sink.line(c.headOffice().siret + ";" + c.siren + ";" + Encodings.textMonth(start.plusMonths(month).atDay(15))
          + ";PCL;Jugement_divers");
    }
  }
}
