/**
 * The subset of SARIF 2.1.0 that Keyward writes, as records that Jackson serializes in declaration
 * order. A {@code null} component means "absent from the log" (each such component says so); these
 * types are a wire format for {@code SarifReport}, not an API.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>
 */
package dev.keyward.core.report.sarif;
