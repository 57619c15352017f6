package nl.voordeur.shared;

/** A validated page request: page numbers start at 0, size is capped. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 0) page = 0;
        if (size < 1) size = 25;
        if (size > MAX_SIZE) size = MAX_SIZE;
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? 25 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
