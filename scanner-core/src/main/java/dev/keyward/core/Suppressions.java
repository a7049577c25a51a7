package dev.keyward.core;

import dev.keyward.core.config.KeywardConfig;
import dev.keyward.core.suppress.Baseline;
import dev.keyward.core.suppress.BaselineFile;
import dev.keyward.core.suppress.SuppressedFinding;
import dev.keyward.core.suppress.Suppressor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step after the scan: fingerprints allowlisted in the configuration, then the baseline. With
 * {@code updateBaseline}, rewrites the baseline keeping only entries that still occur.
 */
final class Suppressions {
  private Suppressions() {}

  static ScanResult apply(ScanRequest request, KeywardConfig config, ScanResult scanned)
      throws ConfigException, IOException {
    Optional<Path> baselineFile = request.baseline();
    Baseline baseline = baselineFile.isPresent() ? BaselineFile.read(baselineFile.get()) : new Baseline(List.of());
    Suppressor suppressor = new Suppressor(config.allowlist().fingerprints(), config.source(), baseline,
        baselineFile.map(Path::toString).orElse("(none)"));
    Suppressor.Partition partition = suppressor.apply(scanned.findings());
    List<SuppressedFinding> suppressed = new ArrayList<>(scanned.suppressed());
    suppressed.addAll(partition.suppressed());
    if (request.updateBaseline() && baselineFile.isPresent()) {
      BaselineFile.write(baseline.prune(scanned.findings()), baselineFile.get());
    }
    return new ScanResult(scanned.root(), partition.reported(), scanned.warnings(), scanned.stats(),
        scanned.rules(), suppressed, scanned.failOn());
  }
}
