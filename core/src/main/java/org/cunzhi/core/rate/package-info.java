/**
 * Exact rates (D-RATE): whole-number ratios compared against thresholds by exact arithmetic, with
 * floating point used only to format.
 */
@NullMarked
package org.cunzhi.core.rate;

import org.jspecify.annotations.NullMarked;
