package io.reveille.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInPagesTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil",
        "//evil",
        "/\\evil",
        "\\\\evil",
        "/incidents\\..\\x",
        "incidents",
        "javascript:alert(1)",
      })
  void anythingButAPathOnThisSiteGoesToTheIncidents(String next) {
    assertThat(SignInPages.safeNext(next)).isEqualTo("/incidents");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/incidents/INC-4?x=1", "/incidents", "/tasks", "/"})
  void aPathOnThisSiteIsKept(String next) {
    assertThat(SignInPages.safeNext(next)).isEqualTo(next);
  }

  @Test
  void aPathWithAQueryIsKeptWhole() {
    assertThat(SignInPages.safeNext("/incidents?status=investigating&severity=sev1"))
        .isEqualTo("/incidents?status=investigating&severity=sev1");
  }
}
