package dev.keyward.core.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The build stores the pack as {@code pack.json} (see {@link CompiledPack}); start-up reads that copy
 * only while it matches the YAML. Here: the copy the build made is current, and holds exactly what the
 * YAML says, rule by rule and field by field.
 */
class BuiltinCompiledPackTest {
  @Test
  void builtCopy_isCurrent_andEqualsTheYaml() throws ConfigException {
    ClassLoader loader = getClass().getClassLoader();
    CompiledPack.Sources sources = RulePack.builtinSources(loader).orElseThrow();
    assertTrue(loader.getResource(CompiledPack.RESOURCE) != null, CompiledPack.RESOURCE + " is not on the class path");
    Optional<List<RuleLoader.Written>> copy = RulePack.compiledCopy(loader.getResource(CompiledPack.RESOURCE), sources.hash());
    assertTrue(copy.isPresent(), CompiledPack.RESOURCE + " is missing or stale: the rules module's build writes it"
        + " (exec-maven-plugin, process-classes); run `mvn -pl rules process-classes` after editing a rule");
    CompiledPackTest.assertSameSpecs(sources.readYaml(), copy.get());
  }
}
