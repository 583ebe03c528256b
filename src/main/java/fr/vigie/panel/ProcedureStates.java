package fr.vigie.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The state machine of a company's collective procedures (panel.md, "Labels"), pure Java: from its
 * events (date, nature, stage) to the months where its {@code etat_procedure_collective} changes.
 *
 * <ul>
 *   <li>{@code ouverture} (or a label naming only a nature) opens that nature;
 *       {@code plan_continuation} puts an open sauvegarde or redressement under a plan (a plan is
 *       meaningless for a liquidation, which stays a liquidation);
 *   <li>{@code fin_procedure} and {@code abandon_procedure} close the nature, as does
 *       {@code inclusion_autre_procedure} (the procedure is absorbed by another one, whose own
 *       opening follows); other stages ({@code solde_procedure}, {@code cloture_insuffisance_actif})
 *       leave the state as it is, since the contract names only the two closing stages;
 *   <li>when several natures are open, the most severe wins: liquidation > redressement >
 *       sauvegarde; nothing open is {@code in_bonis}.
 * </ul>
 * Events of the same month are applied in date order (then in the order given), and only the state
 * at the end of the month is kept.
 */
public final class ProcedureStates {
  public static final String IN_BONIS = "in_bonis";

  /** Natures by increasing severity. */
  enum Nature {
    SAUVEGARDE,
    REDRESSEMENT,
    LIQUIDATION;

    static Nature of(String nature) {
      if (nature == null) return null;
      return switch (nature) {
        case "sauvegarde" -> SAUVEGARDE;
        case "redressement" -> REDRESSEMENT;
        case "liquidation" -> LIQUIDATION;
        default -> null;
      };
    }
  }

  /** One event: month index ({@link Months}), day-level order key, nature and stage as decoded. */
  public record Event(int month, long order, String nature, String stage) {}

  /** From {@code month} on, the company is in {@code etat}. */
  public record Change(int month, String etat) {}

  private ProcedureStates() {}

  public static List<Change> changes(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Event::order)); // stable: same-day events keep their order
    Map<Nature, Boolean> open = new EnumMap<>(Nature.class); // nature -> under a plan
    List<Change> changes = new ArrayList<>();
    String current = IN_BONIS;
    for (int i = 0; i < sorted.size(); i++) {
      Event event = sorted.get(i);
      Nature nature = Nature.of(event.nature());
      if (nature == null) continue;
      apply(open, nature, event.stage());
      boolean lastOfMonth = i + 1 == sorted.size() || sorted.get(i + 1).month() != event.month();
      if (!lastOfMonth) continue;
      String etat = etat(open);
      if (!etat.equals(current)) {
        changes.add(new Change(event.month(), etat));
        current = etat;
      }
    }
    return changes;
  }

  private static void apply(Map<Nature, Boolean> open, Nature nature, String stage) {
    if (stage == null || stage.equals("ouverture")) {
      open.putIfAbsent(nature, false);
    } else if (stage.equals("plan_continuation")) {
      open.put(nature, nature != Nature.LIQUIDATION);
    } else if (stage.equals("fin_procedure") || stage.equals("abandon_procedure")
        || stage.equals("inclusion_autre_procedure")) {
      open.remove(nature);
    }
  }

  private static String etat(Map<Nature, Boolean> open) {
    for (Nature nature : List.of(Nature.LIQUIDATION, Nature.REDRESSEMENT, Nature.SAUVEGARDE)) {
      Boolean plan = open.get(nature);
      if (plan == null) continue;
      String name = nature.name().toLowerCase(java.util.Locale.ROOT);
      return plan ? "plan_" + name : name;
    }
    return IN_BONIS;
  }
}
