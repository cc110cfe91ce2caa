/** Root of Cunzhi's API: the exception family shared by every module. */
@NullMarked
package org.cunzhi.core;

import org.jspecify.annotations.NullMarked;
