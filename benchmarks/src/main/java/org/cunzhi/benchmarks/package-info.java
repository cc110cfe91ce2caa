/**
 * JMH benchmarks of Cunzhi's reading, evaluation and rendering against hand-written floors, and a
 * generator of JSON-Lines dossiers for batch runs. Not part of the library; see the module's
 * README.
 */
@NullMarked
package org.cunzhi.benchmarks;

import org.jspecify.annotations.NullMarked;
