package dev.keyward.core.engine;

import dev.keyward.core.finding.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks inside encoded text: each candidate {@link EncodedSpans} finds is decoded, and if it decodes
 * to text, that text is scanned by every rule and, while {@link DecodeLimits#maxDepth()} allows, searched
 * for encoded text in turn. A match in decoded text is reported at the encoded text that holds it,
 * with the decoded secret. Work is bounded by {@link DecodeLimits#maxDecodedBytes()} per file.
 * Immutable and thread-safe; each call keeps its own budget.
 */
final class Decoder {
  /** Runs the rules (without decoding) over a text, for the file at a path. */
  @FunctionalInterface
  interface Rules {
    List<Match> find(Content content, String path);
  }

  private final DecodeLimits limits;

  Decoder(DecodeLimits limits) {
    this.limits = limits;
  }

  /** {@code direct}, plus every match inside encoded text in {@code content}. */
  /** @param escapes the escapes in {@code content} if the candidate search found them, else null */
  List<Match> withDecoded(Content content, EncodedSpans.Escapes escapes, String path, List<Match> direct,
      Rules rules) {
    if (limits.maxDepth() == 0 || limits.maxDecodedBytes() == 0) {
      return direct;
    }
    List<Match> out = new ArrayList<>(direct);
    new Pass(path, rules, out).search(content.text(), content.latin1(), escapes, null, 1);
    return out;
  }


  /** One file's decoding: its budget and where its matches go. */
  private final class Pass {
    private final String path;
    private final Rules rules;
    private final List<Match> out;
    private int budget = limits.maxDecodedBytes();

    Pass(String path, Rules rules, List<Match> out) {
      this.path = path;
      this.rules = rules;
      this.out = out;
    }

    void search(String text, byte[] latin1, EncodedSpans.Escapes escapes, Layer outer, int depth) {
      EncodedSpans.scan(latin1, escapes, (encoding, start, end) -> {
        if (budget > 0) {
          candidate(text, encoding, start, end, outer, depth);
        }
      });
    }

    private void candidate(String text, Encoding encoding, int start, int end, Layer outer, int depth) {
      Optional<DecodedText> decoded = DecodedText.decode(encoding, text, start, end, budget);
      if (decoded.isEmpty()) {
        return;
      }
      budget -= decoded.get().length();
      Layer layer = new Layer(encoding, decoded.get(), outer);
      Content inner = decoded.get().content();
      for (Match m : rules.find(inner, path)) {
        out.add(layer.toOriginal(m, inner));
      }
      if (depth < limits.maxDepth()) {
        search(inner.text(), inner.latin1(), null, layer, depth + 1);
      }
    }
  }

  /** One decoded candidate, inside the layer it was found in ({@code outer}, null for the file itself). */
  private record Layer(Encoding encoding, DecodedText decoded, Layer outer) {
    /** {@code m}, found in this layer's decoded text, as a match in the file's text. */
    Match toOriginal(Match m, Content inner) {
      Secret secret = new Secret(inner.decode(m.secretStart(), m.secretEnd()));
      List<Encoding> layers = new ArrayList<>();
      int start = m.secretStart();
      int end = m.secretEnd();
      for (Layer l = this; l != null; l = l.outer) {
        int from = l.decoded.from(start);
        end = l.decoded.to(end - 1);
        start = from;
        layers.add(0, l.encoding);
      }
      return new Match(m.rule(), start, end, Decoding.of(layers, secret));
    }
  }
}
