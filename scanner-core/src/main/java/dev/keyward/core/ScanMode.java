package dev.keyward.core;

/** What a scan reads. */
public enum ScanMode {
  /** The files of a directory, as they are on disk. */
  WORKING_TREE,
  /** Every blob that commits reachable from the refs introduced (optionally a range of commits). */
  HISTORY,
  /** What is staged in the git index and differs from HEAD: the next commit. */
  STAGED
}
