package space.orbit.kit.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list, as every list endpoint answers it (ADR 0012): the items, and the
 * cursor of the next page ({@code after}), absent on the last page.
 *
 * @param <T> what the list holds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,
		@Schema(description = "Pass as 'after' for the next page; absent on the last page",
				example = "WyIyMDI2LTExLTIxVDEwOjAwOjAwWiJd") String next) {

	/**
	 * The page of a keyset query that fetched up to {@code limit + 1} rows: the extra row
	 * only tells that there is a next page, whose cursor is the last shown item's.
	 * @param fetched at most {@code limit + 1} items, in list order
	 * @param cursorOf the cursor that resumes after an item
	 */
	public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
		if (fetched.size() <= limit) {
			return new Page<>(List.copyOf(fetched), null);
		}
		List<T> shown = List.copyOf(fetched.subList(0, limit));
		return new Page<>(shown, cursorOf.apply(shown.get(limit - 1)));
	}

	/** Maps the items, keeping the cursor. */
	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.next);
	}

}
