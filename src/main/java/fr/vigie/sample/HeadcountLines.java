package fr.vigie.sample;

import java.util.SplittableRandom;

/**
 * The wide effectif files of one company: per establishment (one row per siret: a moved
 * establishment has a row for its old siret up to the move) and per company. The last months are
 * empty, as not yet published: {@link #publicationLag} months, by the URSSAF region; a small share of
 * published cells is empty too; some cells carry leading zeros or a space grouping thousands.
 */
final class HeadcountLines {
  private HeadcountLines() {}

  /** Months left unpublished at the end of the window for a region: 1 to 6, fixed by the seed. */
  static int publicationLag(long seed, String region) {
    return 1 + (int) Math.floorMod(Seeds.mix(seed * 31 + Integer.parseInt(region)), 6L);
  }

  static void write(Company c, PartitionOutput out, long seed, int months, double missingRate, SplittableRandom rng) {
    String name = Encodings.quote(c.name, ';', false);
    for (Establishment e : c.establishments) {
      int published = months - publicationLag(seed, e.region);
      if (e.oldSiret != null) row(c, e, e.oldSiret, 0, e.moveMonth, published, name, out, missingRate, rng);
      row(c, e, e.siret, e.oldSiret != null ? e.moveMonth : 0, months, published, name, out, missingRate, rng);
    }
    int published = months - publicationLag(seed, c.region());
    StringBuilder sb = new StringBuilder(16 + months * 4).append(c.siren);
    boolean any = false;
    for (int u = 0; u < months; u++) {
      int h = c.headcount(u);
      sb.append(';');
      if (h >= 0 && u < published && rng.nextDouble() >= missingRate) {
        sb.append(Encodings.headcount(h, false));
        any = true;
      }
    }
    if (any) out.get(SampleFile.EFFECTIF_ENTREPRISE).line(sb.append(';').append(name).toString());
  }

  private static void row(Company c, Establishment e, String siret, int from, int to, int published, String name,
      PartitionOutput out, double missingRate, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(64 + e.headcount.length * 4);
    sb.append(e.compte).append(';').append(siret).append(';').append(name).append(';')
        .append(c.activity.compact()).append(';').append(e.departement);
    boolean any = false;
    for (int u = 0; u < e.headcount.length; u++) {
      sb.append(';');
      int h = e.headcount[u];
      if (h >= 0 && u >= from && u < to && u < published && rng.nextDouble() >= missingRate) {
        sb.append(Encodings.headcount(h, rng.nextDouble() < 0.05));
        any = true;
        if (out.emissions() != null) out.emissions().headcountShown(e, u);
      }
    }
    if (any) out.get(SampleFile.EFFECTIF).line(sb.append(";B;").append(Geography.urssaf(e.region)).toString());
  }
}
