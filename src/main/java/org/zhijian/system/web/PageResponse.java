package org.zhijian.system.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.zhijian.system.BusinessRuleException;

/** A page of API results with its position, independent of Spring Data's JSON shape. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** Updates must say which version they change, so a stale one can be refused. */
    public static long requireVersion(Long version) {
        if (version == null) {
            throw new BusinessRuleException("version", "api.error.versionRequired");
        }
        return version;
    }
}
