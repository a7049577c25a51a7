package dev.keyward.rules.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.rules.accuracy.Corpus.CorpusFile;
import dev.keyward.rules.accuracy.Plant.Kind;
import dev.keyward.rules.accuracy.Plant.Sample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the accuracy corpus from a rule pack and a seed: for every family and every {@link Format},
 * one file holding each example of each of the family's rules (fresh keys from {@link FakeKeys},
 * written in that format's syntax) and at least as many hard negatives, shuffled; plus negative-only
 * files (lockfiles, stylesheets, …). The same pack and seed give byte-identical files.
 */
final class CorpusGenerator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SPECIAL_ENTRIES = 40;

  private CorpusGenerator() {}

  static List<Format> formats() {
    return Stream.of(CodeFormats.all(), ConfigFormats.all(), BuildFormats.all(), DocFormats.all())
        .flatMap(List::stream).toList();
  }

  /** The family of a rule: the name of the file it is defined in, e.g. {@code anthropic}. */
  static String family(Rule rule) {
    String source = rule.definedIn();
    String file = source.substring(Math.max(source.lastIndexOf(':'), source.lastIndexOf('/')) + 1);
    return file.replaceFirst("\\.ya?ml$", "");
  }

  static Corpus generate(RulePack pack, long seed) {
    Map<String, List<Rule>> families = new TreeMap<>();
    // structured rules read whole configuration files by key path: their examples are whole files,
    // checked by RulePackTest in the file each names, not lines to plant in other formats
    pack.rules().stream().filter(rule -> !rule.structured())
        .forEach(rule -> families.computeIfAbsent(family(rule), k -> new ArrayList<>()).add(rule));
    List<CorpusFile> files = new ArrayList<>();
    List<Plant> plants = new ArrayList<>();
    Set<String> unplaced = new LinkedHashSet<>();
    for (Map.Entry<String, List<Rule>> family : families.entrySet()) {
      Negatives.Context context = context(family.getValue());
      for (Format format : formats()) {
        Random r = new Random(seed * 1_000_003L + (family.getKey() + "/" + format.id()).hashCode());
        new FileWriter(family.getKey(), format, r, context).write(family.getValue(), files, plants, unplaced);
      }
    }
    special(new Random(seed * 31 + 7), files, plants);
    return new Corpus(seed, files, plants, List.copyOf(unplaced));
  }

  private static void special(Random r, List<CorpusFile> files, List<Plant> plants) {
    for (SpecialFiles.SpecialFile f : SpecialFiles.all(r, SPECIAL_ENTRIES)) {
      files.add(new CorpusFile(f.path(), f.format(), Format.Encoding.UTF8, Format.Encoding.UTF8.encode(f.doc().content())));
      for (int i = 0; i < f.categories().size(); i++) {
        plants.add(new Plant(f.path(), f.format(), f.format(), Kind.NEGATIVE, f.categories().get(i), "common", "value",
            f.doc().span(i), f.doc().entrySpan(i), new Sample(f.doc().marked(i), "")));
      }
    }
  }

  /** The names a family's examples assign keys to, and its keys' literal prefixes. */
  private static Negatives.Context context(List<Rule> rules) {
    Set<String> seen = new HashSet<>();
    List<Name> names = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (Rule rule : rules) {
      for (String template : rule.examples()) {
        Marked example = example(template, 0);
        if (!example.multiLine()) {
          Name n = name(Binding.of(example, rule.id()), example, rule);
          if (seen.add(n.upper())) {
            names.add(n);
          }
        }
        String prefix = literalPrefix(template);
        if (prefix.length() >= 3 && !prefixes.contains(prefix)) {
          prefixes.add(prefix);
        }
      }
    }
    if (names.isEmpty()) {
      names.add(Name.parse(rules.get(0).id()));
    }
    return new Negatives.Context(names, prefixes);
  }

  /** The literal text a template's marked secret starts with, before its first placeholder. */
  static String literalPrefix(String template) {
    int open = template.indexOf('«');
    if (open < 0) {
      return "";
    }
    String rest = template.substring(open + 1).replace("{{", "\u0000");
    int end = rest.length();
    for (char stop : new char[] {'{', '»', '\n'}) {
      int i = rest.indexOf(stop);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    return rest.substring(0, end).replace("\u0000", "{");
  }

  /** A rule example expanded with {@code seed}, its secret marked. */
  static Marked example(String template, long seed) {
    FakeKeys.Expansion x = FakeKeys.expand(template, seed);
    String text = x.text();
    int offset = 0;
    for (int line = 1; line < x.secretLine(); line++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    int start = offset + x.secretColumn() - 1;
    return new Marked(text, start, start + x.secret().length());
  }

  static boolean isJsonObject(String text) {
    if (!text.startsWith("{")) {
      return false;
    }
    try {
      return JSON.readTree(text).isObject();
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Renders one example in a format: as it is, as structure, as a block, or as an assignment. */
  static Optional<Rendered> render(Format format, Marked example, Rule rule, Random r, Set<String> names) {
    Format.Renderer renderer = format.renderer();
    Optional<Marked> out = renderer.verbatim(example, r);
    if (out.isPresent()) {
      return out.map(m -> new Rendered(m, "verbatim"));
    }
    Name ruleName = unique(Name.parse(rule.id()), names);
    if (isJsonObject(example.text())) {
      out = renderer.json(ruleName, example, r);
      if (out.isPresent()) {
        return out.map(m -> new Rendered(m, "json"));
      }
    }
    if (example.multiLine()) {
      return renderer.block(ruleName, example, r).map(m -> new Rendered(m, "block"));
    }
    Binding binding = Binding.of(example, rule.id());
    if (isJsonObject(example.text()) && (binding.value().before() + binding.value().after()).contains("\\")) {
      return renderer.value(ruleName, example, r).map(m -> new Rendered(m, "json-string"));
    }
    return renderer.value(unique(name(binding, example, rule), names), binding.value(), r)
        .map(m -> new Rendered(m, "assignment"));
  }

  /**
   * The name an example's value is assigned to in the corpus: the example's own, unless the example
   * names its provider only outside the assignment ({@code curl … --user 'api:«k»' https://api.mailgun.net},
   * {@code octo push … --apiKey «k»}) and the rule needs that context. Then {@code USER="api:«k»"} would
   * be a value the rule's own negatives call no finding, so the value is named after the rule instead.
   */
  static Name name(Binding binding, Marked example, Rule rule) {
    String text = example.text().toLowerCase(java.util.Locale.ROOT);
    Name n = binding.name();
    String kept = String.join(" ", n.upper(), n.snake(), n.dotted(), n.kebab(), n.camel(), binding.value().text())
        .toLowerCase(java.util.Locale.ROOT);
    boolean contextOutside = rule.keywords().stream().anyMatch(text::contains)
        && rule.keywords().stream().noneMatch(kept::contains);
    return contextOutside ? Name.parse(rule.id()) : n;
  }

  /** A rendered entry and how it was embedded. */
  record Rendered(Marked text, String embedding) {}

  /** {@code name}, or it with a number appended if the file already uses it. */
  static Name unique(Name name, Set<String> used) {
    Name candidate = name;
    for (int i = 2; !used.add(candidate.upper()); i++) {
      candidate = name.plus(Integer.toString(i));
    }
    return candidate;
  }

  /** Writes one family's file in one format. */
  private record FileWriter(String family, Format format, Random r, Negatives.Context context) {
    void write(List<Rule> rules, List<CorpusFile> files, List<Plant> plants, Set<String> unplaced) {
      List<Item> items = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Rule rule : rules) {
        for (int i = 0; i < rule.examples().size(); i++) {
          Marked example = example(rule.examples().get(i), r.nextLong());
          Optional<Rendered> rendered = render(format, example, rule, r, names);
          if (rendered.isEmpty()) {
            unplaced.add(rule.id() + " example " + (i + 1) + " in " + format.id());
            continue;
          }
          items.add(new Item(rendered.get().text(), Kind.POSITIVE, rule.id(), CorpusGenerator.family(rule), rendered.get().embedding(),
              example.inside()));
        }
      }
      negatives(items, Math.max(2, items.size()), names);
      Collections.shuffle(items, r);
      emit(items, files, plants);
    }

    private void negatives(List<Item> items, int wanted, Set<String> names) {
      int start = r.nextInt(Negatives.categories());
      for (int k = start, added = 0; added < wanted && k < start + wanted * 4; k++) {
        Negative n = Negatives.make(k, r, context);
        Name name = unique(n.name(), names);
        Optional<Marked> m = switch (n.shape()) {
          case VALUE -> format.renderer().lookalike(name, n.value(), r);
          case BLOCK -> format.renderer().block(name, n.value(), r);
          case REFERENCE -> format.renderer().reference(name, r);
        };
        if (m.isPresent()) {
          items.add(new Item(m.get(), Kind.NEGATIVE, n.category(), family, n.shape().name().toLowerCase(java.util.Locale.ROOT), ""));
          added++;
        }
      }
    }

    private void emit(List<Item> items, List<CorpusFile> files, List<Plant> plants) {
      Doc doc = new Doc().text(format.header().apply(family));
      List<Integer> marks = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        doc.text(i > 0 ? format.separator() : "");
        marks.add(doc.add(items.get(i).text()));
      }
      doc.text(format.footer());
      String path = format.path().apply(family);
      files.add(new CorpusFile(path, format.id(), format.encoding(), format.encoding().encode(doc.content())));
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        plants.add(new Plant(path, format.id(), format.fileType(), it.kind(), it.label(), it.family(), it.embedding(),
            doc.span(marks.get(i)), doc.entrySpan(marks.get(i)), new Sample(it.text().inside(), it.secret())));
      }
    }
  }

  /** An entry before it has a place in its file. */
  private record Item(Marked text, Kind kind, String label, String family, String embedding, String secret) {}
}
