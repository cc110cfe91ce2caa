/**
 * The integrity "five goods" standard ({@code integrity.five-goods-village}, DOMAIN §11): its
 * scored dimensions, its veto, parameters and report text. Not exported: the standard is reached
 * through the plugin's standard provider.
 */
@NullMarked
package org.cunzhi.plugins.integrity;

import org.jspecify.annotations.NullMarked;
