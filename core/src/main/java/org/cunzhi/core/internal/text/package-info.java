/**
 * Internal: small text helpers shared by core's packages (decimals written from whole numbers). Not
 * exported; may change in any release.
 */
@NullMarked
package org.cunzhi.core.internal.text;

import org.jspecify.annotations.NullMarked;
