package io.reveille.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostedFormTest {

  @Test
  void repeatedPartsAreFoundByTheirIndexInOrderWithGapsKept() {
    PostedForm form =
        Posted.form(
            "layers/2/name", "Backup",
            "layers/0/name", "Primary",
            "layers/0/restrictions/1/startTime", "09:00",
            "layers/10/name", "Tenth",
            "layersX/3/name", "not a layer");

    assertThat(form.indexes("layers/")).containsExactly(0, 2, 10);
    assertThat(form.indexes("layers/0/restrictions/")).containsExactly(1);
  }

  @Test
  void aFieldNotSentReadsAsEmptyAndTickedBoxesAsAllTheirValues() {
    PostedForm form = Posted.form("members", "bob", "members", "erin");

    assertThat(form.one("name")).isEmpty();
    assertThat(form.all("members")).containsExactly("bob", "erin");
    assertThat(form.all("channels")).isEmpty();
    assertThat(form.ticked("members")).isTrue();
    assertThat(form.ticked("isDefault")).isFalse();
  }

  @Test
  void aFormCannotMakeThePageWorkThroughThousandsOfParts() {
    String[] fields = new String[2 * 500];
    for (int i = 0; i < 500; i++) {
      fields[2 * i] = "levels/" + i + "/waitBeforeNext";
      fields[2 * i + 1] = "5";
    }

    assertThat(Posted.form(fields).indexes("levels/")).hasSize(PostedForm.MOST_PARTS);
  }
}
