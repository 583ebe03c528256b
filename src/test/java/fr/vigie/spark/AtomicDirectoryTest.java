package fr.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every state a kill can leave behind is repaired by the next replace. */
class AtomicDirectoryTest {
  @TempDir Path dir;
  private final Configuration hadoop = new Configuration();

  private Path target() {
    return dir.resolve("panel");
  }

  private void writeVersion(Path folder, String version) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("part-0"), version);
  }

  private String version() throws IOException {
    return Files.readString(target().resolve("part-0"));
  }

  private long siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("._")).count();
    }
  }

  @Test
  void replacesAWholeFolderAndLeavesNothingBeside() throws IOException {
    writeVersion(target(), "v1");
    AtomicDirectory.replace(target().toString(), hadoop, aside -> writeVersion(Path.of(aside.toUri().getPath()), "v2"));
    assertThat(version()).isEqualTo("v2");
    assertThat(siblings()).isZero();
  }

  @Test
  void aFailedWriteLeavesThePreviousVersion() throws IOException {
    writeVersion(target(), "v1");
    assertThatThrownBy(() -> AtomicDirectory.replace(target().toString(), hadoop, aside -> {
      writeVersion(Path.of(aside.toUri().getPath()), "half");
      throw new IOException("disk full");
    })).hasMessageContaining("Cannot replace").hasRootCauseMessage("disk full");
    assertThat(version()).isEqualTo("v1");
  }

  @Test
  void killedWhileWritingTheNewVersion() throws IOException {
    writeVersion(target(), "v1");
    writeVersion(dir.resolve("._panel-new-1234"), "half");
    AtomicDirectory.recover(new org.apache.hadoop.fs.Path(target().toString()), FileSystem.getLocal(hadoop));
    assertThat(version()).isEqualTo("v1");
    assertThat(siblings()).isZero();
  }

  @Test
  void killedBetweenTheTwoRenames() throws IOException {
    // the current version was moved aside, the new one not yet moved in
    writeVersion(dir.resolve("._panel-old-77"), "v1");
    writeVersion(dir.resolve("._panel-new-77"), "v2 complete but not committed");
    AtomicDirectory.replace(target().toString(), hadoop, aside -> writeVersion(Path.of(aside.toUri().getPath()), "v3"));
    assertThat(version()).isEqualTo("v3");
    assertThat(siblings()).isZero();
    // and a reader arriving before the next run: recover alone puts v1 back
    writeVersion(dir.resolve("._panel-old-78"), "v3");
    Files.walk(target()).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    AtomicDirectory.recover(new org.apache.hadoop.fs.Path(target().toString()), FileSystem.getLocal(hadoop));
    assertThat(version()).isEqualTo("v3");
  }

  @Test
  void killedAfterTheNewVersionWasCommitted() throws IOException {
    writeVersion(target(), "v2");
    writeVersion(dir.resolve("._panel-old-5"), "v1");
    AtomicDirectory.recover(new org.apache.hadoop.fs.Path(target().toString()), FileSystem.getLocal(hadoop));
    assertThat(version()).isEqualTo("v2");
    assertThat(siblings()).isZero();
  }

  @Test
  void otherDatasetsSiblingsAreLeftAlone() throws IOException {
    writeVersion(target(), "v1");
    writeVersion(dir.resolve("._panel_entreprise-new-9"), "another dataset's write");
    AtomicDirectory.recover(new org.apache.hadoop.fs.Path(target().toString()), FileSystem.getLocal(hadoop));
    assertThat(dir.resolve("._panel_entreprise-new-9")).exists();
  }
}
