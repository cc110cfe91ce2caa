package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptTest {

  @Test
  void wantsHtml_whenABrowserAsks() {
    assertThat(
            ApiController.wantsHtml(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        .isTrue();
    assertThat(ApiController.wantsHtml("text/html")).isTrue();
  }

  @Test
  void wantsJson_otherwise() {
    assertThat(ApiController.wantsHtml(null)).isFalse();
    assertThat(ApiController.wantsHtml("")).isFalse();
    assertThat(ApiController.wantsHtml("*/*")).isFalse();
    assertThat(ApiController.wantsHtml("application/json")).isFalse();
    assertThat(ApiController.wantsHtml("text/html, application/json")).isFalse();
    assertThat(ApiController.wantsHtml("text/html;q=0")).isFalse();
    assertThat(ApiController.wantsHtml("not a media type;;")).isFalse();
  }
}
