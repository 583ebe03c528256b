package fr.vigie.panel;

import static fr.vigie.panel.PanelRecords.*; // the field positions of the records

import fr.vigie.config.SourceName;
import fr.vigie.panel.family.ApConsommation;
import fr.vigie.panel.family.ApDemande;
import fr.vigie.panel.family.CompanyInputs;
import fr.vigie.panel.family.CotisationLine;
import fr.vigie.panel.family.DebitLine;
import fr.vigie.panel.family.Delai;
import fr.vigie.panel.family.EstablishmentInputs;
import fr.vigie.panel.family.PanelSettings;
import fr.vigie.panel.family.ProcolLine;
import fr.vigie.panel.family.Sheet;
import fr.vigie.panel.family.SireneLine;
import fr.vigie.panel.family.SireneUlLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * Reads one task's records ({@link PanelRecords}, sorted by {@link PanelRecords#ORDER}) back into
 * typed inputs, one company at a time: first its {@link CompanyInputs}, then its establishments one by
 * one, so that a company of tens of thousands of establishments is never held whole. A record equal to
 * the one before it (same kind, content and fields) is a line delivered twice and is skipped.
 */
final class RecordReader {
  /** A company: its own inputs, and an iterator over its establishments (valid until the next company). */
  record Company(CompanyInputs inputs, Iterator<EstablishmentInputs> establishments) {}

  private final Iterator<Row> rows;
  private final PanelSettings settings;
  private Row next;
  private Row previous;

  RecordReader(Iterator<Row> rows, PanelSettings settings) {
    this.rows = rows;
    this.settings = settings;
    advance();
  }

  boolean hasCompany() {
    return next != null;
  }

  /** The next company; its establishment iterator must be drained before asking for another company. */
  Company nextCompany() {
    if (next == null) throw new NoSuchElementException();
    String siren = next.getString(SIREN);
    CompanyInputs company = new CompanyInputs(siren).delivered(settings.has(SourceName.SIRENE_UL),
        settings.has(SourceName.PROCOLS), settings.has(SourceName.EFFECTIF_ENTREPRISE), settings.has(SourceName.BDF)
            || settings.has(SourceName.DIANE), settings.has(SourceName.DIANE), settings.has(SourceName.EFFECTIF),
        settings.has(SourceName.AP_CONSOMMATIONS));
    while (next != null && next.getString(SIREN).equals(siren) && next.getInt(PHASE) == 0) {
      Row r = take();
      if (r == null) continue;
      switch (RecordKind.of(r.getInt(KIND))) {
        case SIRENE_UL -> company.unitesLegales.add(new SireneUlLine(str(r, FILE), r.getLong(LINE), str(r, S1), int_(r, I1)));
        case PROCOL -> company.procedures.add(new ProcolLine(r.getInt(I1), str(r, S1), str(r, S2), str(r, FILE),
            r.getLong(LINE)));
        case EFFECTIF_ENTREPRISE -> company.effectifEntreprise.merge(r.getInt(I1), r.getInt(I2), Math::max);
        case BDF_SHEET -> company.bdfSheets.add(new Sheet(r.getInt(I1), r.getInt(I2), r.getInt(I3), new Double[] {
            dbl(r, D1), dbl(r, D2), dbl(r, D3), dbl(r, D4), dbl(r, D5), dbl(r, D6)}));
        case DIANE_SHEET -> company.dianeSheets.add(new Sheet(r.getInt(I1), r.getInt(I2), r.getInt(I3), null));
        case EFFECTIF -> company.effectifs.computeIfAbsent(r.getString(SIRET), s -> new HashMap<>())
            .merge(r.getInt(I1), r.getInt(I2), Math::max);
        case AP_CONSOMMATION -> company.consommations.computeIfAbsent(r.getString(SIRET), s -> new ArrayList<>())
            .add(new ApConsommation(str(r, S1), r.getInt(I1), r.getDouble(D1)));
        default -> throw new IllegalStateException("phase-0 record of kind " + RecordKind.of(r.getInt(KIND)));
      }
    }
    java.util.Set<String> withHeadcount = company.effectifs == null ? java.util.Set.of()
        : new java.util.TreeSet<>(company.effectifs.keySet());
    return new Company(company, new Establishments(company, withHeadcount));
  }

