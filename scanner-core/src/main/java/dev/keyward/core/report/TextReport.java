package dev.keyward.core.report;

import dev.keyward.core.ScanResult;
import java.io.OutputStream;

/** Placeholder until the real writer lands; never committed. */
final class TextReport implements ReportWriter {
  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) {
    throw new UnsupportedOperationException("TextReport not written yet");
  }
}
