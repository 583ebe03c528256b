package fr.vigie.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.source.AccountTable.Account;
import fr.vigie.source.AccountTable.Resolved;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountTableTest {
  private static final LocalDate D = LocalDate.of(2019, 3, 15);

  private static Resolved ok(String siret) {
    return new Resolved(siret, null);
  }

  @Test
  void theFirstSiretClosingAfterTheDateOwnsTheCompte() {
    AccountTable table = new AccountTable(List.of(
        new Account("C1", "11111111100011", LocalDate.of(2018, 12, 31), false),
        new Account("C1", "22222222200022", LocalDate.of(2020, 6, 30), false),
        new Account("C1", "33333333300033", null, false)));
    assertEquals(ok("11111111100011"), table.resolve("C1", LocalDate.of(2018, 12, 30)));
    // closing on the date itself no longer counts: strictly after
    assertEquals(ok("22222222200022"), table.resolve("C1", LocalDate.of(2018, 12, 31)));
    assertEquals(ok("22222222200022"), table.resolve("C1", D));
    assertEquals(ok("33333333300033"), table.resolve("C1", LocalDate.of(2020, 6, 30)));
    // before the first siret's creation the line still belongs to it (no lower bound)
    assertEquals(ok("11111111100011"), table.resolve("C1", LocalDate.of(1990, 1, 1)));
  }

  @Test
  void reasonsWhenNoSiretAnswers() {
    AccountTable table = new AccountTable(List.of(
        new Account("C1", "11111111100011", LocalDate.of(2018, 12, 31), false),
        new Account("C2", "22222222200022", null, true)));
    assertEquals(new Resolved(null, "unknown_compte:C9"), table.resolve("C9", D));
    assertEquals(new Resolved(null, "no_siret_at_date:C1"), table.resolve("C1", D));
    assertEquals(new Resolved(null, "provisional_siret:22222222200022"), table.resolve("C2", D));
    assertEquals(new Resolved(null, "unknown_compte:null"), table.resolve(null, D));
    // no date: only an open account answers
    assertEquals(new Resolved(null, "no_siret_at_date:C1"), table.resolve("C1", null));
    assertEquals(new Resolved(null, "unknown_compte:C1"), new AccountTable(List.of()).resolve("C1", D));
  }

  @Test
  void tiesGoToTheSmallerSiretAndOpenAccountsComeLast() {
    AccountTable table = new AccountTable(List.of(
        new Account("C1", "99999999900099", null, false),
        new Account("C1", "55555555500055", LocalDate.of(2021, 1, 1), false),
        new Account("C1", "44444444400044", LocalDate.of(2021, 1, 1), false)));
    assertEquals(ok("44444444400044"), table.resolve("C1", D));
    assertEquals(ok("99999999900099"), table.resolve("C1", LocalDate.of(2021, 1, 1)));
  }

  /** Against the rule written the obvious way: sort the compte's rows, take the first valid one. */
  @Test
  void agreesWithTheRuleOnRandomTables() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Account> rows = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        LocalDate closure = random.nextInt(4) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
        rows.add(new Account("C" + random.nextInt(3), String.format("%09d%05d", random.nextInt(5), i), closure,
            random.nextInt(6) == 0));
      }
      AccountTable table = new AccountTable(rows);
      for (int q = 0; q < 20; q++) {
        String compte = "C" + random.nextInt(4);
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3200));
        assertEquals(expected(rows, compte, date), table.resolve(compte, date), rows + " " + compte + " " + date);
      }
    }
  }

  private static Resolved expected(List<Account> rows, String compte, LocalDate date) {
    List<Account> mine = rows.stream().filter(a -> a.compte().equals(compte)).toList();
    if (mine.isEmpty()) return new Resolved(null, "unknown_compte:" + compte);
    Account best = null;
    for (Account a : mine) {
      boolean valid = a.closure() == null || a.closure().isAfter(date);
      if (!valid) continue;
      if (best == null || before(a, best)) best = a;
    }
    if (best == null) return new Resolved(null, "no_siret_at_date:" + compte);
    return best.provisional() ? new Resolved(null, "provisional_siret:" + best.siret()) : ok(best.siret());
  }

  private static boolean before(Account a, Account b) {
    if (a.closure() == null && b.closure() == null) return a.siret().compareTo(b.siret()) < 0;
    if (a.closure() == null) return false;
    if (b.closure() == null) return true;
    int c = a.closure().compareTo(b.closure());
    return c != 0 ? c < 0 : a.siret().compareTo(b.siret()) < 0;
  }
}
