/** The benchmarks' bridge to the command line's text report (class path only). */
@NullMarked
package org.cunzhi.examples.cli;

import org.jspecify.annotations.NullMarked;
