/** Checks of the model's cross-field rules, reported as JSON Pointers. */
@NullMarked
package org.cunzhi.core.validation;

import org.jspecify.annotations.NullMarked;
