package dev.keyward.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Keyward's version, from the build (a filtered resource). */
public final class KeywardVersion {
  private static final String RESOURCE = "/dev/keyward/core/version.properties";
  private static final String VERSION = load();

  private KeywardVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = KeywardVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
