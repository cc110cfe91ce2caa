/** Standards: their criteria, parameters, jurisdiction, applicability and scoring models. */
@NullMarked
package org.cunzhi.core.standard;

import org.jspecify.annotations.NullMarked;
