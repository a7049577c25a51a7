package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PrefilterTranslatorTest {
  private static PrefilterTranslator.Translation translate(String regex) throws Exception {
    return PrefilterTranslator.translate(Pattern.compile(regex));
  }

  private static String hs(String regex) throws Exception {
    return translate(regex).pattern();
  }

  @Test
  void namedGroup_becomesPlainGroup() throws Exception {
    assertEquals("ab(?:c[0-9])", hs("ab(?<secret>c\\d)"));
  }

  @Test
  void lookaroundsAnchorsAndBoundaries_areDropped() throws Exception {
    assertEquals("(?:tok[a-z]{4})", hs("(?<![A-Za-z])(?<secret>tok[a-z]{4})(?![a-z])"));
    assertEquals("key\\x3d", hs("(?m:^)\\bkey(?=x)=$\\z"));
  }

  @Test
  void caseInsensitiveLetters_becomeBothCases() throws Exception {
    assertEquals("[Aa][Bb]1", translate("(?i)ab1").pattern());
    assertEquals("(?:[Aa])b", hs("(?i:a)b"));
    assertEquals("ab1", translate("ab1").pattern());
  }

  @Test
  void inlineFlags_holdToTheEndOfTheirGroup() throws Exception {
    assertEquals("(?:x[Aa])b", hs("(x(?i)a)b"));
  }

  @Test
  void possessiveLazyAndAtomic_becomeGreedyPlain() throws Exception {
    assertEquals("a+b*c?(?:de)", hs("a++b*?c?+(?>de)"));
  }

  @Test
  void classes_becomeTheirExactLatin1Sets() throws Exception {
    assertEquals("[\\x09-\\x0d\\x20]", hs("\\s"));
    assertEquals("[0-9A-Z\\x5fa-z]", hs("\\w"));
    assertEquals("[A-Za-z]", hs("\\p{Alpha}"));
    assertEquals("[a-df-z]", hs("[a-z&&[^e]]"));
    assertEquals("[\\x5da]", hs("[]a]"));
    assertEquals("[\\x00-\\x09\\x0b\\x0c\\x0e-\\x84\\x86-\\xff]", hs("."));
  }

  @Test
  void unicodeCategories_keepTheirLatin1Members() throws Exception {
    String letters = hs("\\p{L}");
    assertTrue(letters.contains("\\xd8-\\xf6"), letters);
    assertFalse(letters.contains("\\xd7"), letters);
  }

  @Test
  void quotedText_becomesLiterals() throws Exception {
    assertEquals("a\\x2eb\\x2a", hs("\\Qa.b*\\E"));
  }

  @Test
  void backReference_repeatsItsGroup() throws Exception {
    assertEquals("(?:[ab])x(?:[ab])", hs("(?<l>[ab])x\\k<l>"));
    assertEquals("(?:[ab])(?:[ab])", hs("([ab])\\1"));
  }

  @Test
  void escapes_becomeTheCharactersTheyName() throws Exception {
    assertEquals("\\x09AAA\\x01", hs("\\t\\x41\\u0041\\0101\\cA"));
  }

  @Test
  void commentsMode_dropsSpacesAndComments() throws Exception {
    assertEquals("ab", hs("(?x) a  b # trailing"));
  }

  @Test
  void largeRepeats_areLoosened_butTheLengthBoundKeepsThem() throws Exception {
    PrefilterTranslator.Translation t = translate("x[a-z]{100,300}");
    assertEquals("x[a-z]{64,}", t.pattern());
    assertEquals(301, t.maxLength());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "abc;3",
      "a{2,5}b?;6",
      "(?:ab|cde)f;4",
      "(?=xyz)ab;2",
      "(a|bc)\\1;4",
      "a[0-9]{0,10}\\R;13"})
  void maxLength_isTheLongestJavaMatch(String regex, long max) throws Exception {
    assertEquals(max, translate(regex).maxLength());
  }

  @Test
  void unboundedRepeat_hasNoLengthBound() throws Exception {
    assertFalse(translate("ab+").bounded());
    assertFalse(translate("a\\s*b").bounded());
  }

  @Test
  void leadingAlternation_isSplitIntoOneExpressionPerBranch() throws Exception {
    assertEquals(java.util.List.of("ax[0-9]", "bcx[0-9]"), translate("(?:a|bc)x\\d").patterns());
    assertEquals(java.util.List.of("ab", "c"), translate("ab|c").patterns());
    assertEquals(java.util.List.of("x(?:a|b)"), translate("x(?:a|b)").patterns());
  }

  @Test
  void branchOfOnlyALookahead_isSearchedForByTheLookahead() throws Exception {
    PrefilterTranslator.Translation t =
        translate("(?:(?<![a-z])(?=tok_)|key=)(?<secret>tok_[a-z]{8}|[0-9a-f]{40})(?![a-z])");
    assertEquals(java.util.List.of(
        new PrefilterTranslator.Expression("tok\\x5f", 4),
        new PrefilterTranslator.Expression("key\\x3d(?:tok\\x5f[a-z]{8}|[0-9a-f]{40})", 0)), t.expressions());
    assertEquals(44, t.maxLength());
    assertEquals(4, t.lookahead());
    // nested in a group of its own, and beside a lookbehind that leaves the secret to search for
    assertEquals(java.util.List.of(new PrefilterTranslator.Expression("(?:[0-9]{9})", 0),
        new PrefilterTranslator.Expression("(?:[0-9]{3}x)", 4)),
        translate("(?:(?<=k)|(?:(?=(?:\\d{3}x))))(\\d{9})").expressions());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "(?:(?=[a-z\\n]{4}x)|k=)[a-z]{9}", // the lookahead can match a line feed
      "(?:(?=[a-z]+x)|k=)[a-z]{9}",       // unbounded
      "(?:z(?=tok_)|k=)[a-z]{9}",         // something is consumed before it
      "(?:(?=tok_)tok|k=)[a-z]{9}",       // and after it
      "(?:(?!tok_)|k=)[a-z]{9}"})         // negative
  void otherLookaheads_areDropped(String regex) throws Exception {
    PrefilterTranslator.Translation t = translate(regex);
    assertEquals(0, t.lookahead(), () -> t.patterns().toString());
  }

  @Test
  void literalOutsideLatin1_isUnsupported() {
    assertThrows(PrefilterTranslator.Unsupported.class, () -> translate("key\u4e00"));
  }

  @Test
  void patternConsumingNothing_isUnsupported() {
    assertThrows(PrefilterTranslator.Unsupported.class, () -> translate("(?=a)\\b"));
  }
}
