/**
 * The plugin SPI. A plugin implements {@link org.cunzhi.spi.StandardProvider}; a host discovers
 * plugins with {@link org.cunzhi.spi.StandardRegistry#discover()} and asks the registry for a
 * standard by id, or for the one that prevails for a unit (D-ADM-4).
 */
@NullMarked
package org.cunzhi.spi;

import org.jspecify.annotations.NullMarked;
