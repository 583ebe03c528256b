package fr.vigie.source;

import fr.vigie.error.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

/**
 * Hadoop's text input format, for delivered files. Two differences:
 *
 * <ul>
 *   <li>Every file it is given is read, whatever its name. Hadoop's own listing hides names starting
 *       with '_' or '.', so a delivery named {@code _rattrapage.csv} would fail as "matches 0 files";
 *       which files are read is decided once, by {@link SourceFiles}, and written to the manifest.
 *   <li>A read error (a truncated gzip, a {@code .gz} that is not gzip, a file that cannot be opened)
 *       is an {@link InputException} naming the file, so the run exits 3 with that name instead of
 *       failing with Hadoop's anonymous "Unexpected end of input stream".
 * </ul>
 *
 * The record delimiter is the job's {@code textinputformat.record.delimiter} ({@link RawFile} sets
 * it: LF, so that a lone CR stays inside its line); UTF-16LE files are read by
 * {@link Utf16LineRecordReader}, split like any other file.
 */
public final class DeliveredTextFormat extends TextInputFormat {
  /** The source being read, for error messages (set by {@link RawFile}). */
  static final String SOURCE = "vigie.source";
  /** True for UTF-16LE files: lines are read by code unit ({@link Utf16LineRecordReader}). */
  static final String UTF16LE = "vigie.utf16le";

  @Override
  protected List<FileStatus> listStatus(JobContext job) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    for (Path path : getInputPaths(job)) {
      try {
        files.add(path.getFileSystem(job.getConfiguration()).getFileStatus(path));
      } catch (IOException e) {
        throw new InputException("Cannot read " + job.getConfiguration().get(SOURCE, "input") + ": file " + path
            + " cannot be opened (" + e.getMessage() + ")", e);
      }
    }
    return files;
  }

  @Override
  public RecordReader<LongWritable, Text> createRecordReader(InputSplit split, TaskAttemptContext context) {
    return new Named(context.getConfiguration().getBoolean(UTF16LE, false)
        ? new Utf16LineRecordReader() : super.createRecordReader(split, context));
  }

  /** A record reader whose I/O errors name the file. */
  private static final class Named extends RecordReader<LongWritable, Text> {
    private final RecordReader<LongWritable, Text> reader;
    private String file = "?";
    private String source = "input";

    Named(RecordReader<LongWritable, Text> reader) {
      this.reader = reader;
    }

    @Override
    public void initialize(InputSplit split, TaskAttemptContext context) throws InterruptedException {
      if (split instanceof FileSplit fileSplit) file = fileSplit.getPath().toString();
      source = context.getConfiguration().get(SOURCE, source);
      try {
        reader.initialize(split, context);
      } catch (IOException | RuntimeException e) {
        throw failure(e);
      }
    }

    @Override
    public boolean nextKeyValue() throws InterruptedException {
      try {
        return reader.nextKeyValue();
      } catch (IOException | RuntimeException e) {
        throw failure(e);
      }
    }

    private InputException failure(Exception e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean gzip = file.endsWith(".gz");
      return new InputException("Cannot read " + source + ": file " + file + " cannot be read to its end ("
          + detail + ")" + (gzip ? ": a truncated gzip, or a .gz that is not gzip? Check the delivery" : ""), e);
    }

    @Override
    public LongWritable getCurrentKey() throws IOException, InterruptedException {
      return reader.getCurrentKey();
    }

    @Override
    public Text getCurrentValue() throws IOException, InterruptedException {
      return reader.getCurrentValue();
    }

    @Override
    public float getProgress() throws IOException, InterruptedException {
      return reader.getProgress();
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
