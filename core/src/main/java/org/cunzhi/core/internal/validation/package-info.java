/**
 * Internal: the Hibernate Validator plumbing behind the model's cross-field rules (the constraint
 * validators and {@link org.cunzhi.core.internal.validation.ModelValidator}). Not exported to
 * plugins or hosts; the rules themselves are the annotations of {@code org.cunzhi.core.validation},
 * and hosts validate through the JSON reader or {@code Assessor}. May change in any release.
 */
@NullMarked
package org.cunzhi.core.internal.validation;

import org.jspecify.annotations.NullMarked;
