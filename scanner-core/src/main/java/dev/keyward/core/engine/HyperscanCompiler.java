package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.rule.Rule;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link HyperscanSearch} for a rule list: translates each rule's regex to a prefilter
 * pattern, and gets the compiled database from memory, from the {@link DatabaseCache} (keyed by the
 * SHA-256 of the patterns, the library version and the platform), or by compiling it (and caching
 * it). A rule that cannot be translated or compiled keeps the keyword search, with a debug log.
 */
final class HyperscanCompiler {
  private static final Logger LOG = LoggerFactory.getLogger(HyperscanCompiler.class);
  /**
   * Bump when the translation, the reach or the cache payload changes: the key hashes the rules' Java
   * regexes, so without a bump old cache files would still be used.
   */
  private static final String FORMAT = "keyward-hs-9";
  /** Databases already built in this class loader, by key; they are never freed. */
  private static final Map<String, Prepared> BUILT = new ConcurrentHashMap<>();

  private final DatabaseCache cache;

  HyperscanCompiler(DatabaseCache cache) {
    this.cache = cache;
  }

  /** Forgets the databases built in this class loader (for tests of the disk cache). */
  static void forgetBuilt() {
    BUILT.clear();
  }

  /** Whether this class loader already holds the database for {@code rules} (so a search costs nothing). */
  static boolean isReady(List<Rule> rules) {
    return !BUILT.isEmpty() && HyperscanLibrary.isLoaded() && BUILT.containsKey(key(rules));
  }

  /** The search for {@code rules}; requires {@link HyperscanLibrary#problem()} to be empty. */
  HyperscanSearch search(List<Rule> rules, KeywordSearch keywords) {
    String key = key(rules);
    Prepared prepared = BUILT.computeIfAbsent(key, k -> load(k).orElseGet(() -> compile(k, rules)));
    Set<Integer> held = new HashSet<>();
    prepared.databases().forEach(d -> held.addAll(d.rules()));
    int[] others = IntStream.range(0, rules.size()).filter(r -> !held.contains(r)).toArray();
    boolean escapes = IntStream.range(0, EncodedSpans.ESCAPE_EXPRESSIONS.size())
        .allMatch(e -> held.contains(rules.size() + e));
    return new HyperscanSearch(prepared.databases(), rules, prepared.reach(), prepared.ahead(),
        new KeywordSearch(rules, others), keywords, escapes);
  }

  /**
   * The databases and, per rule, how far before a match end its match can start ({@code reach}) and
   * how far after it can end ({@code ahead}: 0 unless an expression is a leading lookahead).
   */
  private record Prepared(List<HyperscanDatabase> databases, int[] reach, int[] ahead) {}

  /**
   * The cache key: everything the database and the reaches depend on (the rules' regexes, flags,
   * windows, keywords and multi-line setting, in order; the translator; the library and CPU).
   */
  private static String key(List<Rule> rules) {
    StringBuilder sb = new StringBuilder();
    field(sb, FORMAT + "/" + PrefilterTranslator.MAX_REPEAT);
    field(sb, HyperscanLibrary.identity());
    for (Rule rule : rules) {
      field(sb, rule.pattern().flags() + "/" + rule.multiline() + "/" + rule.window() + "/" + rule.structured());
      field(sb, String.join(",", rule.keywords()));
      field(sb, rule.pattern().pattern());
    }
    return HexFormat.of().formatHex(DatabaseCache.sha256(sb.toString().getBytes(UTF_8)));
  }

  /** Length-prefixed, so that no two rule lists give the same text. */
  private static void field(StringBuilder sb, String value) {
    sb.append(value.length()).append(':').append(value);
  }

  /**
   * How long a match can be: the translation's bound, or, for unbounded patterns, what the keyword
   * search would reach (the rule's window each side of a keyword).
   */
  private static int length(Rule rule, PrefilterTranslator.Translation t) {
    int longestKeyword = rule.keywords().stream().mapToInt(String::length).max().orElse(0);
    long keywordReach = 2L * rule.window() + longestKeyword;
    long bound = t.bounded() ? t.maxLength() : keywordReach;
    return (int) Math.min(bound, Integer.MAX_VALUE / 2);
  }

