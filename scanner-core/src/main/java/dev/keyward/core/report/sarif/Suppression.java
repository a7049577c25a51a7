package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Why a result is suppressed (§3.34): {@code inSource} or {@code external}, and the reason given. */
public record Suppression(String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String justification) {}
