/** Evaluating a dossier against a standard, and the results: outcomes, verdicts, scores. */
@NullMarked
package org.cunzhi.core.evaluation;

import org.jspecify.annotations.NullMarked;
