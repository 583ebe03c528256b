package fr.vigie.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;

/**
 * Lines of a UTF-16LE file (Diane exports), one split of it: a record is the bytes of a line, without
 * its LF code unit (0A 00). Hadoop's reader with the byte delimiter "0A 00" cannot split such a file
 * (a split may start in the middle of a character, and the two bytes may match across two characters),
 * so a Diane export of several hundred MB was one task. Here code units sit at even offsets from the
 * start of the file, and a split owns the lines that start after its first byte and at or before its
 * end (the protocol of Hadoop's own reader): it skips the line in progress at its start, and reads on
 * past its end to finish its last line. A compressed file is one split, read from its start.
 */
final class Utf16LineRecordReader extends RecordReader<LongWritable, Text> {
  private static final int BUFFER = 1 << 16;

  private InputStream in;
  private long start;
  private long end;
  private long position; // offset in the file of the next byte to read (always even between lines)
  private final LongWritable key = new LongWritable();
  private final Text value = new Text();
  private byte[] line = new byte[4096];

  @Override
  public void initialize(InputSplit genericSplit, TaskAttemptContext context) throws IOException {
    FileSplit split = (FileSplit) genericSplit;
    Configuration conf = context.getConfiguration();
    Path file = split.getPath();
    FSDataInputStream raw = file.getFileSystem(conf).open(file);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(file);
    if (codec != null) {
      in = new BufferedInputStream(codec.createInputStream(raw), BUFFER);
      start = 0;
      end = Long.MAX_VALUE;
      position = 0;
      return;
    }
    start = split.getStart();
    end = start + split.getLength();
    // A split owns the lines that start after its start and at or before its end (Hadoop's rule): it
    // skips to the first line start s > start, i.e. just past the first LF code unit at an offset
    // >= start - 1; code units sit at even offsets, so the scan starts at start rounded down to even.
    long aligned = start & ~1L;
    raw.seek(aligned);
    in = new BufferedInputStream(raw, BUFFER);
    position = aligned;
    if (start != 0) readLine(false);
  }

  @Override
  public boolean nextKeyValue() throws IOException {
    if (position > end) return false; // a line starting at the end belongs to this split (as in Hadoop)
    long lineStart = position;
    if (!readLine(true)) return false;
    key.set(lineStart);
    return true;
  }

  /** Reads code units up to and including the next LF; keeps them in {@code value} if asked. False at the end. */
  private boolean readLine(boolean keep) throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      int low = in.read();
      if (low < 0) break;
      int high = in.read();
      position += high < 0 ? 1 : 2;
      any = true;
      if (high < 0) { // an odd byte at the end of the file: kept, the decoder will flag it
        if (keep) line = append(line, length++, (byte) low);
        break;
      }
      if (low == '\n' && high == 0) {
        if (keep) value.set(line, 0, length);
        return true;
      }
      if (keep) {
        line = append(line, length++, (byte) low);
        line = append(line, length++, (byte) high);
      }
    }
    if (keep) value.set(line, 0, length);
    return any;
  }

  private static byte[] append(byte[] buffer, int at, byte b) {
    byte[] out = at < buffer.length ? buffer : java.util.Arrays.copyOf(buffer, buffer.length * 2);
    out[at] = b;
    return out;
  }

  @Override
  public LongWritable getCurrentKey() {
    return key;
  }

  @Override
  public Text getCurrentValue() {
    return value;
  }

  @Override
  public float getProgress() {
    if (end == Long.MAX_VALUE || end == start) return 0f;
    return Math.min(1f, (position - start) / (float) (end - start));
  }

  @Override
  public void close() throws IOException {
    if (in != null) in.close();
  }
}
