/**
 * Standards: their criteria, parameters, jurisdiction, applicability and scoring models; tailoring
 * a standard without code ({@link org.cunzhi.core.standard.Tailoring}), resolving the bases
 * standards extend ({@link org.cunzhi.core.standard.Standards}), and comparing two standards
 * ({@link org.cunzhi.core.standard.StandardDiff}).
 */
@NullMarked
package org.cunzhi.core.standard;

import org.jspecify.annotations.NullMarked;
