package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.cli.Vigie;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigie sample --output}: a foreign non-empty folder is refused with exit 2, before any Spark work. */
class SampleCommandTest {
  @TempDir
  Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cmd = Vigie.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void aNonEmptyFolderThatIsNotASampleIsRefusedWithTwo() throws IOException {
    Files.writeString(dir.resolve("precious.csv"), "do not delete");
    StringWriter err = new StringWriter();
    int code = run(err, "sample", "--output", dir.toString(), "--establishments", "10");
    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains(dir.toString()).contains("_truth/model.json");
    assertThat(dir.resolve("precious.csv")).exists();
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "sample", "--output", dir.resolve("new").toString(), "--months", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("sample.months");
  }

  @Test
  void aPreviousSampleIsReplaced() throws IOException {
    Files.createDirectories(dir.resolve("_truth"));
    Files.writeString(dir.resolve("_truth/model.json"), "{}");
    Files.writeString(dir.resolve("stale.csv"), "old");
    SampleGenerator.prepare(dir.toString(), new org.apache.hadoop.conf.Configuration());
    assertThat(dir).isEmptyDirectory();
  }
}
