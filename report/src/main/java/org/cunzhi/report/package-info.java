/**
 * Reports for people: {@link org.cunzhi.report.ReportRenderer#markdown} and {@link
 * org.cunzhi.report.ReportRenderer#html} render an {@link
 * org.cunzhi.core.evaluation.EvaluationResult} in Chinese or English. Labels live in the module's
 * bundles ({@code META-INF/cunzhi/report/report_zh.properties} and {@code _en}); everything that
 * comes from a dossier is escaped.
 */
@NullMarked
package org.cunzhi.report;

import org.jspecify.annotations.NullMarked;
