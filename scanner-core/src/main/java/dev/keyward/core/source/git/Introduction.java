package dev.keyward.core.source.git;

/**
 * The first commit (in topological order from the roots, numbered as in {@link Commits}) that put a
 * blob at a path.
 */
record Introduction(String path, int commit) {}
