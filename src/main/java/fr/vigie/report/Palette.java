package fr.vigie.report;

/** The report's colours: one per model, per alert level and per kind of line, used by charts and tables alike. */
final class Palette {
  private Palette() {}

  static final String MODEL = "#1f5fa8";
  /** The trees' scores before calibration. */
  static final String RAW_SCORE = "#b07aa1";
  static final String BASELINE = "#e07b00";
  static final String REFERENCE = "#7a7a7a";
  static final String ACCEPTED = "#6f9fd8";
  static final String QUARANTINED = "#d1402a";
  static final String IMPORTANCE = "#2e8b57";
  static final String ABSENT = "#d9d9d9";

  /** Coverage colour scale, from 0 % (light) to 100 % (dark blue). */
  private static final int[][] RAMP = {{0xf7, 0xfb, 0xff}, {0x9e, 0xca, 0xe1}, {0x21, 0x71, 0xb5}, {0x08, 0x30, 0x6b}};

  /** The ramp's colour for a share in [0, 1] (clamped), as #rrggbb. */
  static String ramp(double share) {
    double t = Math.max(0, Math.min(1, share)) * (RAMP.length - 1);
    int i = Math.min((int) Math.floor(t), RAMP.length - 2);
    double f = t - i;
    StringBuilder hex = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      hex.append(String.format("%02x", Math.round(RAMP[i][c] + f * (RAMP[i + 1][c] - RAMP[i][c]))));
    }
    return hex.toString();
  }
}
