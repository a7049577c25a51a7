package dev.keyward.core.engine;

import static com.gliwka.hyperscan.jni.hyperscan.HS_SUCCESS;

import com.gliwka.hyperscan.jni.hs_platform_info_t;
import com.gliwka.hyperscan.jni.hyperscan;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the Vectorscan library (Hyperscan's API) that ships, per platform, in the
 * {@code com.gliwka.hyperscan:native} jars, through their JavaCPP bindings. Loading happens once per
 * class loader, on first use; afterwards {@link #problem()} says whether it can be used.
 */
final class HyperscanLibrary {
  private static volatile Optional<String> problem;

  private HyperscanLibrary() {}

  /** Whether the library has loaded (without trying to load it). */
  static boolean isLoaded() {
    Optional<String> p = problem;
    return p != null && p.isEmpty();
  }

  /** Why the native matcher cannot be used here, or empty when it is loaded and usable. */
  static Optional<String> problem() {
    Optional<String> p = problem;
    if (p == null) {
      synchronized (HyperscanLibrary.class) {
        p = problem;
        if (p == null) {
          p = problem = load();
        }
      }
    }
    return p;
  }

  private static Optional<String> load() {
    try {
      Loader.load(hyperscan.class);
      if (hyperscan.hs_valid_platform() != HS_SUCCESS) {
        return Optional.of("this CPU lacks instructions the library needs");
      }
      return Optional.empty();
    } catch (LinkageError | RuntimeException e) {
      return Optional.of(describe(e));
    }
  }

  /** One short line: no library for this platform, or the error's first line. */
  private static String describe(Throwable e) {
    if (e instanceof UnsatisfiedLinkError && !hasLibraryFor(platform())) {
      return "no native library for this platform";
    }
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    if (message.length() > 160) {
      message = message.substring(0, 157) + "...";
    }
    return e.getClass().getSimpleName() + (message.isEmpty() || message.equals("null") ? "" : ": " + message);
  }

  private static boolean hasLibraryFor(String platform) {
    String name = System.mapLibraryName("jnihyperscan");
    return HyperscanLibrary.class.getResource("/com/gliwka/hyperscan/jni/" + platform + "/" + name) != null;
  }

  /** The platform as JavaCPP names it ({@code linux-x86_64}, {@code macosx-arm64}, ...). */
  static String platform() {
    try {
      return Loader.getPlatform();
    } catch (LinkageError | RuntimeException e) {
      return System.getProperty("os.name", "?").toLowerCase(Locale.ROOT).replace(' ', '_') + "-"
          + System.getProperty("os.arch", "?");
    }
  }

  /** The library's version and the CPU features it tunes for: what a compiled database depends on. */
  static String identity() {
    hs_platform_info_t info = new hs_platform_info_t();
    hyperscan.hs_populate_platform(info);
    return hyperscan.hs_version().getString() + "/" + platform() + "/tune=" + info.tune()
        + "/features=" + info.cpu_features();
  }
}
