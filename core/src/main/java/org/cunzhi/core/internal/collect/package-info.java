/** Internal to core: small collection helpers; not exported. */
@NullMarked
package org.cunzhi.core.internal.collect;

import org.jspecify.annotations.NullMarked;
