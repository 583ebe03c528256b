package fr.vigie.panel;

/** The sections (A–U) of NAF rev. 2 by division (two first digits of the activity code). */
public final class NafSections {
  private NafSections() {}

  // first division of each section, in order; a division belongs to the last section starting at or before it
  private static final int[] FIRST = {1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99};
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTU";
  // divisions that do not exist in NAF rev. 2
  private static final int[] GAPS = {4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89};

  /** The section letter of a division, or null when the number is not a NAF rev. 2 division. */
  public static String section(int division) {
    if (division < 1 || division > 99) return null;
    for (int gap : GAPS) if (gap == division) return null;
    String section = null;
    for (int i = 0; i < FIRST.length; i++) if (division >= FIRST[i]) section = String.valueOf(LETTERS.charAt(i));
    return section;
  }
}
