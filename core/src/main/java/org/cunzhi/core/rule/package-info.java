/**
 * The building blocks of a standard's rules: checks and what they return (outcomes, reasons,
 * measures, remedies, credit), typed parameters, legal references and bilingual text.
 *
 * <p>{@link org.cunzhi.core.rule.Checks} is a library of small checks that compose into criteria
 * (all of, any of, veto, requires a section, not applicable when; a rate in each year of a window;
 * an event in each period; counts; incidents; complaints; lawful adoption; inspectors' findings);
 * each describes the sections and parameters it reads ({@link org.cunzhi.core.rule.Requirements}),
 * and {@link org.cunzhi.core.rule.CommonParameters} holds the parameters many standards share.
 */
@NullMarked
package org.cunzhi.core.rule;

import org.jspecify.annotations.NullMarked;
