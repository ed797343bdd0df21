package org.zhijian.region.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Unscoped;

/** Read side of districts, for pickers and labels; also used by templates as ${@districts}. */
@Service("districts")
@Transactional(readOnly = true)
public class Districts {

    public static final String ENTITY = "District";

    private final DistrictRepository repository;
    private final AuditTrail audit;
    private final AccessGuard guard;

    Districts(DistrictRepository repository, AuditTrail audit, AccessGuard guard) {
        this.repository = repository;
        this.audit = audit;
        this.guard = guard;
    }

    public District get(Long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The district for its edit page: refused (403) to anyone but city admins. */
    @Unscoped("the city's districts: the role matrix (EDIT_DISTRICTS, city admins) is the whole check")
    public District getForEdit(Long id) {
        guard.require(Action.EDIT_DISTRICTS);
        return get(id);
    }

    /** Districts are set up by city-level admins: a new deployment starts with none. */
    @Transactional
    @Unscoped("the city's districts: the role matrix (EDIT_DISTRICTS, city admins) is the whole check")
    public District create(String code, String nameZh, String nameEn, int sortOrder) {
        guard.require(Action.EDIT_DISTRICTS);
        if (repository.findByCode(code.strip()).isPresent()) {
            throw new BusinessRuleException("code", "district.code.taken");
        }
        District d = repository.save(new District(code.strip(), nameZh.strip(), nameEn.strip(), sortOrder));
        audit.record(ENTITY, d.getId(), "CREATE", d.getId(), null, d.snapshot());
        return d;
    }

    /**
     * Sets up a city's districts in one batch (the demo city): no audit row each, the city is
     * being created, not edited.
     */
    @Transactional
    public List<District> createAll(List<District> districts) {
        guard.require(Action.EDIT_DISTRICTS);
        return repository.saveAll(districts);
    }

    /** Whether the city has been set up: a new deployment starts with no district. */
    public boolean anyExist() {
        return repository.count() > 0;
    }

    @Transactional
    @Unscoped("the city's districts: the role matrix (EDIT_DISTRICTS, city admins) is the whole check")
    public District update(Long id, long expectedVersion, String nameZh, String nameEn, int sortOrder) {
        guard.require(Action.EDIT_DISTRICTS);
        District d = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, d.getVersion(), d.snapshot());
        var before = d.snapshot();
        d.rename(nameZh.strip(), nameEn.strip(), sortOrder);
        repository.flush();
        audit.record(ENTITY, id, "UPDATE", id, before, d.snapshot());
        return d;
    }

    @Unscoped("districts are the city's reference data: names and pickers for every user")
    public List<District> all() {
        return repository.findAllByOrderBySortOrderAscIdAsc();
    }

    /** The districts the current user may pick: all for city-level users, their own otherwise. */
    public List<District> visible() {
        return guard.visible(all(), District::getId);
    }

    @Unscoped("districts are the city's reference data: names and pickers for every user")
    public Map<Long, District> byId() {
        return all().stream().collect(Collectors.toMap(District::getId, Function.identity()));
    }

    @Unscoped("districts are the city's reference data: names and pickers for every user")
    public String name(Long id) {
        return name(id, LocaleContextHolder.getLocale());
    }

    /** The name in a given language: files made outside a request (archives) say which. */
    @Unscoped("districts are the city's reference data: names and pickers for every user")
    public String name(Long id, Locale locale) {
        if (id == null) {
            return null;
        }
        return repository.findById(id).map(d -> d.name(locale)).orElse(null);
    }

    public boolean exists(Long id) {
        return id != null && repository.existsById(id);
    }
}
