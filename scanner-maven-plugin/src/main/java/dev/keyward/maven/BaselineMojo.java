package dev.keyward.maven;

import dev.keyward.core.ScanResult;
import dev.keyward.core.suppress.Baseline;
import dev.keyward.core.suppress.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline of today's findings (fingerprints, with rule, path and line for people), so a
 * project with known findings can adopt {@code keyward:check} and fail only on new ones. Writes
 * {@code baseline}, by default {@code .keyward-baseline.json} in the scanned directory; any baseline
 * already there is replaced, not applied. Run it after {@code package} to include the built archives.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractKeywardMojo {
  @Override
  protected void executeMojo() throws MojoExecutionException {
    ScanResult result = scan(toRequest(false));
    logWarnings(result);
    Baseline recorded = Baseline.of(result.findings());
    Path file = baseline != null ? baseline.toPath() : scanRoot().resolve(BaselineFile.DEFAULT_NAME);
    try {
      BaselineFile.write(recorded, file);
    } catch (IOException e) {
      throw new MojoExecutionException("keyward.baseline: cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("Keyward: recorded " + recorded.entries().size() + " findings in " + file
        + "; set <baseline> (keyward.baseline) to it so keyward:check fails only on new ones");
  }
}
