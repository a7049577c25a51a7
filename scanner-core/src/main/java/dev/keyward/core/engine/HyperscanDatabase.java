package dev.keyward.core.engine;

import static com.gliwka.hyperscan.jni.hyperscan.HS_FLAG_PREFILTER;
import static com.gliwka.hyperscan.jni.hyperscan.HS_MODE_BLOCK;
import static com.gliwka.hyperscan.jni.hyperscan.HS_SUCCESS;

import com.gliwka.hyperscan.jni.hs_compile_error_t;
import com.gliwka.hyperscan.jni.hs_database_t;
import com.gliwka.hyperscan.jni.hyperscan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * A compiled Hyperscan block-mode database of prefilter patterns, each reporting its rule's index as
 * match id, and the indices of the rules it holds. Immutable and thread-safe to scan with (scans need a
 * scratch per thread); the native database lives as long as the class loader (see
 * {@link HyperscanSearch}'s cache), so it is never freed.
 */
final class HyperscanDatabase {
  private final hs_database_t database;
  private final int[] ruleIndices;

  private HyperscanDatabase(hs_database_t database, int[] ruleIndices) {
    this.database = database;
    this.ruleIndices = ruleIndices;
  }

  hs_database_t handle() {
    return database;
  }

  /** The rules this database reports (sorted indices). */
  int[] ruleIndices() {
    return ruleIndices.clone();
  }

  /** Result of {@link #compile}: the database (if any pattern compiled) and why the others did not. */
  record Compiled(Optional<HyperscanDatabase> database, Map<Integer, String> rejected) {}

  /**
   * Compiles {@code patterns} (rule index to its Hyperscan expressions) in prefilter mode, all matches
   * reported. A rule with an expression Hyperscan rejects is left out and named in
   * {@link Compiled#rejected()}.
   */
  static Compiled compile(Map<Integer, List<String>> patterns) {
    return compile(patterns, HS_FLAG_PREFILTER);
  }

  /** As {@link #compile(Map)}, with the given Hyperscan flags on every expression. */
  static Compiled compile(Map<Integer, List<String>> patterns, int patternFlags) {
    Map<Integer, List<String>> left = new LinkedHashMap<>(patterns);
    Map<Integer, String> rejected = new LinkedHashMap<>();
    while (!left.isEmpty()) {
      List<Integer> ids = new ArrayList<>();
      List<String> expressions = new ArrayList<>();
      left.forEach((id, list) -> list.forEach(x -> {
        ids.add(id);
        expressions.add(x);
      }));
      int[] flags = new int[ids.size()];
      Arrays.fill(flags, patternFlags);
      PointerPointer<hs_database_t> db = new PointerPointer<>(1);
      PointerPointer<hs_compile_error_t> error = new PointerPointer<>(1);
      int rc = hyperscan.hs_compile_multi(new PointerPointer<>(expressions.toArray(String[]::new)),
          new IntPointer(flags), new IntPointer(ids.stream().mapToInt(Integer::intValue).toArray()), ids.size(),
          HS_MODE_BLOCK, null, db, error);
      if (rc == HS_SUCCESS) {
        return new Compiled(Optional.of(new HyperscanDatabase(db.get(hs_database_t.class, 0),
            sorted(left.keySet().stream().mapToInt(Integer::intValue).toArray()))), rejected);
      }
      hs_compile_error_t e = error.get(hs_compile_error_t.class, 0);
      String message = e.message().getString();
      int failed = e.expression();
      hyperscan.hs_free_compile_error(e);
      if (failed < 0) {
        left.keySet().forEach(id -> rejected.put(id, message));
        break;
      }
      rejected.put(ids.get(failed), message);
      left.remove(ids.get(failed));
    }
    return new Compiled(Optional.empty(), rejected);
  }

  private static int[] sorted(int[] ids) {
    int[] copy = ids.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** The database's serialized bytes (platform-specific; see {@link HyperscanLibrary#identity()}). */
  byte[] serialize() {
    PointerPointer<BytePointer> bytes = new PointerPointer<>(1);
    SizeTPointer length = new SizeTPointer(1);
    if (hyperscan.hs_serialize_database(database, bytes, length) != HS_SUCCESS) {
      throw new IllegalStateException("hs_serialize_database failed");
    }
    BytePointer data = bytes.get(BytePointer.class, 0);
    byte[] out = new byte[Math.toIntExact(length.get())];
    data.get(out);
    BytePointer.free(data);
    return out;
  }

  /** A database from {@link #serialize()}d bytes, or empty if they do not deserialize here. */
  static Optional<HyperscanDatabase> deserialize(byte[] serialized, int[] ruleIndices) {
    BytePointer bytes = new BytePointer(serialized.length);
    bytes.put(serialized);
    PointerPointer<hs_database_t> db = new PointerPointer<>(1);
    int rc = hyperscan.hs_deserialize_database(bytes, serialized.length, db);
    bytes.close();
    if (rc != HS_SUCCESS) {
      return Optional.empty();
    }
    return Optional.of(new HyperscanDatabase(db.get(hs_database_t.class, 0), ruleIndices.clone()));
  }

  /** Rule indices as a list, for messages. */
  List<Integer> rules() {
    List<Integer> list = new ArrayList<>();
    for (int r : ruleIndices) {
      list.add(r);
    }
    return list;
  }
}
