/**
 * The building blocks of a standard's rules: checks and what they return (outcomes, reasons,
 * measures, remedies, credit), typed parameters, legal references and bilingual text.
 *
 * <p>{@link org.cunzhi.core.rule.Checks} is a library of small checks that compose into criteria
 * (all of, any of, veto, requires a section, not applicable when; a rate in each year of a window;
 * an event in each period; counts; incidents; complaints; lawful adoption; inspectors' findings);
 * each describes the sections and parameters it reads ({@link org.cunzhi.core.rule.Requirements}).
 * {@link org.cunzhi.core.rule.Procedure} decides the procedures of the work system (D-PROC): an
 * event of chosen {@link org.cunzhi.core.rule.Events} in each period, in one period, on a given day
 * or at least N times in the year, with {@link org.cunzhi.core.rule.MeetingRecord records}
 * required; and complaints held to a {@link org.cunzhi.core.rule.Deadline}; what it missed is data
 * ({@link org.cunzhi.core.rule.Missed}). Core defines parameter types ({@link
 * org.cunzhi.core.rule.ParameterType}), never parameters: each {@link
 * org.cunzhi.core.rule.Parameter} is defined once, by the standard family that reads it.
 */
@NullMarked
package org.cunzhi.core.rule;

import org.jspecify.annotations.NullMarked;
