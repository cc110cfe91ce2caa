package org.cunzhi.plugins.integrity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.Parameter;

/**
 * One quantitative item of a dimension (DOMAIN CV-D3): what it reads and how it is credited. It
 * gives one credit per reading of the dossier: one, except where the dossier leaves two readings
 * open (CV-D8: {@code usesContractManagement} absent), the first of them counting every item.
 *
 * @param key the item's key in the report text, e.g. {@code contracts}
 * @param reads the sections it reads
 * @param parameters the parameters it reads
 * @param assess its credit on each reading
 */
record Item(
    String key,
    Set<Section> reads,
    List<Parameter<?>> parameters,
    Function<CheckContext, List<ItemCredit>> assess) {
  Item {
    requireNonNull(key, "key");
    reads = Sets.immutableEnumSet(reads);
    parameters = ImmutableList.copyOf(parameters);
    requireNonNull(assess, "assess");
  }

  /** An item with one reading. */
  static Item of(
      String key,
      Set<Section> reads,
      List<Parameter<?>> parameters,
      Function<CheckContext, ItemCredit> assess) {
    return new Item(key, reads, parameters, c -> List.of(assess.apply(c)));
  }

  /** Its credit on each reading of {@code context}'s dossier, never empty. */
  List<ItemCredit> credits(CheckContext context) {
    List<ItemCredit> all = assess.apply(context);
    if (all.isEmpty()) {
      throw new IllegalStateException("item " + key + " gave no credit");
    }
    return all;
  }
}
