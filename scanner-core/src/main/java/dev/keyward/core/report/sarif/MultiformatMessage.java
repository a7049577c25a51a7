package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Text with an optional Markdown form (§3.12).
 *
 * @param markdown null (absent) when there is no Markdown form
 */
public record MultiformatMessage(String text, @JsonInclude(JsonInclude.Include.NON_NULL) String markdown) {
  public static MultiformatMessage plain(String text) {
    return new MultiformatMessage(text, null);
  }
}
