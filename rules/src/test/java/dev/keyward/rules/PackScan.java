package dev.keyward.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ConfigException;
import dev.keyward.core.ScanLimits;
import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.structured.StructuredRules;
import java.util.List;

/** The built-in pack as a scan applies it to one file's text: text rules, then structured rules. */
final class PackScan {
  private final Engine engine;
  private final StructuredRules structured;
  private final FindingFactory factory = new FindingFactory(ScanLimits.defaults());

  PackScan(RulePack pack) {
    this.engine = new Engine(pack);
    this.structured = StructuredRules.of(pack);
  }

  static PackScan builtin() throws ConfigException {
    return new PackScan(RulePack.builtin());
  }

  /** What a scan reports for {@code text} in the file at {@code path}. */
  List<Finding> scan(String text, String path) {
    Content content = Content.of(text.getBytes(UTF_8)).orElseThrow();
    return factory.findings(new FileOrigin(path), content,
        structured.addTo(engine.find(content, path), content, path));
  }
}
