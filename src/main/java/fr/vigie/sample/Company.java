package fr.vigie.sample;

import fr.vigie.sample.Activities.Activity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated company: its fixed attributes, its establishments, and its simulated monthly history
 * (latent state, procedure). Built by {@link Population}; everything is a function of (seed, index).
 */
public final class Company {
  /** Monthly phases after the latent states 0–2 of {@link RiskModel}. */
  public static final byte NOT_CREATED = -1;
  public static final byte PROCEDURE = 3;
  public static final byte CONTINUING = 4;
  public static final byte CLOSED = 5;
  static final String[] PHASES = {"procedure", "continuation", "fermee"};

  /** A procédure collective event: month index, day, nature and stage (Lib_actx_stdx parts). */
  public record Event(int month, int day, String nature, String stage) {}

  final int index;
  final String siren;
  final String name;
  final Activity activity;
  final String legalCategory;
  final LocalDate created;
  final double risk;
  /** The part of {@link #risk} the files show: sector × region × size × age, without the frailty draw. */
  final double traitRisk;
  final List<Establishment> establishments = new ArrayList<>();
  /** Per month: {@link #NOT_CREATED}, a latent state 0–2, or a phase 3–5. */
  byte[] state;
  int openMonth = -1;
  String nature;
  /** The first month without activity (liquidation), or the window length. */
  int endMonth;
  final List<Event> events = new ArrayList<>();

  Company(int index, String siren, String name, Activity activity, String legalCategory, LocalDate created,
      double risk, double traitRisk) {
    this.index = index;
    this.siren = siren;
    this.name = name;
    this.activity = activity;
    this.legalCategory = legalCategory;
    this.created = created;
    this.risk = risk;
    this.traitRisk = traitRisk;
  }

  public String siren() {
    return siren;
  }

  public Establishment headOffice() {
    return establishments.get(0);
  }

  public String region() {
    return headOffice().region;
  }

  /** The company's headcount of month u: the sum over its establishments, −1 when none exists. */
  public int headcount(int u) {
    int sum = -1;
    for (Establishment e : establishments) {
      int h = e.headcount[u];
      if (h >= 0) sum = Math.max(sum, 0) + h;
    }
    return sum;
  }

  public int openMonth() {
    return openMonth;
  }

  public String nature() {
    return nature;
  }

  public byte[] state() {
    return state;
  }

  public List<Event> events() {
    return events;
  }

  /** The name of a month's state: sain, fragile, difficulte, procedure, continuation, fermee. */
  public static String stateName(byte state) {
    return state < 3 ? RiskModel.STATES[state] : PHASES[state - 3];
  }
}
