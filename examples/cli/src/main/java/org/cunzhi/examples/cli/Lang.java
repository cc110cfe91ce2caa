package org.cunzhi.examples.cli;

import org.cunzhi.core.rule.LocalizedText.Language;

/** Report languages: Chinese (the default: reports are for Chinese officials) or English. */
enum Lang {
  ZH,
  EN;

  Language language() {
    return this == EN ? Language.EN : Language.ZH;
  }
}
