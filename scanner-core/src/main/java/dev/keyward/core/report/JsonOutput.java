package dev.keyward.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one JSON style of every JSON-based report: UTF-8, two-space indent, {@code \n} line ends,
 * {@code "key": value}, map keys sorted, a trailing newline, and the caller's stream left open.
 */
public final class JsonOutput {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(INDENTER)
      .withArrayIndenter(INDENTER));

  private JsonOutput() {}

  /** Writes {@code document} pretty-printed, then a newline; flushes but does not close {@code out}. */
  public static void write(Object document, OutputStream out) throws IOException {
    WRITER.writeValue(out, document);
    out.write('\n');
    out.flush();
  }
}
