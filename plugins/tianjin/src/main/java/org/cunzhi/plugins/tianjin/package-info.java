/**
 * The Tianjin municipal demonstration standards (DOMAIN §7, §10): the demonstration village and the
 * demonstration community, their criteria, parameters and report text. Not exported: the standards
 * are reached through the plugin's standard provider.
 */
@NullMarked
package org.cunzhi.plugins.tianjin;

import org.jspecify.annotations.NullMarked;
