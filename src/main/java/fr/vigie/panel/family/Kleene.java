package fr.vigie.panel.family;

/**
 * SQL's three-valued logic (true, false, unknown = null), which the scope's conditions follow: an
 * unknown condition makes the result unknown unless another condition is false.
 */
final class Kleene {
  private Kleene() {}

  static Boolean and(Boolean a, Boolean b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) return false;
    if (a == null || b == null) return null;
    return true;
  }

  static Boolean or(Boolean a, Boolean b) {
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) return true;
    if (a == null || b == null) return null;
    return false;
  }

  static Boolean not(Boolean a) {
    return a == null ? null : !a;
  }
}
