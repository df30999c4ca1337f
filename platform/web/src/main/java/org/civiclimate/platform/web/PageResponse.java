package org.civiclimate.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, which page it is (from 0), the page size and how many items there are in all. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
