package cn.gov.hunan.sanpin.common.web;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;

/**
 * A list request's page and sort, checked against the properties a list allows sorting by (API name → entity
 * property), so a client can never sort by an arbitrary column.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortable, Sort defaultSort) {
        int number = page == null ? 0 : page;
        int length = size == null ? 20 : size;
        if (sort == null || sort.isBlank()) {
            return new PageRequest(number, length, defaultSort);
        }
        String[] parts = sort.split(",");
        String property = sortable.get(parts[0]);
        if (property == null) {
            throw ProblemException.unprocessable("validation",
                    List.of(new FieldProblem("sort", "sort-unknown", parts[0], String.join(", ", sortable.keySet()))));
        }
        Sort.Direction direction = parts.length > 1 && parts[1].equals("desc") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return new PageRequest(number, length, Sort.by(property, direction));
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    public int totalPages(long totalElements) {
        return (int) ((totalElements + size - 1) / size);
    }
}
