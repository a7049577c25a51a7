package dev.keyward.core.report;

import dev.keyward.core.ScanResult;
import java.io.OutputStream;

/** Placeholder until the real writer lands; never committed. */
final class SarifReport implements ReportWriter {
  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) {
    throw new UnsupportedOperationException("SarifReport not written yet");
  }
}