  /**
   * The establishments of one company in siret order, each with every phase-1 record of its siret:
   * the sirets of its phase-1 records merged with those only its headcount file names (which have no
   * other record, and still belong to the panel).
   */
  private final class Establishments implements Iterator<EstablishmentInputs> {
    private final String siren;
    private final CompanyInputs company;
    private final Iterator<String> headcountOnly;
    private String pendingHeadcount;

    Establishments(CompanyInputs company, java.util.Set<String> withHeadcount) {
      this.siren = company.siren;
      this.company = company;
      this.headcountOnly = withHeadcount.iterator();
      pendingHeadcount = headcountOnly.hasNext() ? headcountOnly.next() : null;
    }

    private boolean recordsLeft() {
      return next != null && next.getString(SIREN).equals(siren);
    }

    @Override
    public boolean hasNext() {
      return recordsLeft() || pendingHeadcount != null;
    }

    @Override
    public EstablishmentInputs next() {
      if (!hasNext()) throw new NoSuchElementException();
      String recordSiret = recordsLeft() ? next.getString(SIRET) : null;
      String siret = recordSiret == null || (pendingHeadcount != null && pendingHeadcount.compareTo(recordSiret) < 0)
          ? pendingHeadcount : recordSiret;
      if (siret.equals(pendingHeadcount)) pendingHeadcount = headcountOnly.hasNext() ? headcountOnly.next() : null;
      EstablishmentInputs e = new EstablishmentInputs(siret).delivered(settings.has(SourceName.COTISATIONS),
          settings.has(SourceName.DEBITS), settings.has(SourceName.DELAIS), settings.has(SourceName.CCSF),
          settings.has(SourceName.AP_DEMANDES), settings.has(SourceName.AP_CONSOMMATIONS),
          settings.has(SourceName.SIRENE));
      if (company.consommations != null) e.consommations.addAll(company.consommations.getOrDefault(siret, List.of()));
      while (recordsLeft() && Objects.equals(next.getString(SIRET), siret)) {
        Row r = take();
        if (r == null) continue;
        switch (RecordKind.of(r.getInt(KIND))) {
          case SIRENE -> e.sirene.add(new SireneLine(str(r, FILE), r.getLong(LINE), str(r, S1), str(r, S2), str(r, S3),
              str(r, S4), r.isNullAt(I1) ? null : r.getInt(I1) == 1, int_(r, I2), str(r, S5), int_(r, I3)));
          case COTISATION -> e.cotisations.add(new CotisationLine(r.getInt(I1), r.getInt(I2), r.getInt(I3),
              r.getLong(L1)));
          case DEBIT -> e.debits.add(new DebitLine(str(r, S1), r.getInt(I1), r.getLong(L1), r.getLong(L2), r.getInt(I2),
              str(r, FILE), r.getLong(LINE), r.getLong(L3), r.getLong(L4)));
          case DELAI -> e.delais.add(new Delai(r.getInt(I1), r.getInt(I2), r.getLong(L1), r.getLong(L2), r.getLong(LINE)));
          case CCSF -> e.ccsf.add(r.getInt(I1));
          case AP_DEMANDE -> e.demandes.add(new ApDemande(str(r, S1), r.getInt(I1), r.getInt(I2), r.getInt(I3),
              r.getDouble(D1), int_(r, I4)));
          default -> throw new IllegalStateException("phase-1 record of kind " + RecordKind.of(r.getInt(KIND)));
        }
      }
      return e;
    }
  }

  /**
   * The current row, advancing; null when it repeats the previous row's kind, content and fields (a
   * line delivered twice: only the sources with a content hash can repeat, the others hash to 0 and
   * differ by their place).
   */
  private Row take() {
    Row r = next;
    advance();
    boolean repeat = previous != null && r.getLong(CONTENT) != 0 && sameRecord(previous, r);
    previous = r;
    return repeat ? null : r;
  }

  /** Same company, establishment, kind, content and slots (place aside). */
  private static boolean sameRecord(Row a, Row b) {
    for (int i = 0; i < a.size(); i++) {
      if (i == FILE || i == LINE) continue; // the place
      if (!Objects.equals(a.get(i), b.get(i))) return false;
    }
    return true;
  }

  private void advance() {
    next = rows.hasNext() ? rows.next() : null;
  }

  private static String str(Row r, int i) {
    return r.isNullAt(i) ? null : r.getString(i);
  }

  private static Integer int_(Row r, int i) {
    return r.isNullAt(i) ? null : r.getInt(i);
  }

  private static Double dbl(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

}
