package fr.vigie.codec;

import java.time.LocalDate;

/**
 * Dates that are {@code yyyy-MM-dd} in current activité partielle exports and {@code dd/MM/yyyy} in older
 * ones: {@link IsoDate} first, then {@link SlashDate}.
 */
public final class FlexibleDate {
  private FlexibleDate() {}

  /** Decodes either form; blank → empty; neither form → invalid_date. */
  public static Decoded<LocalDate> decode(String raw) {
    Decoded<LocalDate> iso = IsoDate.decode(raw);
    return iso.isRejected() ? SlashDate.decode(raw) : iso;
  }
}
