package dev.keyward.core.report;

import dev.keyward.core.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link ScanResult} in one format. Output is deterministic: the same result and settings
 * give the same bytes. Writers never show a full secret unless {@link ReportSettings#redact()} is
 * false.
 */
public interface ReportWriter {
  void write(ScanResult result, ReportSettings settings, OutputStream out) throws IOException;
}
