package nl.voordeur.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.NonNull;

/** One page of a list, as the API answers it: {@code {"items": [...], "total": n}}, total counting every page. */
public record PageResult<T>(@NonNull List<T> items, long total) {

    /** The requested page of a list held whole in memory (only for lists that stay small). */
    public static <T> PageResult<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), paging.offset());
        int to = (int) Math.min(all.size(), from + (long) paging.size());
        return new PageResult<>(List.copyOf(all.subList(from, to)), all.size());
    }

    /**
     * A page read with LIMIT and OFFSET. The total is counted only when the page cannot tell it: a
     * page that is not full (and is not past the end) ends the list.
     */
    public static <T> PageResult<T> of(List<T> items, Paging paging, LongSupplier count) {
        boolean last = items.size() < paging.size() && (!items.isEmpty() || paging.page() == 0);
        return new PageResult<>(items, last ? paging.offset() + items.size() : count.getAsLong());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total);
    }
}
