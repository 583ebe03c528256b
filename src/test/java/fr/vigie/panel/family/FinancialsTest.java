package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which balance sheet is in force at each month, worked by hand: the sheet started most recently by
 * then, while it lasts; none otherwise, and none for a company without sheets or a source not
 * delivered.
 */
class FinancialsTest {
  static final Calendar MONTHS_0_TO_9 = new Calendar(0, 9);

  static Sheet sheet(int from, int until, int closing) {
    return new Sheet(from, until, closing, null);
  }

  @Test
  void latestStartedSheetWhileItLasts() {
    // sheet 1 usable 1..6, sheet 2 usable 4..7 (it replaces sheet 1 from 4), none at 8 (both have ended),
    // sheet 3 from 9
    Sheet one = sheet(1, 6, 101);
    Sheet two = sheet(4, 7, 102);
    Sheet three = sheet(9, 20, 103);
    Sheet[] inForce = Financials.inForce(List.of(three, one, two), MONTHS_0_TO_9);
    Sheet[] expected = {null, one, one, one, two, two, two, two, null, three};
    assertThat(inForce).containsExactly(expected);
  }

  @Test
  void theMostRecentClosingWinsAmongSheetsStartingTogether() {
    Sheet older = sheet(2, 9, 100);
    Sheet newer = sheet(2, 5, 200);
    Sheet[] inForce = Financials.inForce(List.of(newer, older), MONTHS_0_TO_9);
    assertThat(inForce[2]).isSameAs(newer);
    assertThat(inForce[5]).isSameAs(newer);
    assertThat(inForce[6]).as("the newer one has ended; the older one is not taken back").isNull();
  }

  @Test
  void noSheetsNoSource() {
    assertThat(Financials.inForce(List.of(), MONTHS_0_TO_9)).containsOnlyNulls().hasSize(10);
    assertThat(Financials.inForce(null, MONTHS_0_TO_9)).containsOnlyNulls().hasSize(10);
  }
}
