package fr.vigie.source;

import java.util.List;

/** Every reader, in {@link fr.vigie.config.SourceName} order (the account table first). */
public final class Readers {
  private Readers() {}

  public static List<SourceReader> all() {
    return List.of(new Comptes(), new Cotisations(), new Debits(), new Effectif(), new EffectifEntreprise(),
        new Delais(), new Ccsf(), new Procols(), new ApDemandes(), new ApConsommations(), new Sirene(),
        new SireneUl(), new Bdf(), new Diane(), new ProcolsRegion(), new AutoEntrepreneurs());
  }
}
