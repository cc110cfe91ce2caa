/**
 * Reading dossiers: {@link org.cunzhi.json.DossierReader} turns DOSSIER-v1 JSON into a {@link
 * org.cunzhi.core.model.Dossier} or reports every problem with its JSON Pointer; {@link
 * org.cunzhi.json.DossierSchema} is the published JSON Schema of the format.
 */
@NullMarked
package org.cunzhi.json;

import org.jspecify.annotations.NullMarked;
