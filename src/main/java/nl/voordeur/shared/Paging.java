package nl.voordeur.shared;

/**
 * Which page of a list to show: page numbers start at 0, a page holds {@code size} items. The API
 * checks its {@code page} and {@code size} parameters against the bounds below before it gets
 * here ({@code shared.web.PageQuery}); this record only refuses what no caller may ask.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    /** The whole list on one page, for screens that show everything. */
    public static final Paging ALL = new Paging(0, Integer.MAX_VALUE);

    public Paging {
        if (page < 0 || size < 1) throw new IllegalArgumentException("page must be 0 or more, size 1 or more");
    }

    /** A page with the defaults for what is not given: the first page, {@link #DEFAULT_SIZE} items. */
    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
