package fr.vigie.source;

import fr.vigie.codec.HeaderName;
import fr.vigie.error.InputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The header of one file: its cells as written and in canonical form (BOMs removed, lower-cased...). */
public record Header(String file, List<String> cells, List<String> canonical) implements Serializable {

  public static Header of(String file, List<String> cells) {
    return new Header(file, List.copyOf(cells), cells.stream().map(HeaderName::canonical).toList());
  }

  public int size() {
    return cells.size();
  }

  /** The index of the first header cell matching one of the field's names (in the field's order), or -1. */
  public int indexOf(Field field) {
    for (String name : field.headers()) {
      int i = canonical.indexOf(name);
      if (i >= 0) return i;
    }
    return -1;
  }

  /**
   * Indexes of the fields in this header. Fails (exit 3, naming the file and the column) on a missing
   * required field, and on a field whose column is present twice: which copy holds the data cannot be
   * told (a {@code periode} column given twice used to be resolved silently to the first).
   */
  public int[] locate(String source, List<Field> fields) {
    int[] indexes = new int[fields.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      indexes[i] = indexOf(fields.get(i));
      if (indexes[i] < 0 && fields.get(i).required()) missing.add(fields.get(i).headers().get(0));
      if (indexes[i] >= 0) {
        int again = canonical.subList(indexes[i] + 1, canonical.size()).indexOf(canonical.get(indexes[i]));
        if (again >= 0) {
          throw new InputException(String.format(
              "Cannot read %s: file %s has column '%s' twice (columns %d and %d): remove one copy from the delivery",
              source, file, cells.get(indexes[i]), indexes[i] + 1, indexes[i] + again + 2));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(String.format(
          "Cannot read %s: file %s has no column %s (found: %s). Check the delivery or the sources.%s configuration",
          source, file, String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()), cells, source));
    }
    return indexes;
  }
}
