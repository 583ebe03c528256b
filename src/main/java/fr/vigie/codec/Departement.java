package fr.vigie.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Départements: from a commune code (Sirene {@code codeCommuneEtablissement}), and to their region through
 * the official table of the 101 départements and 18 regions since 2016 ({@code departements.csv} beside
 * this class, INSEE codes). Rule: inputs.md, "Sirene establishments".
 */
public final class Departement {
  private static final String TABLE_RESOURCE = "departements.csv";
  private static final int COMMUNE_LENGTH = 5;

  private record Row(String name, Region region) {}

  /** Département code → name and region, in the table's order (INSEE order: 01…19, 2A, 2B, 21…976). */
  private static final Map<String, Row> TABLE = load();

  private static final Map<String, String> TO_REGION = toRegion(TABLE);

  private Departement() {}

  /**
   * The département of a 5-character commune code: its first 2 characters, or 3 for overseas communes
   * (97x, 98x); Corsica is 2A or 2B, in upper case ({@code 2a004} → {@code 2A}). Blank → empty; any other
   * shape than 5 digits, or 2A/2B followed by 3 digits → invalid_code.
   */
  public static Decoded<String> fromCommune(String codeCommune) {
    if (codeCommune == null || codeCommune.isBlank()) return Decoded.empty();
    String s = codeCommune.strip().toUpperCase(Locale.ROOT);
    boolean corsica = s.startsWith("2A") || s.startsWith("2B");
    boolean shaped = s.length() == COMMUNE_LENGTH
        && (corsica || AsciiDigits.parse(s, 0, 2) >= 0)
        && AsciiDigits.parse(s, 2, COMMUNE_LENGTH) >= 0;
    if (!shaped) return Decoded.rejected(Reason.INVALID_CODE, codeCommune);
    boolean overseas = s.startsWith("97") || s.startsWith("98");
    return Decoded.ok(s.substring(0, overseas ? 3 : 2));
  }

  /** The region of a département code ({@code 75} → 11 Île-de-France); empty when not in the table. */
  public static Optional<Region> region(String departement) {
    Row row = departement == null ? null : TABLE.get(departement.strip().toUpperCase(Locale.ROOT));
    return row == null ? Optional.empty() : Optional.of(row.region());
  }

  /** The name of a département code ({@code 2A} → Corse-du-Sud); empty when not in the table. */
  public static Optional<String> name(String departement) {
    Row row = departement == null ? null : TABLE.get(departement.strip().toUpperCase(Locale.ROOT));
    return row == null ? Optional.empty() : Optional.of(row.name());
  }

  /** Every département code, in INSEE order. */
  public static List<String> allDepartements() {
    return List.copyOf(TABLE.keySet());
  }

  /** Département code → region code, in INSEE order, unmodifiable. */
  public static Map<String, String> departementToRegion() {
    return TO_REGION;
  }

  private static Map<String, String> toRegion(Map<String, Row> table) {
    Map<String, String> map = new LinkedHashMap<>();
    table.forEach((code, row) -> map.put(code, row.region().code()));
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, Row> load() {
    InputStream in = Departement.class.getResourceAsStream(TABLE_RESOURCE);
    if (in == null) throw new IllegalStateException("Cannot load départements: resource " + TABLE_RESOURCE + " is missing from the classpath");
    Map<String, Row> table = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine(); // header: code_departement;nom_departement;code_region;nom_region
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) continue;
        String[] f = line.split(";", -1);
        if (f.length != 4) throw new IllegalStateException("Cannot load départements: bad line in " + TABLE_RESOURCE + ": " + line);
        table.put(f[0], new Row(f[1], new Region(f[2], f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load départements from " + TABLE_RESOURCE, e);
    }
    return Collections.unmodifiableMap(table);
  }
}
