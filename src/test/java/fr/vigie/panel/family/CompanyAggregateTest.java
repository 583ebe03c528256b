package fr.vigie.panel.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.config.ConfigLoader;
import fr.vigie.config.SourceName;
import fr.vigie.config.VigieConfig;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The company months of two establishments, pure Java: exact sums, any-of flags, the head office's descriptors. */
class CompanyAggregateTest {
  static final Calendar THREE_MONTHS = new Calendar(2019 * 12, 2019 * 12 + 2);

  @Test
  void sumsFlagsAndTheHeadOffice() {
    VigieConfig config = ConfigLoader.defaultsOnly();
    Map<SourceName, Integer> delays = new EnumMap<>(SourceName.class);
    delays.put(SourceName.COTISATIONS, 0);
    PanelSettings settings = new PanelSettings(THREE_MONTHS, THREE_MONTHS.end(), config.panel(), config.scope(),
        config.labels(), delays, EnumSet.of(SourceName.COTISATIONS, SourceName.SIRENE), RegionalTables.empty());
    CompanyInputs company = new CompanyInputs("123456789").delivered(false, false, false, false, false, false, false);
    CompanyMonths months = CompanyMonths.compute(company, settings);

    EstablishmentInputs first = new EstablishmentInputs("12345678900011")
        .delivered(true, false, false, false, false, false, true);
    // 100.00 € a quarter spread over its months: 33.33... € a month, exact in twelfths of a centime
    first.cotisations.add(new CotisationLine(2019 * 12, 2019 * 12 + 2, 3, 10_000));
    first.sirene.add(new SireneLine("f", 1, "62.01Z", "NAFRev2", "21", "27", false, null, "A", null));
    EstablishmentInputs headOffice = new EstablishmentInputs("12345678900029")
        .delivered(true, false, false, false, false, false, true);
    headOffice.cotisations.add(new CotisationLine(2019 * 12, 2019 * 12 + 2, 3, 20_000));
    headOffice.sirene.add(new SireneLine("f", 2, "47.11D", "NAFRev2", "75", "11", true, null, "A", null));

    CompanyAggregate aggregate = new CompanyAggregate(months, 3, config.panel().debtLags(),
        config.panel().headcountLags());
    aggregate.add(EstablishmentMonths.compute(first, null, months, settings));
    aggregate.add(EstablishmentMonths.compute(headOffice, null, months, settings));

    assertThat(aggregate.establishments).isEqualTo(2);
    // the quarter is known in its last month (delay 0): 40,000 + 80,000 twelfths = 100 € a month
    assertThat(aggregate.cotisation).containsExactly(null, null, 120_000L);
    assertThat(aggregate.representative.siret).as("the head office, though not the smallest siret")
        .isEqualTo("12345678900029");
    assertThat(aggregate.inScope).as("no headcount: out of scope, known").containsOnly(false);
    assertThat(aggregate.effectif[0]).containsOnlyNulls();
  }
}
