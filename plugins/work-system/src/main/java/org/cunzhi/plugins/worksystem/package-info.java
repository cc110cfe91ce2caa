/**
 * The village work-system standard ({@code work-system.village}, DOMAIN §12): its criteria,
 * parameters and report text. Not exported: the standard is reached through the plugin's standard
 * provider.
 */
@NullMarked
package org.cunzhi.plugins.worksystem;

import org.jspecify.annotations.NullMarked;
