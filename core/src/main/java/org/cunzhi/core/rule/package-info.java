/**
 * The building blocks of a standard's rules: checks and what they return (outcomes, reasons,
 * measures, remedies), typed parameters, legal references and bilingual text.
 */
@NullMarked
package org.cunzhi.core.rule;

import org.jspecify.annotations.NullMarked;
