package org.zhijian.region;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.CurrentUser;

/** Read side of districts, for pickers and labels; also used by templates as ${@districts}. */
@Service("districts")
@Transactional(readOnly = true)
public class Districts {

    private final DistrictRepository repository;

    Districts(DistrictRepository repository) {
        this.repository = repository;
    }

    public List<District> all() {
        return repository.findAllByOrderBySortOrderAscIdAsc();
    }

    /** The districts the current user may pick: all for city-level users, their own otherwise. */
    public List<District> visible() {
        AccessScope scope = CurrentUser.scope();
        return all().stream().filter(d -> scope.covers(d.getId())).toList();
    }

    public Map<Long, District> byId() {
        return all().stream().collect(Collectors.toMap(District::getId, Function.identity()));
    }

    public String name(Long id) {
        if (id == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return repository.findById(id).map(d -> d.name(locale)).orElse(null);
    }

    public boolean exists(Long id) {
        return id != null && repository.existsById(id);
    }
}
