package dev.keyward.core.engine;

import static com.gliwka.hyperscan.jni.hyperscan.HS_SUCCESS;

import com.gliwka.hyperscan.jni.hs_scratch_t;
import com.gliwka.hyperscan.jni.hyperscan;
import com.gliwka.hyperscan.jni.match_event_handler;
import dev.keyward.core.rule.Rule;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Candidate search by Hyperscan: one native pass runs every rule's prefilter pattern (see
 * {@link PrefilterTranslator}); each reported match end opens a region reaching back as far as the
 * rule's longest match (clipped to the line unless the rule is multi-line), where the Java regex then
 * confirms. Rules without a native pattern use keyword regions ({@code fallback}), and text that is
 * not Latin-1 (decoded UTF-16) goes to the keyword search whole. Thread-safe: each thread scans with
 * its own scratch space and buffer.
 */
final class HyperscanSearch implements CandidateSearch {
  private static final Logger LOG = LoggerFactory.getLogger(HyperscanSearch.class);

  private final List<HyperscanDatabase> databases;
  private final int ruleCount;
  private final int[] reach;
  private final int[] ahead;
  private final boolean[] multiline;
  private final KeywordSearch fallback;
  private final KeywordSearch keywords;
  private final ThreadLocal<ScanState> states;
  private final boolean findsEscapes;

  /**
   * @param databases run one after the other over each text (rules split by kind scan faster)
   * @param reach per rule, how far before a match end its match can start
   * @param ahead per rule, how far after a match end its match can end (0 unless one of its expressions
   *     is a leading lookahead, see {@link PrefilterTranslator.Expression#lookahead()})
   * @param fallback keyword search for the rules the database does not hold (empty search if none)
   * @param keywords keyword search over every rule, for text that is not Latin-1
   * @param findsEscapes whether the databases report every {@link EncodedSpans#ESCAPE_EXPRESSIONS}, with
   *     ids following the rules' indices
   */
  HyperscanSearch(List<HyperscanDatabase> databases, List<Rule> rules, int[] reach, int[] ahead,
      KeywordSearch fallback, KeywordSearch keywords, boolean findsEscapes) {
    this.databases = List.copyOf(databases);
    this.ruleCount = rules.size();
    this.reach = reach.clone();
    this.ahead = ahead.clone();
    this.multiline = new boolean[ruleCount];
    for (int r = 0; r < ruleCount; r++) {
      multiline[r] = rules.get(r).multiline();
    }
    this.fallback = fallback;
    this.keywords = keywords;
    this.findsEscapes = findsEscapes;
    this.states = ThreadLocal.withInitial(() -> new ScanState(this.databases));
  }

  @Override
  public Candidates search(Content content) {
    String text = content.text();
    if (!content.bytesAsChars() && !isLatin1(text)) {
      return keywords.search(content);
    }
    Windows[] windows = new Windows[ruleCount];
    EncodedSpans.Escapes escapes = new EncodedSpans.Escapes();
    if (!text.isEmpty() && !states.get().scan(this, text, content.latin1(), windows, escapes)) {
      return keywords.search(content);
    }
    fallback.addTo(text, windows);
    return new Candidates(windows, findsEscapes ? escapes : null);
  }

  private static boolean isLatin1(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** One thread's scratch space and native copy of the text, reused from scan to scan. */
  private static final class ScanState {
    private final Scratch scratch = new Scratch();
    private BytePointer buffer = new BytePointer(1 << 16);
    private HyperscanSearch search;
    private String text;
    private byte[] latin1;
    private Windows[] windows;
    private EncodedSpans.Escapes escapes;

    /** One scratch space, grown to serve every database. */
    ScanState(List<HyperscanDatabase> databases) {
      for (HyperscanDatabase database : databases) {
        if (hyperscan.hs_alloc_scratch(database.handle(), scratch) != HS_SUCCESS) {
          throw new IllegalStateException("hs_alloc_scratch failed");
        }
      }
      scratch.freeWhenUnreachable();
    }

    /**
     * Runs the database over {@code text} ({@code latin1}: the same, one byte per char), adding regions
     * to {@code out}; false if the scan failed.
     */
    boolean scan(HyperscanSearch owner, String text, byte[] latin1, Windows[] out, EncodedSpans.Escapes escapes) {
      int n = text.length();
      if (buffer.capacity() < n) {
        buffer.close();
        buffer = new BytePointer(Math.max(n, buffer.capacity() * 2));
      }
      buffer.position(0).put(latin1, 0, n);
      this.search = owner;
      this.text = text;
      this.latin1 = latin1;
      this.windows = out;
      this.escapes = escapes;
      Callback.CURRENT.set(this);
      try {
        for (HyperscanDatabase database : owner.databases) {
          int rc = hyperscan.hs_scan(database.handle(), buffer, n, 0, scratch, Callback.INSTANCE, null);
          if (rc != HS_SUCCESS) {
            LOG.debug("hs_scan returned {}; using keyword search for this text", rc);
            return false;
          }
        }
        return true;
      } finally {
        Callback.CURRENT.remove();
        this.text = null;
        this.latin1 = null;
        this.windows = null;
        this.escapes = null;
        this.search = null;
      }
    }

    /** @param id a rule's index, or past the rules, an escape expression's (see the compiler) */
    void onMatch(int id, int end) {
      if (id >= search.ruleCount) {
        escapes.add(latin1, id - search.ruleCount, end);
        return;
      }
      int rule = id;
      Windows w = windows[rule];
      if (w == null) {
        w = windows[rule] = new Windows(text, search.multiline[rule]);
      }
      w.addEndingAt(end, search.reach[rule], search.ahead[rule]);
    }
  }

  /** The one native callback (JavaCPP has few callback slots); it finds its scan through a thread-local. */
  private static final class Callback extends match_event_handler {
    static final ThreadLocal<ScanState> CURRENT = new ThreadLocal<>();
    static final Callback INSTANCE = new Callback();

    @Override
    public int call(int id, long from, long to, int flags, Pointer context) {
      CURRENT.get().onMatch(id, (int) to);
      return 0;
    }
  }

  /** Scratch space freed by JavaCPP's deallocator once its thread's state is collected. */
  private static final class Scratch extends hs_scratch_t {
    void freeWhenUnreachable() {
      hs_scratch_t handle = new hs_scratch_t(this);
      deallocator(() -> hyperscan.hs_free_scratch(handle));
    }
  }
}
