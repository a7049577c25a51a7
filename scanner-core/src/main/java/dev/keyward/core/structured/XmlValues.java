package dev.keyward.core.structured;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of leaf elements of an XML document with the JDK's StAX parser: the path is the
 * element names from the root ({@code settings.servers.server.password}, namespaces ignored), the
 * value the element's text trimmed (entities resolved, CDATA unwrapped), as Maven reads its
 * settings. DTDs and external entities are off: a document that needs them is not read.
 */
final class XmlValues {
  private static final String CDATA_OPEN = "<![CDATA[";
  private static final String CDATA_CLOSE = "]]>";

  private XmlValues() {}

  /** One open element: how many path segments its name added, where its content starts, its text. */
  private static final class Open {
    final int segments;
    final int contentStart;
    final StringBuilder text = new StringBuilder();
    boolean hasChildren;

    Open(int segments, int contentStart) {
      this.segments = segments;
      this.contentStart = contentStart;
    }
  }

  static List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
    List<ConfigValue> values = new ArrayList<>();
    List<String> path = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    LineIndex lines = new LineIndex(text);
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(new StringReader(text));
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (!open.isEmpty()) {
              open.peek().hasChildren = true;
            }
            int before = path.size();
            KeySegments.add(r.getLocalName(), path);
            open.push(new Open(path.size() - before, offset(lines, r.getLocation())));
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
              XMLStreamConstants.ENTITY_REFERENCE -> {
            if (!open.isEmpty()) {
              open.peek().text.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Open element = open.pop();
            if (!element.hasChildren && path.size() <= KeySegments.MAX_DEPTH && wanted.test(path)) {
              leaf(text, element, offset(lines, r.getLocation()), path).ifPresent(values::add);
            }
            path.subList(path.size() - element.segments, path.size()).clear();
          }
          default -> { }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // the JDK's parser also throws unchecked exceptions on some malformed input
      throw new MalformedDocumentException(e.getClass().getSimpleName() + ": " + JacksonValues.firstLine(e.getMessage()), e);
    } finally {
      close(r);
    }
    return values;
  }

  /** One configured factory per thread: making one is costly, and a factory is not promised thread-safe. */
  private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  });

  private static XMLInputFactory factory() {
    return FACTORY.get();
  }

  /** The value of a leaf element whose end tag ends at {@code endTagEnd}, spanning its trimmed text. */
  private static Optional<ConfigValue> leaf(String text, Open element, int endTagEnd, List<String> path) {
    String value = element.text.toString().strip();
    int start = element.contentStart;
    int end = endTagEnd < 0 ? -1 : text.lastIndexOf("</", endTagEnd - 1);
    if (value.isEmpty() || start < 0 || end < start) {
      return Optional.empty();
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (text.startsWith(CDATA_OPEN, start) && end - start >= CDATA_OPEN.length() + CDATA_CLOSE.length()
        && text.startsWith(CDATA_CLOSE, end - CDATA_CLOSE.length())) {
      start += CDATA_OPEN.length();
      end -= CDATA_CLOSE.length();
    }
    return end > start ? Optional.of(new ConfigValue(path, value, start, end)) : Optional.empty();
  }

  /**
   * The char offset just after the tag the parser has read, from its line and column (the JDK's char
   * offsets drift after attributes; its columns count chars, but one too few after a lone CR, which
   * the check for the tag's closing {@code >} absorbs). -1 if it cannot be placed.
   */
  private static int offset(LineIndex lines, Location location) {
    if (location == null || location.getLineNumber() < 1 || location.getColumnNumber() < 1) {
      return -1;
    }
    int guess = lines.offset(location.getLineNumber(), location.getColumnNumber());
    String text = lines.text();
    for (int candidate : new int[] {guess, guess + 1, guess - 1}) {
      if (candidate > 0 && candidate <= text.length() && text.charAt(candidate - 1) == '>') {
        return candidate;
      }
    }
    return -1;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing to release for a string source
      }
    }
  }
}
