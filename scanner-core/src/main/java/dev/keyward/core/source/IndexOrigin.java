package dev.keyward.core.source;

/** A file as staged in the git index (what the next commit would contain). */
public record IndexOrigin(String path) implements Origin {
  public IndexOrigin {
    FileOrigin.checkPath(path);
  }
}
