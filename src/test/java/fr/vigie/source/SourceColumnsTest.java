package fr.vigie.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader declares as its columns ({@link SourceColumn}) is what it writes to sources/. */
class SourceColumnsTest {

  @Test
  void everySourceEndsWithFileAndLineAndNamesEachColumnOnce() {
    for (SourceReader reader : Readers.all()) {
      List<String> names = reader.columns().stream().map(SourceColumn::column).toList();
      assertThat(names).as(reader.source() + ": no column twice").doesNotHaveDuplicates();
      assertThat(names.subList(names.size() - 2, names.size())).as(reader.source() + ": where the line came from")
          .containsExactly(SourceColumn.FILE, SourceColumn.LINE);
      assertThat(reader.columns()).as(reader.source() + ": every column belongs to its source")
          .allMatch(c -> c.source() == reader.source());
    }
  }

  @Test
  void theDatasetWrittenHasTheDeclaredColumnsInOrder(@TempDir Path dir) {
    for (SourceReader reader : Readers.all()) {
      Path folder = dir.resolve(reader.source().folder());
      Path file = reader instanceof Diane // delivered in UTF-16LE with a BOM
          ? ReaderHarness.write(folder, "diane.txt", "\uFEFF" + ReaderHarness.fixture("diane.txt"),
              StandardCharsets.UTF_16LE, false)
          : ReaderHarness.copy(folder, reader.source().folder() + ".csv");
      SourceRead read = ReaderHarness.read(reader, file);
      assertThat(List.of(read.rows().columns())).as(reader.source() + " written columns")
          .containsExactlyElementsOf(reader.columns().stream().map(SourceColumn::column).toList());
      read.release();
    }
  }
}
