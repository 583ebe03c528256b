package fr.vigie.sample;

/** What the débits file shows of an open ECN in a month: no line, a payment (balance 0 or not), an annulation. */
enum EcnStep {
  NONE,
  /** A payment line whose remaining balance is 0. */
  SETTLED,
  /** A payment line whose remaining balance is above 0. */
  PARTIAL,
  /** An annulation de mise en recouvrement (balance 0, operation 11). */
  ANNULLED
}
