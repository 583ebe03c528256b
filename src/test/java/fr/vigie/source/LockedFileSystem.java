package fr.vigie.source;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.security.AccessControlException;

/**
 * The local disk under the scheme {@code locked:}, where a file whose name contains "locked" cannot be
 * opened, as HDFS answers a reader without the permission. The tests run as root, whom a local
 * {@code chmod 000} does not stop.
 */
public class LockedFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "locked";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    if (f.getName().contains("locked")) {
      throw new AccessControlException("Permission denied: user=vigie, access=READ, inode=\"" + f + "\"");
    }
    return super.open(f, bufferSize);
  }
}
