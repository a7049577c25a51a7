package dev.keyward.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  private static final Plant SECRET = plant(Plant.Kind.POSITIVE, "anthropic-api-key", new Span(3, 10, 3, 50), new Span(3, 1, 3, 52));
  private static final Plant MISSED = plant(Plant.Kind.POSITIVE, "aws-access-key-id", new Span(9, 5, 9, 25), new Span(9, 1, 9, 26));
  private static final Plant PLACEHOLDER = plant(Plant.Kind.NEGATIVE, "placeholder", new Span(5, 8, 5, 30), new Span(5, 1, 5, 31));

  @Test
  void score_overlapIsFound_secondReportIsDuplicate_negativeHitIsFalsePositive() {
    Scorecard card = Scorecard.score("t", List.of(SECRET, MISSED, PLACEHOLDER), List.of(
        detection(3, 20, 3, 60, "anthropic-api-key"), detection(3, 10, 3, 50, "generic-secret-assignment"),
        detection(5, 1, 5, 7, "generic-secret-assignment"), detection(3, 1, 3, 5, "aws-access-key-id"),
        detection(20, 1, 20, 9, "jwt")));
    assertEquals(1, card.truePositives());
    assertEquals(1, card.duplicates.size());
    assertEquals(List.of(MISSED), card.misses);
    assertEquals(1, card.negativeHits.size(), "a hit on the negative's entry counts against it");
    assertEquals(1, card.context.size(), "a hit in a secret's entry but not on it is context");
    assertEquals(1, card.otherFalsePositives.size());
    assertEquals(1.0 / 3, card.precision(), 1e-9);
    assertEquals(new Scorecard.Tally(2, 1), card.byFamily().get("fam"));
  }

  @Test
  void score_touchingButNotOverlapping_isNotFound() {
    Scorecard card = Scorecard.score("t", List.of(SECRET), List.of(detection(3, 50, 3, 60, "x")));
    assertEquals(0, card.truePositives());
    assertEquals(1, card.context.size());
  }

  private static Plant plant(Plant.Kind kind, String label, Span span, Span entry) {
    return new Plant("a.env", "env", "env", kind, label, "fam", "assignment", span, entry, Plant.Sample.none());
  }

  private static Detection detection(int line, int col, int endLine, int endCol, String rule) {
    return new Detection("a.env", new Span(line, col, endLine, endCol), rule, "");
  }
}