  /**
   * Payload: rule count and reach per rule, the same for ahead; then per database, its rules and its
   * serialized bytes.
   */
  private Optional<Prepared> load(String key) {
    return cache.read(key).flatMap(payload -> {
      try {
        ByteBuffer in = ByteBuffer.wrap(payload);
        int[] reach = ints(in);
        int[] ahead = ints(in);
        if (ahead.length != reach.length) {
          return Optional.<Prepared>empty();
        }
        List<HyperscanDatabase> databases = new ArrayList<>();
        for (int d = in.getInt(); d > 0; d--) {
          int[] held = ints(in);
          int ids = reach.length + EncodedSpans.ESCAPE_EXPRESSIONS.size();
          if (Arrays.stream(held).anyMatch(r -> r < 0 || r >= ids)) {
            LOG.debug("cached matcher database {} reports rules this pack does not have; compiling", key);
            return Optional.<Prepared>empty();
          }
          byte[] serialized = new byte[in.getInt()];
          in.get(serialized);
          Optional<HyperscanDatabase> db = HyperscanDatabase.deserialize(serialized, held);
          if (db.isEmpty()) {
            LOG.debug("cached matcher database {} does not load here; compiling", key);
            return Optional.<Prepared>empty();
          }
          databases.add(db.get());
        }
        return Optional.of(new Prepared(databases, reach, ahead));
      } catch (RuntimeException e) {
        LOG.debug("cached matcher database {} is malformed; compiling", key);
        return Optional.<Prepared>empty();
      }
    });
  }

  private static int[] ints(ByteBuffer in) {
    int[] values = new int[in.getInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.getInt();
    }
    return values;
  }

  private Prepared compile(String key, List<Rule> rules) {
    // one database for every rule: with this pack it searches ~15% faster than one database for the
    // case-insensitive patterns and another for the rest (a split measured faster with the first pack)
    Map<Integer, List<String>> patterns = new LinkedHashMap<>();
    int[] reach = new int[rules.size()];
    int[] ahead = new int[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      if (rule.structured()) {
        continue; // runs on parsed values, not on text
      }
      try {
        PrefilterTranslator.Translation t = PrefilterTranslator.translate(rule.pattern());
        patterns.put(r, t.patterns());
        int length = length(rule, t);
        // a leading lookahead's match ends at most its length after the match start; the match
        // then runs on for up to its own length
        reach[r] = (int) Math.max(length, t.lookahead());
        ahead[r] = t.lookahead() > 0 ? length : 0;
      } catch (PrefilterTranslator.Unsupported e) {
        LOG.debug("rule {} runs on keywords: its regex has no native prefilter ({})", rule.id(), e.getMessage());
      }
    }
    // the decoding stage's escapes, reported past the rules' indices: cheaper here than in a Java pass
    for (int e = 0; e < EncodedSpans.ESCAPE_EXPRESSIONS.size(); e++) {
      patterns.put(rules.size() + e, List.of(EncodedSpans.ESCAPE_EXPRESSIONS.get(e)));
    }
    List<HyperscanDatabase> databases = new ArrayList<>();
    HyperscanDatabase.Compiled compiled = HyperscanDatabase.compile(patterns);
    compiled.rejected().forEach((r, why) -> LOG.debug(r < rules.size()
        ? "rule {} runs on keywords: Hyperscan rejects its prefilter pattern ({})"
        : "escape expression {} is looked for in Java: Hyperscan rejects it ({})",
        r < rules.size() ? rules.get(r).id() : EncodedSpans.ESCAPE_EXPRESSIONS.get(r - rules.size()), why));
    compiled.database().ifPresent(databases::add);
    cache.write(key, payload(reach, ahead, databases));
    return new Prepared(databases, reach, ahead);
  }

  private static byte[] payload(int[] reach, int[] ahead, List<HyperscanDatabase> databases) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(payload)) {
      writeInts(out, reach);
      writeInts(out, ahead);
      out.writeInt(databases.size());
      for (HyperscanDatabase database : databases) {
        byte[] serialized = database.serialize();
        writeInts(out, database.ruleIndices());
        out.writeInt(serialized.length);
        out.write(serialized);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return payload.toByteArray();
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }
}
