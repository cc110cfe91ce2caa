/**
 * The Tianjin demonstration campaign (TJ-C1 to TJ-C3) as data: the yearly calendar of filing,
 * creation, evaluation and inspection; a unit's candidacy as a dated state machine; the filing
 * quota; and the order in which municipal awards prefer demonstration units.
 *
 * <p>This is the one package the Tianjin plugin exports, so that applications (the command line's
 * {@code calendar}) can reach the campaign's dates. The standards themselves stay unexported and
 * are reached through the plugin's standard provider.
 */
@NullMarked
package org.cunzhi.plugins.tianjin.campaign;

import org.jspecify.annotations.NullMarked;
