package space.orbit.kit.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A keyset page from limit + 1 fetched rows. */
class PageTest {

	@Test
	void theExtraRowOnlyTellsThereIsANextPageWhoseCursorIsTheLastShownItem() {
		Page<Integer> page = Page.of(List.of(1, 2, 3), 2, String::valueOf);

		assertThat(page.items()).containsExactly(1, 2);
		assertThat(page.next()).isEqualTo("2");
	}

	@Test
	void theLastPageHasNoNext() {
		assertThat(Page.of(List.of(1, 2), 2, String::valueOf).next()).isNull();
		assertThat(Page.of(List.<Integer>of(), 2, String::valueOf).items()).isEmpty();
	}

}
