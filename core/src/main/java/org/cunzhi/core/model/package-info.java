/** The village or community and everything its dossier carries. */
@NullMarked
package org.cunzhi.core.model;

import org.jspecify.annotations.NullMarked;
