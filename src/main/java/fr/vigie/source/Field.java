package fr.vigie.source;

import fr.vigie.codec.HeaderName;
import java.util.List;

/**
 * A column a reader takes from a file, found by header name (canonical form, see {@link HeaderName}):
 * its name in the split row and the header names it may have (field name, French label, older name).
 */
public record Field(String name, List<String> headers, boolean required) {

  public Field {
    headers = headers.stream().map(HeaderName::canonical).toList();
  }

  public static Field required(String name, String... headers) {
    return new Field(name, headers.length == 0 ? List.of(name) : List.of(headers), true);
  }

  public static Field optional(String name, String... headers) {
    return new Field(name, headers.length == 0 ? List.of(name) : List.of(headers), false);
  }
}
