/**
 * Evaluating a dossier against a standard, and the results: outcomes, verdicts, reasons, measures,
 * remedies, the parameters read, and for points standards an exact, explained score.
 */
@NullMarked
package org.cunzhi.core.evaluation;

import org.jspecify.annotations.NullMarked;
