package dev.keyward.core.rule;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ConfigException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable set of rules, sorted by id. */
public final class RulePack {
  /** The class-path resource that lists the default pack's files, one per line. */
  public static final String BUILTIN_INDEX = "dev/keyward/rules/index.txt";

  private final List<Rule> rules;

  private RulePack(Collection<Rule> rules) {
    this.rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
  }

  public static RulePack of(Collection<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.putIfAbsent(rule.id(), rule) != null) {
        throw new IllegalArgumentException("duplicate rule id " + rule.id());
      }
    }
    return new RulePack(byId.values());
  }

  /** The built-in pack once loaded (it is immutable), or the error loading it gave. */
  private static RulePack builtin;
  private static ConfigException builtinError;

  /**
   * The default pack from the class path ({@link #BUILTIN_INDEX}); empty when the rules jar is not on
   * the class path. Parsed and compiled once per class loader: every scan, {@code keyward rules} and
   * each module of a Maven build reuse it.
   */
  public static synchronized RulePack builtin() throws ConfigException {
    if (builtin == null && builtinError == null) {
      try {
        builtin = loadBuiltin();
      } catch (ConfigException e) {
        builtinError = e;
      }
    }
    if (builtinError != null) {
      throw builtinError;
    }
    return builtin;
  }

  /**
   * Starts loading the built-in pack on a background thread and returns at once, so that a command
   * line can parse its arguments and open a repository while the rules compile (on a multi-core
   * machine this takes the pack's load time off a pre-commit hook's latency). {@link #builtin()} then
   * waits for it, and reports its error if it failed.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      try {
        builtin();
      } catch (ConfigException | RuntimeException e) {
        // kept (or thrown again) by builtin() for the caller that needs the pack
      }
    }, "keyward-rules");
    t.setDaemon(true);
    t.start();
  }

  private static RulePack loadBuiltin() throws ConfigException {
    ClassLoader loader = RulePack.class.getClassLoader();
    URL copy = loader.getResource(CompiledPack.RESOURCE);
    // In a jar the copy was written from that jar's own YAML by the build step before `package`, so it
    // is current by construction; reading and hashing the YAML would cost a cold start ~70 ms.
    List<RuleLoader.Written> written = copy != null && "jar".equals(copy.getProtocol())
        ? compiledCopy(copy, null).orElse(null) : null;
    if (written == null) {
      Optional<CompiledPack.Sources> sources = builtinSources(loader);
      if (sources.isEmpty()) {
        return new RulePack(List.of());
      }
      written = copy == null ? null : compiledCopy(copy, sources.get().hash()).orElse(null);
      if (written == null) {
        written = sources.get().readYaml();
      }
    }
    List<Rule> all = new ArrayList<>(written.size());
    for (RuleLoader.Written w : written) {
      all.add(w.compile());
    }
    try {
      return of(all);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(BUILTIN_INDEX, 0, 0, e.getMessage());
    }
  }

  /** The built-in pack's index and YAML files from the class path; empty when there is no index. */
  static Optional<CompiledPack.Sources> builtinSources(ClassLoader loader) throws ConfigException {
    try (InputStream index = loader.getResourceAsStream(BUILTIN_INDEX)) {
      if (index == null) {
        return Optional.empty();
      }
      byte[] indexBytes = index.readAllBytes();
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (String file : lines(new ByteArrayInputStream(indexBytes))) {
        try (InputStream in = loader.getResourceAsStream("dev/keyward/rules/" + file)) {
          if (in == null) {
            throw new ConfigException(BUILTIN_INDEX, 0, 0, "lists " + file + ", which is missing");
          }
          files.put(file, in.readAllBytes());
        }
      }
      return Optional.of(new CompiledPack.Sources(indexBytes, files));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in rule pack", e);
    }
  }

  /**
   * The pack as stored at build time ({@link CompiledPack}) at {@code copy}, if it was made from YAML
   * with hash {@code yamlHash} (any, if null) and reads.
   */
  static Optional<List<RuleLoader.Written>> compiledCopy(URL copy, String yamlHash) {
    try (InputStream in = copy.openStream()) {
      return CompiledPack.read(in, yamlHash);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The files the built-in index lists. */
  static List<String> lines(InputStream index) throws IOException {
    List<String> files = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(index, UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        files.add(trimmed);
      }
    }
    return files;
  }

  /**
   * This pack with {@code added} rules (replacing rules of the same id) and without the
   * {@code disabled} ids.
   */
  public RulePack with(Collection<Rule> added, Set<String> disabled) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    added.forEach(r -> byId.put(r.id(), r));
    disabled.forEach(byId::remove);
    return new RulePack(byId.values());
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> byId(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  public int size() {
    return rules.size();
  }
}
