package dev.keyward.core.source.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles one Java source at test time with the JDK's compiler and returns the class file's bytes. */
final class CompiledClass {
  private CompiledClass() {}

  static byte[] compile(Path workDir, String className, String source) throws IOException {
    Path src = workDir.resolve("src").resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    Path out = Files.createDirectories(workDir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", out.toString(), src.toString());
    assertTrue(status == 0, "javac failed with status " + status);
    return Files.readAllBytes(out.resolve(className.replace('.', '/') + ".class"));
  }
}
