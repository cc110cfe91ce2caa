/**
 * The conformance kit for Cunzhi plugins. A plugin's tests implement {@link
 * org.cunzhi.spi.tck.StandardProviderContract} and {@link org.cunzhi.spi.tck.EvaluationContract},
 * naming the provider under test and, through {@link org.cunzhi.spi.tck.PluginUnderTest}, the
 * providers of the bases its standards extend; {@link org.cunzhi.spi.tck.Dossiers} and {@link
 * org.cunzhi.spi.tck.VillageDomain} generate dossiers for them and for a plugin's own properties.
 */
@NullMarked
package org.cunzhi.spi.tck;

import org.jspecify.annotations.NullMarked;
