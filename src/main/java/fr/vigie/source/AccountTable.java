package fr.vigie.source;

import fr.vigie.codec.Reason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The account table in a form every task can search: compte → its sirets, with their closure dates
 * (inputs.md, "Account table"). Plain sorted arrays: compact to broadcast, binary-searched per line.
 *
 * <p>Rule: at date d a compte belongs to the siret whose closure date is the first one after d; an
 * open account (no closure date) comes after every closed one; ties go to the smaller siret. No
 * row for the compte: unknown_compte. Every row closed by d: no_siret_at_date. The chosen siret
 * provisional: provisional_siret.
 */
public final class AccountTable implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int OPEN = Integer.MAX_VALUE;

  /** One row of the table: closure as an epoch day, null when the account is open. */
  public record Account(String compte, String siret, LocalDate closure, boolean provisional) {}

  /** A line's siret, or why it has none (the quarantine reason, code:detail). */
  public record Resolved(String siret, String reason) {}

  private final String[] comptes; // distinct, sorted
  private final int[] first; // rows of comptes[i]: first[i] .. first[i + 1] - 1
  private final String[] sirets;
  private final int[] closures; // epoch day, OPEN for an open account
  private final boolean[] provisional;

  public AccountTable(List<Account> accounts) {
    List<Account> rows = new ArrayList<>();
    for (Account a : accounts) if (a.compte() != null) rows.add(a);
    rows.sort(Comparator.comparing(Account::compte)
        .thenComparingInt(a -> closureDay(a.closure()))
        .thenComparing(Account::siret, Comparator.nullsLast(Comparator.naturalOrder())));
    sirets = new String[rows.size()];
    closures = new int[rows.size()];
    provisional = new boolean[rows.size()];
    List<String> distinct = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Account a = rows.get(i);
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(a.compte())) {
        distinct.add(a.compte());
        starts.add(i);
      }
      sirets[i] = a.siret();
      closures[i] = closureDay(a.closure());
      provisional[i] = a.provisional();
    }
    comptes = distinct.toArray(String[]::new);
    first = new int[comptes.length + 1];
    for (int i = 0; i < comptes.length; i++) first[i] = starts.get(i);
    first[comptes.length] = rows.size();
  }

  private static int closureDay(LocalDate closure) {
    return closure == null ? OPEN : Math.toIntExact(closure.toEpochDay());
  }

  /** The siret of {@code compte} at {@code date} (null date: only an open account answers). */
  public Resolved resolve(String compte, LocalDate date) {
    int i = compte == null ? -1 : Arrays.binarySearch(comptes, compte);
    if (i < 0) return new Resolved(null, Reason.UNKNOWN_COMPTE.code() + ":" + compte);
    long day = date == null ? OPEN - 1L : date.toEpochDay();
    // rows are sorted by closure: the first one closing after the date is the answer
    for (int r = first[i]; r < first[i + 1]; r++) {
      if (closures[r] > day) {
        return provisional[r] ? new Resolved(null, Reason.PROVISIONAL_SIRET.code() + ":" + sirets[r])
            : new Resolved(sirets[r], null);
      }
    }
    return new Resolved(null, Reason.NO_SIRET_AT_DATE.code() + ":" + compte);
  }

  public int size() {
    return sirets.length;
  }
}
